import type { Diagnostic } from '../diagnostics.js';
import type { GrantSpec } from '../shared/grants.js';
import type { AdmittedRows, FootprintEntry } from '../shared/provider-shapes.js';
import type { ApproverGroup } from './types.js';

export type { GrantSpec };

export interface ResolvedGrant {
  /** Index of the grant in the request file (bundles expand to several with the same index). */
  readonly index: number;
  readonly target: string;
  readonly provider: string;
  /** Who receives it on the provider (Postgres login role, GitHub login). */
  readonly principal: string;
  readonly spec: GrantSpec;
}

export type { AdmittedRows, FootprintEntry };

/** What a request exposes, grant by grant (each provider's `footprint`). */
export interface Footprint {
  readonly entries: readonly FootprintEntry[];
}

export interface ExpiryWindow {
  readonly duration: string;
  readonly durationMs: number;
  /** If applied at the evaluation's `now`. */
  readonly startsAt: string;
  readonly expiresAt: string;
}

/**
 * The policy verdict on one request, with every reason, not just the first.
 * Approvals are judged separately (they need the PR's reviews); this says who
 * must approve.
 */
export interface Decision {
  readonly requestId: string;
  readonly path: string;
  readonly profile: string;
  readonly outcome: 'allowed' | 'refused';
  /** Refusals (severity error) and notes for reviewers (severity warning). */
  readonly reasons: readonly Diagnostic[];
  readonly grants: readonly ResolvedGrant[];
  readonly window?: ExpiryWindow;
  readonly footprint: Footprint;
  readonly approvals: { readonly min: number; readonly groups: readonly ApproverGroup[] };
  readonly breakGlass: boolean;
}

/**
 * Facts the pure evaluation needs from the outside world, gathered by the
 * caller. Unknown facts are `undefined` and never assumed in the requester's favour.
 */
export interface EvaluationFacts {
  /** Evaluation instant (epoch ms), from the injected clock. */
  readonly now: number;
  /** The PR author, when evaluating a PR. Offline (`grantbook plan`) it is absent. */
  readonly author?: { readonly login: string; readonly id: number };
  /** Teams (slugs) the requester is an active member of; undefined when not looked up. */
  readonly requesterTeams?: ReadonlySet<string>;
  /** `owner/name` of the repository holding the access requests (the control plane). */
  readonly controlRepo?: string;
}
