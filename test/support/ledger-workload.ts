import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CHECKPOINT_PATH, EMPTY_TIP, type ChainTip, type EventDraft, type GrantBody } from '../../src/ledger/index.js';
import { SegmentWriter } from '../../src/ledger/segment-writer.js';
import { OpenTracker } from '../../src/ledger/tracker.js';
import type { Held } from '../../src/ledger/view.js';
import { fixedClock } from './clock.js';
import { formatInstant } from '../../src/time/instant.js';
import { builtin } from './builtin-specs.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DURATIONS = [1, 2, 4, 8] as const;
const sha = (n: number, salt: number): string => ((n * 2654435761 + salt) >>> 0).toString(16).padStart(8, '0').repeat(5);

/** One commit's worth of ledger events, and the request files it adds or deletes. */
export interface Step {
  readonly at: number;
  readonly kind: 'intent' | 'granted' | 'refused' | 'revoke';
  readonly drafts: readonly EventDraft[];
  /** Request ids whose file is on the branch after this step. */
  readonly present: ReadonlySet<string>;
}

/** What writeLedger needs of a step: one commit's drafts at one instant, and the request files on the branch after it. */
export type LedgerStep = Pick<Step, 'at' | 'drafts' | 'present'>;

export interface WorkloadOptions {
  readonly start: number;
  readonly grantsPerDay: number;
  /** Number of the first request, so a window of a long history has the ids it would have. */
  readonly first?: number;
  /** Requests to generate (default: unbounded). */
  readonly requests?: number;
  /** One in five grants is a GitHub team membership (default); false: all are tables on one PostgreSQL target. */
  readonly teams?: boolean;
}

/**
 * A stationary organisation, as apply and revoke write it: each request is an
 * intent and a granted (two apply commits), an activity baseline on the
 * tables that keep statistics, one in a hundred is refused (its file stays
 * two days), durations of 1, 2, 4 and 8 hours, and a revoke run every five
 * minutes that revokes (with an activity summary) what is due, one in
 * twenty-five failing once first. Deterministic.
 */
