import { describe, expect, it } from 'vitest';
import { activityIndex } from '../../src/activity/ledger.js';
import { checkLimits } from '../../src/activity/limits.js';
import { describeStatement } from '../../src/activity/statement-text.js';
import { summaryBody } from '../../src/activity/summary.js';
import type { Snapshot, StatementCounters } from '../../src/activity/types.js';
import { baselineBody, windowBetween } from '../../src/activity/window.js';
import { appendEvents } from '../../src/ledger/chain.js';
import { EMPTY_TIP, fold, type ActivityEvent, type EventDraft } from '../../src/ledger/index.js';
import { fixedClock } from '../support/clock.js';
import { ACTOR, grantedDraft, HOUR, T0 } from '../ledger/fixtures.js';

const snap = (statements: StatementCounters[], complete = true): Snapshot => ({
  observable: true,
  statements,
  totals: statements.reduce((t, s) => ({ calls: t.calls + s.calls, rows: t.rows + s.rows, timeMs: t.timeMs + s.timeMs }), { calls: 0, rows: 0, timeMs: 0 }),
  complete,
});
const baselineOf = (s: Snapshot, cap?: number): ActivityEvent =>
  ({
    type: 'activity',
    kind: 'baseline',
    at: '2026-11-20T08:00:00Z',
    target: 'orders-prod',
    provider: 'postgres',
    principal: 'alice',
    ...baselineBody(s, cap),
  }) as unknown as ActivityEvent;
const q = (id: string, calls: number, rows: number, text?: string, timeMs = 1): StatementCounters => ({
  id,
  calls,
  rows,
  timeMs,
  ...(text !== undefined ? { text } : {}),
});

describe('statement text: what may be stored', () => {
  it.each([
    ['SELECT id FROM public.orders WHERE id = $1', 'SELECT id FROM public.orders WHERE id = $1'],
    ['  SELECT\n\tid  FROM t1 -- note 42\n WHERE x = $1', 'SELECT id FROM t1 WHERE x = $1'],
    ['/* ticket 4211 /* nested */ */ SELECT count(*) FROM "Orders2"', 'SELECT count(*) FROM "Orders2"'],
    ['WITH d AS (DELETE FROM t WHERE a = $1 RETURNING *) SELECT * FROM d', 'WITH d AS (DELETE FROM t WHERE a = $1 RETURNING *) SELECT * FROM d'],
  ])('keeps normalized plannable text: %j', (raw, stored) => {
    expect(describeStatement(raw).text).toBe(stored);
    expect(describeStatement(raw).withheld).toBeUndefined();
  });

  it.each([
    ["SELECT * FROM t WHERE email = 'a@example.com'", 'SELECT statement (text withheld)'],
    ['SELECT * FROM t LIMIT 10', 'SELECT statement (text withheld)'],
    ['SELECT $$secret$$', 'SELECT statement (text withheld)'],
    ['SELECT .5', 'SELECT statement (text withheld)'],
    ['SELECT id AS "ssn 123-45-6789" FROM t', 'SELECT statement (text withheld)'],
    ["SET application_name = 'x'", 'SET statement (text withheld)'],
    ['COPY public.orders TO STDOUT', 'COPY statement (text withheld)'],
    ['<insufficient privilege>', 'unrecognized statement (text withheld)'],
    ['SELECT 1 /* unterminated', 'SELECT statement (text withheld)'],
    [undefined, 'statement (text unavailable)'],
  ])('withholds text that could hold a value: %j', (raw, label) => {
    expect(describeStatement(raw)).toMatchObject({ text: label, withheld: true });
  });

  it('never lets a control or bidirectional character through, and caps the length', () => {
    const text = describeStatement(`SELECT a\u202E, b FROM t WHERE c = $1 AND ${'x = $2 AND '.repeat(100)} y = $3`).text;
    expect(text).not.toMatch(/[\u202E\u0000-\u001F]/);
    expect(text.length).toBeLessThanOrEqual(500);
  });

  it.each([
    ['INSERT INTO t (a) VALUES ($1)', true],
    ['UPDATE t SET a = $1', true],
    ['WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x', true],
    ['TRUNCATE t', true],
    ['COPY t FROM STDIN', true],
    ['COPY (SELECT a FROM t) TO STDOUT', false],
    ['CREATE TEMP TABLE t AS SELECT $1', true],
    ['SELECT * FROM t FOR UPDATE', false],
    ['SELECT * FROM t FOR NO KEY UPDATE', false],
    ['SELECT a FROM t', false],
  ])('classifies %j as writing: %s', (raw, writes) => {
    expect(describeStatement(raw).writes === true).toBe(writes);
  });
});

