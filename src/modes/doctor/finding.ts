import { DOCTOR_CODES, type DoctorCode } from '../../shared/codes/doctor.js';
import type { Read, SettingsSnapshot } from './snapshot.js';

/** critical: apply refuses to grant while it stands. warning: reported, never blocking. */
export type Severity = 'critical' | 'warning';

export interface Finding {
  readonly code: DoctorCode;
  readonly severity: Severity;
  readonly message: string;
  /** The exact change to make, naming this repository's settings. */
  readonly fix: string;
}

/** Every check doctor runs, in the order it prints them. */
export const CHECK_IDS = [
  'branch-protection',
  'code-owner-review',
  'dismiss-stale-approvals',
  'last-push-approval',
  'no-bypass',
  'actions-cannot-approve',
  'codeowners-valid',
  'codeowners-coverage',
  'apply-environment',
  'revoke-workflow',
] as const;

/**
 * Checks only `grantbook doctor` runs, after CHECK_IDS: whether the setup
 * works as the workflows are written (the required check, the teams the
 * tokens must see). Apply's settings gate does not wait for them: none of
 * them makes a grant less safe, they make merges or approvals impossible.
 */
export const ADOPTION_CHECK_IDS = ['required-check', 'team-visibility', 'job-tokens'] as const;

export type CheckId = (typeof CHECK_IDS)[number] | (typeof ADOPTION_CHECK_IDS)[number];

export interface CheckResult {
  readonly id: CheckId;
  /** What the check makes sure of, one line. */
  readonly title: string;
  readonly findings: readonly Finding[];
  /** Why the check did not run (an earlier check's failure already says what to fix). */
  readonly skipped?: string;
}

/** The only findings that do not make apply refuse. */
const WARNINGS: ReadonlySet<DoctorCode> = new Set(['E_DOCTOR_APP_BYPASS', 'E_DOCTOR_ENVIRONMENT_WAITS', 'E_DOCTOR_CHECK_NOT_REQUIRED']);

export function finding(code: DoctorCode, message: string, fix: string = DOCTOR_CODES[code].fix): Finding {
  return { code, severity: WARNINGS.has(code) ? 'warning' : 'critical', message, fix };
}

export function result(id: CheckId, title: string, findings: readonly Finding[], skipped?: string): CheckResult {
  return skipped === undefined ? { id, title, findings } : { id, title, findings, skipped };
}

/** A setting GitHub would not show us: fail closed, and say which permission reads it. */
export function cannotVerify(what: string, failure: Extract<Read<unknown>, { ok: false }>): Finding {
  const status = failure.status === undefined ? 'an error' : String(failure.status);
  return finding(
    'E_DOCTOR_CANNOT_VERIFY',
    `cannot verify ${what}: ${failure.operation} answered ${status}`,
    'Give the apply job, and doctor, a token that may read it: the Grantbook GitHub App\'s (README, "Tokens"), or any GitHub App or ' +
      'fine-grained token with "Administration: read", "Actions: read" and "Environments: read" on the repository, or a classic token ' +
      '(repo scope) of a repository admin. The workflow GITHUB_TOKEN cannot read these settings.',
  );
}

const BRANCH = /^[A-Za-z0-9._/-]{1,200}$/;

/**
 * Names that go into messages and fixes. Owner, repository, environment and
 * workflow file were pattern-checked on the way in; the branch comes from
 * GitHub and is printed only when it is a plain branch name.
 */
export interface Names {
  readonly repo: string;
  readonly branch: string;
  readonly branchPath: string;
  readonly environment: string;
  readonly workflow: string;
}

export function namesOf(s: Pick<SettingsSnapshot, 'owner' | 'repo' | 'defaultBranch' | 'environment' | 'revokeWorkflow'>): Names {
  const plain = BRANCH.test(s.defaultBranch);
  return {
    repo: `${s.owner}/${s.repo}`,
    branch: plain ? `"${s.defaultBranch}"` : 'the default branch',
    branchPath: plain ? encodeURIComponent(s.defaultBranch) : '{branch}',
    environment: s.environment.name,
    workflow: s.revokeWorkflow.file,
  };
}
