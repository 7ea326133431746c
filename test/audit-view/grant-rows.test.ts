import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldTakes, GrantRowFolder, type GrantRow, type RefusalFact } from '../../src/audit-view/grant-rows.js';
import { checkoutLedger } from '../../src/audit-view/ledger-stream.js';
import { fold, verifyLedgerDir, type EventDraft, type LedgerEvent } from '../../src/ledger/index.js';
import { parseInstant } from '../../src/time/instant.js';
import { generateAuditLedger } from '../support/audit-ledger.js';
import { ACTOR, grantedDraft, HOUR, revokedDraft, sealBatches, T0 } from '../ledger/fixtures.js';

const ALL = { since: Number.NEGATIVE_INFINITY, until: Number.POSITIVE_INFINITY };

function rowsOf(events: readonly LedgerEvent[], period = ALL): { rows: GrantRow[]; refusals: RefusalFact[]; maxHeld: number } {
  const rows: GrantRow[] = [];
  const refusals: RefusalFact[] = [];
  const folder = new GrantRowFolder(period, { row: (r) => void rows.push(r), refusal: (f) => void refusals.push(f) });
  let maxHeld = 0;
  for (const e of events) {
    folder.add(e);
    maxHeld = Math.max(maxHeld, folder.held);
  }
  folder.end();
  return { rows, refusals, maxHeld };
}

let dir: string;
let events: LedgerEvent[];
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'grantbook-rows-'));
  // Starts near a month's end, so the ledger spans two month files.
  generateAuditLedger(dir, { grants: 3000, live: 25, start: parseInstant('2025-01-29T00:00:00Z') ?? 0 });
  const chain = await verifyLedgerDir(dir);
  expect(chain.ok).toBe(true);
  events = [...chain.events];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rows per grant, folded as the events stream', () => {
  it("read every grant as the revoke job's fold does: status, cause, revocation time, expiry", () => {
    const { rows } = rowsOf(events);
    const states = fold(events).states;
    const granted = [...states.values()].filter((s) => s.grant !== undefined);
    expect(rows.length).toBe(granted.length);
    expect(new Set(rows.map((r) => r.request)).size).toBe(rows.length);
    for (const row of rows) {
      const s = states.get(row.request);
      expect(s, row.request).toBeDefined();
      expect(row.status, row.request).toBe(s?.status);
      expect(row.cause, row.request).toBe(s?.cause);
      expect(row.revokedAt, row.request).toBe(s?.revokedAt);
      expect(row.expiresMs, row.request).toBe(s?.expiresAt);
      expect(row.grant, row.request).toBe(s?.grant);
      expect(row.failures, row.request).toBe(s?.failures);
    }
    // The generator's mix is all there: live, failed attempts, every cause, interrupted applies.
    const causes = new Set(rows.map((r) => r.cause ?? r.status));
    for (const c of ['active', 'expired', 'relinquished', 'limit']) expect(causes, c).toContain(c);
    expect(rows.some((r) => r.failures > 0 && r.status === 'revoked')).toBe(true);
    expect(rows.some((r) => r.refusal !== undefined && r.grant.type === 'intent')).toBe(true);
  });

  it('hold only the grants that are live or revoked within DRIFT_HOLD_MS, never the ledger', () => {
    const { maxHeld, rows } = rowsOf(events);
    // 3,000 grants over ~6 days; at most a few hours' worth are held at once.
    expect(rows.length).toBeGreaterThan(2800);
    expect(maxHeld).toBeLessThan(250);
  });

  it("take the activity summary written in the revocation's commit, and the alerts before it", () => {
    const { rows } = rowsOf(events);
    const summaries = new Map<string, number>();
    for (const e of events)
      if (e.type === 'activity' && e.kind === 'summary') summaries.set(e.request, (e.totals?.rows ?? 0) + (summaries.get(e.request) ?? 0));
    const alerted = new Set(events.flatMap((e) => (e.type === 'alert' ? [e.request] : [])));
    for (const row of rows) {
      expect(
        row.activity.reduce((n, a) => n + (a.totals?.rows ?? 0), 0),
        row.request,
      ).toBe(summaries.get(row.request) ?? 0);
      expect(row.alerts.length > 0, row.request).toBe(alerted.has(row.request));
    }
  });

  it('name the ledger line of each event: the month file and the line in it', () => {
    const { rows } = rowsOf(events);
    const files = new Map<string, string[]>();
    const lineOf = (file: string, line: number): string => {
      if (!files.has(file)) files.set(file, readFileSync(path.join(dir, file), 'utf8').split('\n'));
      return files.get(file)?.[line - 1] ?? '';
    };
    for (const row of rows) {
      expect(lineOf(row.granted.file, row.granted.line)).toContain(`"hash":"${row.granted.hash}"`);
      if (row.revoked !== undefined) expect(lineOf(row.revoked.file, row.revoked.line)).toContain(`"hash":"${row.revoked.hash}"`);
    }
    expect(rows.some((r) => r.granted.file !== rows[0]?.granted.file)).toBe(true);
  });

  it('keep a grant when its access overlapped the period, and only then', () => {
    const since = parseInstant('2025-01-31T00:00:00Z') ?? 0;
    const until = parseInstant('2025-02-01T00:00:00Z') ?? 0;
    const { rows } = rowsOf(events, { since, until });
    const expected = [...fold(events).states.values()].filter((s) => {
      if (s.grant === undefined) return false;
      const start = parseInstant(s.grant.type === 'granted' ? s.grant.granted_at : s.grant.at) ?? 0;
      const end = s.status === 'revoked' ? (parseInstant(s.revokedAt ?? '') ?? 0) : Number.POSITIVE_INFINITY;
      return start < until && end > since;
    });
    expect(rows.map((r) => r.request).sort()).toEqual(expected.map((s) => s.request).sort());
    expect(rows.some((r) => r.startMs < since)).toBe(true);
    expect(rows.some((r) => (r.revokedMs ?? 0) >= until)).toBe(true);
  });
});