describe('the window between baseline and now', () => {
  it('subtracts per statement and lists only what ran', () => {
    const base = baselineOf(snap([q('1', 5, 50), q('2', 1, 1)]));
    const w = windowBetween(base, snap([q('1', 7, 70, 'SELECT a FROM t WHERE b = $1', 3), q('2', 1, 1, 'SELECT b FROM t'), q('-9', 2, 4, 'SELECT c FROM t')]));
    expect(w).toEqual({
      observable: true,
      statements: [
        { id: '1', calls: 2, rows: 20, time_ms: 2, text: 'SELECT a FROM t WHERE b = $1' },
        { id: '-9', calls: 2, rows: 4, time_ms: 1, text: 'SELECT c FROM t' },
      ],
      totals: { calls: 4, rows: 24, time_ms: 3 },
      flags: [],
    });
  });

  it('a counter that went down is a reset: the figure since then, flagged, never negative', () => {
    const base = baselineOf(snap([q('1', 100, 1000), q('2', 3, 3)]));
    const w = windowBetween(base, snap([q('1', 2, 5, 'SELECT a FROM t')]));
    expect(w).toMatchObject({ observable: true, statements: [{ id: '1', calls: 2, rows: 5 }], flags: ['counters_reset'] });
    const body = summaryBody(w, '2026-11-20T08:00:00Z');
    expect(JSON.stringify(body)).not.toMatch(/":-\d/);
  });

  it('a baseline over the cap keeps totals only and the window says it is approximate', () => {
    const many = Array.from({ length: 5 }, (_, i) => q(String(i), 1, 1));
    const partial = baselineBody(snap(many), 3);
    expect(partial).toEqual({ status: 'observed', totals: { calls: 5, rows: 5, time_ms: 5 }, flags: ['baseline_partial'] });
    const w = windowBetween(baselineOf(snap(many), 3), snap([...many.map((s) => ({ ...s, calls: 2, rows: 3 }))]));
    expect(w).toMatchObject({ observable: true, totals: { calls: 5, rows: 10 }, flags: ['baseline_partial'] });
  });

  it('is not observable without a baseline, or when the provider cannot be read', () => {
    expect(windowBetween(undefined, snap([]))).toMatchObject({ observable: false, reason: { code: 'E_ACTIVITY_NO_BASELINE' } });
    const missing = baselineOf({ observable: false, reason: { code: 'E_ACTIVITY_EXTENSION_MISSING', message: 'x' } });
    expect(windowBetween(missing, snap([]))).toMatchObject({
      reason: { code: 'E_ACTIVITY_NO_BASELINE', message: expect.stringContaining('E_ACTIVITY_EXTENSION_MISSING') },
    });
    expect(windowBetween(baselineOf(snap([])), { observable: false, reason: { code: 'E_ACTIVITY_READ_FAILED', message: 'x' } })).toMatchObject({
      reason: { code: 'E_ACTIVITY_READ_FAILED' },
    });
  });
});

describe('the summary and the limits', () => {
  const window = windowBetween(
    baselineOf(snap([])),
    snap([
      q('1', 1, 500, 'SELECT a FROM t'),
      q('2', 3, 3, 'UPDATE t SET a = $1'),
      ...Array.from({ length: 25 }, (_, i) => q(String(100 + i), 1, i, `SELECT c${i} FROM t`)),
    ]),
  );

  it('keeps the top statements by rows and totals the rest', () => {
    const body = summaryBody(window, '2026-11-20T08:00:00Z', 20);
    expect(body.statements).toHaveLength(20);
    expect(body.statements?.[0]).toEqual({ text: 'SELECT a FROM t', calls: 1, rows: 500, time_ms: 1 });
    expect(body.others).toEqual({ statements: 7, calls: 9, rows: 5 + 4 + 3 + 3 + 2 + 1 + 0, time_ms: 7 });
    expect(body.totals?.rows).toBe(500 + 3 + 300);
  });

  it('rows read count statements that do not write; writes count when the profile is read-only', () => {
    expect(checkLimits(window, { rowsRead: 800, readOnly: true, onExceed: 'alert' })).toEqual([{ limit: 'writes', observed: 3, allowed: 0, estimated: false }]);
    expect(checkLimits(window, { rowsRead: 799, onExceed: 'revoke' })).toEqual([{ limit: 'rows_read', observed: 800, allowed: 799, estimated: false }]);
    expect(checkLimits({ observable: false, reason: { code: 'E_ACTIVITY_READ_FAILED', message: 'x' } }, { rowsRead: 0, onExceed: 'alert' })).toEqual([]);
  });

  it('judges rows on the window total, as an estimate, when the baseline kept totals only', () => {
    // 3 statements with long histories before the grant; the baseline kept only their totals.
    const before = snap([q('1', 100, 10_000), q('2', 50, 5_000), q('3', 10, 1_000)]);
    const partial = baselineOf(before, 2);
    const during = windowBetween(partial, snap([q('1', 101, 10_020), q('2', 50, 5_000), q('3', 10, 1_000)]));
    // Per statement, every lifetime would count as new (16,020 rows); the totals say 20.
    expect(checkLimits(during, { rowsRead: 100, onExceed: 'revoke' })).toEqual([]);
    expect(checkLimits(during, { rowsRead: 10, onExceed: 'revoke' })).toEqual([{ limit: 'rows_read', observed: 20, allowed: 10, estimated: true }]);
  });
});

describe('ledger: activity and alert events', () => {
  const seal = (drafts: EventDraft[]) => appendEvents(EMPTY_TIP, drafts, fixedClock(T0 + HOUR)).map((s) => s.event);
  const summary: EventDraft = {
    type: 'activity',
    request: 'req-1',
    actor: ACTOR,
    kind: 'summary',
    target: 'orders-prod',
    provider: 'postgres',
    principal: 'alice',
    ...summaryBody(windowBetween(baselineOf(snap([])), snap([q('1', 2, 3, 'SELECT a FROM t WHERE b = $1')])), '2025-01-31T22:00:01Z'),
  };
  const alert: EventDraft = {
    type: 'alert',
    request: 'req-1',
    actor: ACTOR,
    target: 'orders-prod',
    principal: 'alice',
    limit: 'rows_read',
    observed: 9,
    allowed: 5,
    action: 'revoke',
  };

  it('round-trip through the strict writer, and an alert with action revoke makes the grant due for early revocation', () => {
    const events = seal([
      grantedDraft('req-1', T0),
      {
        type: 'activity',
        request: 'req-1',
        actor: ACTOR,
        kind: 'baseline',
        target: 'orders-prod',
        provider: 'postgres',
        principal: 'alice',
        ...baselineBody(snap([q('1', 1, 1)])),
      },
      alert,
      summary,
    ]);
    expect(events.map((e) => e.type)).toEqual(['granted', 'activity', 'alert', 'activity']);
    expect(fold(events).states.get('req-1')?.limitRevoke).toBe(true);
    const index = activityIndex(events)('req-1');
    expect(index.baseline('orders-prod', 'alice')?.kind).toBe('baseline');
    expect(index.summarized('orders-prod', 'alice')).toBe(true);
    expect(index.alerted('orders-prod', 'alice', 'rows_read')).toBe(true);
    expect(index.alerted('orders-prod', 'alice', 'writes')).toBe(false);
  });

  it('refuse a not-observable record that claims figures, and statement text with a control character', () => {
    const bad = { ...summary, status: 'not_observable', reason: { code: 'E_ACTIVITY_READ_FAILED', message: 'x' } } as EventDraft;
    expect(() => seal([bad])).toThrow(/E_LEDGER_DRAFT_INVALID/);
    const control = { ...summary, statements: [{ text: 'SELECT\u0007', calls: 1, rows: 1, time_ms: 0 }] } as EventDraft;
    expect(() => seal([control])).toThrow(/E_LEDGER_DRAFT_INVALID/);
  });
});
