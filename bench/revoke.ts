/**
 * One revoke sweep over a ledger of 100,000 historical grants (99,000 long
 * revoked, 1,000 due) on one real PostgreSQL target, through the real sweep
 * (runRevoke): targets and lock, ledger read and fold, plan, 1,000
 * revocations each verified by read-back, one ledger commit (which deletes
 * MAX_DELETIONS of the request files; later runs delete the rest), over a
 * real bare git repository. GitHub's part
 * (targets.yaml, request presence, issues, comments) is in memory: it is
 * not what this measures. Reports wall time and the share spent in ledger
 * work versus provider work, against a baseline of the same 1,000
 * revocations called straight on the provider (no ledger, no second
 * read-back). Also: a sweep with nothing due over the same ledger, the
 * cost every scheduled run pays.
 */
import { performance } from 'node:perf_hooks';
import { appendEvents, EMPTY_TIP, type ChainTip, type EventDraft } from '../src/ledger/index.js';
import { memoryLogger } from '../test/support/logger.js';
import type { RevokeGithubPort } from '../src/modes/revoke/port.js';
import { runRevoke } from '../src/modes/revoke/run.js';
import type { TargetGrant } from '../src/providers/contract.js';
import { createPostgresProvider } from '../src/providers/postgres/provider.js';
import type { PostgresTarget } from '../src/providers/postgres/validate.js';
import type { PostgresSpec } from '../src/providers/postgres/types.js';
import { connect } from '../src/providers/registry.js';
import { fixedClock } from '../test/support/clock.js';
import { formatInstant, parseInstant } from '../src/time/instant.js';
import { GitLedgerStore } from '../test/support/git-ledger-store.js';
import { startPostgres } from '../test/support/postgres.js';
import { CONNECTION_ENV, TARGET, TARGETS_YAML, TWO_COLUMNS, requestYaml } from '../test/support/revoke-fixture.js';
import type { BenchResult } from './support/types.js';

