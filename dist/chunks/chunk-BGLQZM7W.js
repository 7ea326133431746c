import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  GITHUB_CODES
} from "./chunk-LFKFPCZ5.js";
import {
  PROVIDER_CODES
} from "./chunk-4O4M6HYO.js";

// src/shared/codes/audit.ts
var AUDIT_CODES = {
  E_AUDIT_PULL_MISMATCH: {
    summary: "A granted event names a pull request that GitHub does not show as merged with the recorded head and merge commits.",
    fix: "Compare the event with the pull request on GitHub. A ledger line edited and re-chained, or a pull request history rewritten, both show up here: treat it as an incident and look at `git log -p -- audit/`."
  },
  E_AUDIT_REVIEW_MISMATCH: {
    summary: "An approver recorded in a granted event has no matching approving review on the pull request (review id, reviewer id and reviewed commit).",
    fix: "Check the pull request's reviews on GitHub. A review deleted with its account shows as missing; anything else means the recorded approval is not the one GitHub holds: treat it as an incident."
  },
  E_AUDIT_BLOB_MISMATCH: {
    summary: "The request file at the pull request's recorded head is not the blob the granted event says was approved.",
    fix: "Compare the file at the recorded head with the event's request_blob. If the head commit is gone (force-pushed branch deleted), GitHub may no longer have it; otherwise treat it as an incident."
  },
  E_AUDIT_GITHUB_UNREADABLE: {
    summary: "GitHub could not be asked about a granted event (token, permissions, network), so that event was not cross-checked.",
    fix: "Give the token read access to pull requests and contents of the repository (GITHUB_TOKEN or GH_TOKEN) and run `grantbook audit verify --repo owner/name` again."
  },
  E_AUDIT_CHAIN_BROKEN: {
    summary: "The ledger's hash chain does not verify, so `grantbook audit export` / `audit report` wrote nothing: evidence is only handed over from a chain that verifies.",
    fix: "Run `grantbook audit verify` to see every broken place (file:line and code), restore the ledger from git history (`git log -p -- audit/`), and treat an edited line as an incident. Then export again."
  },
  E_AUDIT_PERIOD_INVALID: {
    summary: "The period of an audit export or report is not usable: --since and --until take a date (YYYY-MM-DD), a month (YYYY-MM) or an RFC 3339 instant in UTC (\u2026Z), and --since must be before --until.",
    fix: "Give e.g. `--since 2025-07-01 --until 2025-09-30` (both days included) or `--since 2025-07 --until 2025-09` (whole months)."
  },
  E_AUDIT_OUTPUT_INVALID: {
    summary: "The output file of an audit export or report cannot be used: it is inside audit/ (which holds only ledger files), its directory does not exist, or it has the wrong extension.",
    fix: "Write the file outside audit/, into a directory that exists (e.g. `--out access-report.html` for the report, which must end in .html)."
  },
  E_AUDIT_PROFILE_UNREADABLE: {
    summary: 'A profile under policies/ could not be read, so the audit views cannot tell for the grants of that profile whether it is break-glass or which columns it marks sensitive; they show "unknown".',
    fix: "Run `grantbook validate` and fix the profile. The ledger itself does not record these two facts: they come from the profiles at the checkout."
  }
};

// src/shared/codes/activity.ts
var ACTIVITY_CODES = {
  E_ACTIVITY_EXTENSION_MISSING: {
    summary: "The pg_stat_statements extension is not installed in the target database, so the activity of a grant is not observable there.",
    fix: "As an administrator: add pg_stat_statements to shared_preload_libraries, restart, then `CREATE EXTENSION pg_stat_statements;` in the database (docs/activity.md)."
  },
  E_ACTIVITY_NOT_LOADED: {
    summary: "pg_stat_statements is installed in the database but the server did not preload it, so its counters cannot be read.",
    fix: "Add pg_stat_statements to the server's shared_preload_libraries and restart PostgreSQL."
  },
  E_ACTIVITY_NO_PRIVILEGE: {
    summary: "The grantor role may not read other roles' statement statistics (it is not a member of pg_read_all_stats).",
    fix: "As an administrator: `GRANT pg_read_all_stats TO grantbook_grantor;` (docs/postgres-grantor.sql)."
  },
  E_ACTIVITY_READ_FAILED: {
    summary: "Reading the statement counters failed (connection lost, timeout, or an unexpected answer).",
    fix: "Check that the target is reachable; the next scheduled run reads again. The revocation itself is not affected."
  },
  E_ACTIVITY_NOT_SUPPORTED: {
    summary: "The target's provider exposes no record of what a grantee did with a grant.",
    fix: "Nothing to fix: the provider's own audit log (for GitHub, the organization audit log) is the place to look."
  },
  E_ACTIVITY_NO_BASELINE: {
    summary: "No observable baseline was recorded when the grant was applied, so what happened during the window cannot be told apart from earlier use.",
    fix: "Set up pg_stat_statements and pg_read_all_stats before granting; grants applied from then on carry a baseline."
  },
  E_ACTIVITY_LIMIT_EXCEEDED: {
    summary: "A grantee crossed a limit of the grant's profile during the window (rows read, or a statement that writes).",
    fix: "Review the activity in the alert issue and the ledger (`grantbook audit show <request>`); the profile's `limits.on_exceed: revoke` ends such grants early."
  },
  E_ACTIVITY_PROFILE_UNREADABLE: {
    summary: "A live grant's profile could not be read at the default branch tip, so its limits were not checked this run.",
    fix: "Fix the profile file (`grantbook validate`); revocation is not affected, only the limit checks."
  }
};

// src/shared/codes/approvals.ts
var APPROVAL_CODES = {
  // CODEOWNERS file
  E_CODEOWNERS_MISSING: {
    summary: "No CODEOWNERS file at .github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS on the trusted commit.",
    fix: "Add .github/CODEOWNERS naming the owners of access-requests/, policies/ and .github/."
  },
  E_CODEOWNERS_TOO_LARGE: {
    summary: "The CODEOWNERS file is 3 MB or larger; GitHub does not load it, so nobody owns anything.",
    fix: "Shrink CODEOWNERS below 3 MB, for example by folding entries into wildcard patterns."
  },
  E_CODEOWNERS_ENCODING: {
    summary: "The CODEOWNERS file is not valid UTF-8 or contains control characters.",
    fix: "Save CODEOWNERS as plain UTF-8 text without control characters (tabs and line breaks are fine)."
  },
  E_CODEOWNERS_NEGATION: {
    summary: "A CODEOWNERS pattern starts with `!`; GitHub does not support negation and skips the line.",
    fix: "Remove the `!` line; to leave a path without owners, list the pattern with no owners after a broader rule."
  },
  E_CODEOWNERS_CHAR_RANGE: {
    summary: "A CODEOWNERS pattern uses `[` or `]`; GitHub does not support character ranges and skips the line.",
    fix: "Write one line per alternative instead of a `[...]` range, or use `?`/`*`."
  },
  E_CODEOWNERS_ESCAPED_COMMENT: {
    summary: "A CODEOWNERS line starts with `\\#`; GitHub does not support escaping a leading `#` and does not read it as a pattern.",
    fix: "Match the file with a wildcard instead, e.g. `?name` for a file called `#name`."
  },
  E_CODEOWNERS_BAD_PATTERN: {
    summary: "A CODEOWNERS pattern is malformed (empty segment, `***`, a dangling `\\`, a `#` inside it, or a bare `/`).",
    fix: "Use a gitignore-style path pattern: segments separated by single `/`, with `*`, `**` and `?` as wildcards."
  },
  E_CODEOWNERS_BAD_OWNER: {
    summary: "A CODEOWNERS owner is not `@login`, `@org/team-slug` or an email address; GitHub reports the line as an error.",
    fix: "Write each owner as `@login`, `@org/team-slug` or `name@example.com`, separated by spaces."
  },
  E_CODEOWNERS_LINE_ERROR: {
    summary: "GitHub reports an error on a CODEOWNERS line that does not affect Grantbook-controlled paths.",
    fix: "Fix the line as GitHub suggests on the CODEOWNERS page of the repository."
  },
  E_CODEOWNERS_CRITICAL_LINE_ERROR: {
    summary: "A CODEOWNERS line that could cover access-requests/, policies/ or .github/ has an error, so GitHub may skip it and ownership of those paths is uncertain.",
    fix: "Fix the line (GitHub lists CODEOWNERS errors on the file page and at the codeowners/errors API), then re-run."
  },
  // Reviews that do not count
  E_APPROVAL_NO_USER: {
    summary: "The review has no user (a deleted account); it cannot be attributed to a person.",
    fix: "Ask a current code owner to review."
  },
  E_APPROVAL_NOT_HUMAN: {
    summary: "The review was submitted by a bot or app account; only people can approve access.",
    fix: "Ask a code owner to review with their own account."
  },
  E_APPROVAL_PENDING_REVIEW: {
    summary: "The review is still pending (not submitted).",
    fix: 'The reviewer must submit the review as "Approve".'
  },
  E_APPROVAL_COMMENT_ONLY: {
    summary: "The review only comments; it neither approves nor changes an earlier decision.",
    fix: 'The reviewer must submit a review with "Approve".'
  },
  E_APPROVAL_CHANGES_REQUESTED: {
    summary: "The review requests changes.",
    fix: "Address the requested changes; the reviewer then approves, or an admin dismisses the review."
  },
  E_APPROVAL_DISMISSED: {
    summary: "The review was dismissed; it no longer counts and clears that reviewer's earlier decision.",
    fix: "The reviewer must approve again."
  },
  E_APPROVAL_UNKNOWN_STATE: {
    summary: "The review has a state this version of Grantbook does not know; it is not counted.",
    fix: "Upgrade Grantbook, or ask the reviewer to approve again."
  },
  E_APPROVAL_SUPERSEDED: {
    summary: "A later approval, change request or dismissal by the same reviewer replaces this review.",
    fix: "Nothing to do for this review; the reviewer's latest decision is what counts."
  },
  E_APPROVAL_STALE: {
    summary: "The approval was given on an earlier commit; commits were pushed after it.",
    fix: "The reviewer must approve again at the pull request's current head commit."
  },
  E_APPROVAL_SELF: {
    summary: "The pull request author cannot approve their own request.",
    fix: "Ask a code owner who is not the author to approve."
  },
  E_APPROVAL_GRANTEE: {
    summary: "The reviewer would receive access through this request and cannot approve it.",
    fix: "Ask a code owner who receives nothing from this request to approve."
  },
  E_APPROVAL_COMMITTER: {
    summary: "The reviewer authored or committed a commit of this pull request and cannot approve it.",
    fix: "Ask a code owner who has not contributed commits to the pull request to approve."
  },
  E_APPROVAL_NOT_OWNER: {
    summary: "The reviewer is not a code owner of the request file under the trusted CODEOWNERS.",
    fix: "Ask a code owner of the request path (a listed user or an active member of a listed team) to approve."
  },
  E_APPROVAL_OWNER_MEMBERSHIP_PENDING: {
    summary: "The reviewer's membership of the owning team is pending, not active.",
    fix: "The reviewer must accept the team invitation, or another code owner must approve."
  },
  // What the decision still needs
  E_APPROVAL_NO_OWNERS: {
    summary: "No code owner is assigned to the request file, so nobody can approve it.",
    fix: "Give access-requests/ (or the request's area) owners in the trusted CODEOWNERS."
  },
  E_APPROVAL_MORE_OWNERS_NEEDED: {
    summary: "Fewer distinct code owners approved than the profile requires.",
    fix: "Ask more code owners to approve at the current head commit."
  },
  E_APPROVAL_GROUP_NEEDED: {
    summary: "An approver group of the profile has fewer approvals than it requires.",
    fix: "Ask members of the named group who are code owners to approve at the current head commit."
  },
  E_APPROVAL_BLOCKED: {
    summary: "A code owner or required approver has a standing change request.",
    fix: "Address the request; the reviewer then approves, or an admin dismisses the review."
  }
};

