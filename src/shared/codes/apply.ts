import type { CodeInfo } from './code-info.js';

/** Why the apply job refused or could not complete a request. Never rename or reuse a code. */
export const APPLY_CODES = {
  E_APPLY_NO_PULL_REQUEST: {
    summary: 'A request file reached the default branch without a merged pull request into it (a direct push, or a merge of another branch).',
    fix: 'Nothing was granted. Open a pull request that adds the request under a new file name, get it approved, and merge it.',
  },
  E_APPLY_PULL_AMBIGUOUS: {
    summary: 'GitHub associates the commit that added the request with more than one merged pull request, so the approvals to check are not clear.',
    fix: 'Nothing was granted. Open a new pull request that only adds the request under a new file name.',
  },
  E_APPLY_NOT_IN_PULL: {
    summary: 'The merged pull request does not add this request file, so its reviews never covered it.',
    fix: 'Nothing was granted. Add the request in its own pull request under a new file name.',
  },
  E_APPLY_BLOB_MISMATCH: {
    summary: "The request file on the default branch is not the file that was approved at the pull request's final head.",
    fix: 'Nothing was granted. Open a new pull request with the request as it should be, under a new file name, and have it approved.',
  },
  E_APPLY_PULL_UNREADABLE: {
    summary: 'The merged pull request lacks a fact apply needs to re-verify it (its author account was deleted, or it has no merge commit).',
    fix: 'Nothing was granted. Open a new pull request for the request under a new file name.',
  },
  E_APPLY_ORIGIN_UNKNOWN: {
    summary: 'The commit that added the request file could not be found in the history apply reads.',
    fix: 'Check out the repository with full history (`fetch-depth: 0`). If the file is very old, add the request again under a new file name.',
  },
  E_APPLY_PROVIDER_FAILED: {
    summary:
      'A provider failed while granting. Apply rolled back every target it had changed (the comment and the issue say, target by target, what was rolled back); nothing was recorded as granted. A target it could not roll back is reported as E_APPLY_ROLLBACK_FAILED.',
    fix: 'Fix the cause named in the message (credentials, connectivity, missing role or table), then open a new request under a new file name: ids are never reused.',
  },
  E_APPLY_HELD_UNREADABLE: {
    summary:
      'GitHub refused to tell apply what the grantee already holds on a target (a token that may not read team memberships, repository collaborators or invitations, a name GitHub does not know, or an answer Grantbook cannot use, such as a custom repository role), which apply must know before granting so that revocation only ever removes what Grantbook added. Nothing was granted.',
    fix: 'Fix the cause named in the message (the GitHub code says which), then open a new request under a new file name: ids are never reused.',
  },
  E_APPLY_HELD_UNAVAILABLE: {
    summary:
      'GitHub could not answer, for now, what the grantee already holds on a target (an outage or a rate limit after retries, or a list that changed while it was read). Nothing was granted and nothing was recorded: the request is not used up.',
    fix: 'Nothing to do if it passes: the next apply run, after any push to the default branch or run by hand, finds the unrecorded request and applies it. Deleting the request file withdraws it.',
  },
  E_APPLY_INTERRUPTED: {
    summary:
      'An earlier apply run stopped between recording its intent and confirming the grant, and the grant was not (fully) in effect. It is not retried: the revoke job removes whatever part was applied on its next run.',
    fix: 'Open a new request under a new file name to get the access; the interrupted one will not be retried.',
  },
  E_APPLY_REPAIR_UNVERIFIED: {
    summary:
      'An earlier apply run was interrupted and this run could not read the provider back to finish or abandon it (provider unreachable, target no longer declared).',
    fix: 'Fix the cause named in the message; the next apply run tries again, and the revoke job revokes the interrupted grant once its intent is an hour old either way.',
  },
  E_APPLY_ROLLBACK_FAILED: {
    summary:
      'A grant failed partway and apply could not roll back one of its targets, which may still hold what was applied there. The ledger records it as a failed revocation (`revoke_failed`), so the grant stays live until revoked.',
    fix: 'Nothing to start by hand: the next revoke run removes it and retries on every run until the provider confirms it gone (opening an issue while it cannot). Fix the cause named in the message (credentials, connectivity) so that it can.',
  },
  E_APPLY_EXTENDS_UNKNOWN: {
    summary: "The request extends another request that is not a live grant of the same person (unknown, already over, or someone else's).",
    fix: 'Nothing was granted. Name in `extends` one of your own grants that is still active, or drop `extends` and request the access afresh.',
  },
  E_APPLY_ID_REUSED: {
    summary: 'A request file landed under an id (file name) the ledger already holds; ids are never reused.',
    fix: 'Nothing was granted. Add the request again under a new file name.',
  },
} as const satisfies Record<string, CodeInfo>;

export type ApplyCode = keyof typeof APPLY_CODES;
