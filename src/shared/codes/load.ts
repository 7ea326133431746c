import type { CodeInfo } from './code-info.js';

/**
 * Stable codes for reading files we did not write: bytes, text, YAML, schema,
 * and the policy files' own consistency rules. Never rename or reuse one.
 */
export const LOAD_CODES = {
  // Files and paths
  E_FILE_TOO_LARGE: {
    summary: 'The file is larger than the limit for its kind.',
    fix: 'Split or shorten the file: requests may be at most 64 KiB, policy files at most 256 KiB.',
  },
  E_NOT_REGULAR_FILE: {
    summary: 'The path is a symbolic link, directory or special file where a regular file belongs.',
    fix: 'Replace the link or special file with a regular file committed in the repository.',
  },
  E_FILE_UNREADABLE: {
    summary: 'The file could not be read.',
    fix: 'Check that the file exists and is readable, then run again.',
  },
  E_REPO_TOO_MANY_FILES: {
    summary: 'A directory holds more files or nesting than Grantbook will read.',
    fix: 'Remove stray files; access-requests/ and policies/ hold only flat lists of .yaml files.',
  },
  E_REQUEST_FILENAME: {
    summary: 'A file under access-requests/ is not named access-requests/<id>.yaml.',
    fix: 'Name the file access-requests/<id>.yaml: id of lowercase letters, digits and inner hyphens (at most 48), extension .yaml, no subdirectories.',
  },
  E_POLICY_FILENAME: {
    summary: 'A file under policies/ is not a profile, targets.yaml or identities.yaml.',
    fix: 'Keep only policies/<profile-name>.yaml, policies/targets.yaml and policies/identities.yaml there (no subdirectories, extension .yaml); move other files elsewhere.',
  },
  // Text
  E_TEXT_ENCODING: {
    summary: 'The file is not valid UTF-8.',
    fix: 'Save the file as UTF-8.',
  },
  E_TEXT_BOM: {
    summary: 'The file starts with a byte order mark (U+FEFF).',
    fix: 'Save the file as UTF-8 without BOM.',
  },
  E_TEXT_BIDI: {
    summary: 'The file contains a bidirectional control character, which can make text display differently from what it is.',
    fix: 'Delete the character at the reported position (retype the line if your editor hides it).',
  },
  E_TEXT_INVISIBLE: {
    summary: 'The file contains an invisible character (zero-width, word joiner, tag character and the like).',
    fix: 'Delete the character at the reported position (retype the line if your editor hides it).',
  },
  E_TEXT_CONTROL: {
    summary: 'The file contains a control or non-character code point.',
    fix: 'Delete the character at the reported position; only printable text, spaces and newlines are accepted.',
  },
  E_TEXT_NUL: {
    summary: 'The file contains a NUL byte; it looks like a binary file.',
    fix: 'Commit a YAML text file.',
  },
  E_TEXT_TAB: {
    summary: 'The file contains a tab character.',
    fix: 'Use spaces instead of tabs (YAML does not allow tabs for indentation).',
  },
  E_TEXT_LONE_CR: {
    summary: 'The file contains a carriage return that is not part of a CRLF line ending.',
    fix: 'Use LF (or CRLF) line endings.',
  },
  E_TEXT_LINE_SEPARATOR: {
    summary: 'The file contains a Unicode line or paragraph separator (U+2028/U+2029).',
    fix: 'Replace it with a normal newline.',
  },
  E_TEXT_CREDENTIAL: {
    summary:
      'A request holds what looks like a credential (a token, access key, private key, or a password in a URL or assignment); a committed file stays in git history.',
    fix: 'Delete it from the file and rotate the credential now: it may already be in your branch, a fork or a CI log. Say what you need in words; never paste secrets into a request.',
  },
  // YAML
  E_YAML_SYNTAX: {
    summary: 'The file is not valid YAML.',
    fix: 'Correct the YAML at the reported position (check indentation, quotes and colons).',
  },
  E_YAML_WARNING: {
    summary: 'The YAML parser reported a problem; Grantbook treats parser warnings as errors.',
    fix: 'Rewrite the construct at the reported position in plain YAML.',
  },
  E_YAML_EMPTY: {
    summary: 'The file holds no YAML document.',
    fix: 'Write the fields described in the schema for this file.',
  },
  E_YAML_MULTI_DOCUMENT: {
    summary: 'The file holds more than one YAML document.',
    fix: 'Keep one document per file: remove the extra `---` / `...` separators.',
  },
  E_YAML_DIRECTIVE: {
    summary: 'The file uses a YAML directive (%YAML, %TAG or another).',
    fix: 'Remove the directive line; files are always read as YAML 1.2.',
  },
  E_YAML_ALIAS: {
    summary: 'The file uses a YAML anchor (&) or alias (*).',
    fix: 'Write every value out in full; anchors and aliases are not accepted.',
  },
  E_YAML_TAG: {
    summary: 'The file uses an explicit YAML tag (!, !!str, !!binary, !custom ...).',
    fix: 'Remove the tag; quote a value if you need it to be text.',
  },
  E_YAML_DUPLICATE_KEY: {
    summary: 'A mapping has the same key twice (quoted and unquoted spellings are the same key).',
    fix: 'Keep one of the two entries.',
  },
  E_YAML_KEY_NOT_STRING: {
    summary: 'A mapping key is not a plain text key (a number, boolean, null, list or mapping).',
    fix: 'Use the field names from the schema as keys.',
  },
  E_YAML_RESERVED_KEY: {
    summary: 'A mapping uses a key reserved by JavaScript (__proto__, constructor or prototype).',
    fix: 'Remove the key; it is never a valid field.',
  },
  E_YAML_TOO_DEEP: {
    summary: 'The YAML nests deeper than Grantbook reads.',
    fix: 'Flatten the file; valid files nest only a few levels.',
  },
  E_YAML_TOO_LARGE: {
    summary: 'The YAML has more values than Grantbook reads in one file.',
    fix: 'Shorten the file; split long lists across several files where the format allows it.',
  },
  E_YAML_TOO_MANY_KEYS: {
    summary: 'A mapping has more keys than Grantbook reads.',
    fix: 'Shorten the mapping.',
  },
  E_YAML_TOP_LEVEL: {
    summary: 'The document is not a mapping of fields.',
    fix: 'Write the file as `field: value` lines, as in the schema for this file.',
  },
  // Schema
  E_SCHEMA_UNKNOWN_FIELD: {
    summary: 'A mapping has a field the schema does not define (a misspelling, or a field that belongs elsewhere).',
    fix: 'Use one of the allowed fields listed in the message; check spelling and indentation.',
  },
  E_SCHEMA_MISSING_FIELD: {
    summary: 'A required field is missing.',
    fix: 'Add the field named in the message.',
  },
  E_SCHEMA_TYPE: {
    summary: 'A value has the wrong type (a list, mapping or scalar where another belongs).',
    fix: 'Write the value with the type named in the message.',
  },
  E_SCHEMA_EXPECTED_STRING: {
    summary: 'A number, boolean or null was written where text belongs; YAML reads unquoted digits, true/false and empty values that way.',
    fix: "Quote the value, e.g. '0042' or 'true'.",
  },
  E_SCHEMA_EXPECTED_BOOLEAN: {
    summary: 'A value that must be true or false is something else (a quoted "false" is text, not a boolean).',
    fix: 'Write true or false without quotes.',
  },
  E_SCHEMA_EXPECTED_INTEGER: {
    summary: 'A value that must be a whole number is something else.',
    fix: 'Write a whole number without quotes.',
  },
  E_SCHEMA_PATTERN: {
    summary: 'A value does not have the required format.',
    fix: 'Write the value in the format named in the message.',
  },
  E_SCHEMA_ENUM: {
    summary: 'A value is not one of the accepted values.',
    fix: 'Use one of the values listed in the message.',
  },
  E_SCHEMA_LENGTH: {
    summary: 'A text value is empty or longer than allowed.',
    fix: 'Shorten or fill in the value to the length named in the message.',
  },
  E_SCHEMA_RANGE: {
    summary: 'A number is outside the allowed range.',
    fix: 'Use a number within the range named in the message.',
  },
  E_SCHEMA_COUNT: {
    summary: 'A list or mapping has too few or too many entries.',
    fix: 'Use the number of entries named in the message.',
  },
  E_SCHEMA_DUPLICATE_ITEM: {
    summary: 'A list that must hold distinct values repeats one.',
    fix: 'Remove the repeated entry.',
  },
  E_SCHEMA_NAME_FORMAT: {
    summary: 'A mapping key that is a name (target, bundle) does not have the name format.',
    fix: 'Use lowercase letters, digits and inner hyphens, at most 64 characters.',
  },
  E_SCHEMA_ONE_OF: {
    summary: 'An entry does not have exactly one of the keys that say what it is.',
    fix: 'Give the entry exactly one of the keys listed in the message, with the fields that go with it.',
  },
  E_SCHEMA_INVALID: {
    summary: 'A value does not satisfy the schema.',
    fix: 'Check the value against the schema for this file (schemas/ in the repository).',
  },
  E_DURATION_FORMAT: {
    summary: 'A duration is not 1-4 digits (no leading zero) followed by m, h or d.',
    fix: 'Write durations like 15m, 2h or 3d (no spaces, no combined units, no ISO 8601).',
  },
  E_WILDCARD: {
    summary: 'A wildcard `*` was written where an exact name belongs.',
    fix: 'Name the exact columns, tables, privileges or teams, or ask for a bundle the profile defines.',
  },
  E_IDENTIFIER_TOO_LONG: {
    summary: 'A PostgreSQL identifier is longer than 63 bytes (PostgreSQL would silently truncate it).',
    fix: 'Use the identifier exactly as PostgreSQL stores it, at most 63 bytes.',
  },
  // Profiles
  E_PROFILE_NAME_MISMATCH: {
    summary: "A profile's name differs from its file name.",
    fix: 'Make `name` equal the file name without .yaml (or rename the file).',
  },
  E_PROFILE_REQUESTERS_EMPTY: {
    summary: 'A profile names no requesters.',
    fix: 'List at least one user or team under requesters.',
  },
  E_PROFILE_DURATION_DEFAULT: {
    summary: "A profile's duration.default is longer than its duration.max.",
    fix: 'Lower duration.default or raise duration.max.',
  },
  E_PROFILE_DURATION_TOO_LONG: {
    summary: "A profile's duration.max is longer than 90 days, the limit for any grant.",
    fix: 'Set duration.max to 90d or less.',
  },
  E_PROFILE_BREAK_GLASS_DURATION: {
    summary: 'A break-glass profile allows grants longer than 4 hours.',
    fix: 'Set duration.max to 4h or less, or make the profile a normal one (break_glass: false).',
  },
  E_PROFILE_TICKET_PATTERN_ANCHOR: {
    summary: 'A ticket pattern is not anchored at both ends (or has a top-level `|`).',
    fix: "Write the pattern as '^...$' and group alternatives: '^(?:INC|CHG)-[0-9]+$'.",
  },
  E_PROFILE_TICKET_PATTERN_INVALID: {
    summary: 'A ticket pattern is not a valid regular expression (ECMAScript, unicode mode).',
    fix: 'Correct the regular expression.',
  },
  E_PROFILE_REASON_LENGTH: {
    summary: "A profile's reason.min_length is greater than reason.max_length.",
    fix: 'Make min_length at most max_length.',
  },
  E_PROFILE_APPROVAL_GROUP: {
    summary: 'An approver group lists fewer users than it requires approvals from.',
    fix: "Add users to the group or lower the group's min.",
  },
  E_PROFILE_DANGEROUS_PRIVILEGE: {
    summary: 'A profile allows a PostgreSQL privilege that changes schema, runs code or reaches beyond table data.',
    fix: 'Allow only SELECT, INSERT, UPDATE, DELETE, TRUNCATE or REFERENCES.',
  },
  E_PROFILE_UNKNOWN_PRIVILEGE: {
    summary: 'A profile names a privilege that is not a PostgreSQL table privilege.',
    fix: 'Use SELECT, INSERT, UPDATE, DELETE, TRUNCATE or REFERENCES.',
  },
  E_PROFILE_TABLE_COLUMNS: {
    summary: 'An allowed table names neither columns nor all_columns: true.',
    fix: 'List the columns a request may name, or set all_columns: true to allow whole-table grants.',
  },
  E_PROFILE_SENSITIVE_NOT_COLUMN: {
    summary: "A column marked sensitive is not in the table's columns.",
    fix: 'Add the column to columns or remove it from sensitive.',
  },
  E_PROFILE_MASK_NOT_COLUMN: {
    summary: "A column the profile requires masked is not in the table's columns.",
    fix: 'Add the column to columns or remove it from masks.required.',
  },
  E_PROFILE_MASK_NOT_ALLOWED: {
    summary: 'masks.required names a mask that masks.allowed does not allow, so no request could satisfy it.',
    fix: 'Add the mask to masks.allowed or remove it from the column under masks.required.',
  },
  E_PROFILE_BUNDLE_NEEDS_VIEW: {
    summary:
      'A bundle grants a table whose rows must be filtered, or a column that must be masked; bundles cannot carry row filters or masks, so every request for it would be refused.',
    fix: 'Remove the grant from the bundle (requests name the table with rows and masked themselves), or drop the masked columns from it.',
  },
  E_PROFILE_DUPLICATE_ENTRY: {
    summary: 'An allow rule lists the same table or repository twice.',
    fix: 'Merge the two entries into one.',
  },
  E_PROFILE_DUPLICATE_TARGET: {
    summary: 'A profile has two allow rules for the same target.',
    fix: 'Merge them into one rule per target.',
  },
  E_PROFILE_UNKNOWN_TARGET: {
    summary: 'A profile names a target that policies/targets.yaml does not define.',
    fix: 'Define the target in policies/targets.yaml or correct the name.',
  },
  E_PROFILE_ALLOW_PROVIDER: {
    summary: "An allow rule's keys do not fit its target's provider (postgres: privileges + tables; github: teams and/or repos).",
    fix: 'Use privileges and tables for a postgres target, teams and/or repos for a github target.',
  },
  E_PROFILE_ALLOWS_PROTECTED: {
    summary: 'A profile allows a team or repository the target protects.',
    fix: "Remove it from the profile; protected teams and repositories (the tool's own control plane) are never grantable.",
  },
  E_PROFILE_BUNDLE_PROVIDER: {
    summary: "A bundle grant does not fit its target's provider (table grants need postgres, team/repo grants github).",
    fix: 'Use table grants for postgres targets and team/repo grants for github targets.',
  },
  E_PROFILE_BUNDLE_NOT_ALLOWED: {
    summary: "A bundle grants something the profile's own allow-list does not allow.",
    fix: 'Narrow the bundle, or allow the privilege, table, columns, team or repository in the allow rule for the same target.',
  },
  // Policy set, targets, identities
  E_POLICY_TARGETS_MISSING: {
    summary: 'policies/targets.yaml is missing.',
    fix: 'Add policies/targets.yaml (see schemas/targets.schema.json).',
  },
  E_POLICY_IDENTITIES_MISSING: {
    summary: 'policies/identities.yaml is missing.',
    fix: 'Add policies/identities.yaml (see schemas/identities.schema.json).',
  },
  E_IDENTITY_DUPLICATE_LOGIN: {
    summary: 'Two identities have the same GitHub login (logins are case-insensitive).',
    fix: 'Keep one entry per person.',
  },
  E_IDENTITY_DUPLICATE_ID: {
    summary: 'Two identities have the same GitHub user id.',
    fix: 'Keep one entry per person; check the id at https://api.github.com/users/<login>.',
  },
  E_IDENTITY_UNKNOWN_TARGET: {
    summary: 'An identity overrides the principal for a target that policies/targets.yaml does not define.',
    fix: 'Correct the target name or remove the override.',
  },
  E_IDENTITY_PRINCIPAL_FORMAT: {
    summary: "An identity's principal does not fit its target's provider (a PostgreSQL role name, or a GitHub login).",
    fix: 'Use a lowercase PostgreSQL role name for postgres targets and a GitHub login for github targets.',
  },
  E_IDENTITY_DUPLICATE_PRINCIPAL: {
    summary: "Two identities map to the same principal on a target, so one person would receive the other's grants.",
    fix: 'Give every person their own login role / account on each target.',
  },
  E_IDENTITY_PROTECTED_PRINCIPAL: {
    summary: "An identity maps to a target's grantor role or a protected role.",
    fix: 'Map people to their own login roles; the grantor and protected roles are never principals.',
  },
  E_PROFILE_AWS_ACTION_REFUSED: {
    summary: 'A profile allows an IAM action Grantbook never grants (iam:*, sts:*, policy and role writes, ...), or a wildcard covering one.',
    fix: 'Remove it from the profile; list the exact actions the access needs (docs/aws.md, "Always refused").',
  },
  E_PROFILE_AWS_PATTERN_INVALID: {
    summary: "A profile's IAM action or resource pattern is malformed, or names another account or partition than its target's.",
    fix: "Write actions as `service:Action` (at most one trailing `*`) and resources as full ARNs of the target's partition and account, `*` only in the region or resource part.",
  },
} as const satisfies Record<string, CodeInfo>;

export type LoadCode = keyof typeof LOAD_CODES;