// src/shared/codes/ledger.ts
var LEDGER_CODES = {
  // --- files ---------------------------------------------------------------
  E_LEDGER_FILE_NAME: {
    summary: "A file under audit/ is not part of the ledger: not a segment (audit/segments/NNNNNNN/NNNNNNNNNNNN.jsonl), the checkpoint file (audit/checkpoint.jsonl) or a month file of the first layout (audit/YYYY-MM.jsonl).",
    fix: "Remove the file from audit/: only Grantbook writes there (docs/ledger.md describes the layout)."
  },
  E_LEDGER_FILE_TYPE: {
    summary: "A ledger file is not a regular file (a symbolic link, directory or submodule).",
    fix: "Restore the ledger file from git history as a regular file."
  },
  E_LEDGER_FILE_TOO_LARGE: {
    summary: "A ledger file is larger than the size Grantbook reads.",
    fix: "A month file only grows that large if something other than Grantbook wrote it; restore audit/ from git history."
  },
  E_LEDGER_FILE_ENCODING: {
    summary: "A ledger file is not valid UTF-8 or starts with a byte order mark.",
    fix: "Restore the ledger file from git history; editors must not re-encode it."
  },
  // --- lines ---------------------------------------------------------------
  E_LEDGER_LINE_FORMAT: {
    summary: "A ledger line is not one canonical JSON event: a blank line, a carriage return, a missing final newline, extra text, or JSON not in canonical form.",
    fix: "The ledger is append-only and written only by Grantbook; restore the file from git history (`git log -p -- audit/`)."
  },
  E_LEDGER_EVENT_INVALID: {
    summary: "A ledger event has an unknown type or field, or a field of the wrong type or format.",
    fix: "Restore the file from git history; if a newer Grantbook wrote the event, upgrade Grantbook."
  },
  E_LEDGER_VERSION: {
    summary: "A ledger event has a format version this Grantbook does not read.",
    fix: "Upgrade Grantbook to the version that wrote the ledger."
  },
  // --- chain ---------------------------------------------------------------
  E_LEDGER_HASH_MISMATCH: {
    summary: "A ledger event's content does not match its recorded hash: the line was edited after it was written.",
    fix: "Find the change with `git log -p -- audit/` and restore the original line; investigate who edited the audit trail."
  },
  E_LEDGER_PREV_MISMATCH: {
    summary: "A ledger event does not link to the event before it: a line was removed, inserted or moved, or an earlier file changed.",
    fix: "Find the change with `git log -p -- audit/` and restore the removed or moved lines; investigate who edited the audit trail."
  },
  E_LEDGER_SEQ_GAP: {
    summary: "Ledger sequence numbers are not continuous from 0: an event was removed, duplicated or reordered.",
    fix: "Find the change with `git log -p -- audit/` and restore the ledger from git history."
  },
  E_LEDGER_FILE_MONTH: {
    summary: "A ledger event is stored in a month file that does not match its timestamp.",
    fix: "Restore the ledger from git history; events are never moved between files."
  },
  E_LEDGER_TIME_ORDER: {
    summary: "A ledger event is timestamped before the event preceding it.",
    fix: "Restore the ledger from git history; Grantbook never writes an event dated before the tip of the chain."
  },
  E_LEDGER_SEGMENT_NAME: {
    summary: "A ledger segment is named or placed for another sequence number than its first record has: it was renamed, moved, reordered or inserted.",
    fix: "Restore audit/segments/ from git history (`git log --stat -- audit/`); segments are never renamed or moved."
  },
  E_LEDGER_CHECKPOINT_MISSING: {
    summary: "A ledger segment does not open with its checkpoint record, or audit/checkpoint.jsonl is missing or does not belong to the newest segment.",
    fix: "Restore audit/ from git history; Grantbook writes a segment's checkpoint record and audit/checkpoint.jsonl in the commit that opens the segment."
  },
  E_LEDGER_CHECKPOINT_MISMATCH: {
    summary: "A checkpoint does not equal a fresh fold of the chain: its record or audit/checkpoint.jsonl leaves out, adds or changes events of live grants or pending work.",
    fix: "The checkpoint was forged or edited. Find the change with `git log -p -- audit/`, restore audit/ from git history and investigate who wrote it; runs read the newest checkpoint instead of the whole history."
  },
  E_LEDGER_TRUNCATED: {
    summary: "The ledger no longer contains an event it held before: its tail was removed or its history rewritten.",
    fix: "Restore the missing events from git history (`git log -p -- audit/`) and protect the branch against force pushes."
  },
  // --- writing -------------------------------------------------------------
  E_LEDGER_COMMIT_CONFLICT: {
    summary: "The ledger commit lost the race for the branch on every attempt: other commits kept landing first.",
    fix: "Re-run the job; the ledger is recomputed from the new tip. If it persists, look for a process pushing to the branch in a loop."
  },
  E_LEDGER_DRAFT_INVALID: {
    summary: "Grantbook refused to write a ledger event that would not pass its own validation (for example a non-finite expiry).",
    fix: "This is a bug in Grantbook; nothing was written. Report it with the request id and the field named in the message."
  },
  // --- recorded facts (audit verify) ----------------------------------------
  E_LEDGER_HELD_UNEXPECTED: {
    summary: "A grant in the ledger is marked already held on a provider whose grants live on objects of its own (PostgreSQL), where apply never finds anything held before: revocation would leave that access in place for good.",
    fix: "Treat it as an incident: find who wrote the line with `git log -p -- audit/`, restore the ledger from git history, and check the target for access the ledger no longer accounts for."
  },
  E_LEDGER_GRANT_MISMATCH: {
    summary: "A granted event's grants (with their already-held marks) are not the ones its request's intent recorded before anything was changed.",
    fix: "Treat it as an incident: compare the two events (`grantbook audit show <id>`), find the edit with `git log -p -- audit/`, and restore the ledger from git history."
  }
};

