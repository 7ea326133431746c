/**
 * The repository settings doctor judges, as plain data read from GitHub.
 * Every part that needs its own permission may be unreadable; the checks
 * then fail closed instead of guessing.
 */

/** A setting read, or why not: GitHub's status and the route template (never a URL). */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly status: number | undefined; readonly operation: string };

/** Who may merge without the review requirement of one protection source. */
export type Bypass =
  /** Nobody. */
  | 'none'
  /** GitHub Apps only (the ledger-committing App is expected here). */
  | 'apps'
  /** Administrators, roles, teams, people or deploy keys. */
  | 'people';

/** What one source (a classic protection rule or a ruleset's pull_request rule) requires of a pull request. */
export interface ReviewRequirement {
  /** 'classic' or `ruleset <id>`, for messages. */
  readonly source: string;
  readonly codeOwnerReview: boolean;
  readonly dismissStale: boolean;
  readonly lastPushApproval: boolean;
  /** Unreadable when the ruleset's bypass list could not be read. */
  readonly bypass: Read<Bypass>;
}

/** GET .../branches/{branch}/protection: 404 "Branch not protected" is `unprotected`. */
export type ClassicProtection =
  | { readonly kind: 'unprotected' }
  | {
      readonly kind: 'protected';
      /** Undefined when the rule does not require pull request reviews. */
      readonly reviews: Omit<ReviewRequirement, 'source' | 'bypass'> | undefined;
      readonly enforceAdmins: boolean;
      /** bypass_pull_request_allowances. */
      readonly allowances: { readonly people: number; readonly apps: number };
    };

export interface EnvironmentSettings {
  readonly requiredReviewers: boolean;
  /** Minutes; 0 when there is no wait timer. */
  readonly waitTimer: number;
  /** null: every branch may deploy. */
  readonly branchPolicy: null | { readonly protectedBranches: boolean; readonly customBranchPolicies: boolean };
  /** The custom branch and tag rules; read only when customBranchPolicies is on. */
  readonly customPolicies: Read<readonly { readonly name: string; readonly type: 'branch' | 'tag' }[]> | undefined;
}

/** CODEOWNERS as GitHub uses it on the default branch. */
export interface CodeownersSnapshot {
  /** The first of GitHub's locations that holds anything; undefined when none does. */
  readonly file: { readonly path: string; readonly bytes: Uint8Array | undefined } | undefined;
  /** GET .../codeowners/errors at the same commit (line, column, kind, path only). */
  readonly errors: readonly { readonly line: number; readonly column?: number; readonly kind: string; readonly path?: string }[];
}

export interface SettingsSnapshot {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly classic: Read<ClassicProtection>;
  /** pull_request rules of the active rulesets that apply to the default branch. */
  readonly rulesets: Read<readonly ReviewRequirement[]>;
  readonly actions: Read<{ readonly canApprovePullRequestReviews: boolean }>;
  readonly codeowners: Read<CodeownersSnapshot>;
  readonly environment: { readonly name: string; readonly settings: Read<EnvironmentSettings | undefined> };
  /** GitHub's workflow state (active, disabled_manually, ...); undefined when there is no such workflow. */
  readonly revokeWorkflow: { readonly file: string; readonly state: Read<string | undefined> };
}
