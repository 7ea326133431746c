import { builtinRegistry, installRegistry } from '../src/providers/catalog.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { LocalRepo } from '../src/git/local-repo.js';
import { githubLedgerStore } from '../src/github/ledger-store.js';
import type { DemoNarrator as Narrator, DemoRunner } from '../src/cli/io.js';
import { readChain, type ActivityEvent } from '../src/ledger/index.js';
import { renderActivity } from '../src/report/activity.js';
import { githubCheckPort } from '../src/modes/check/port.js';
import { runCheck } from '../src/modes/check/run.js';
import { parsePullRequestPayload } from '../src/modes/event.js';
import { formatInstant } from '../src/time/instant.js';
import { fixedClock } from '../test/support/clock.js';
import { memoryLogger } from '../test/support/logger.js';
import { applyMerged } from './apply-step.js';
import { revokeSweep } from './revoke-step.js';
import { startWorld, TOKEN, type DemoWorld } from './world.js';

const REQUEST = 'access-requests/alice-inc-4211.yaml';
const START = Date.UTC(2026, 10, 28, 9, 0, 0);

/**
 * One request's whole life, on an embedded PostgreSQL and the local GitHub
 * stand-in: PR -> check -> approval -> merge -> apply -> query -> expiry ->
 * revoke -> query refused -> audit verify. Every step checks that it did what
 * it says; the first one that did not throws, and the demo fails.
 */
export const runDemo: DemoRunner = async (root, narrator) => {
  // A bundle of its own: its ledger code is its own copy, so it installs the catalog too.
  installRegistry(builtinRegistry());
  const clock = fixedClock(START);
  narrator.step('Starting PostgreSQL (embedded) and a local GitHub stand-in');
  const world = await startWorld(root, () => clock.now(), { statStatements: true });
  try {
    narrator.say(
      `PostgreSQL ${world.pg.port > 0 ? `on 127.0.0.1:${world.pg.port}` : ''}: database ${world.db.name} with public.orders (id, status, created_at, amount_cents, customer_email).`,
    );
    narrator.say(`GitHub stand-in at ${world.gh.url}: repository ${world.gh.owner}/${world.gh.repo}, seeded with this checkout's policies/ and CODEOWNERS.`);
    await lifecycle(root, world, clock, narrator);
  } finally {
    narrator.step('Cleaning up');
    await world.stop();
    narrator.say('PostgreSQL stopped, stand-in stopped, temporary files removed.');
  }
};