// src/shared/codes/load.ts
var LOAD_CODES = {
  // Files and paths
  E_FILE_TOO_LARGE: {
    summary: "The file is larger than the limit for its kind.",
    fix: "Split or shorten the file: requests may be at most 64 KiB, policy files at most 256 KiB."
  },
  E_NOT_REGULAR_FILE: {
    summary: "The path is a symbolic link, directory or special file where a regular file belongs.",
    fix: "Replace the link or special file with a regular file committed in the repository."
  },
  E_FILE_UNREADABLE: {
    summary: "The file could not be read.",
    fix: "Check that the file exists and is readable, then run again."
  },
  E_REPO_TOO_MANY_FILES: {
    summary: "A directory holds more files or nesting than Grantbook will read.",
    fix: "Remove stray files; access-requests/ and policies/ hold only flat lists of .yaml files."
  },
  E_REQUEST_FILENAME: {
    summary: "A file under access-requests/ is not named access-requests/<id>.yaml.",
    fix: "Name the file access-requests/<id>.yaml: id of lowercase letters, digits and inner hyphens (at most 48), extension .yaml, no subdirectories."
  },
  E_POLICY_FILENAME: {
    summary: "A file under policies/ is not a profile, targets.yaml or identities.yaml.",
    fix: "Keep only policies/<profile-name>.yaml, policies/targets.yaml and policies/identities.yaml there (no subdirectories, extension .yaml); move other files elsewhere."
  },
  // Text
  E_TEXT_ENCODING: {
    summary: "The file is not valid UTF-8.",
    fix: "Save the file as UTF-8."
  },
  E_TEXT_BOM: {
    summary: "The file starts with a byte order mark (U+FEFF).",
    fix: "Save the file as UTF-8 without BOM."
  },
  E_TEXT_BIDI: {
    summary: "The file contains a bidirectional control character, which can make text display differently from what it is.",
    fix: "Delete the character at the reported position (retype the line if your editor hides it)."
  },
  E_TEXT_INVISIBLE: {
    summary: "The file contains an invisible character (zero-width, word joiner, tag character and the like).",
    fix: "Delete the character at the reported position (retype the line if your editor hides it)."
  },
  E_TEXT_CONTROL: {
    summary: "The file contains a control or non-character code point.",
    fix: "Delete the character at the reported position; only printable text, spaces and newlines are accepted."
  },
  E_TEXT_NUL: {
    summary: "The file contains a NUL byte; it looks like a binary file.",
    fix: "Commit a YAML text file."
  },
  E_TEXT_TAB: {
    summary: "The file contains a tab character.",
    fix: "Use spaces instead of tabs (YAML does not allow tabs for indentation)."
  },
  E_TEXT_LONE_CR: {
    summary: "The file contains a carriage return that is not part of a CRLF line ending.",
    fix: "Use LF (or CRLF) line endings."
  },
  E_TEXT_LINE_SEPARATOR: {
    summary: "The file contains a Unicode line or paragraph separator (U+2028/U+2029).",
    fix: "Replace it with a normal newline."
  },
  E_TEXT_CREDENTIAL: {
    summary: "A request holds what looks like a credential (a token, access key, private key, or a password in a URL or assignment); a committed file stays in git history.",
    fix: "Delete it from the file and rotate the credential now: it may already be in your branch, a fork or a CI log. Say what you need in words; never paste secrets into a request."
  },
  // YAML
  E_YAML_SYNTAX: {
    summary: "The file is not valid YAML.",
    fix: "Correct the YAML at the reported position (check indentation, quotes and colons)."
  },
  E_YAML_WARNING: {
    summary: "The YAML parser reported a problem; Grantbook treats parser warnings as errors.",
    fix: "Rewrite the construct at the reported position in plain YAML."
  },
  E_YAML_EMPTY: {
    summary: "The file holds no YAML document.",
    fix: "Write the fields described in the schema for this file."
  },
  E_YAML_MULTI_DOCUMENT: {
    summary: "The file holds more than one YAML document.",
    fix: "Keep one document per file: remove the extra `---` / `...` separators."
  },
  E_YAML_DIRECTIVE: {
    summary: "The file uses a YAML directive (%YAML, %TAG or another).",
    fix: "Remove the directive line; files are always read as YAML 1.2."
  },
  E_YAML_ALIAS: {
    summary: "The file uses a YAML anchor (&) or alias (*).",
    fix: "Write every value out in full; anchors and aliases are not accepted."
  },
  E_YAML_TAG: {
    summary: "The file uses an explicit YAML tag (!, !!str, !!binary, !custom ...).",
    fix: "Remove the tag; quote a value if you need it to be text."
  },
  E_YAML_DUPLICATE_KEY: {
    summary: "A mapping has the same key twice (quoted and unquoted spellings are the same key).",
    fix: "Keep one of the two entries."
  },
  E_YAML_KEY_NOT_STRING: {
    summary: "A mapping key is not a plain text key (a number, boolean, null, list or mapping).",
    fix: "Use the field names from the schema as keys."
  },
  E_YAML_RESERVED_KEY: {
    summary: "A mapping uses a key reserved by JavaScript (__proto__, constructor or prototype).",
    fix: "Remove the key; it is never a valid field."
  },
  E_YAML_TOO_DEEP: {
    summary: "The YAML nests deeper than Grantbook reads.",
    fix: "Flatten the file; valid files nest only a few levels."
  },
  E_YAML_TOO_LARGE: {
    summary: "The YAML has more values than Grantbook reads in one file.",
    fix: "Shorten the file; split long lists across several files where the format allows it."
  },
  E_YAML_TOO_MANY_KEYS: {
    summary: "A mapping has more keys than Grantbook reads.",
    fix: "Shorten the mapping."
  },
  E_YAML_TOP_LEVEL: {
    summary: "The document is not a mapping of fields.",
    fix: "Write the file as `field: value` lines, as in the schema for this file."
  },
  // Schema
  E_SCHEMA_UNKNOWN_FIELD: {
    summary: "A mapping has a field the schema does not define (a misspelling, or a field that belongs elsewhere).",
    fix: "Use one of the allowed fields listed in the message; check spelling and indentation."
  },
  E_SCHEMA_MISSING_FIELD: {
    summary: "A required field is missing.",
    fix: "Add the field named in the message."
  },
  E_SCHEMA_TYPE: {
    summary: "A value has the wrong type (a list, mapping or scalar where another belongs).",
    fix: "Write the value with the type named in the message."
  },
  E_SCHEMA_EXPECTED_STRING: {
    summary: "A number, boolean or null was written where text belongs; YAML reads unquoted digits, true/false and empty values that way.",
    fix: "Quote the value, e.g. '0042' or 'true'."
  },
  E_SCHEMA_EXPECTED_BOOLEAN: {
    summary: 'A value that must be true or false is something else (a quoted "false" is text, not a boolean).',
    fix: "Write true or false without quotes."
  },
  E_SCHEMA_EXPECTED_INTEGER: {
    summary: "A value that must be a whole number is something else.",
    fix: "Write a whole number without quotes."
  },
  E_SCHEMA_PATTERN: {
    summary: "A value does not have the required format.",
    fix: "Write the value in the format named in the message."
  },
  E_SCHEMA_ENUM: {
    summary: "A value is not one of the accepted values.",
    fix: "Use one of the values listed in the message."
  },
  E_SCHEMA_LENGTH: {
    summary: "A text value is empty or longer than allowed.",
    fix: "Shorten or fill in the value to the length named in the message."
  },
  E_SCHEMA_RANGE: {
    summary: "A number is outside the allowed range.",
    fix: "Use a number within the range named in the message."
  },
  E_SCHEMA_COUNT: {
    summary: "A list or mapping has too few or too many entries.",
    fix: "Use the number of entries named in the message."
  },
  E_SCHEMA_DUPLICATE_ITEM: {
    summary: "A list that must hold distinct values repeats one.",
    fix: "Remove the repeated entry."
  },
  E_SCHEMA_NAME_FORMAT: {
    summary: "A mapping key that is a name (target, bundle) does not have the name format.",
    fix: "Use lowercase letters, digits and inner hyphens, at most 64 characters."
  },
  E_SCHEMA_ONE_OF: {
    summary: "An entry does not have exactly one of the keys that say what it is.",
    fix: "Give the entry exactly one of the keys listed in the message, with the fields that go with it."
  },
  E_SCHEMA_INVALID: {
    summary: "A value does not satisfy the schema.",
    fix: "Check the value against the schema for this file (schemas/ in the repository)."
  },
  E_DURATION_FORMAT: {
    summary: "A duration is not 1-4 digits (no leading zero) followed by m, h or d.",
    fix: "Write durations like 15m, 2h or 3d (no spaces, no combined units, no ISO 8601)."
  },
  E_WILDCARD: {
    summary: "A wildcard `*` was written where an exact name belongs.",
    fix: "Name the exact columns, tables, privileges or teams, or ask for a bundle the profile defines."
  },
  E_IDENTIFIER_TOO_LONG: {
    summary: "A PostgreSQL identifier is longer than 63 bytes (PostgreSQL would silently truncate it).",
    fix: "Use the identifier exactly as PostgreSQL stores it, at most 63 bytes."
  },
  // Profiles
  E_PROFILE_NAME_MISMATCH: {
    summary: "A profile's name differs from its file name.",
    fix: "Make `name` equal the file name without .yaml (or rename the file)."
  },
  E_PROFILE_REQUESTERS_EMPTY: {
    summary: "A profile names no requesters.",
    fix: "List at least one user or team under requesters."
  },
  E_PROFILE_DURATION_DEFAULT: {
    summary: "A profile's duration.default is longer than its duration.max.",
    fix: "Lower duration.default or raise duration.max."
  },
  E_PROFILE_DURATION_TOO_LONG: {
    summary: "A profile's duration.max is longer than 90 days, the limit for any grant.",
    fix: "Set duration.max to 90d or less."
  },
  E_PROFILE_BREAK_GLASS_DURATION: {
    summary: "A break-glass profile allows grants longer than 4 hours.",
    fix: "Set duration.max to 4h or less, or make the profile a normal one (break_glass: false)."
  },
  E_PROFILE_TICKET_PATTERN_ANCHOR: {
    summary: "A ticket pattern is not anchored at both ends (or has a top-level `|`).",
    fix: "Write the pattern as '^...$' and group alternatives: '^(?:INC|CHG)-[0-9]+$'."
  },
  E_PROFILE_TICKET_PATTERN_INVALID: {
    summary: "A ticket pattern is not a valid regular expression (ECMAScript, unicode mode).",
    fix: "Correct the regular expression."
  },
  E_PROFILE_REASON_LENGTH: {
    summary: "A profile's reason.min_length is greater than reason.max_length.",
    fix: "Make min_length at most max_length."
  },
  E_PROFILE_APPROVAL_GROUP: {
    summary: "An approver group lists fewer users than it requires approvals from.",
    fix: "Add users to the group or lower the group's min."
  },
  E_PROFILE_DANGEROUS_PRIVILEGE: {
    summary: "A profile allows a PostgreSQL privilege that changes schema, runs code or reaches beyond table data.",
    fix: "Allow only SELECT, INSERT, UPDATE, DELETE, TRUNCATE or REFERENCES."
  },
  E_PROFILE_UNKNOWN_PRIVILEGE: {
    summary: "A profile names a privilege that is not a PostgreSQL table privilege.",
    fix: "Use SELECT, INSERT, UPDATE, DELETE, TRUNCATE or REFERENCES."
  },
  E_PROFILE_TABLE_COLUMNS: {
    summary: "An allowed table names neither columns nor all_columns: true.",
    fix: "List the columns a request may name, or set all_columns: true to allow whole-table grants."
  },
  E_PROFILE_SENSITIVE_NOT_COLUMN: {
    summary: "A column marked sensitive is not in the table's columns.",
    fix: "Add the column to columns or remove it from sensitive."
  },
  E_PROFILE_MASK_NOT_COLUMN: {
    summary: "A column the profile requires masked is not in the table's columns.",
    fix: "Add the column to columns or remove it from masks.required."
  },
  E_PROFILE_MASK_NOT_ALLOWED: {
    summary: "masks.required names a mask that masks.allowed does not allow, so no request could satisfy it.",
    fix: "Add the mask to masks.allowed or remove it from the column under masks.required."
  },
  E_PROFILE_BUNDLE_NEEDS_VIEW: {
    summary: "A bundle grants a table whose rows must be filtered, or a column that must be masked; bundles cannot carry row filters or masks, so every request for it would be refused.",
    fix: "Remove the grant from the bundle (requests name the table with rows and masked themselves), or drop the masked columns from it."
  },
  E_PROFILE_DUPLICATE_ENTRY: {
    summary: "An allow rule lists the same table or repository twice.",
    fix: "Merge the two entries into one."
  },
  E_PROFILE_DUPLICATE_TARGET: {
    summary: "A profile has two allow rules for the same target.",
    fix: "Merge them into one rule per target."
  },
  E_PROFILE_UNKNOWN_TARGET: {
    summary: "A profile names a target that policies/targets.yaml does not define.",
    fix: "Define the target in policies/targets.yaml or correct the name."
  },
  E_PROFILE_ALLOW_PROVIDER: {
    summary: "An allow rule's keys do not fit its target's provider (postgres: privileges + tables; github: teams and/or repos).",
    fix: "Use privileges and tables for a postgres target, teams and/or repos for a github target."
  },
  E_PROFILE_ALLOWS_PROTECTED: {
    summary: "A profile allows a team or repository the target protects.",
    fix: "Remove it from the profile; protected teams and repositories (the tool's own control plane) are never grantable."
  },
  E_PROFILE_BUNDLE_PROVIDER: {
    summary: "A bundle grant does not fit its target's provider (table grants need postgres, team/repo grants github).",
    fix: "Use table grants for postgres targets and team/repo grants for github targets."
  },
  E_PROFILE_BUNDLE_NOT_ALLOWED: {
    summary: "A bundle grants something the profile's own allow-list does not allow.",
    fix: "Narrow the bundle, or allow the privilege, table, columns, team or repository in the allow rule for the same target."
  },
  // Policy set, targets, identities
  E_POLICY_TARGETS_MISSING: {
    summary: "policies/targets.yaml is missing.",
    fix: "Add policies/targets.yaml (see schemas/targets.schema.json)."
  },
  E_POLICY_IDENTITIES_MISSING: {
    summary: "policies/identities.yaml is missing.",
    fix: "Add policies/identities.yaml (see schemas/identities.schema.json)."
  },
  E_IDENTITY_DUPLICATE_LOGIN: {
    summary: "Two identities have the same GitHub login (logins are case-insensitive).",
    fix: "Keep one entry per person."
  },
  E_IDENTITY_DUPLICATE_ID: {
    summary: "Two identities have the same GitHub user id.",
    fix: "Keep one entry per person; check the id at https://api.github.com/users/<login>."
  },
  E_IDENTITY_UNKNOWN_TARGET: {
    summary: "An identity overrides the principal for a target that policies/targets.yaml does not define.",
    fix: "Correct the target name or remove the override."
  },
  E_IDENTITY_PRINCIPAL_FORMAT: {
    summary: "An identity's principal does not fit its target's provider (a PostgreSQL role name, or a GitHub login).",
    fix: "Use a lowercase PostgreSQL role name for postgres targets and a GitHub login for github targets."
  },
  E_IDENTITY_DUPLICATE_PRINCIPAL: {
    summary: "Two identities map to the same principal on a target, so one person would receive the other's grants.",
    fix: "Give every person their own login role / account on each target."
  },
  E_IDENTITY_PROTECTED_PRINCIPAL: {
    summary: "An identity maps to a target's grantor role or a protected role.",
    fix: "Map people to their own login roles; the grantor and protected roles are never principals."
  },
  E_PROFILE_AWS_ACTION_REFUSED: {
    summary: "A profile allows an IAM action Grantbook never grants (iam:*, sts:*, policy and role writes, ...), or a wildcard covering one.",
    fix: 'Remove it from the profile; list the exact actions the access needs (docs/aws.md, "Always refused").'
  },
  E_PROFILE_AWS_PATTERN_INVALID: {
    summary: "A profile's IAM action or resource pattern is malformed, or names another account or partition than its target's.",
    fix: "Write actions as `service:Action` (at most one trailing `*`) and resources as full ARNs of the target's partition and account, `*` only in the region or resource part."
  }
};

