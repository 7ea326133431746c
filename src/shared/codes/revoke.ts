import type { CodeInfo } from './code-info.js';

/**
 * Stable codes of the revoke sweep. Never rename or reuse one. Provider and
 * ledger failures keep their own codes (E_PROVIDER_*, E_PG_*, E_LEDGER_*);
 * these name what only the sweep can see.
 */
export const REVOKE_CODES = {
  E_REVOKE_PROVIDER_ERROR: {
    summary: 'A revocation failed with an error the provider did not classify (network, driver, timeout).',
    fix: 'Read the message and the issue Grantbook opened; the revoke job retries on every run until the revocation is verified.',
  },
  E_REVOKE_TARGET_UNKNOWN: {
    summary: 'A grant that is due names a target that policies/targets.yaml on the default branch no longer declares.',
    fix: 'Restore the target in policies/targets.yaml (with its credential) so the grant can be revoked, or remove the access by hand and record it.',
  },
  E_REVOKE_TARGETS_UNREADABLE: {
    summary: 'policies/targets.yaml on the default branch is missing or invalid, so no provider could be connected.',
    fix: 'Fix policies/targets.yaml (run `grantbook validate`); the revoke job retries on every run.',
  },
  E_REVOKE_TARGET_UNREACHABLE: {
    summary: 'A target could not be reached (or its single-flight lock taken) after every retry of this run.',
    fix: 'Check the target is up and the credential in the workflow environment is valid; the revoke job retries on every run.',
  },
  E_REVOKE_DRIFT_CHECK_FAILED: {
    summary: "A target's grants could not be listed, so drift (grants the ledger does not know) could not be checked this run.",
    fix: 'Check the target is reachable and the grantor may read the catalog; the next run checks again.',
  },
  E_REVOKE_DRIFT_UNRESOLVED: {
    summary: 'The provider holds a grant tagged by Grantbook that the ledger does not show as live, and the sweep cannot tell whom it was granted to.',
    fix: 'Inspect the object named in the issue on the provider and remove it by hand (for Postgres: REVOKE its memberships and DROP ROLE).',
  },
  E_REVOKE_ISSUE_FAILED: {
    summary: 'A revocation failure could not be reported as a GitHub issue (or a resolved one could not be closed).',
    fix: 'Give the workflow token `issues: write`; the failure itself is in the job summary and the ledger.',
  },
} as const satisfies Record<string, CodeInfo>;

export type RevokeCode = keyof typeof REVOKE_CODES;
