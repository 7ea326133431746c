import { builtin } from './builtin-specs.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appendEvents } from '../../src/ledger/chain.js';
import { EMPTY_TIP, type ChainTip, type EventDraft, type LedgerGrant } from '../../src/ledger/events.js';
import { fixedClock } from './clock.js';
import { writeLedger, type LedgerStep } from './ledger-workload.js';
import { formatInstant, parseInstant } from '../../src/time/instant.js';

/**
 * A realistic ledger for the audit views, sealed by the real append code (so
 * every hash is real) and written as month files under `<root>/audit/`.
 * Deterministic for a seed. Per grant, by its number: a few are refused, some
 * go through an intent first, most are revoked at expiry (some late, some
 * after a failed attempt), some are given up early, some cross a limit, a few
 * drift (and are revoked again); the last `live` stay live. Reasons of some grants carry text that
 * must stay data: formulas, markup, quotes, commas, newlines, non-ASCII.
 */
export interface LedgerPlan {
  readonly grants: number;
  /** Stop once this many events are written (the benchmark's 1,000,000). */
  readonly maxEvents?: number;
  readonly live?: number;
  readonly start?: number;
  readonly stepMs?: number;
}

export const TRICKY_REASONS = [
  '=HYPERLINK("http://evil.example/x","click") to check the refund',
  '+1 for the on-call, "quoted", with, commas',
  '-2 orders missing; see the\nsecond line of the reason',
  '@SUM(A1:A9) reported by Zoë Åström (支払い)',
  '<script>alert("x")</script></script><!-- & done',
] as const;

export const GEN_START = parseInstant('2025-01-06T08:00:00Z') ?? 0;
const MIN = 60_000;
const HOUR = 60 * MIN;
const sha = (n: number, salt: number): string => ((n * 2654435761 + salt) >>> 0).toString(16).padStart(8, '0').repeat(5);

export interface Generated {
  readonly events: number;
  readonly grants: number;
  readonly tip: ChainTip;
  readonly end: number;
}

interface Batch {
  readonly at: number;
  readonly order: number;
  readonly drafts: () => EventDraft[];
}

/** A binary heap of batches by time, then by the order they were planned in. */
class Agenda {
  private readonly items: Batch[] = [];
  private order = 0;
  push(at: number, drafts: () => EventDraft[]): void {
    const items = this.items;
    items.push({ at, order: this.order++, drafts });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as Batch, items[parent] as Batch)) break;
      [items[i], items[parent]] = [items[parent] as Batch, items[i] as Batch];
      i = parent;
    }
  }
  peek(): Batch | undefined {
    return this.items[0];
  }
  pop(): Batch | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && before(items[l] as Batch, items[m] as Batch)) m = l;
        if (r < items.length && before(items[r] as Batch, items[m] as Batch)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as Batch, items[i] as Batch];
        i = m;
      }
    }
    return top;
  }
}
const before = (a: Batch, b: Batch): boolean => a.at < b.at || (a.at === b.at && a.order < b.order);

export function actor(n: number, kind: 'apply' | 'revoke'): EventDraft['actor'] {
  return { run_id: String(10_000_000_000 + n), workflow: `acme/access/.github/workflows/access-${kind}.yml@refs/heads/main`, sha: sha(n, 7) };
}

