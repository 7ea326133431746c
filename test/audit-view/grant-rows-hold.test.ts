import { describe, expect, it } from 'vitest';
import { GrantRowFolder, type DriftFact, type GrantRow } from '../../src/audit-view/grant-rows.js';
import type { EventDraft } from '../../src/ledger/index.js';
import { ACTOR, grantedDraft, HOUR, revokedDraft, sealBatches, T0 } from '../ledger/fixtures.js';

type Batches = { at: number; drafts: EventDraft[] }[];
const ALL = { since: Number.NEGATIVE_INFINITY, until: Number.POSITIVE_INFINITY };

function run(batches: Batches, period = ALL): { rows: GrantRow[]; drift: DriftFact[]; heldAfter: number[] } {
  const rows: GrantRow[] = [];
  const drift: DriftFact[] = [];
  const heldAfter: number[] = [];
  const folder = new GrantRowFolder(period, { row: (r) => void rows.push(r), drift: (f) => void drift.push(f) });
  for (const s of sealBatches(batches)) {
    folder.add(s.event);
    heldAfter.push(folder.held);
  }
  folder.end();
  return { rows, drift, heldAfter };
}

const lingering = (request: string): EventDraft => ({
  type: 'drift_found',
  request,
  actor: ACTOR,
  target: 'orders-prod',
  principal: 'alice',
  what: 'lingering',
});

describe('the revoked-row hold', () => {
  it('an extension granted after the older grant was revoked names it the same way inside and outside the hold', () => {
    // alice-1 expires and is revoked; the extension alice-2 is granted one hour later (inside the hold) or two days later.
    const older = (gapMs: number): GrantRow => {
      const row = run([
        { at: T0, drafts: [grantedDraft('alice-1', T0, 1)] },
        { at: T0 + HOUR, drafts: [revokedDraft('alice-1')] },
        { at: T0 + HOUR + gapMs, drafts: [grantedDraft('alice-2', T0 + HOUR + gapMs, 2, { extends: 'alice-1' })] },
      ]).rows.find((r) => r.request === 'alice-1');
      if (row === undefined) throw new Error(`no row for alice-1 (gap ${gapMs} ms)`);
      return row;
    };
    expect(older(48 * HOUR)).toMatchObject({ status: 'revoked' });
    expect(older(48 * HOUR).supersededBy).toBeUndefined();
    // Before the hold this row had no superseded_by either: the extension came in a later commit than its revocation.
    expect(older(HOUR).supersededBy).toBeUndefined();
  });

  it('a drift finding of the period on a held row outside the period is on no row', () => {
    // alice-1 ends before --since; the next revoke run finds it lingering after --since, within the hold.
    const { rows, drift } = run(
      [
        { at: T0, drafts: [grantedDraft('alice-1', T0, 1)] },
        { at: T0 + HOUR, drafts: [revokedDraft('alice-1')] },
        { at: T0 + 3 * HOUR, drafts: [lingering('alice-1'), { ...revokedDraft('alice-1', ['orders-prod'], 0), cause: 'drift' }] },
      ],
      { since: T0 + 2 * HOUR, until: T0 + 10 * HOUR },
    );
    // The row ended before --since, so it is not shown, and the finding is on no row: unattached (listed and warned of).
    expect(rows).toEqual([]);
    expect(drift.map((f) => [f.request, f.onRow])).toEqual([['alice-1', false]]);
  });

  it('a grant re-granted under a held id comes among the live ones in the order it started', () => {
    const { rows } = run([
      { at: T0, drafts: [grantedDraft('alice-1', T0, 1)] },
      { at: T0 + 600_000, drafts: [grantedDraft('bob-2', T0 + 600_000, 10)] },
      { at: T0 + HOUR, drafts: [revokedDraft('alice-1')] },
      { at: T0 + 2 * HOUR, drafts: [grantedDraft('alice-1', T0 + 2 * HOUR, 4)] },
    ]);
    // As before the hold: the revoked row, then the live ones in the order they started.
    expect(rows.map((r) => [r.request, r.status])).toEqual([
      ['alice-1', 'revoked'],
      ['bob-2', 'active'],
      ['alice-1', 'active'],
    ]);
  });

  it('counts a held revoked grant once in held', () => {
    const { heldAfter } = run([
      { at: T0, drafts: [grantedDraft('alice-1', T0, 1)] },
      { at: T0 + HOUR, drafts: [revokedDraft('alice-1')] },
    ]);
    expect(heldAfter).toEqual([1, 1]);
  });
});