// src/shared/codes/apply.ts
var APPLY_CODES = {
  E_APPLY_NO_PULL_REQUEST: {
    summary: "A request file reached the default branch without a merged pull request into it (a direct push, or a merge of another branch).",
    fix: "Nothing was granted. Open a pull request that adds the request under a new file name, get it approved, and merge it."
  },
  E_APPLY_PULL_AMBIGUOUS: {
    summary: "GitHub associates the commit that added the request with more than one merged pull request, so the approvals to check are not clear.",
    fix: "Nothing was granted. Open a new pull request that only adds the request under a new file name."
  },
  E_APPLY_NOT_IN_PULL: {
    summary: "The merged pull request does not add this request file, so its reviews never covered it.",
    fix: "Nothing was granted. Add the request in its own pull request under a new file name."
  },
  E_APPLY_BLOB_MISMATCH: {
    summary: "The request file on the default branch is not the file that was approved at the pull request's final head.",
    fix: "Nothing was granted. Open a new pull request with the request as it should be, under a new file name, and have it approved."
  },
  E_APPLY_PULL_UNREADABLE: {
    summary: "The merged pull request lacks a fact apply needs to re-verify it (its author account was deleted, or it has no merge commit).",
    fix: "Nothing was granted. Open a new pull request for the request under a new file name."
  },
  E_APPLY_ORIGIN_UNKNOWN: {
    summary: "The commit that added the request file could not be found in the history apply reads.",
    fix: "Check out the repository with full history (`fetch-depth: 0`). If the file is very old, add the request again under a new file name."
  },
  E_APPLY_PROVIDER_FAILED: {
    summary: "A provider failed while granting. Apply rolled back every target it had changed (the comment and the issue say, target by target, what was rolled back); nothing was recorded as granted. A target it could not roll back is reported as E_APPLY_ROLLBACK_FAILED.",
    fix: "Fix the cause named in the message (credentials, connectivity, missing role or table), then open a new request under a new file name: ids are never reused."
  },
  E_APPLY_HELD_UNREADABLE: {
    summary: "GitHub refused to tell apply what the grantee already holds on a target (a token that may not read team memberships, repository collaborators or invitations, a name GitHub does not know, or an answer Grantbook cannot use, such as a custom repository role), which apply must know before granting so that revocation only ever removes what Grantbook added. Nothing was granted.",
    fix: "Fix the cause named in the message (the GitHub code says which), then open a new request under a new file name: ids are never reused."
  },
  E_APPLY_HELD_UNAVAILABLE: {
    summary: "GitHub could not answer, for now, what the grantee already holds on a target (an outage or a rate limit after retries, or a list that changed while it was read). Nothing was granted and nothing was recorded: the request is not used up.",
    fix: "Nothing to do if it passes: the next apply run, after any push to the default branch or run by hand, finds the unrecorded request and applies it. Deleting the request file withdraws it."
  },
  E_APPLY_INTERRUPTED: {
    summary: "An earlier apply run stopped between recording its intent and confirming the grant, and the grant was not (fully) in effect. It is not retried: the revoke job removes whatever part was applied on its next run.",
    fix: "Open a new request under a new file name to get the access; the interrupted one will not be retried."
  },
  E_APPLY_REPAIR_UNVERIFIED: {
    summary: "An earlier apply run was interrupted and this run could not read the provider back to finish or abandon it (provider unreachable, target no longer declared).",
    fix: "Fix the cause named in the message; the next apply run tries again, and the revoke job revokes the interrupted grant once its intent is an hour old either way."
  },
  E_APPLY_ROLLBACK_FAILED: {
    summary: "A grant failed partway and apply could not roll back one of its targets, which may still hold what was applied there. The ledger records it as a failed revocation (`revoke_failed`), so the grant stays live until revoked.",
    fix: "Nothing to start by hand: the next revoke run removes it and retries on every run until the provider confirms it gone (opening an issue while it cannot). Fix the cause named in the message (credentials, connectivity) so that it can."
  },
  E_APPLY_EXTENDS_UNKNOWN: {
    summary: "The request extends another request that is not a live grant of the same person (unknown, already over, or someone else's).",
    fix: "Nothing was granted. Name in `extends` one of your own grants that is still active, or drop `extends` and request the access afresh."
  },
  E_APPLY_ID_REUSED: {
    summary: "A request file landed under an id (file name) the ledger already holds; ids are never reused.",
    fix: "Nothing was granted. Add the request again under a new file name."
  }
};

