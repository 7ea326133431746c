import type { GrantApplied, Provider, TargetGrant } from './contract.js';
import { describeError, ProviderError } from './errors.js';

/** Why a step failed, as data the ledger can record. */
export interface FailureInfo {
  readonly target: string;
  /** Stable code when the provider named one. */
  readonly code?: string;
  readonly reason: string;
}

export type Compensation =
  | { readonly target: string; readonly status: 'revoked' }
  /** The rollback itself failed: this target may still hold the grant and must be revoked later. */
  | ({ readonly status: 'revoke_failed' } & FailureInfo);

export type ApplyResult =
  | {
      readonly ok: true;
      readonly applied: readonly string[];
      /** What each provider reported of its grant, by target (targets that reported nothing are absent). */
      readonly reported: ReadonlyMap<string, GrantApplied>;
    }
  | {
      readonly ok: false;
      readonly failure: FailureInfo;
      /** Targets that were (or may have been) changed, in rollback order. */
      readonly compensated: readonly Compensation[];
      /** The thrown value, for the run's one top-level report. */
      readonly error: unknown;
    };

function failureOf(target: string, error: unknown): FailureInfo {
  return error instanceof ProviderError ? { target, code: error.code, reason: describeError(error) } : { target, reason: describeError(error) };
}

/**
 * Applies every target grant of one request, all or nothing. Plans are built
 * first (pure; a bad grant stops here with nothing changed). On a failure,
 * every target touched so far, the failing one included (a provider that is
 * not transactional may have done part of its work), is revoked in reverse
 * order. Revocation is idempotent, so revoking what never landed is harmless.
 */
export async function applyRequest(providers: ReadonlyMap<string, Provider>, grants: readonly TargetGrant[]): Promise<ApplyResult> {
  const steps: { provider: Provider; grant: TargetGrant }[] = [];
  for (const grant of grants) {
    const provider = providers.get(grant.target.name);
    if (provider === undefined) {
      const error = new ProviderError('E_PROVIDER_TARGET_MISSING', grant.target.name, `no provider connected for request ${grant.requestId}`);
      return { ok: false, failure: failureOf(grant.target.name, error), compensated: [], error };
    }
    try {
      provider.plan(grant);
    } catch (error) {
      return { ok: false, failure: failureOf(grant.target.name, error), compensated: [], error };
    }
    steps.push({ provider, grant });
  }

  const touched: typeof steps = [];
  const reported = new Map<string, GrantApplied>();
  for (const step of steps) {
    touched.push(step);
    try {
      const report = await step.provider.grant(step.grant);
      if (report !== undefined) reported.set(step.grant.target.name, report);
    } catch (error) {
      const compensated: Compensation[] = [];
      for (const done of touched.reverse()) {
        const target = done.grant.target.name;
        try {
          await done.provider.revoke(done.grant);
          compensated.push({ target, status: 'revoked' });
        } catch (revokeError) {
          compensated.push({ status: 'revoke_failed', ...failureOf(target, revokeError) });
        }
      }
      return { ok: false, failure: failureOf(step.grant.target.name, error), compensated, error };
    }
  }
  return { ok: true, applied: steps.map((s) => s.grant.target.name), reported };
}
