/**
 * Ten years at 1,000 grants a day: what a ledger commit sends, how many API
 * calls it makes, and how long a revoke run with nothing due takes, at the end
 * of year 1 and of year 10, through the GitHub stand-in (HTTP, the real Git
 * Data API adapter, a real bare repository) and a real PostgreSQL target.
 *
 * The repository at each point holds the tree of the whole history: the
 * segments of every earlier day (a day is ~4,600 records, ~13 segments),
 * named and placed as the writer names and places them, and the last day's
 * segments, checkpoint and request files for real (the stationary workload
 * of test/support/ledger-workload.ts: intents, slim granted events, activity
 * records, revocations). The earlier segments hold a placeholder: a run
 * never opens them, which the stand-in's log shows (blobs read per run). On
 * that state the workload goes on for a few hundred commits (apply's two per
 * grant, with the merge adding the request file; revoke's, deleting the
 * files), and then revoke runs find nothing due, year 1's and year 10's in
 * turn so that load on the machine falls on both alike.
 */
import { commitEvents, type EventDraft, type LedgerStore } from '../src/ledger/index.js';
import { githubLedgerStore } from '../src/github/ledger-store.js';
import { createGithubClient } from '../src/github/client.js';
import { memoryLogger } from '../test/support/logger.js';
import { githubRevokePort } from '../src/modes/revoke/port.js';
import { runRevoke } from '../src/modes/revoke/run.js';
import { connect } from '../src/providers/registry.js';
import { fixedClock } from '../test/support/clock.js';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { segmentPath, SEGMENTS_PER_DIR_SEQ } from '../src/ledger/layout.js';
import { sha256Hex } from '../src/ledger/canonical.js';
import { GithubStandIn } from '../test/support/github/index.js';
import type { GitRepo } from '../test/support/github/git.js';
import { startPostgres } from '../test/support/postgres.js';
import { CONNECTION_ENV, TARGETS_YAML } from '../test/support/revoke-fixture.js';
import { workload, writeLedger, type Step } from '../test/support/ledger-workload.js';
import type { BenchResult } from './support/types.js';

const DAY = 86_400_000;
const GRANTS_PER_DAY = 1000;
const COMMITS = Number(process.env.GRANTBOOK_BENCH_DECADE_COMMITS ?? 480);
const TOKEN = 'decade-token';
const EPOCH = Date.UTC(2026, 0, 1);

interface Point {
  readonly records: number;
  readonly segments: number;
  readonly bytesPerCommit: number;
  readonly maxBytes: number;
  readonly callsPerCommit: number;
  readonly maxCalls: number;
  /** Whole segment cycles measured, and the commits in them. */
  readonly cycles: number;
  readonly commits: number;
}

/** One revoke run with nothing due: its time, its API calls, the blobs it read. */
interface RevokeRun {
  readonly ms: number;
  readonly calls: number;
  readonly blobs: number;
}

/** A year's repository, kept up so its revoke runs can be interleaved with the other year's. */
interface Year {
  readonly point: Point;
  readonly revoke: () => Promise<RevokeRun>;
  readonly stop: () => Promise<void>;
}

/** Revoke runs a year, interleaved with the other year's (best of these): load on the machine hits both alike. */
const REVOKE_RUNS = 7;

/** A step iterator that can be looked ahead of. */
function peekable(it: Iterator<Step>): { peek(): Step; next(): Step } {
  let head = it.next();
  return {
    peek: () => head.value as Step,
    next: () => {
      const v = head.value as Step;
      head = it.next();
      return v;
    },
  };
}

async function tree(git: GitRepo, files: ReadonlyMap<string, string>): Promise<string> {
  // files: path -> blob sha; builds nested trees bottom up.
  const dirs = new Map<string, Map<string, { sha: string; dir: boolean }>>();
  const ensure = (dir: string): Map<string, { sha: string; dir: boolean }> => {
    let m = dirs.get(dir);
    if (m === undefined) {
      m = new Map();
      dirs.set(dir, m);
      if (dir !== '') ensure(dir.slice(0, Math.max(0, dir.lastIndexOf('/'))));
    }
    return m;
  };
  for (const [p, sha] of files) ensure(p.slice(0, Math.max(0, p.lastIndexOf('/')))).set(p.slice(p.lastIndexOf('/') + 1), { sha, dir: false });
  const depth = (d: string): number => (d === '' ? 0 : d.split('/').length);
  const order = [...dirs.keys()].sort((a, b) => depth(b) - depth(a));
  const made = new Map<string, string>();
  for (const dir of order) {
    const entries = dirs.get(dir) ?? new Map<string, { sha: string; dir: boolean }>();
    for (const [child, sha] of made) {
      const parent = child.slice(0, Math.max(0, child.lastIndexOf('/')));
      if (parent === dir && child !== dir) entries.set(child.slice(child.lastIndexOf('/') + 1), { sha, dir: true });
    }
    const sha = await git.mktree(
      [...entries].map(([name, e]) => ({
        mode: e.dir ? ('040000' as const) : ('100644' as const),
        type: e.dir ? ('tree' as const) : ('blob' as const),
        sha: e.sha,
        name,
      })),
    );
    made.set(dir, sha);
  }
  return made.get('') ?? '';
}