// src/shared/codes/doctor.ts
var DOCTOR_CODES = {
  E_DOCTOR_CANNOT_VERIFY: {
    summary: "A repository setting could not be read (GitHub answered 403 or 404), so it cannot be shown to be safe; apply treats it as unsafe.",
    fix: `Give apply (and doctor) a token that may read repository administration settings: the Grantbook GitHub App's token (README, "Tokens"), or a fine-grained or App token with "Administration: read" (plus "Actions: read" and "Environments: read"), or a classic token with the repo scope of a repository admin. The workflow GITHUB_TOKEN cannot read them.`
  },
  E_DOCTOR_NO_BRANCH_PROTECTION: {
    summary: "The default branch does not require pull request reviews (no branch protection rule and no ruleset with a pull request rule), so anyone with write access can change policies, CODEOWNERS and the workflows.",
    fix: 'Settings \u2192 Branches \u2192 Add branch protection rule for the default branch: "Require a pull request before merging" with "Require review from Code Owners", "Dismiss stale pull request approvals", "Require approval of the most recent reviewable push", and "Do not allow bypassing the above settings".'
  },
  E_DOCTOR_CODE_OWNER_REVIEW_OFF: {
    summary: "Merging into the default branch does not require a code owner's review, so a change to policies/, .github/ or audit/ can be merged without security's approval.",
    fix: `Settings \u2192 Branches \u2192 the default branch's rule \u2192 tick "Require review from Code Owners" (API: required_pull_request_reviews.require_code_owner_reviews = true).`
  },
  E_DOCTOR_STALE_APPROVALS_KEPT: {
    summary: "Approvals survive new commits on the default branch's pull requests, so an approved change can be swapped for another before merge.",
    fix: `Settings \u2192 Branches \u2192 the default branch's rule \u2192 tick "Dismiss stale pull request approvals when new commits are pushed" (API: required_pull_request_reviews.dismiss_stale_reviews = true).`
  },
  E_DOCTOR_LAST_PUSH_APPROVAL_OFF: {
    summary: "The most recent push to a pull request need not be approved by someone other than its pusher, so a reviewer can push and approve their own change.",
    fix: `Settings \u2192 Branches \u2192 the default branch's rule \u2192 tick "Require approval of the most recent reviewable push" (API: required_pull_request_reviews.require_last_push_approval = true).`
  },
  E_DOCTOR_ADMINS_BYPASS: {
    summary: "Administrators, roles, teams or people may bypass the default branch's review requirement, so they can merge policy or request changes nobody approved.",
    fix: `Settings \u2192 Branches \u2192 the default branch's rule \u2192 tick "Do not allow bypassing the above settings" (API: POST .../branches/{branch}/protection/enforce_admins) and empty "Allow specified actors to bypass"; for a ruleset, keep only the ledger-committing GitHub App in its bypass list.`
  },
  E_DOCTOR_APP_BYPASS: {
    summary: "A GitHub App may bypass the default branch's review requirement. That is expected for the one App that commits the ledger, and a risk for any other.",
    fix: "Check that the only App allowed to bypass is the one whose token apply and revoke use to commit the ledger; remove any other."
  },
  E_DOCTOR_ACTIONS_CAN_APPROVE: {
    summary: "GitHub Actions may approve pull requests, so any workflow can produce an approval with the GITHUB_TOKEN.",
    fix: 'Settings \u2192 Actions \u2192 General \u2192 Workflow permissions \u2192 untick "Allow GitHub Actions to create and approve pull requests" (API: PUT /repos/{owner}/{repo}/actions/permissions/workflow with can_approve_pull_request_reviews = false).'
  },
  E_DOCTOR_CODEOWNERS_INVALID: {
    summary: "CODEOWNERS on the default branch is missing or unusable, or has lines GitHub skips that could cover access-requests/, policies/, .github/ or audit/.",
    fix: "Fix .github/CODEOWNERS on the default branch (see GitHub's list under the file's view, or GET /repos/{owner}/{repo}/codeowners/errors) so every line is valid."
  },
  E_DOCTOR_CODEOWNERS_UNCOVERED: {
    summary: "CODEOWNERS on the default branch leaves files under access-requests/, policies/, .github/ or audit/ without an owner, so their changes need no code owner review.",
    fix: "Add a line with an owner for each path, after any broader line (the last matching line wins), e.g. `/policies/ @your-org/security`."
  },
  E_DOCTOR_ENVIRONMENT_MISSING: {
    summary: "The environment the apply workflow runs in does not exist (or the token cannot see it), so nothing limits which branches reach the provider credentials.",
    fix: "Settings \u2192 Environments \u2192 New environment with the name the apply workflow uses, limited to the default branch, and move the provider credentials into its secrets."
  },
  E_DOCTOR_ENVIRONMENT_NOT_LIMITED: {
    summary: "The apply environment lets branches other than the default branch deploy, so a workflow on any such branch can read the provider credentials.",
    fix: 'Settings \u2192 Environments \u2192 the environment \u2192 Deployment branches and tags \u2192 "Selected branches and tags" with exactly one rule: the default branch. "Protected branches only" is not enough: it admits every branch with any protection rule.'
  },
  E_DOCTOR_ENVIRONMENT_WAITS: {
    summary: "The apply environment has required reviewers or a wait timer; every job using it waits, including scheduled revocation when it shares the environment.",
    fix: "Revocation must never wait: remove the reviewers and wait timer, or run revoke in its own environment without them."
  },
  E_DOCTOR_REVOKE_WORKFLOW_INACTIVE: {
    summary: "The revoke workflow is missing or disabled (GitHub disables scheduled workflows after 60 days without repository activity), so grants would not expire on time.",
    fix: 'Actions \u2192 the revoke workflow \u2192 "Enable workflow" (API: PUT /repos/{owner}/{repo}/actions/workflows/{file}/enable), or commit the workflow file to the default branch.'
  },
  E_DOCTOR_REQUIRED_CHECK_UNREPORTED: {
    summary: "A required status check on the default branch is named after no job of a pull_request workflow there. GitHub names a job's check run after the job's `name:` (else its id), not after the workflow, so the status is never reported and every pull request waits for it forever.",
    fix: 'Require the check job\'s name, `access-check` in the workflows `grantbook init` writes (Settings \u2192 Branches \u2192 the rule \u2192 "Require status checks to pass"), and remove names no job reports.'
  },
  E_DOCTOR_REQUIRED_CHECK_FILTERED: {
    summary: 'A required status check comes only from a workflow whose pull_request trigger has a `paths:` or `paths-ignore:` filter. GitHub leaves a required check of a skipped workflow "Pending", so every pull request outside the filter (a policy change, say) can never merge.',
    fix: "Remove the path filter from that workflow's pull_request trigger. Grantbook's check finishes in one API call when a pull request touches no request."
  },
  E_DOCTOR_CHECK_NOT_REQUIRED: {
    summary: "Grantbook's check is not a required status check of the default branch (or no workflow there runs it), so a request can be merged while the check refuses it. Apply still re-verifies and refuses it, with an alert, but only after the merge.",
    fix: "Settings \u2192 Branches \u2192 the default branch's rule \u2192 \"Require status checks to pass\" \u2192 add `access-check` (the check job's name)."
  },
  E_DOCTOR_TEAM_NOT_VISIBLE: {
    summary: `A team named by CODEOWNERS or a profile is not visible to the token doctor runs with: it does not exist, or the token lacks the organization permission "Members: read". A job whose token cannot see it stops with E_GITHUB_TEAM_NOT_VISIBLE instead of counting that team's approvals.`,
    fix: "Run doctor with a token of the same kind the jobs use (the GitHub App's, with Organization permissions \u2192 Members \u2192 Read-only; or a classic token with read:org), and check the team's slug."
  },
  E_DOCTOR_JOB_CANNOT_READ_TEAMS: {
    summary: 'A Grantbook check or apply step reads team membership with a token that cannot have "Members: read": the workflow GITHUB_TOKEN, or an App token whose permission-* inputs leave out permission-members, while CODEOWNERS or a profile names a team.',
    fix: 'Give the step a token that can read members: `members-token` (check) or `github-token` (apply) from actions/create-github-app-token with `permission-members: read` (see README, "Tokens").'
  }
};

