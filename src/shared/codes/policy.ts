import type { CodeInfo } from './code-info.js';

/**
 * Stable codes for policy evaluation. Never rename or reuse one.
 * Every code carries the `E_POLICY_` prefix so no other area's table can
 * shadow it when src/codes.ts merges them. Notes for reviewers (warnings)
 * use the same prefix; their Diagnostic has severity `warning`.
 */
export const POLICY_CODES = {
  // --- the request as a whole -------------------------------------------
  E_POLICY_PROFILE_UNKNOWN: {
    summary: 'The request names a profile that does not exist under policies/.',
    fix: 'Set `profile` to the name of a file under policies/ (without .yaml), or ask the security team to add the profile.',
  },
  E_POLICY_PROFILE_INVALID: {
    summary: 'A profile setting cannot be used as written (for example its ticket pattern does not compile or its maximum duration is not a valid duration).',
    fix: 'Ask the profile owners to correct the setting named in the message; the request cannot be judged until then.',
  },
  E_POLICY_TOO_MANY_GRANTS: {
    summary: 'The request asks for more grants (after expanding bundles) than the profile allows.',
    fix: 'Split the request into several requests, or drop grants you do not need.',
  },
  E_POLICY_BREAK_GLASS: {
    summary: 'Note: this is an emergency (break-glass) request; a follow-up review issue will be opened.',
    fix: 'No change needed. Reviewers should expect the follow-up review issue and complete it after the emergency.',
  },
  E_POLICY_EXTENDS_SELF: {
    summary: 'The request says it extends itself.',
    fix: 'Set `extends` to the id of the earlier request (its file name without .yaml), or remove `extends`.',
  },
  E_POLICY_EXTENDS_NEEDS_APPROVAL: {
    summary: 'Note: this request extends an earlier one; it needs fresh approval and the ledger will link the two.',
    fix: 'No change needed. Approve this request on its own merits; the earlier grant is not carried over.',
  },

  // --- who is asking ------------------------------------------------------
  E_POLICY_REQUESTER_UNKNOWN: {
    summary: 'The requester is not listed in policies/identities.yaml.',
    fix: 'Ask the security team to add your GitHub login and numeric user id to policies/identities.yaml.',
  },
  E_POLICY_REQUESTER_NOT_AUTHOR: {
    summary: 'The requester is not the author of the pull request (people are matched by GitHub numeric user id).',
    fix: 'Open the pull request from the account named in `requester`, or set `requester` to your own login.',
  },
  E_POLICY_IDENTITY_LOGIN_STALE: {
    summary: 'The pull request author has the id of the requester but a different login: the account was renamed.',
    fix: 'Ask the security team to update the login in policies/identities.yaml, and set `requester` to the current login.',
  },
  E_POLICY_REQUESTER_NOT_ALLOWED: {
    summary: 'The requester may not use this profile (not in its requesters.users, nor an active member of one of its requesters.teams).',
    fix: 'Use a profile you are allowed to request, or ask the profile owners to add you or your team.',
  },
  E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED: {
    summary: 'Only team membership could allow this requester, and team membership was not looked up (for example in an offline plan).',
    fix: 'Run the check with GitHub access so team membership can be verified; it is never assumed.',
  },

  // --- each grant ---------------------------------------------------------
  E_POLICY_TARGET_UNKNOWN: {
    summary: 'A grant names a target that is not declared in policies/targets.yaml.',
    fix: 'Use a target name from policies/targets.yaml.',
  },
  E_POLICY_TARGET_NOT_ALLOWED: {
    summary: 'The profile has no allow rule for this target.',
    fix: 'Use a profile that allows this target, or ask the profile owners to add an allow rule for it.',
  },
  E_POLICY_GRANT_KIND_MISMATCH: {
    summary: "The grant's kind does not fit the target's provider (table grants need a postgres target; team and repo grants a github target).",
    fix: 'Point the grant at a target of the right provider, or use the grant shape that provider understands.',
  },
  E_POLICY_BUNDLE_UNKNOWN: {
    summary: 'The grant names a bundle the profile does not define.',
    fix: "Use one of the bundles listed under the profile's `bundles`, or spell out the grants.",
  },
  E_POLICY_BUNDLE_TARGET_MISMATCH: {
    summary: 'The bundle is defined for a different target than the grant names.',
    fix: "Set the grant's `target` to the bundle's target.",
  },
  E_POLICY_GRANT_DUPLICATE: {
    summary: 'Two grants (after expanding bundles) ask for the same thing: the same team, the same repository, or the same privilege on the same table.',
    fix: 'Merge them into one grant (one column list per privilege and table; one permission per repository).',
  },

  // --- table grants (postgres) -------------------------------------------
  E_POLICY_PRIVILEGE_DANGEROUS: {
    summary: 'The privilege could change schema, run code, reach other objects or pass privileges on; Grantbook never grants it, whatever a profile says.',
    fix: 'Request only SELECT, INSERT, UPDATE, DELETE, TRUNCATE or REFERENCES; other changes go through a reviewed migration.',
  },
  E_POLICY_PRIVILEGE_UNKNOWN: {
    summary: 'The privilege is not one Grantbook grants on tables.',
    fix: 'Use SELECT, INSERT, UPDATE, DELETE, TRUNCATE or REFERENCES.',
  },
  E_POLICY_PRIVILEGE_NOT_ALLOWED: {
    summary: "The privilege is not in the profile's allowed privileges for this target.",
    fix: 'Drop the privilege, or use a profile that allows it.',
  },
  E_POLICY_PRIVILEGE_TABLE_LEVEL: {
    summary: 'DELETE and TRUNCATE apply to whole rows; PostgreSQL has no column-level form of them.',
    fix: 'Move DELETE/TRUNCATE into a separate grant on the same table without `columns` (the profile must allow the whole table).',
  },
  E_POLICY_TABLE_INVALID: {
    summary: 'The table is not written as `schema.table`.',
    fix: 'Write the table as `schema.table`, for example `public.orders`.',
  },
  E_POLICY_TABLE_SYSTEM: {
    summary: 'The table is in a system schema (pg_* or information_schema), which may expose roles, credentials or other databases.',
    fix: 'Request application tables only.',
  },
  E_POLICY_TABLE_NOT_ALLOWED: {
    summary: "The table is not in the profile's allowed tables for this target.",
    fix: 'Use a table the profile lists, or ask the profile owners to add it.',
  },
  E_POLICY_COLUMN_NOT_ALLOWED: {
    summary: "The column is not in the profile's allowed columns for this table.",
    fix: 'Drop the column, or ask the profile owners to allow it.',
  },
  E_POLICY_WHOLE_TABLE_NOT_ALLOWED: {
    summary: 'The grant has no `columns` (whole table), but the profile allows only named columns of this table.',
    fix: 'List the columns you need under `columns`.',
  },
  E_POLICY_SENSITIVE_COLUMN_REFUSED: {
    summary: 'The grant touches columns the profile marks sensitive, and the profile refuses them.',
    fix: 'Drop the sensitive columns (the footprint note shows a narrower column list), read them through a mask under `masked` where the profile allows it (the note proposes one), or use a profile made for this data.',
  },
  E_POLICY_SENSITIVE_COLUMN_FLAGGED: {
    summary: 'Note: the grant touches columns the profile marks sensitive.',
    fix: 'Reviewers: check the footprint note; requesters: drop the sensitive columns if a narrower grant would do.',
  },
  // --- row filters and masks (table grants as views) ----------------------
  E_POLICY_VIEW_SELECT_ONLY: {
    summary: 'A grant with `rows` or `masked` is a read-only view; it can only carry SELECT.',
    fix: 'Keep SELECT alone in this grant; ask for writes in a separate grant without rows or masked, where the profile allows them.',
  },
  E_POLICY_VIEW_COLUMNS_REQUIRED: {
    summary: 'A grant with `rows` or `masked` has no `columns`; the view shows exactly the columns listed, so they must be named.',
    fix: 'List the columns you need under `columns` (masked columns among them).',
  },
  E_POLICY_VIEW_NAME_CLASH: {
    summary: 'Two grants with rows or masked on one target name tables of the same name in different schemas; their views would share a name.',
    fix: 'Ask for one of the two tables in a separate request.',
  },
  E_POLICY_ROWS_NOT_ALLOWED: {
    summary: 'The grant filters the rows of a table on which the profile allows no row filter.',
    fix: 'Remove `rows`, or ask the profile owners to add `rows.columns` for this table.',
  },
  E_POLICY_ROWS_COLUMN_NOT_ALLOWED: {
    summary: "The row filter uses a column that is not in the profile's rows.columns for this table.",
    fix: 'Filter on one of the columns the profile lists under rows.columns.',
  },
  E_POLICY_ROWS_KIND_MISMATCH: {
    summary:
      'The row filter gives a list of values for a column the profile allows only as a time range, or a time range for a column it allows only with values.',
    fix: 'Write `column: [value, ...]` for a values column and `column: {from: ..., to: ...}` for a range column, as the profile says.',
  },
  E_POLICY_ROWS_RANGE_INVALID: {
    summary: 'A time range is not a pair of valid instants with `from` before `to`.',
    fix: 'Write both bounds as UTC instants like 2026-05-01T00:00:00Z, `from` (included) earlier than `to` (excluded).',
  },
  E_POLICY_ROWS_REQUIRED: {
    summary: 'The profile allows this table only with a row filter, and the grant has none.',
    fix: 'Add `rows` with the customers, orders or time range you need (see the profile for the columns you may filter on).',
  },
  E_POLICY_MASK_NOT_GRANTED: {
    summary: 'A masked column is not among the columns the grant names.',
    fix: 'Add the column to `columns`, or remove it from `masked`.',
  },
  E_POLICY_MASK_NOT_ALLOWED: {
    summary: 'The profile does not allow this mask on this table.',
    fix: 'Use one of the masks the profile lists under masks.allowed for the table.',
  },
  E_POLICY_MASK_REQUIRED: {
    summary: 'The profile requires this column to be masked (with one of the masks it names), and the grant reads it in clear or through another mask.',
    fix: 'Add the column under `masked` with one of the masks the message lists, or drop the column.',
  },

  // --- github grants -------------------------------------------------------
  E_POLICY_TEAM_ROLE: {
    summary: 'Team grants can only be `member`: a maintainer could change the team itself.',
    fix: 'Set `role: member`.',
  },
  E_POLICY_TEAM_NOT_ALLOWED: {
    summary: "The team is not in the profile's allowed teams for this target.",
    fix: 'Use a team the profile lists, or ask the profile owners to add it.',
  },
  E_POLICY_TEAM_PROTECTED: {
    summary: "The team is listed in the target's protected_teams and can never be granted.",
    fix: 'Ask for a different team; membership of protected teams is managed outside Grantbook.',
  },
  E_POLICY_TEAM_CONTROL_PLANE: {
    summary: 'The team decides who may request or approve access in a profile; joining it would let a person widen their own access.',
    fix: 'Ask for a different team; approver and requester teams are managed outside Grantbook.',
  },
  E_POLICY_REPO_ADMIN: {
    summary: 'Admin permission on a repository is never granted.',
    fix: 'Ask for pull, triage, push or maintain.',
  },
  E_POLICY_REPO_PERMISSION_UNKNOWN: {
    summary: 'The repository permission is not one Grantbook grants.',
    fix: 'Use pull, triage, push or maintain.',
  },
  E_POLICY_REPO_NOT_ALLOWED: {
    summary: "The repository is not in the profile's allowed repositories for this target.",
    fix: 'Use a repository the profile lists, or ask the profile owners to add it.',
  },
  E_POLICY_REPO_PERMISSION_NOT_ALLOWED: {
    summary: 'The profile does not allow this permission on this repository.',
    fix: 'Ask for one of the permissions the profile lists for the repository.',
  },
  E_POLICY_REPO_PROTECTED: {
    summary: "The repository is listed in the target's protected_repos and can never be granted.",
    fix: 'Ask for a different repository; access to protected repositories is managed outside Grantbook.',
  },
  E_POLICY_REPO_CONTROL_PLANE: {
    summary: 'The repository is the one holding access requests and policies; access to it would let a person approve or rewrite their own access.',
    fix: 'Ask for a different repository; access to the Grantbook repository is managed outside Grantbook.',
  },
  E_POLICY_CONTROL_REPO_UNKNOWN: {
    summary: 'A repository grant cannot be checked against the Grantbook repository because that repository was not given.',
    fix: 'Run the check where the repository is known (in the action, or pass the repository to the command line).',
  },

  // --- principal -------------------------------------------------------------
  E_POLICY_PRINCIPAL_MISSING: {
    summary: 'The requester has no PostgreSQL login role for this target in policies/identities.yaml.',
    fix: 'Ask the security team to set `postgres` (or a per-target override under `targets`) for you in policies/identities.yaml.',
  },
  E_POLICY_PRINCIPAL_PROTECTED: {
    summary: "The requester's principal on this target is a protected role (the grantor role, a protected role, postgres or a pg_* role).",
    fix: 'Ask the security team to map you to your own login role in policies/identities.yaml.',
  },

  // --- duration ----------------------------------------------------------------
  E_POLICY_DURATION_REQUIRED: {
    summary: 'The request has no `duration` and the profile has no default duration.',
    fix: 'Add `duration`, for example `duration: 2h` (minutes m, hours h or days d).',
  },
  E_POLICY_DURATION_INVALID: {
    summary: 'The duration is not a valid duration (1-4 digits without a leading zero, then m, h or d).',
    fix: 'Write the duration like `30m`, `2h` or `1d`.',
  },
  E_POLICY_DURATION_TOO_LONG: {
    summary: "The duration is longer than the profile's maximum.",
    fix: "Ask for at most the profile's maximum duration; extend later with a new request if needed.",
  },
  E_POLICY_DURATION_OVER_HARD_MAX: {
    summary: 'The duration is longer than the hard limit of 90 days that applies to every grant.',
    fix: 'Ask for 90 days or less.',
  },
  E_POLICY_INSTANT_NOT_FINITE: {
    summary: 'The start or expiry of the grant is not a representable instant.',
    fix: 'Check the clock the evaluation runs with and ask for a shorter duration.',
  },

  // --- ticket and reason -----------------------------------------------------
  E_POLICY_TICKET_REQUIRED: {
    summary: 'The profile requires a ticket and the request has none.',
    fix: 'Add `ticket`, for example `ticket: INC-4211`.',
  },
  E_POLICY_TICKET_MISMATCH: {
    summary: "The ticket does not match the profile's ticket pattern.",
    fix: 'Use a ticket of the kind the profile asks for (see the profile under policies/).',
  },
  E_POLICY_REASON_REQUIRED: {
    summary: 'The profile requires a reason and the request has none.',
    fix: 'Add `reason` saying what you need the access for.',
  },
  E_POLICY_REASON_TOO_SHORT: {
    summary: 'The reason is shorter than the profile asks for.',
    fix: 'Explain in more detail what you need the access for.',
  },
  E_POLICY_REASON_TOO_LONG: {
    summary: 'The reason is longer than the profile allows.',
    fix: 'Shorten the reason and link the ticket for details.',
  },

  // --- aws: IAM statements ---------------------------------------------------
  E_POLICY_AWS_ACTION_INVALID: {
    summary: 'An IAM action is not `service:Action` (letters and digits, at most one `*`, at the end of the action name).',
    fix: 'Write each action as IAM spells it, e.g. `s3:GetObject` or `dynamodb:Describe*`; a bare `*`, `?` or a wildcard in the service is never accepted.',
  },
  E_POLICY_AWS_ACTION_REFUSED: {
    summary:
      'An IAM action can escalate or escape (iam:*, sts:*, organizations:*, account:*, policy and role writes, key policy writes...), or its wildcard covers one: never granted, whatever a profile says.',
    fix: 'Name the exact actions needed (docs/aws.md, "Always refused"); a wildcard such as `s3:Put*` covers `s3:PutBucketPolicy` and is refused for that reason.',
  },
  E_POLICY_AWS_ACTION_NOT_ALLOWED: {
    summary:
      "A statement's action is not covered by one allowed statement of the profile's rule for the target (a wildcard only where the profile has one that covers it).",
    fix: 'Ask only for actions the profile lists for these resources, or use a profile that allows them.',
  },
  E_POLICY_AWS_ARN_INVALID: {
    summary: 'A resource ARN is malformed or holds characters Grantbook never writes into a policy (`$`, `?`, quotes, spaces, braces, control characters).',
    fix: 'Write the full ARN, `arn:<partition>:<service>:<region>:<account>:<resource>`, without policy variables; `*` only in the region or resource part.',
  },
  E_POLICY_AWS_ARN_OTHER_ACCOUNT: {
    summary: "A resource ARN names another account than the target's, or a wildcard account.",
    fix: 'A grant on an aws target only reaches that account: declare a target for the other account and request it there.',
  },
  E_POLICY_AWS_ARN_OTHER_PARTITION: {
    summary: "An ARN names another partition than the target's (`aws`, `aws-cn`, `aws-us-gov`).",
    fix: "Use the target's partition in every ARN, or declare a target in the other partition.",
  },
  E_POLICY_AWS_RESOURCE_NOT_ALLOWED: {
    summary:
      "A statement's resource is not covered by one allowed statement of the profile's rule for the target (`*`, and any wildcard, only where the profile has one that covers it).",
    fix: 'Name resources inside the ARN patterns the profile lists for these actions, e.g. `arn:aws:s3:::exports/2026/*` under `arn:aws:s3:::exports/*`.',
  },
} as const satisfies Record<string, CodeInfo>;

export type PolicyCode = keyof typeof POLICY_CODES;
