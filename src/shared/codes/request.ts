import type { CodeInfo } from './code-info.js';

/** Why `grantbook request` wrote nothing. Never rename or reuse a code. */
export const REQUEST_CODES = {
  E_REQUEST_ID_IN_USE: {
    summary: 'The request id asked for with --id is taken: a file under access-requests/, the ledger or the git history already has it.',
    fix: 'Leave out --id to get a free id, or choose another; ids are never reused so the audit trail stays unambiguous.',
  },
  E_REQUEST_UNKNOWN: {
    summary: 'There is no access-requests/<id>.yaml with the id given to `request extend` or `request relinquish`.',
    fix: 'Give the id of a request in access-requests/ (its file name without .yaml); `grantbook status` lists active grants.',
  },
  E_REQUEST_NOT_LIVE: {
    summary: 'The request to extend is not an active grant in the ledger of this checkout (still pending, refused, revoked or expired).',
    fix: 'Pull the default branch if it was granted recently; otherwise ask afresh with `grantbook request new`.',
  },
  E_REQUEST_NOT_YOURS: {
    summary: "The request to extend is someone else's: an extension must be asked for by the person who holds the grant.",
    fix: 'Extend only your own grants; to get the same access, ask with `grantbook request new`.',
  },
  E_REQUEST_NO_PROFILE: {
    summary: 'No profile under policies/ names the requester, directly or through a requester team.',
    fix: 'Ask the profile owners to add you (or your team) to a profile, or check the login given with --requester.',
  },
  E_REQUEST_BRANCH_EXISTS: {
    summary: 'The branch `request --branch` would create already exists.',
    fix: 'Delete or rename the existing branch, or leave out --branch and commit the file yourself.',
  },
  E_REQUEST_GIT_FAILED: {
    summary: 'A git command the request needs failed (not a git repository, no commit identity, a hook refused the commit).',
    fix: 'Fix what the message names (for example `git config user.email ...`) and run the command again.',
  },
} as const satisfies Record<string, CodeInfo>;

export type RequestCode = keyof typeof REQUEST_CODES;