// src/shared/codes/modes.ts
var MODE_CODES = {
  E_PR_MIXED_CHANGES: {
    summary: "A pull request that adds or removes access requests also changes other files, or mixes adding and removing.",
    fix: "Open one pull request that only adds (or only removes) files under access-requests/; change policies, CODEOWNERS or workflows in a separate pull request."
  },
  E_PR_REQUEST_EDITED: {
    summary: "An existing request file is modified or renamed; a request is never edited after it was approved.",
    fix: "Leave the existing file as it is. To change access, delete it (giving the access up) and add a new request file with a new name."
  },
  E_PR_REQUEST_PATH_CASE: {
    summary: "A file is in a directory whose name differs from access-requests/ only by letter case; it would never be applied.",
    fix: "Move the file to access-requests/ exactly (lowercase)."
  },
  E_PR_BASE_NOT_DEFAULT: {
    summary: "The pull request targets a branch other than the default branch, whose policy and CODEOWNERS are not trusted (and where nothing is applied).",
    fix: "Open the access request against the default branch."
  },
  E_PR_HEAD_MOVED: {
    summary: "The pull request received new commits while it was being checked, so this run judged a head that is no longer current.",
    fix: "Nothing to do: the run for the newest commit decides. Re-run this check if that run did not start."
  },
  E_GRANT_ALREADY_HELD: {
    summary: "A note for reviewers, not a refusal: the check's token sees that the person already holds part of the request (not through a live Grantbook grant), so merging grants nothing for it and revocation leaves it in place.",
    fix: "Nothing has to change. If the request exists only for this part, it gives nothing and can be closed; apply reads the provider again and records what it finds as already held."
  },
  E_EVENT_UNSUPPORTED: {
    summary: "The workflow event does not fit the command (for example `check` on a push, or on pull_request_target).",
    fix: "Run `check` on pull_request and pull_request_review, `apply` on push to the default branch, `revoke` on schedule or workflow_dispatch (see the workflows in .github/workflows/)."
  },
  E_EVENT_INVALID: {
    summary: "The event payload GitHub provided is missing a field the command needs.",
    fix: "Run the action from a GitHub Actions workflow with an unmodified event payload."
  },
  E_CHECKOUT_MISSING_BASE: {
    summary: "The local checkout the action runs in does not contain the commit whose policy must be used.",
    fix: "Check out the repository before the action (actions/checkout; for check, `ref: ${{ github.event.pull_request.base.sha }}`; for apply and revoke, `fetch-depth: 0`)."
  },
  E_API_URL_INVALID: {
    summary: "GITHUB_API_URL is missing or not an https URL (http is accepted only for a loopback address).",
    fix: "Run the action on GitHub Actions, which sets GITHUB_API_URL, or set it to your GitHub Enterprise API URL."
  }
};

// src/shared/codes/revoke.ts
var REVOKE_CODES = {
  E_REVOKE_PROVIDER_ERROR: {
    summary: "A revocation failed with an error the provider did not classify (network, driver, timeout).",
    fix: "Read the message and the issue Grantbook opened; the revoke job retries on every run until the revocation is verified."
  },
  E_REVOKE_TARGET_UNKNOWN: {
    summary: "A grant that is due names a target that policies/targets.yaml on the default branch no longer declares.",
    fix: "Restore the target in policies/targets.yaml (with its credential) so the grant can be revoked, or remove the access by hand and record it."
  },
  E_REVOKE_TARGETS_UNREADABLE: {
    summary: "policies/targets.yaml on the default branch is missing or invalid, so no provider could be connected.",
    fix: "Fix policies/targets.yaml (run `grantbook validate`); the revoke job retries on every run."
  },
  E_REVOKE_TARGET_UNREACHABLE: {
    summary: "A target could not be reached (or its single-flight lock taken) after every retry of this run.",
    fix: "Check the target is up and the credential in the workflow environment is valid; the revoke job retries on every run."
  },
  E_REVOKE_DRIFT_CHECK_FAILED: {
    summary: "A target's grants could not be listed, so drift (grants the ledger does not know) could not be checked this run.",
    fix: "Check the target is reachable and the grantor may read the catalog; the next run checks again."
  },
  E_REVOKE_DRIFT_UNRESOLVED: {
    summary: "The provider holds a grant tagged by Grantbook that the ledger does not show as live, and the sweep cannot tell whom it was granted to.",
    fix: "Inspect the object named in the issue on the provider and remove it by hand (for Postgres: REVOKE its memberships and DROP ROLE)."
  },
  E_REVOKE_ISSUE_FAILED: {
    summary: "A revocation failure could not be reported as a GitHub issue (or a resolved one could not be closed).",
    fix: "Give the workflow token `issues: write`; the failure itself is in the job summary and the ledger."
  }
};

