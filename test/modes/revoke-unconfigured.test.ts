import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../../src/ledger/events.js';
import { fold } from '../../src/ledger/fold.js';
import type { TargetProblem } from '../../src/modes/revoke/targets.js';
import { settleUnconfigured } from '../../src/modes/revoke/unconfigured.js';
import { ACTOR, HOUR, grantedDraft, revokedDraft, revokeFailedDraft, sealBatches, T0 } from '../ledger/fixtures.js';

/**
 * Which targets without credentials a revoke run may leave unswept, decided
 * on real folds of sealed ledgers: only a target the ledger has no history
 * on at all. The end-to-end side is in test/e2e/revoke.test.ts.
 */
const missing = (target: string): TargetProblem => ({
  target,
  failure: { reason: { code: 'E_PROVIDER_CREDENTIAL_MISSING', message: `target ${target}: environment variable X is not set or empty` }, details: [] },
});
const folded = (...batches: EventDraft[][]) => fold(sealBatches(batches.map((drafts, i) => ({ at: T0 + i * HOUR, drafts }))).map((s) => s.event));
const history = (...batches: EventDraft[][]) => folded(...batches).knownTargets;
const settled = (targets: readonly string[], known: ReadonlySet<string> | undefined) => {
  const s = settleUnconfigured(targets.map(missing), known);
  return { failing: s.problems.map((p) => p.target), notSwept: s.notSwept.map((n) => n.target) };
};

describe('targets without credentials', () => {
  it('an empty ledger: every one is left unswept, with the connect reason kept for the notice', () => {
    const s = settleUnconfigured([missing('shop-prod')], history());
    expect(s.problems).toEqual([]);
    expect(s.notSwept).toEqual([{ target: 'shop-prod', reason: missing('shop-prod').failure.reason }]);
  });

  it('a live grant keeps the failure on each of its targets, and only on them', () => {
    expect(settled(['orders-prod', 'github-acme', 'shop-prod'], history([grantedDraft('a-1', T0)]))).toEqual({
      failing: ['orders-prod', 'github-acme'],
      notSwept: ['shop-prod'],
    });
  });

  it('an intent alone (apply may have granted before it crashed) keeps the failure', () => {
    const { granted_at: _applied, ...body } = grantedDraft('a-1', T0) as Extract<EventDraft, { type: 'granted' }>;
    const intent: EventDraft = { ...body, type: 'intent' };
    expect(settled(['orders-prod', 'github-acme'], history([intent]))).toEqual({
      failing: ['orders-prod', 'github-acme'],
      notSwept: [],
    });
  });

  it('a grant revoked long ago keeps the failure: drift detection still covers that target', () => {
    const ledger = folded([grantedDraft('a-1', T0)], [revokedDraft('a-1')]);
    expect(ledger.states.get('a-1')?.status).toBe('revoked');
    expect(settled(['orders-prod', 'github-acme'], ledger.knownTargets)).toEqual({ failing: ['orders-prod', 'github-acme'], notSwept: [] });
  });

  it('drift found on a target, or a failed revocation of a grant never recorded, keeps the failure', () => {
    const drift: EventDraft = { type: 'drift_found', request: 'ghost-1', actor: ACTOR, target: 'shop-prod', principal: 'bob', what: 'unrecorded' };
    expect(settled(['shop-prod', 'aws-prod'], history([drift]))).toEqual({ failing: ['shop-prod'], notSwept: ['aws-prod'] });
    expect(settled(['shop-prod', 'aws-prod'], history([revokeFailedDraft('ghost-2', 'aws-prod')]))).toEqual({ failing: ['aws-prod'], notSwept: ['shop-prod'] });
  });

  it('a ledger that did not read whole sets nothing aside', () => {
    expect(settled(['shop-prod'], undefined)).toEqual({ failing: ['shop-prod'], notSwept: [] });
  });

  it('any other problem of a target never used still fails the run', () => {
    const down: TargetProblem = {
      target: 'shop-prod',
      failure: { reason: { code: 'E_REVOKE_TARGET_UNREACHABLE', message: 'target shop-prod: refused' }, details: [] },
    };
    expect(settleUnconfigured([down], history()).problems).toEqual([down]);
  });
});