async function measure(year: number, grantorUrl: string): Promise<Year> {
  const gh = await GithubStandIn.start({ checkSchemas: false });
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-decade-'));
  const stop = async (): Promise<void> => {
    await gh.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    gh.addUser({ login: 'github-actions[bot]', type: 'Bot' });
    gh.addToken(TOKEN, 'github-actions[bot]', 'write');
    const day = year * 365;
    const start = EPOCH + (day - 1) * DAY;
    const steps = peekable(workload({ start, grantsPerDay: GRANTS_PER_DAY, first: (day - 1) * GRANTS_PER_DAY, teams: false })[Symbol.iterator]());
    // A day of the workload is ~4,600 records: the history before the window, by that rate.
    const before = Math.round(4_600 * (day - 1));
    const tip = { seq: before - 1, hash: sha256Hex(`history before day ${day}`), at: start - 60_000 };
    const windowEnd = start + DAY;
    const take = function* (): Generator<Step> {
      while (steps.peek().at < windowEnd) yield steps.next();
    };
    const written = await writeLedger(dir, take(), { tip });
    const present = written.last?.present ?? new Set<string>();

    const git = gh.gitOf();
    const files = new Map<string, string>();
    const placeholder = await git.hashBlob('placeholder: a run never reads a segment older than the newest\n');
    // Earlier segments: as many as the history's records make, at the window's records per segment.
    const spacing = Math.max(1, Math.round(written.events / written.segments));
    for (let s = 0; s < before; s += spacing) files.set(segmentPath(s), placeholder);
    const walk = async (rel: string): Promise<void> => {
      for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
        const p = `${rel}/${e.name}`;
        if (e.isDirectory()) await walk(p);
        else files.set(p, await git.hashBlob(await readFile(path.join(dir, p))));
      }
    };
    await walk('audit');
    const request = await git.hashBlob('requester: someone\n');
    for (const id of present) files.set(`access-requests/${id}.yaml`, request);
    files.set('policies/targets.yaml', await git.hashBlob(TARGETS_YAML));
    files.set('README.md', await git.hashBlob('Access requests\n'));
    const root = await tree(git, files);
    const who = { name: 'grantbook', email: 'grantbook@example.invalid', time: Math.floor(windowEnd / 1000) };
    const commit = await git.commitTree({ tree: root, parents: [], message: `${year} years`, author: who, committer: who });
    await git.updateRef('refs/heads/main', commit, await gh.refSha('main'));

    const client = createGithubClient({ token: TOKEN, baseUrl: gh.url, waitScale: 0.005, spaceWrites: false });
    const repo = { owner: gh.owner, repo: gh.repo };
    const store: LedgerStore = githubLedgerStore(client, repo);
    const bytes: number[] = [];
    const calls: number[] = [];
    /** Indexes of the commits that opened a segment: the means are taken over whole segment cycles. */
    const opened: number[] = [];
    const newestSegment = async (): Promise<string> => {
      const tipSha = (await gh.refSha('main')) ?? '';
      const dirs = await git.lsTree(`${tipSha}:audit/segments`, false);
      const lastDir = dirs[dirs.length - 1]?.path ?? '';
      const segs = await git.lsTree(`${tipSha}:audit/segments/${lastDir}`, false);
      return segs[segs.length - 1]?.path ?? '';
    };
    let newest = await newestSegment();
    let last: Step | undefined;
    for (let i = 0; i < COMMITS || last?.kind !== 'revoke'; i += 1) {
      const step = steps.next();
      if (step.kind === 'intent') {
        // The merge that lands the request file (not a ledger commit).
        const id = step.drafts[0]?.request ?? '';
        await gh.commit({ branch: 'main', files: { [`access-requests/${id}.yaml`]: 'requester: someone\n' }, message: `merge ${id}` });
      }
      const removed =
        step.kind === 'revoke'
          ? step.drafts.flatMap((d: EventDraft) => (d.type === 'revoked' ? [{ path: `access-requests/${d.request}.yaml`, content: null }] : []))
          : [];
      const from = gh.requests.log.length;
      await commitEvents(
        { store, clock: fixedClock(step.at), sleep: async () => undefined, random: () => 0 },
        { branch: 'main', message: step.kind, changes: { drafts: step.drafts, extraChanges: removed } },
      );
      const log = gh.requests.log.slice(from);
      calls.push(log.length);
      bytes.push(log.reduce((n, e) => n + (e.bytesIn ?? 0), 0));
      const now = await newestSegment();
      if (now !== newest) opened.push(calls.length - 1);
      newest = now;
      last = step;
    }
    const first = opened[0] ?? 0;
    const end = opened[opened.length - 1] ?? calls.length;
    if (opened.length < 2) throw new Error(`year ${year}: ${COMMITS} commits opened ${opened.length} segment(s); measure at least one whole cycle`);

    // Nothing is due right after a revoke run: the grants still live expire later.
    const env = { [CONNECTION_ENV]: grantorUrl };
    const revoke = async (): Promise<RevokeRun> => {
      const from = gh.requests.log.length;
      const t = performance.now();
      const logger = memoryLogger();
      const outcome = await runRevoke({
        store,
        github: githubRevokePort(client, repo),
        connect: (target) => connect(target, env),
        branch: 'main',
        actor: { run_id: '77', workflow: 'acme/access/.github/workflows/access-revoke.yml@refs/heads/main' },
        clock: fixedClock((last?.at ?? windowEnd) + 1000),
        sleep: async () => undefined,
        random: () => 0,
        logger,
      });
      const ms = performance.now() - t;
      if (outcome.decision !== 'nothing-due' || outcome.commit !== undefined)
        throw new Error(`year ${year}: the run found work (${outcome.decision}: ${outcome.failure ?? ''})\n${logger.lines.slice(0, 30).join('\n')}`);
      const log = gh.requests.log.slice(from);
      return { ms, calls: log.length, blobs: log.filter((e) => e.key === 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}').length };
    };
    const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const point: Point = {
      records: tip.seq + 1 + written.events,
      segments: [...files.keys()].filter((p) => p.startsWith('audit/segments/')).length,
      bytesPerCommit: mean(bytes.slice(first, end)),
      maxBytes: Math.max(...bytes),
      callsPerCommit: mean(calls.slice(first, end)),
      maxCalls: Math.max(...calls),
      cycles: opened.length - 1,
      commits: end - first,
    };
    return { point, revoke, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function run(): Promise<BenchResult[]> {
  const server = await startPostgres();
  try {
    const db = await server.createSampleDatabase();
    const years: Year[] = [];
    try {
      years.push(await measure(1, db.grantorUrl));
      years.push(await measure(10, db.grantorUrl));
      const best = years.map(() => ({ ms: Number.POSITIVE_INFINITY, calls: 0, blobs: 0 }));
      for (let i = 0; i < REVOKE_RUNS; i += 1) {
        for (const [y, year] of years.entries()) {
          const r = await year.revoke();
          const b = best[y];
          if (b !== undefined && r.ms < b.ms) best[y] = r;
        }
      }
      const [one, ten] = years.map((y, i) => ({ ...y.point, revoke: best[i] ?? { ms: Number.NaN, calls: 0, blobs: 0 } }));
      if (one === undefined || ten === undefined) throw new Error('two years measured');
      return report(one, ten);
    } finally {
      for (const y of years) await y.stop();
    }
  } finally {
    await server.stop();
  }
}

type Measured = Point & { readonly revoke: RevokeRun };

function report(one: Measured, ten: Measured): BenchResult[] {
  const dirs = (p: Point): number => Math.ceil(p.records / SEGMENTS_PER_DIR_SEQ);
  const at = (p: Measured, label: string, base?: Measured): BenchResult[] => [
    { name: `${label}: history`, value: p.records, unit: `records, ${p.segments} segments in ${dirs(p)} directories` },
    {
      name: `${label}: bytes sent per ledger commit (mean of ${p.commits}, ${p.cycles} segment cycle(s))`,
      value: p.bytesPerCommit,
      unit: `bytes (max ${p.maxBytes})`,
      ...(base !== undefined
        ? { baseline: { name: 'year 1', value: base.bytesPerCommit }, ratio: p.bytesPerCommit / base.bytesPerCommit, target: '<= 1.2' }
        : {}),
    },
    {
      name: `${label}: API calls per ledger commit (mean)`,
      value: p.callsPerCommit,
      unit: `calls (max ${p.maxCalls})`,
      ...(base !== undefined
        ? { baseline: { name: 'year 1', value: base.callsPerCommit }, ratio: p.callsPerCommit / base.callsPerCommit, target: 'constant' }
        : {}),
    },
    {
      name: `${label}: revoke run, nothing due (best of ${REVOKE_RUNS}, interleaved with the other year's)`,
      value: p.revoke.ms,
      unit: `ms (${p.revoke.calls} API calls, ${p.revoke.blobs} blobs read)`,
      ...(base !== undefined ? { baseline: { name: 'year 1', value: base.revoke.ms }, ratio: p.revoke.ms / base.revoke.ms, target: '<= 1.2' } : {}),
    },
  ];
  return [...at(one, 'year 1'), ...at(ten, 'year 10', one)];
}