// src/shared/codes/policy.ts
var POLICY_CODES = {
  // --- the request as a whole -------------------------------------------
  E_POLICY_PROFILE_UNKNOWN: {
    summary: "The request names a profile that does not exist under policies/.",
    fix: "Set `profile` to the name of a file under policies/ (without .yaml), or ask the security team to add the profile."
  },
  E_POLICY_PROFILE_INVALID: {
    summary: "A profile setting cannot be used as written (for example its ticket pattern does not compile or its maximum duration is not a valid duration).",
    fix: "Ask the profile owners to correct the setting named in the message; the request cannot be judged until then."
  },
  E_POLICY_TOO_MANY_GRANTS: {
    summary: "The request asks for more grants (after expanding bundles) than the profile allows.",
    fix: "Split the request into several requests, or drop grants you do not need."
  },
  E_POLICY_BREAK_GLASS: {
    summary: "Note: this is an emergency (break-glass) request; a follow-up review issue will be opened.",
    fix: "No change needed. Reviewers should expect the follow-up review issue and complete it after the emergency."
  },
  E_POLICY_EXTENDS_SELF: {
    summary: "The request says it extends itself.",
    fix: "Set `extends` to the id of the earlier request (its file name without .yaml), or remove `extends`."
  },
  E_POLICY_EXTENDS_NEEDS_APPROVAL: {
    summary: "Note: this request extends an earlier one; it needs fresh approval and the ledger will link the two.",
    fix: "No change needed. Approve this request on its own merits; the earlier grant is not carried over."
  },
  // --- who is asking ------------------------------------------------------
  E_POLICY_REQUESTER_UNKNOWN: {
    summary: "The requester is not listed in policies/identities.yaml.",
    fix: "Ask the security team to add your GitHub login and numeric user id to policies/identities.yaml."
  },
  E_POLICY_REQUESTER_NOT_AUTHOR: {
    summary: "The requester is not the author of the pull request (people are matched by GitHub numeric user id).",
    fix: "Open the pull request from the account named in `requester`, or set `requester` to your own login."
  },
  E_POLICY_IDENTITY_LOGIN_STALE: {
    summary: "The pull request author has the id of the requester but a different login: the account was renamed.",
    fix: "Ask the security team to update the login in policies/identities.yaml, and set `requester` to the current login."
  },
  E_POLICY_REQUESTER_NOT_ALLOWED: {
    summary: "The requester may not use this profile (not in its requesters.users, nor an active member of one of its requesters.teams).",
    fix: "Use a profile you are allowed to request, or ask the profile owners to add you or your team."
  },
  E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED: {
    summary: "Only team membership could allow this requester, and team membership was not looked up (for example in an offline plan).",
    fix: "Run the check with GitHub access so team membership can be verified; it is never assumed."
  },
  // --- each grant ---------------------------------------------------------
  E_POLICY_TARGET_UNKNOWN: {
    summary: "A grant names a target that is not declared in policies/targets.yaml.",
    fix: "Use a target name from policies/targets.yaml."
  },
  E_POLICY_TARGET_NOT_ALLOWED: {
    summary: "The profile has no allow rule for this target.",
    fix: "Use a profile that allows this target, or ask the profile owners to add an allow rule for it."
  },
  E_POLICY_GRANT_KIND_MISMATCH: {
    summary: "The grant's kind does not fit the target's provider (table grants need a postgres target; team and repo grants a github target).",
    fix: "Point the grant at a target of the right provider, or use the grant shape that provider understands."
  },
  E_POLICY_BUNDLE_UNKNOWN: {
    summary: "The grant names a bundle the profile does not define.",
    fix: "Use one of the bundles listed under the profile's `bundles`, or spell out the grants."
  },
  E_POLICY_BUNDLE_TARGET_MISMATCH: {
    summary: "The bundle is defined for a different target than the grant names.",
    fix: "Set the grant's `target` to the bundle's target."
  },
  E_POLICY_GRANT_DUPLICATE: {
    summary: "Two grants (after expanding bundles) ask for the same thing: the same team, the same repository, or the same privilege on the same table.",
    fix: "Merge them into one grant (one column list per privilege and table; one permission per repository)."
  },
  // --- table grants (postgres) -------------------------------------------
  E_POLICY_PRIVILEGE_DANGEROUS: {
    summary: "The privilege could change schema, run code, reach other objects or pass privileges on; Grantbook never grants it, whatever a profile says.",
    fix: "Request only SELECT, INSERT, UPDATE, DELETE, TRUNCATE or REFERENCES; other changes go through a reviewed migration."
  },
  E_POLICY_PRIVILEGE_UNKNOWN: {
    summary: "The privilege is not one Grantbook grants on tables.",
    fix: "Use SELECT, INSERT, UPDATE, DELETE, TRUNCATE or REFERENCES."
  },
  E_POLICY_PRIVILEGE_NOT_ALLOWED: {
    summary: "The privilege is not in the profile's allowed privileges for this target.",
    fix: "Drop the privilege, or use a profile that allows it."
  },
  E_POLICY_PRIVILEGE_TABLE_LEVEL: {
    summary: "DELETE and TRUNCATE apply to whole rows; PostgreSQL has no column-level form of them.",
    fix: "Move DELETE/TRUNCATE into a separate grant on the same table without `columns` (the profile must allow the whole table)."
  },
  E_POLICY_TABLE_INVALID: {
    summary: "The table is not written as `schema.table`.",
    fix: "Write the table as `schema.table`, for example `public.orders`."
  },
  E_POLICY_TABLE_SYSTEM: {
    summary: "The table is in a system schema (pg_* or information_schema), which may expose roles, credentials or other databases.",
    fix: "Request application tables only."
  },
  E_POLICY_TABLE_NOT_ALLOWED: {
    summary: "The table is not in the profile's allowed tables for this target.",
    fix: "Use a table the profile lists, or ask the profile owners to add it."
  },
  E_POLICY_COLUMN_NOT_ALLOWED: {
    summary: "The column is not in the profile's allowed columns for this table.",
    fix: "Drop the column, or ask the profile owners to allow it."
  },
  E_POLICY_WHOLE_TABLE_NOT_ALLOWED: {
    summary: "The grant has no `columns` (whole table), but the profile allows only named columns of this table.",
    fix: "List the columns you need under `columns`."
  },
  E_POLICY_SENSITIVE_COLUMN_REFUSED: {
    summary: "The grant touches columns the profile marks sensitive, and the profile refuses them.",
    fix: "Drop the sensitive columns (the footprint note shows a narrower column list), read them through a mask under `masked` where the profile allows it (the note proposes one), or use a profile made for this data."
  },
  E_POLICY_SENSITIVE_COLUMN_FLAGGED: {
    summary: "Note: the grant touches columns the profile marks sensitive.",
    fix: "Reviewers: check the footprint note; requesters: drop the sensitive columns if a narrower grant would do."
  },
  // --- row filters and masks (table grants as views) ----------------------
  E_POLICY_VIEW_SELECT_ONLY: {
    summary: "A grant with `rows` or `masked` is a read-only view; it can only carry SELECT.",
    fix: "Keep SELECT alone in this grant; ask for writes in a separate grant without rows or masked, where the profile allows them."
  },
  E_POLICY_VIEW_COLUMNS_REQUIRED: {
    summary: "A grant with `rows` or `masked` has no `columns`; the view shows exactly the columns listed, so they must be named.",
    fix: "List the columns you need under `columns` (masked columns among them)."
  },
  E_POLICY_VIEW_NAME_CLASH: {
    summary: "Two grants with rows or masked on one target name tables of the same name in different schemas; their views would share a name.",
    fix: "Ask for one of the two tables in a separate request."
  },
  E_POLICY_ROWS_NOT_ALLOWED: {
    summary: "The grant filters the rows of a table on which the profile allows no row filter.",
    fix: "Remove `rows`, or ask the profile owners to add `rows.columns` for this table."
  },
  E_POLICY_ROWS_COLUMN_NOT_ALLOWED: {
    summary: "The row filter uses a column that is not in the profile's rows.columns for this table.",
    fix: "Filter on one of the columns the profile lists under rows.columns."
  },
  E_POLICY_ROWS_KIND_MISMATCH: {
    summary: "The row filter gives a list of values for a column the profile allows only as a time range, or a time range for a column it allows only with values.",
    fix: "Write `column: [value, ...]` for a values column and `column: {from: ..., to: ...}` for a range column, as the profile says."
  },
  E_POLICY_ROWS_RANGE_INVALID: {
    summary: "A time range is not a pair of valid instants with `from` before `to`.",
    fix: "Write both bounds as UTC instants like 2026-05-01T00:00:00Z, `from` (included) earlier than `to` (excluded)."
  },
  E_POLICY_ROWS_REQUIRED: {
    summary: "The profile allows this table only with a row filter, and the grant has none.",
    fix: "Add `rows` with the customers, orders or time range you need (see the profile for the columns you may filter on)."
  },
  E_POLICY_MASK_NOT_GRANTED: {
    summary: "A masked column is not among the columns the grant names.",
    fix: "Add the column to `columns`, or remove it from `masked`."
  },
  E_POLICY_MASK_NOT_ALLOWED: {
    summary: "The profile does not allow this mask on this table.",
    fix: "Use one of the masks the profile lists under masks.allowed for the table."
  },
  E_POLICY_MASK_REQUIRED: {
    summary: "The profile requires this column to be masked (with one of the masks it names), and the grant reads it in clear or through another mask.",
    fix: "Add the column under `masked` with one of the masks the message lists, or drop the column."
  },
  // --- github grants -------------------------------------------------------
  E_POLICY_TEAM_ROLE: {
    summary: "Team grants can only be `member`: a maintainer could change the team itself.",
    fix: "Set `role: member`."
  },
  E_POLICY_TEAM_NOT_ALLOWED: {
    summary: "The team is not in the profile's allowed teams for this target.",
    fix: "Use a team the profile lists, or ask the profile owners to add it."
  },
  E_POLICY_TEAM_PROTECTED: {
    summary: "The team is listed in the target's protected_teams and can never be granted.",
    fix: "Ask for a different team; membership of protected teams is managed outside Grantbook."
  },
  E_POLICY_TEAM_CONTROL_PLANE: {
    summary: "The team decides who may request or approve access in a profile; joining it would let a person widen their own access.",
    fix: "Ask for a different team; approver and requester teams are managed outside Grantbook."
  },
  E_POLICY_REPO_ADMIN: {
    summary: "Admin permission on a repository is never granted.",
    fix: "Ask for pull, triage, push or maintain."
  },
  E_POLICY_REPO_PERMISSION_UNKNOWN: {
    summary: "The repository permission is not one Grantbook grants.",
    fix: "Use pull, triage, push or maintain."
  },
  E_POLICY_REPO_NOT_ALLOWED: {
    summary: "The repository is not in the profile's allowed repositories for this target.",
    fix: "Use a repository the profile lists, or ask the profile owners to add it."
  },
  E_POLICY_REPO_PERMISSION_NOT_ALLOWED: {
    summary: "The profile does not allow this permission on this repository.",
    fix: "Ask for one of the permissions the profile lists for the repository."
  },
  E_POLICY_REPO_PROTECTED: {
    summary: "The repository is listed in the target's protected_repos and can never be granted.",
    fix: "Ask for a different repository; access to protected repositories is managed outside Grantbook."
  },
  E_POLICY_REPO_CONTROL_PLANE: {
    summary: "The repository is the one holding access requests and policies; access to it would let a person approve or rewrite their own access.",
    fix: "Ask for a different repository; access to the Grantbook repository is managed outside Grantbook."
  },
  E_POLICY_CONTROL_REPO_UNKNOWN: {
    summary: "A repository grant cannot be checked against the Grantbook repository because that repository was not given.",
    fix: "Run the check where the repository is known (in the action, or pass the repository to the command line)."
  },
  // --- principal -------------------------------------------------------------
  E_POLICY_PRINCIPAL_MISSING: {
    summary: "The requester has no PostgreSQL login role for this target in policies/identities.yaml.",
    fix: "Ask the security team to set `postgres` (or a per-target override under `targets`) for you in policies/identities.yaml."
  },
  E_POLICY_PRINCIPAL_PROTECTED: {
    summary: "The requester's principal on this target is a protected role (the grantor role, a protected role, postgres or a pg_* role).",
    fix: "Ask the security team to map you to your own login role in policies/identities.yaml."
  },
  // --- duration ----------------------------------------------------------------
  E_POLICY_DURATION_REQUIRED: {
    summary: "The request has no `duration` and the profile has no default duration.",
    fix: "Add `duration`, for example `duration: 2h` (minutes m, hours h or days d)."
  },
  E_POLICY_DURATION_INVALID: {
    summary: "The duration is not a valid duration (1-4 digits without a leading zero, then m, h or d).",
    fix: "Write the duration like `30m`, `2h` or `1d`."
  },
  E_POLICY_DURATION_TOO_LONG: {
    summary: "The duration is longer than the profile's maximum.",
    fix: "Ask for at most the profile's maximum duration; extend later with a new request if needed."
  },
  E_POLICY_DURATION_OVER_HARD_MAX: {
    summary: "The duration is longer than the hard limit of 90 days that applies to every grant.",
    fix: "Ask for 90 days or less."
  },
  E_POLICY_INSTANT_NOT_FINITE: {
    summary: "The start or expiry of the grant is not a representable instant.",
    fix: "Check the clock the evaluation runs with and ask for a shorter duration."
  },
  // --- ticket and reason -----------------------------------------------------
  E_POLICY_TICKET_REQUIRED: {
    summary: "The profile requires a ticket and the request has none.",
    fix: "Add `ticket`, for example `ticket: INC-4211`."
  },
  E_POLICY_TICKET_MISMATCH: {
    summary: "The ticket does not match the profile's ticket pattern.",
    fix: "Use a ticket of the kind the profile asks for (see the profile under policies/)."
  },
  E_POLICY_REASON_REQUIRED: {
    summary: "The profile requires a reason and the request has none.",
    fix: "Add `reason` saying what you need the access for."
  },
  E_POLICY_REASON_TOO_SHORT: {
    summary: "The reason is shorter than the profile asks for.",
    fix: "Explain in more detail what you need the access for."
  },
  E_POLICY_REASON_TOO_LONG: {
    summary: "The reason is longer than the profile allows.",
    fix: "Shorten the reason and link the ticket for details."
  },
  // --- aws: IAM statements ---------------------------------------------------
  E_POLICY_AWS_ACTION_INVALID: {
    summary: "An IAM action is not `service:Action` (letters and digits, at most one `*`, at the end of the action name).",
    fix: "Write each action as IAM spells it, e.g. `s3:GetObject` or `dynamodb:Describe*`; a bare `*`, `?` or a wildcard in the service is never accepted."
  },
  E_POLICY_AWS_ACTION_REFUSED: {
    summary: "An IAM action can escalate or escape (iam:*, sts:*, organizations:*, account:*, policy and role writes, key policy writes...), or its wildcard covers one: never granted, whatever a profile says.",
    fix: 'Name the exact actions needed (docs/aws.md, "Always refused"); a wildcard such as `s3:Put*` covers `s3:PutBucketPolicy` and is refused for that reason.'
  },
  E_POLICY_AWS_ACTION_NOT_ALLOWED: {
    summary: "A statement's action is not covered by one allowed statement of the profile's rule for the target (a wildcard only where the profile has one that covers it).",
    fix: "Ask only for actions the profile lists for these resources, or use a profile that allows them."
  },
  E_POLICY_AWS_ARN_INVALID: {
    summary: "A resource ARN is malformed or holds characters Grantbook never writes into a policy (`$`, `?`, quotes, spaces, braces, control characters).",
    fix: "Write the full ARN, `arn:<partition>:<service>:<region>:<account>:<resource>`, without policy variables; `*` only in the region or resource part."
  },
  E_POLICY_AWS_ARN_OTHER_ACCOUNT: {
    summary: "A resource ARN names another account than the target's, or a wildcard account.",
    fix: "A grant on an aws target only reaches that account: declare a target for the other account and request it there."
  },
  E_POLICY_AWS_ARN_OTHER_PARTITION: {
    summary: "An ARN names another partition than the target's (`aws`, `aws-cn`, `aws-us-gov`).",
    fix: "Use the target's partition in every ARN, or declare a target in the other partition."
  },
  E_POLICY_AWS_RESOURCE_NOT_ALLOWED: {
    summary: "A statement's resource is not covered by one allowed statement of the profile's rule for the target (`*`, and any wildcard, only where the profile has one that covers it).",
    fix: "Name resources inside the ARN patterns the profile lists for these actions, e.g. `arn:aws:s3:::exports/2026/*` under `arn:aws:s3:::exports/*`."
  }
};

