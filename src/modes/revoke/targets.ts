import { TARGETS_PATH as TARGETS_FILE } from '../../load/paths.js';
import type { Logger } from '../../logger.js';
import type { Target } from '../../policy/types.js';
import type { ManagedGrant, Provider, SingleFlightLock } from '../../providers/contract.js';
import { CREDENTIAL_MISSING, failureOf, isPermanent, sweepFailure, type Failure } from './reason.js';
import { withRetry, type RetryPolicy } from './retry.js';

/** What the sweep can do with a target this run. */
export type TargetHandle =
  | { readonly state: 'ready'; readonly target: Target; readonly provider: Provider; readonly lock?: SingleFlightLock }
  /** Another run holds the target's single-flight lock: it is sweeping this target now. */
  | { readonly state: 'busy' }
  | { readonly state: 'unavailable'; readonly failure: Failure; readonly attempts: number };

export interface TargetProblem {
  readonly target: string;
  readonly failure: Failure;
}

export interface OpenTargets {
  handle(name: string): TargetHandle;
  /** `listManaged` of every target that could list this run. */
  readonly managed: ReadonlyMap<string, readonly ManagedGrant[]>;
  /** Targets that could not be reached or listed: drift on them is unchecked this run. */
  readonly problems: readonly TargetProblem[];
  readonly busy: readonly string[];
  /** Closes every provider, which releases the single-flight locks. */
  close(): Promise<void>;
}

export interface OpenTargetsDeps {
  /** The effectful provider for a target (src/providers/registry.ts `connect`, or a test's). */
  readonly connect: (target: Target) => Provider | Promise<Provider>;
  readonly retry: RetryPolicy;
  readonly sleep: (ms: number) => Promise<void>;
  readonly logger: Logger;
}

/**
 * Connects every declared target, takes its single-flight lock where the
 * provider has one (held until close, i.e. past the ledger commit, so a run
 * that starts later reads a ledger that already says what this run did), and
 * lists what it manages. Done before the ledger is read, for that reason.
 * `{ unreadable }`: targets.yaml could not be read; every target is then
 * unavailable with that reason.
 */
export async function openTargets(targets: ReadonlyMap<string, Target> | { readonly unreadable: Failure }, deps: OpenTargetsDeps): Promise<OpenTargets> {
  const handles = new Map<string, TargetHandle>();
  const providers: Provider[] = [];
  const managed = new Map<string, readonly ManagedGrant[]>();
  const problems: TargetProblem[] = [];
  const busy: string[] = [];
  const unreadable = 'unreadable' in targets ? targets.unreadable : undefined;
  // No target is known: nothing can be revoked or checked for drift. Loud even when nothing is due.
  if (unreadable !== undefined) problems.push({ target: TARGETS_FILE, failure: unreadable });

  for (const target of 'unreadable' in targets ? [] : targets.values()) {
    const handle = await openOne(target, deps, providers);
    handles.set(target.name, handle);
    if (handle.state === 'busy') {
      busy.push(target.name);
      deps.logger.info(`Target ${target.name}: another revoke run holds its lock and is sweeping it; skipped by this run.`);
      continue;
    }
    if (handle.state === 'unavailable') {
      problems.push({ target: target.name, failure: handle.failure });
      // Whether a target without credentials needed a sweep is for the ledger to say (unconfigured.ts), once read.
      if (handle.failure.reason.code === CREDENTIAL_MISSING)
        deps.logger.info(`Target ${target.name}: no credentials in this job's environment; the ledger decides whether it needed a sweep.`);
      else deps.logger.error(`Target ${target.name}: ${handle.failure.reason.code} ${handle.failure.reason.message}`);
      continue;
    }
    if (!handle.provider.listsManaged) continue;
    const listed = await withRetry(deps.retry, deps.sleep, () => handle.provider.listManaged(target), isPermanent);
    if (listed.ok) {
      managed.set(target.name, listed.value);
    } else {
      const cause = failureOf(listed.error);
      const failure = sweepFailure('E_REVOKE_DRIFT_CHECK_FAILED', `target ${target.name}: could not list its grants: ${cause.reason.message}`, cause.details);
      problems.push({ target: target.name, failure });
      deps.logger.error(`Target ${target.name}: ${failure.reason.message}`);
    }
  }

  return {
    managed,
    problems,
    busy,
    handle(name) {
      const known = handles.get(name);
      if (known !== undefined) return known;
      if (unreadable !== undefined) return { state: 'unavailable', failure: unreadable, attempts: 1 };
      return {
        state: 'unavailable',
        failure: sweepFailure('E_REVOKE_TARGET_UNKNOWN', `target ${name} is not declared in policies/targets.yaml on the default branch`),
        attempts: 1,
      };
    },
    async close() {
      await Promise.allSettled(providers.splice(0).map((p) => p.close()));
    },
  };
}

async function openOne(target: Target, deps: OpenTargetsDeps, providers: Provider[]): Promise<TargetHandle> {
  let provider: Provider;
  try {
    provider = await deps.connect(target);
  } catch (error) {
    return { state: 'unavailable', failure: failureOf(error), attempts: 1 };
  }
  providers.push(provider);
  const singleFlight = provider.singleFlight?.bind(provider);
  if (singleFlight === undefined) return { state: 'ready', target, provider };
  const locked = await withRetry(deps.retry, deps.sleep, singleFlight, isPermanent);
  if (!locked.ok) {
    const cause = failureOf(locked.error);
    const failure = sweepFailure('E_REVOKE_TARGET_UNREACHABLE', `target ${target.name}: ${cause.reason.message}`, cause.details);
    return { state: 'unavailable', failure, attempts: locked.attempts };
  }
  if (locked.value === undefined) return { state: 'busy' };
  return { state: 'ready', target, provider, lock: locked.value };
}