async function lifecycle(root: string, world: DemoWorld, clock: ReturnType<typeof fixedClock>, narrator: Narrator): Promise<void> {
  const { gh } = world;
  const requestText = await readFile(path.join(root, REQUEST), 'utf8');

  narrator.step('alice opens a pull request adding one request file');
  narrator.show(requestText.trimEnd());
  const base = await gh.refSha('main');
  await gh.commit({ branch: 'alice/inc-4211', from: base, author: 'alice', message: 'Request read access for INC-4211', files: { [REQUEST]: requestText } });
  const number = await gh.openPull({ head: 'alice/inc-4211', author: 'alice', title: 'Access: alice, INC-4211' });

  narrator.step('The check job judges it (policy from the base commit, reviews at the head)');
  const first = await check(world, number, clock);
  expect(first.decision === 'pending', `check should wait for approval, said ${first.decision}`);
  narrator.say(`decision: ${first.decision} — the step fails until a code owner approves.`);
  narrator.show(commentOf(world, number));

  narrator.step('bob (payments-leads, a code owner of access-requests/) approves the head commit');
  await gh.review(number, { user: 'bob', state: 'APPROVED' });
  const second = await check(world, number, clock);
  expect(second.decision === 'approved', `check should pass after approval, said ${second.decision}`);
  narrator.say(`decision: ${second.decision}. The same comment was updated in place (${commentCount(world, number)} comment on the PR).`);

  narrator.step('The pull request is merged; the apply job re-verifies everything and grants');
  const merged = await gh.merge(number, { by: 'bob', method: 'squash' });
  const applied = await applyMerged(world, { before: base ?? '', after: merged.sha, clock });
  expect(applied.decision === 'granted', `apply should grant, said ${applied.decision}`);
  narrator.say(`apply: ${applied.decision}, until ${applied.expiresAt}.`);

  narrator.step('alice queries the database during the window');
  const allowed = await queryAsAlice(world, 'SELECT id, status, amount_cents FROM public.orders ORDER BY id LIMIT 3');
  expect(allowed.ok, `reading the granted columns should work: ${allowed.error ?? ''}`);
  narrator.say(`SELECT id, status, amount_cents ... -> ${allowed.rows} rows`);
  const paid = await queryAsAlice(world, "SELECT id, amount_cents FROM public.orders WHERE status = 'paid' AND amount_cents > 1500 ORDER BY id");
  expect(paid.ok, `reading with a filter should work: ${paid.error ?? ''}`);
  narrator.say(`SELECT id, amount_cents ... WHERE status = 'paid' AND amount_cents > 1500 -> ${paid.rows} rows`);
  const sensitive = await queryAsAlice(world, 'SELECT customer_email FROM public.orders LIMIT 1');
  expect(!sensitive.ok, 'the sensitive column must stay out of reach');
  narrator.say(`SELECT customer_email ... -> refused: ${sensitive.error ?? ''}`);

  narrator.step('Time passes: two hours and one minute later, the scheduled revoke job runs');
  clock.advance(2 * 3_600_000 + 60_000);
  const revoked = await revokeSweep(world, clock);
  expect(revoked.decision === 'revoked', `revoke should revoke, said ${revoked.decision}`);
  narrator.say(
    `revoke: ${revoked.decision} at ${formatInstant(clock.now())}; verified by reading PostgreSQL back; the request file is removed from main (git keeps it).`,
  );
  // The other example targets have no credentials here and nothing in the ledger: named, not swept, not an error.
  for (const n of revoked.notSwept) narrator.say(`not swept: ${n.target}, no credentials in this environment and nothing ever granted on it`);

  narrator.step('What the access was used for: recorded with the revocation, without the data');
  const used = await activitySummary(world);
  expect(used !== undefined && used.status === 'observed', 'the revocation must carry an observed activity summary');
  const texts = JSON.stringify(used);
  expect(!texts.includes("'paid'") && !texts.includes('1500'), 'no literal value may reach the ledger');
  narrator.say(
    'pg_stat_statements counters at grant time (the baseline) subtracted from those at revocation; constants are $1, $2, ... as PostgreSQL normalized them.',
  );
  narrator.show(renderActivity([used]).trimEnd());
  narrator.say('The same table was posted on the pull request, for the reviewer who approved.');

  narrator.step('alice runs the same query again');
  const after = await queryAsAlice(world, 'SELECT id, status, amount_cents FROM public.orders ORDER BY id LIMIT 3');
  expect(!after.ok, 'after revocation the query must be refused');
  narrator.say(`SELECT id, status, amount_cents ... -> refused: ${after.error ?? ''}`);

  narrator.step('audit verify: the ledger in git, hash chain recomputed');
  const store = githubLedgerStore(world.client, { owner: gh.owner, repo: gh.repo });
  const tip = await store.readTip('main');
  const { chain } = await readChain(store, tip.commitSha);
  expect(chain.ok, 'the ledger chain must verify');
  for (const e of chain.events) narrator.say(`#${e.seq} ${(e.type === 'activity' ? `activity ${e.kind}` : e.type).padEnd(17)} ${e.request} at ${e.at}`);
  narrator.say(`${chain.events.length} events, chain intact.`);
  narrator.step('Done: every step did what it said');
}

async function activitySummary(world: DemoWorld): Promise<ActivityEvent | undefined> {
  const store = githubLedgerStore(world.client, { owner: world.gh.owner, repo: world.gh.repo });
  const { chain } = await readChain(store, (await store.readTip('main')).commitSha);
  return chain.events.find((e): e is ActivityEvent => e.type === 'activity' && e.kind === 'summary');
}

async function check(world: DemoWorld, number: number, clock: ReturnType<typeof fixedClock>) {
  const res = await fetch(`${world.gh.url}/repos/${world.gh.owner}/${world.gh.repo}/pulls/${number}`, { headers: { authorization: `token ${TOKEN}` } });
  const pull = parsePullRequestPayload({ pull_request: await res.json() }, `${world.gh.owner}/${world.gh.repo}`);
  await world.checkout();
  return runCheck({
    pull,
    port: githubCheckPort(world.client, { owner: world.gh.owner, repo: world.gh.repo }),
    repo: new LocalRepo(world.clone),
    clock,
    logger: memoryLogger(),
  });
}

function commentOf(world: DemoWorld, number: number): string {
  const comments = world.gh.state.comments.filter((c) => c.issue === number && c.body.includes('<!-- grantbook:check -->'));
  return comments.at(-1)?.body ?? '(no comment)';
}

function commentCount(world: DemoWorld, number: number): number {
  return world.gh.state.comments.filter((c) => c.issue === number && c.body.includes('<!-- grantbook:check -->')).length;
}

async function queryAsAlice(world: DemoWorld, sql: string): Promise<{ ok: boolean; rows?: number; error?: string }> {
  const client = new pg.Client({ connectionString: world.pg.url('alice', world.db.name) });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const result = await client.query(sql);
    return { ok: true, rows: result.rowCount ?? 0 };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`demo step failed: ${message}`);
}