describe('rows per grant, edge cases', () => {
  type Drafts = { at: number; drafts: EventDraft[] }[];
  const run = (batches: Drafts, period = ALL) =>
    rowsOf(
      sealBatches(batches).map((s) => s.event),
      period,
    );
  const summary = (request: string, rows: number): EventDraft => ({
    type: 'activity',
    request,
    actor: ACTOR,
    kind: 'summary',
    target: 'orders-prod',
    provider: 'postgres',
    principal: 'alice',
    status: 'observed',
    since: '2025-01-31T22:00:00Z',
    statements: [],
    others: { statements: 0, calls: 0, rows: 0, time_ms: 0 },
    totals: { calls: 1, rows, time_ms: 0 },
  });

  it('a revoked grant stays open for the rest of its commit, not longer', () => {
    const { rows } = run([
      { at: T0, drafts: [grantedDraft('alice-1', T0)] },
      { at: T0 + 2 * HOUR, drafts: [revokedDraft('alice-1'), summary('alice-1', 7)] },
      { at: T0 + 3 * HOUR, drafts: [summary('alice-1', 1000)] },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.activity.map((a) => a.totals?.rows)).toEqual([7]);
    expect(rows[0]?.lateMs).toBe(1000);
  });

  it('writes revoked rows in the order they were revoked, a re-grant of the id in the same commit too', () => {
    const { rows } = run([
      { at: T0, drafts: [grantedDraft('alice-1', T0), grantedDraft('bob-2', T0)] },
      { at: T0 + HOUR, drafts: [revokedDraft('bob-2'), revokedDraft('alice-1'), grantedDraft('alice-1', T0 + HOUR)] },
    ]);
    expect(rows.map((r) => [r.request, r.status])).toEqual([
      ['bob-2', 'revoked'],
      ['alice-1', 'revoked'],
      ['alice-1', 'active'],
    ]);
  });

  it('marks the grant an extension replaced, and keeps refusals of requests never granted apart', () => {
    const { rows, refusals } = run([
      { at: T0, drafts: [grantedDraft('alice-1', T0)] },
      { at: T0 + HOUR, drafts: [grantedDraft('alice-2', T0 + HOUR, 2, { extends: 'alice-1' })] },
      { at: T0 + HOUR + 1000, drafts: [{ ...revokedDraft('alice-1'), cause: 'superseded' }] },
      {
        at: T0 + HOUR + 2000,
        drafts: [{ type: 'grant_refused', request: 'bob-9', actor: ACTOR, reasons: [{ code: 'E_APPLY_NOT_APPROVED', message: 'no approval' }] }],
      },
    ]);
    const first = rows.find((r) => r.request === 'alice-1');
    expect(first?.supersededBy).toBe('alice-2');
    expect(first?.cause).toBe('superseded');
    expect(rows.find((r) => r.request === 'alice-2')?.status).toBe('active');
    expect(refusals.map((r) => r.request)).toEqual(['bob-9']);
  });

  it('a repeated granted event keeps the earlier expiry, and a partial revoke leaves the grant live', () => {
    const { rows } = run([
      { at: T0, drafts: [grantedDraft('alice-1', T0, 2)] },
      { at: T0 + 1000, drafts: [grantedDraft('alice-1', T0 + 1000, 8)] },
      { at: T0 + 2 * HOUR, drafts: [revokedDraft('alice-1', ['orders-prod'])] },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe('active');
    expect(rows[0]?.expiresMs).toBe(T0 + 2 * HOUR);
  });

  it('drops grants outside the period: ended before it, or started after it', () => {
    const batches: Drafts = [
      { at: T0, drafts: [grantedDraft('early-1', T0, 1)] },
      { at: T0 + HOUR, drafts: [revokedDraft('early-1')] },
      { at: T0 + 2 * HOUR, drafts: [grantedDraft('inside-2', T0 + 2 * HOUR, 1)] },
      { at: T0 + 5 * HOUR, drafts: [grantedDraft('late-3', T0 + 5 * HOUR, 1)] },
    ];
    const { rows } = run(batches, { since: T0 + 90 * 60_000, until: T0 + 5 * HOUR });
    expect(rows.map((r) => r.request)).toEqual(['inside-2']);
  });

  it('fold only the events foldTakes takes, with the lines the reader names, into the same rows', async () => {
    const all: GrantRow[] = [];
    const everything = new GrantRowFolder(ALL, { row: (r) => void all.push(r) });
    await checkoutLedger(dir)((e) => everything.add(e));
    everything.end();
    const taken: GrantRow[] = [];
    let handed = 0;
    const some = new GrantRowFolder(ALL, { row: (r) => void taken.push(r) });
    const verdict = await checkoutLedger(dir)((e, where) => {
      handed += 1;
      some.add(e, where);
    }, foldTakes);
    some.end();
    expect(verdict.ok).toBe(true);
    expect(verdict.events).toBe(events.length);
    // Baseline activity records are verified and never decoded: fewer events reach the folder, and no row changes.
    expect(handed).toBe(events.filter((e) => e.type !== 'activity' || e.kind === 'summary').length);
    expect(handed).toBeLessThan(events.length);
    expect(taken).toEqual(all);
  });

  it('streams through the checkout adapter with the same rows', async () => {
    const rows: string[] = [];
    const folder = new GrantRowFolder(ALL, { row: (r) => void rows.push(r.request) });
    const verdict = await checkoutLedger(dir)((e) => folder.add(e));
    folder.end();
    expect(verdict.ok).toBe(true);
    expect(verdict.events).toBe(events.length);
    expect(verdict.tip).toEqual({ seq: events.length - 1, hash: events[events.length - 1]?.hash });
    expect(rows).toEqual(rowsOf(events).rows.map((r) => r.request));
  });
});