const HISTORICAL = 99_000;
const DUE = 1_000;
const START = parseInstant('2025-01-01T00:00:00Z') ?? 0;
const STEP_MS = 2 * 60_000;
const HOUR = 3_600_000;
const SHA = (n: number): string => n.toString(16).padStart(8, '0').repeat(5);
const ACTOR = { run_id: '11223344', workflow: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main', sha: SHA(1) };

function granted(id: string, n: number, at: number, principal: string): EventDraft {
  return {
    type: 'granted',
    request: id,
    actor: ACTOR,
    pr: { number: 1000 + n, head_sha: SHA(n), merge_sha: SHA(n + 1) },
    requester: { login: principal, id: 100 + (n % 2) },
    grantees: [{ login: principal, id: 100 + (n % 2) }],
    approvers: [{ login: 'carol', id: 583_232, review_id: 9_000_000 + n, commit_id: SHA(n) }],
    profile: 'orders-readonly',
    request_blob: SHA(n + 2),
    grants: [{ target: TARGET.name, provider: 'postgres', principal, spec: TWO_COLUMNS }],
    granted_at: formatInstant(at),
    expires_at: formatInstant(at + 2 * HOUR),
    duration: '2h',
    ticket: `INC-${n}`,
    reason: 'Investigate duplicate charges reported by support',
  };
}

/** 99,000 grants each revoked an hour later, then 1,000 still live whose two hours are up by `now`. */
function history(): { files: Record<string, string>; due: string[]; now: number } {
  const byPath = new Map<string, string[]>();
  let tip: ChainTip = EMPTY_TIP;
  const push = (at: number, drafts: EventDraft[]): void => {
    for (const s of appendEvents(tip, drafts, fixedClock(at))) {
      const lines = byPath.get(s.path) ?? [];
      lines.push(s.line);
      byPath.set(s.path, lines);
      tip = { seq: s.event.seq, hash: s.event.hash, at };
    }
  };
  const lag = 30;
  for (let n = 0; n < HISTORICAL + lag; n += 1) {
    const at = START + n * STEP_MS;
    const drafts: EventDraft[] = n < HISTORICAL ? [granted(`h-${n}`, n, at, n % 2 === 0 ? 'alice' : 'bob')] : [];
    const old = n - lag;
    if (old >= 0)
      drafts.push({ type: 'revoked', request: `h-${old}`, actor: ACTOR, targets: [TARGET.name], verified: true, cause: 'expired', late_ms: 61_000 });
    push(at, drafts);
  }
  const dueStart = START + (HISTORICAL + lag) * STEP_MS;
  const due: string[] = [];
  for (let i = 0; i < DUE; i += 1) {
    const id = `due-${i}`;
    due.push(id);
    push(dueStart + i * 1000, [granted(id, HISTORICAL + i, dueStart + i * 1000, i % 2 === 0 ? 'alice' : 'bob')]);
  }
  const files: Record<string, string> = {};
  for (const [path, lines] of byPath) files[path] = `${lines.join('\n')}\n`;
  return { files, due, now: dueStart + DUE * 1000 + 3 * HOUR };
}

function memoryPort(present: Set<string>): RevokeGithubPort {
  const targets = new TextEncoder().encode(TARGETS_YAML);
  return {
    readFile: async (_sha, path) => (path === 'policies/targets.yaml' ? { kind: 'file', bytes: targets } : { kind: 'absent' }),
    requestIds: async () => new Set(present),
    findIssue: async () => undefined,
    createIssue: async () => ({ number: 1, state: 'open', title: '', body: null, labels: [] }),
    updateIssue: async () => ({ number: 1, state: 'open', title: '', body: null, labels: [] }),
    upsertComment: async () => undefined,
  };
}

export async function run(): Promise<BenchResult[]> {
  const server = await startPostgres();
  const stores: GitLedgerStore[] = [];
  try {
    const db = await server.createSampleDatabase();
    const target: PostgresTarget = TARGET;
    const provider = createPostgresProvider(target, { connectionString: db.grantorUrl });
    const grantAll = async (ids: readonly string[]): Promise<TargetGrant<PostgresTarget, PostgresSpec>[]> => {
      const grants = ids.map((id, i) => ({
        requestId: id,
        target,
        principal: i % 2 === 0 ? 'alice' : 'bob',
        grants: [TWO_COLUMNS],
        expiresAt: '2030-01-01T00:00:00Z',
      }));
      for (const g of grants) await provider.grant(g);
      return grants;
    };

    // Baseline: the same number of revocations straight on the provider.
    const baselineGrants = await grantAll(Array.from({ length: DUE }, (_, i) => `base-${i}`));
    let t = performance.now();
    for (const g of baselineGrants) await provider.revoke(g);
    const baseline = performance.now() - t;

    const { files, due, now } = history();
    await grantAll(due);
    await provider.close();
    const requestFiles = Object.fromEntries(due.map((id) => [`access-requests/${id}.yaml`, requestYaml(id)]));
    const store = await GitLedgerStore.create('main', { 'policies/targets.yaml': TARGETS_YAML, ...requestFiles, ...files });
    stores.push(store);
    const env = { [CONNECTION_ENV]: db.grantorUrl };
    const sweep = (present: Set<string>) =>
      runRevoke({
        store,
        github: memoryPort(present),
        connect: (tg) => connect(tg, env),
        branch: 'main',
        actor: { run_id: '99', workflow: 'acme/access/.github/workflows/access-revoke.yml@refs/heads/main' },
        clock: fixedClock(now),
        sleep: async () => undefined,
        random: () => 0,
        logger: memoryLogger(),
        timer: () => performance.now(),
      });

    t = performance.now();
    const busy = await sweep(new Set(due));
    const wall = performance.now() - t;
    const revoked = busy.commit?.events.filter((e) => e.type === 'revoked').length ?? 0;
    if (revoked !== DUE || busy.failure !== undefined) throw new Error(`sweep revoked ${revoked} of ${DUE}: ${busy.failure ?? ''}`);

    // What commitEvents spends checking the deleted request files still exist: one listing of their directory.
    const parent = `${(await store.readTip('main')).commitSha}~1`;
    const deleted = [...(busy.commit?.deleted ?? [])];
    t = performance.now();
    const listed = new Set(((await store.listDir(parent, 'access-requests')) ?? []).map((e) => e.name));
    for (const id of deleted) if (!listed.has(`${id}.yaml`)) throw new Error('request file missing');
    const existence = performance.now() - t;

    t = performance.now();
    const idle = await sweep(new Set());
    const idleWall = performance.now() - t;
    if (idle.decision !== 'nothing-due' || idle.commit !== undefined) throw new Error('the second sweep found work');

    const { ledgerMs, providerMs, githubMs, totalMs } = busy.timings;
    const share = (ms: number): number => Math.round((1000 * ms) / totalMs) / 10;
    return [
      {
        name: `revoke sweep: ${DUE} due of ${HISTORICAL + DUE} grants, one Postgres target (wall)`,
        value: Math.round(wall),
        unit: 'ms',
        baseline: { name: `${DUE} provider.revoke calls, no ledger`, value: Math.round(baseline) },
        ratio: wall / baseline,
        target: 'well inside the 30-minute job timeout',
      },
      { name: '  ledger work (read + verify + fold + plan + commit)', value: Math.round(ledgerMs), unit: 'ms' },
      { name: `    of it: the existence check of ${deleted.length} deleted files (one listing)`, value: Math.round(existence), unit: 'ms' },
      { name: '  provider work (connect + lock + list + revoke + read-back)', value: Math.round(providerMs), unit: 'ms' },
      { name: '  ledger share of the sweep', value: share(ledgerMs), unit: '%' },
      { name: '  provider share of the sweep', value: share(providerMs), unit: '%' },
      { name: '  other (GitHub port in memory, summary)', value: Math.round(githubMs + (totalMs - ledgerMs - providerMs - githubMs)), unit: 'ms' },
      {
        name: `revoke sweep with nothing due over the same ledger (wall)`,
        value: Math.round(idleWall),
        unit: 'ms',
        baseline: { name: 'ledger work in it', value: Math.round(idle.timings.ledgerMs) },
        ratio: idleWall / Math.max(1, idle.timings.ledgerMs),
      },
    ];
  } finally {
    await Promise.allSettled(stores.map((s) => s.destroy()));
    await server.stop();
  }
}