export function* workload(o: WorkloadOptions): Generator<Step> {
  const gap = DAY / o.grantsPerDay;
  const live = new Map<string, { n: number; expires: number; failed: boolean; activity: boolean; principal: string }>();
  const present = new Set<string>();
  const refusedUntil = new Map<string, number>();
  const first = o.first ?? 0;
  let tick = Math.ceil(o.start / (5 * MINUTE)) * 5 * MINUTE;
  for (let i = 0; o.requests === undefined || i < o.requests; i += 1) {
    const n = first + i;
    const at = o.start + i * gap;
    while (tick < at) {
      yield* revokeRun(tick, live, present, refusedUntil);
      tick += 5 * MINUTE;
    }
    const login = `user${n % 211}`;
    const id = `${login}-inc-${n}`;
    present.add(id);
    const actor = { run_id: String(9_000_000_000 + n), workflow: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main', sha: sha(n, 1) };
    if (n % 100 === 37) {
      refusedUntil.set(id, at + 2 * DAY);
      const pr = { number: 10_000 + n, head_sha: sha(n, 2), merge_sha: sha(n, 3) };
      yield {
        at,
        kind: 'refused',
        drafts: [
          {
            type: 'grant_refused',
            request: id,
            actor,
            reasons: [{ code: 'E_APPROVAL_MISSING', message: 'no approval from a code owner of the request at the final head' }],
            pr,
          },
        ],
        present: new Set(present),
      };
      continue;
    }
    const hours = DURATIONS[n % DURATIONS.length] ?? 2;
    const table = o.teams === false || n % 5 !== 0;
    const principal = table ? `u${n % 211}` : login;
    const body: GrantBody = {
      pr: { number: 10_000 + n, head_sha: sha(n, 2), merge_sha: sha(n, 3) },
      requester: { login, id: 100_000 + (n % 211) },
      grantees: [{ login, id: 100_000 + (n % 211) }],
      approvers: [{ login: `lead${n % 7}`, id: 200_000 + (n % 7), review_id: 3_000_000_000 + n, commit_id: sha(n, 2) }],
      profile: table ? 'orders-readonly' : 'payments-oncall',
      request_blob: sha(n, 4),
      grants: table
        ? [
            {
              target: 'orders-prod',
              provider: 'postgres',
              principal,
              spec: builtin({ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status', 'amount_cents'] }),
            },
          ]
        : [{ target: 'github-acme', provider: 'github', principal, spec: builtin({ kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' }) }],
      expires_at: formatInstant(at + hours * HOUR),
      duration: `${hours}h`,
      ticket: `INC-${4000 + (n % 90_000)}`,
      reason: 'Investigate duplicate charges reported by support',
    };
    yield { at, kind: 'intent', drafts: [{ type: 'intent', request: id, actor, ...body }], present: new Set(present) };
    const granted: EventDraft[] = [{ type: 'granted', request: id, actor, ...body, granted_at: formatInstant(at) }];
    if (table) {
      granted.push({
        type: 'activity',
        request: id,
        actor,
        kind: 'baseline',
        target: 'orders-prod',
        provider: 'postgres',
        principal,
        status: 'observed',
        entries: [{ id: String(-4_411_000_000 - (n % 97)), calls: 3 + (n % 5), rows: 10, time_ms: 2 }],
        totals: { calls: 3 + (n % 5), rows: 10, time_ms: 2 },
      });
    }
    yield { at: at + 3000, kind: 'granted', drafts: granted, present: new Set(present) };
    live.set(id, { n, expires: at + hours * HOUR, failed: n % 25 !== 3, activity: table, principal });
  }
}

function* revokeRun(
  tick: number,
  live: Map<string, { n: number; expires: number; failed: boolean; activity: boolean; principal: string }>,
  present: Set<string>,
  refusedUntil: Map<string, number>,
): Generator<Step> {
  const actor = {
    run_id: String(8_000_000_000 + tick / (5 * MINUTE)),
    workflow: 'acme/access/.github/workflows/access-revoke.yml@refs/heads/main',
    sha: sha(tick / MINUTE, 5),
  };
  const drafts: EventDraft[] = [];
  for (const [id, g] of live) {
    if (g.expires > tick) continue;
    if (!g.failed) {
      g.failed = true;
      drafts.push({
        type: 'revoke_failed',
        request: id,
        actor,
        target: g.activity ? 'orders-prod' : 'github-acme',
        reason: { code: 'E_PROVIDER_UNREACHABLE', message: 'the target did not answer within 10 s' },
        attempts: 3,
      });
      continue;
    }
    const late = tick - g.expires;
    drafts.push({
      type: 'revoked',
      request: id,
      actor,
      targets: [g.activity ? 'orders-prod' : 'github-acme'],
      verified: true,
      cause: 'expired',
      ...(late > 0 ? { late_ms: late } : {}),
    });
    if (g.activity) {
      drafts.push({
        type: 'activity',
        request: id,
        actor,
        kind: 'summary',
        target: 'orders-prod',
        provider: 'postgres',
        principal: g.principal,
        status: 'observed',
        since: formatInstant(g.expires - 3 * HOUR),
        statements: [{ text: 'SELECT id, status, amount_cents FROM public.orders WHERE id = $1', calls: 4, rows: 4, time_ms: 1 }],
        others: { statements: 0, calls: 0, rows: 0, time_ms: 0 },
        totals: { calls: 4, rows: 4, time_ms: 1 },
      });
    }
    live.delete(id);
    present.delete(id);
  }
  for (const [id, until] of refusedUntil) {
    if (until <= tick) {
      refusedUntil.delete(id);
      present.delete(id);
    }
  }
  if (drafts.length > 0) yield { at: tick, kind: 'revoke', drafts, present: new Set(present) };
}

/**
 * Writes a workload's ledger into `root`/audit/ as the writer would commit it
 * step by step (segments, checkpoint records, the newest checkpoint file),
 * without git. Returns the tip, and the steps' sizes for averages.
 */
export async function writeLedger<S extends LedgerStep>(
  root: string,
  steps: Iterable<S>,
  options: { readonly tip?: ChainTip; readonly until?: (step: S, tip: ChainTip) => boolean; readonly segmentBytes?: number } = {},
): Promise<{ tip: ChainTip; events: number; bytes: number; segments: number; last?: S }> {
  const writer = new SegmentWriter(new OpenTracker<Held>(), options.tip ?? EMPTY_TIP, undefined, options.segmentBytes);
  let tip = options.tip ?? EMPTY_TIP;
  let current: { path: string; lines: string[] } | undefined;
  let checkpoint: string | undefined;
  let events = 0;
  let bytes = 0;
  let segments = 0;
  let last: S | undefined;
  const flush = async (): Promise<void> => {
    if (current === undefined) return;
    const file = path.join(root, current.path);
    await mkdir(path.dirname(file), { recursive: true });
    const text = `${current.lines.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    await writeFile(file, text);
    segments += 1;
  };
  for (const step of steps) {
    if (options.until?.(step, tip) === true) break;
    const batch = await writer.batch(step.drafts, fixedClock(step.at), async () => step.present);
    for (const [p, lines] of batch.lines) {
      if (current?.path !== p) {
        await flush();
        current = { path: p, lines: [] };
      }
      current.lines.push(...lines);
    }
    if (batch.checkpoint !== undefined) checkpoint = batch.checkpoint;
    events += batch.sealed.length;
    const s = batch.sealed[batch.sealed.length - 1];
    if (s !== undefined) tip = { seq: s.event.seq, hash: s.event.hash, at: Date.parse(s.event.at) };
    last = step;
  }
  await flush();
  if (checkpoint !== undefined) await writeFile(path.join(root, CHECKPOINT_PATH), checkpoint);
  return { tip, events, bytes, segments, ...(last !== undefined ? { last } : {}) };
}