// src/shared/codes/run.ts
var RUN_CODES = {
  E_INPUT_INVALID: {
    summary: "An action input or command-line argument is not one of the accepted values.",
    fix: 'Use one of the values listed in the message (see README, "Action inputs" and "Commands").'
  },
  E_MODE_UNAVAILABLE: {
    summary: "The requested command is not available in this version of Grantbook.",
    fix: "Upgrade Grantbook, or use one of the commands listed in the message."
  }
};

// src/shared/codes/request.ts
var REQUEST_CODES = {
  E_REQUEST_ID_IN_USE: {
    summary: "The request id asked for with --id is taken: a file under access-requests/, the ledger or the git history already has it.",
    fix: "Leave out --id to get a free id, or choose another; ids are never reused so the audit trail stays unambiguous."
  },
  E_REQUEST_UNKNOWN: {
    summary: "There is no access-requests/<id>.yaml with the id given to `request extend` or `request relinquish`.",
    fix: "Give the id of a request in access-requests/ (its file name without .yaml); `grantbook status` lists active grants."
  },
  E_REQUEST_NOT_LIVE: {
    summary: "The request to extend is not an active grant in the ledger of this checkout (still pending, refused, revoked or expired).",
    fix: "Pull the default branch if it was granted recently; otherwise ask afresh with `grantbook request new`."
  },
  E_REQUEST_NOT_YOURS: {
    summary: "The request to extend is someone else's: an extension must be asked for by the person who holds the grant.",
    fix: "Extend only your own grants; to get the same access, ask with `grantbook request new`."
  },
  E_REQUEST_NO_PROFILE: {
    summary: "No profile under policies/ names the requester, directly or through a requester team.",
    fix: "Ask the profile owners to add you (or your team) to a profile, or check the login given with --requester."
  },
  E_REQUEST_BRANCH_EXISTS: {
    summary: "The branch `request --branch` would create already exists.",
    fix: "Delete or rename the existing branch, or leave out --branch and commit the file yourself."
  },
  E_REQUEST_GIT_FAILED: {
    summary: "A git command the request needs failed (not a git repository, no commit identity, a hook refused the commit).",
    fix: "Fix what the message names (for example `git config user.email ...`) and run the command again."
  }
};

// src/shared/codes/index.ts
var ERROR_CODES = {
  ...LOAD_CODES,
  ...LEDGER_CODES,
  ...AUDIT_CODES,
  ...APPROVAL_CODES,
  ...GITHUB_CODES,
  ...POLICY_CODES,
  ...PROVIDER_CODES,
  ...MODE_CODES,
  ...APPLY_CODES,
  ...REVOKE_CODES,
  ...DOCTOR_CODES,
  ...ACTIVITY_CODES,
  ...RUN_CODES,
  ...REQUEST_CODES
};

// src/diagnostics.ts
function diagnostic(code, message, where = {}, severity = "error") {
  return {
    code,
    severity,
    message,
    fix: ERROR_CODES[code].fix,
    ...where.file !== void 0 ? { file: where.file } : {},
    ...where.position !== void 0 ? { line: where.position.line, column: where.position.column } : {},
    ...where.pointer !== void 0 ? { pointer: where.pointer } : {}
  };
}
function formatDiagnostic(d) {
  const where = [d.file ?? "<input>", d.line ?? 0, d.column ?? 0].join(":");
  const at = d.pointer !== void 0 && d.pointer !== "" ? ` (at ${d.pointer})` : "";
  return `${where} ${d.code} ${d.message}${at} \u2014 fix: ${d.fix}`;
}
var UserError = class extends Error {
  diagnostics;
  constructor(diagnostics) {
    const first = diagnostics[0];
    super(first === void 0 ? "invalid input" : formatDiagnostic(first));
    this.name = "UserError";
    this.diagnostics = diagnostics;
  }
};
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function ok(value, warnings = []) {
  return { ok: true, value, warnings };
}
function failed(diagnostics) {
  return { ok: false, diagnostics };
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort((a, b) => compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  LEDGER_CODES,
  DOCTOR_CODES,
  ERROR_CODES,
  diagnostic,
  formatDiagnostic,
  UserError,
  hasErrors,
  ok,
  failed,
  sortDiagnostics
};