function grantsOf(n: number, login: string, profile: string): LedgerGrant[] {
  if (profile === 'payments-oncall')
    return [
      { target: 'github-acme', provider: 'github', principal: login, spec: builtin({ kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' }) },
    ];
  if (profile === 'break-glass') {
    return [
      {
        target: 'orders-prod',
        provider: 'postgres',
        principal: login,
        spec: builtin({ kind: 'table', privileges: ['SELECT', 'UPDATE'], schema: 'public', table: 'orders', columns: ['id', 'status', 'customer_email'] }),
      },
    ];
  }
  const grants: LedgerGrant[] = [
    {
      target: 'orders-prod',
      provider: 'postgres',
      principal: login,
      spec: builtin({
        kind: 'table',
        privileges: ['SELECT'],
        schema: 'public',
        table: 'orders',
        columns: n % 3 === 0 ? ['id', 'status', 'customer_email'] : ['id', 'status'],
      }),
    },
  ];
  if (n % 4 === 0)
    grants.push({
      target: 'orders-prod',
      provider: 'postgres',
      principal: login,
      spec: builtin({ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'refunds' }),
    });
  if (n % 6 === 0)
    grants.push({
      target: 'github-acme',
      provider: 'github',
      principal: login,
      spec: builtin({ kind: 'repo', owner: 'acme', repo: 'orders-api', permission: 'push' }),
    });
  return grants;
}

export function profileOf(n: number): string {
  return n % 50 === 7 ? 'break-glass' : n % 10 === 3 ? 'payments-oncall' : 'orders-readonly';
}

export function loginOf(n: number): string {
  return `user${n % 37}`;
}

/** What a generator has planned so far: grants, and when the last one was planned to start plus a step. */
interface Planned {
  grants: number;
  end: number;
}

/**
 * The ledger's batches in time order, each one commit's drafts at one
 * instant; grants are planned as the batches are pulled, so a caller that
 * stops early has planned only the grants it reached.
 */
function* plannedBatches(plan: LedgerPlan, planned: Planned): Generator<{ readonly at: number; readonly drafts: EventDraft[] }> {
  const step = plan.stepMs ?? 3 * MIN;
  const start = plan.start ?? GEN_START;
  const live = plan.live ?? Math.min(20, Math.floor(plan.grants / 10));
  const agenda = new Agenda();
  const due = function* (until: number): Generator<{ readonly at: number; readonly drafts: EventDraft[] }> {
    for (let next = agenda.peek(); next !== undefined && next.at <= until; next = agenda.peek()) yield { at: next.at, drafts: agenda.pop()?.drafts() ?? [] };
  };
  planned.end = start + plan.grants * step;
  for (let n = 0; n < plan.grants; n += 1) {
    const t = start + n * step;
    yield* due(t);
    planGrant(agenda, n, t, n >= plan.grants - live);
    planned.grants += 1;
  }
  yield* due(Number.POSITIVE_INFINITY);
}

/** The batches cut to plan.maxEvents events in all. */
function* cutBatches(plan: LedgerPlan, planned: Planned): Generator<{ readonly at: number; readonly drafts: readonly EventDraft[] }> {
  let room = plan.maxEvents ?? Number.POSITIVE_INFINITY;
  for (const b of plannedBatches(plan, planned)) {
    if (room <= 0) return;
    if (b.drafts.length === 0) continue;
    const drafts = b.drafts.slice(0, room);
    room -= drafts.length;
    yield { at: b.at, drafts };
  }
}

/** The ledger in month files (the first layout): whole `granted` events, no checkpoints. */
export function generateAuditLedger(root: string, plan: LedgerPlan): Generated {
  const dir = path.join(root, 'audit');
  mkdirSync(dir, { recursive: true });
  const planned: Planned = { grants: 0, end: 0 };
  let tip: ChainTip = EMPTY_TIP;
  let events = 0;
  let month = '';
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length > 0) writeFileSync(path.join(dir, `${month}.jsonl`), `${lines.join('\n')}\n`, { flag: 'a' });
    lines = [];
  };
  for (const { at, drafts } of cutBatches(plan, planned)) {
    for (const s of appendEvents(tip, drafts, fixedClock(at))) {
      const m = s.event.at.slice(0, 7);
      if (m !== month) {
        flush();
        month = m;
      }
      lines.push(s.line);
      events += 1;
      tip = { seq: s.event.seq, hash: s.event.hash, at: parseInstant(s.event.at) ?? at };
    }
  }
  flush();
  return { events, grants: planned.grants, tip, end: Math.max(planned.end, tip.at) };
}

/**
 * The same ledger as the writer commits it today: segments, each opened by a
 * checkpoint record, slim `granted` events after an intent, and the newest
 * checkpoint file. `events` counts events, not checkpoint records.
 */
export async function generateSegmentedAuditLedger(root: string, plan: LedgerPlan): Promise<Generated> {
  const planned: Planned = { grants: 0, end: 0 };
  // No request file stays on the branch: a checkpoint keeps only the open business.
  const present: ReadonlySet<string> = new Set();
  const steps = function* (): Generator<LedgerStep> {
    for (const { at, drafts } of cutBatches(plan, planned)) yield { at, drafts, present };
  };
  const { tip, events } = await writeLedger(root, steps());
  return { events, grants: planned.grants, tip, end: Math.max(planned.end, tip.at) };
}

function planGrant(agenda: Agenda, n: number, t: number, staysLive: boolean): void {
  const login = loginOf(n);
  const id = `${login}-inc-${n}`;
  const profile = profileOf(n);
  const pr = { number: 1000 + n, head_sha: sha(n, 1), merge_sha: sha(n, 2) };
  if (n % 40 === 5) {
    agenda.push(t, () => [
      {
        type: 'grant_refused',
        request: id,
        actor: actor(n, 'apply'),
        reasons: [{ code: 'E_APPLY_NOT_APPROVED', message: 'the request reached main without a valid approval' }],
        pr,
      },
    ]);
    return;
  }
  const hours = profile === 'break-glass' ? 2 : ([1, 2, 4, 8][n % 4] ?? 2);
  const viaIntent = n % 20 === 9;
  const grantedAt = viaIntent ? t + 5000 : t;
  const expires = grantedAt + hours * HOUR;
  const body = {
    request: id,
    pr,
    requester: { login, id: 500_000 + (n % 37) },
    grantees: [{ login, id: 500_000 + (n % 37) }],
    approvers: [{ login: n % 2 === 0 ? 'carol' : 'dave', id: n % 2 === 0 ? 2_107_411 : 3_141_592, review_id: 7_000_000 + n, commit_id: pr.head_sha }],
    profile,
    request_blob: sha(n, 3),
    grants: grantsOf(n, login, profile),
    duration: `${hours}h`,
    ticket: profile === 'break-glass' ? `SEV1-${n}` : `INC-${n}`,
    reason: n % 97 === 11 ? (TRICKY_REASONS[Math.floor(n / 97) % TRICKY_REASONS.length] ?? 'x') : `Investigate order problem ${n} reported by support`,
  };
  const postgres = body.grants.some((g) => g.provider === 'postgres');
  const summary = (): EventDraft[] =>
    postgres
      ? [
          {
            type: 'activity',
            request: id,
            actor: actor(n, 'revoke'),
            kind: 'summary',
            target: 'orders-prod',
            provider: 'postgres',
            principal: login,
            status: 'observed',
            since: formatInstant(grantedAt),
            statements: [
              { text: 'SELECT id, status FROM public.orders WHERE id = $1', calls: 3 + (n % 5), rows: 3 + (n % 50), time_ms: 2 },
              ...(profile === 'break-glass'
                ? [{ text: 'UPDATE public.orders SET status = $1 WHERE id = $2', calls: 1, rows: 1, time_ms: 1, writes: true as const }]
                : []),
            ],
            others: { statements: 0, calls: 0, rows: 0, time_ms: 0 },
            totals: { calls: 3 + (n % 5) + (profile === 'break-glass' ? 1 : 0), rows: 3 + (n % 50) + (profile === 'break-glass' ? 1 : 0), time_ms: 3 },
          },
        ]
      : [];
  if (viaIntent) agenda.push(t, () => [{ type: 'intent', actor: actor(n, 'apply'), ...body, expires_at: formatInstant(t + hours * HOUR) }]);
  const interrupted = n % 200 === 29 && viaIntent;
  if (interrupted) {
    agenda.push(t + 10 * MIN, () => [
      {
        type: 'grant_refused',
        request: id,
        actor: actor(n, 'apply'),
        reasons: [{ code: 'E_APPLY_INTERRUPTED', message: `${id}: an earlier apply run stopped before it was fully granted` }],
        pr,
      },
    ]);
  } else {
    agenda.push(grantedAt, () => [
      { type: 'granted', actor: actor(n, 'apply'), ...body, granted_at: formatInstant(grantedAt), expires_at: formatInstant(expires) },
      ...(postgres
        ? [
            {
              type: 'activity',
              request: id,
              actor: actor(n, 'apply'),
              kind: 'baseline',
              target: 'orders-prod',
              provider: 'postgres',
              principal: login,
              status: 'observed',
              entries: [{ id: String(-1000 - (n % 90)), calls: 1, rows: 1, time_ms: 0 }],
              totals: { calls: 1, rows: 1, time_ms: 0 },
            } as EventDraft,
          ]
        : []),
    ]);
  }
  if (staysLive) return;
  const targets = [...new Set(body.grants.map((g) => g.target))];
  const revoke = (at: number, cause: 'expired' | 'relinquished' | 'limit', lateMs?: number): void =>
    agenda.push(at, () => [
      { type: 'revoked', request: id, actor: actor(n, 'revoke'), targets, verified: true, cause, ...(lateMs !== undefined ? { late_ms: lateMs } : {}) },
      ...summary(),
    ]);
  if (n % 30 === 11 && postgres) {
    const limitRevoke = n % 90 === 41;
    agenda.push(grantedAt + HOUR / 2, () => [
      {
        type: 'alert',
        request: id,
        actor: actor(n, 'revoke'),
        target: 'orders-prod',
        principal: login,
        limit: 'rows_read',
        observed: 12_000 + n,
        allowed: 10_000,
        action: limitRevoke ? 'revoke' : 'alert',
      },
    ]);
    if (limitRevoke) {
      revoke(grantedAt + HOUR / 2 + 20_000, 'limit');
      return;
    }
  }
  if (n % 15 === 4) {
    revoke(grantedAt + 20 * MIN, 'relinquished');
    return;
  }
  // Late by 0-20 minutes mostly; one in 12 by 35-95 minutes (a dropped scheduled run).
  const late = n % 12 === 1 ? 35 * MIN + (n % 60) * MIN : (n * 7919) % (20 * MIN);
  if (n % 25 === 2) {
    agenda.push(expires + late / 2, () => [
      {
        type: 'revoke_failed',
        request: id,
        actor: actor(n, 'revoke'),
        target: targets[0] ?? 'orders-prod',
        reason: { code: 'E_PROVIDER_REVOKE_NOT_VERIFIED', message: 'revocation is not verified' },
        attempts: 3,
      },
    ]);
  }
  revoke(expires + late, 'expired', late > 0 ? late : undefined);
  // A grant found lingering after its revocation is revoked again by the same run, as the revoke job does.
  if (n % 100 === 17)
    agenda.push(expires + late + 40 * MIN, () => [
      { type: 'drift_found', request: id, actor: actor(n, 'revoke'), target: 'orders-prod', principal: login, what: 'lingering' },
      { type: 'revoked', request: id, actor: actor(n, 'revoke'), targets: ['orders-prod'], verified: true, cause: 'drift' },
    ]);
}
