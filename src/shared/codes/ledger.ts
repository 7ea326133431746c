import type { CodeInfo } from './code-info.js';

/**
 * Stable codes for the ledger under audit/. Never rename or reuse one. Every
 * code carries the `E_LEDGER_` prefix so no other area's table can shadow it.
 */
export const LEDGER_CODES = {
  // --- files ---------------------------------------------------------------
  E_LEDGER_FILE_NAME: {
    summary:
      'A file under audit/ is not part of the ledger: not a segment (audit/segments/NNNNNNN/NNNNNNNNNNNN.jsonl), the checkpoint file (audit/checkpoint.jsonl) or a month file of the first layout (audit/YYYY-MM.jsonl).',
    fix: 'Remove the file from audit/: only Grantbook writes there (docs/ledger.md describes the layout).',
  },
  E_LEDGER_FILE_TYPE: {
    summary: 'A ledger file is not a regular file (a symbolic link, directory or submodule).',
    fix: 'Restore the ledger file from git history as a regular file.',
  },
  E_LEDGER_FILE_TOO_LARGE: {
    summary: 'A ledger file is larger than the size Grantbook reads.',
    fix: 'A month file only grows that large if something other than Grantbook wrote it; restore audit/ from git history.',
  },
  E_LEDGER_FILE_ENCODING: {
    summary: 'A ledger file is not valid UTF-8 or starts with a byte order mark.',
    fix: 'Restore the ledger file from git history; editors must not re-encode it.',
  },
  // --- lines ---------------------------------------------------------------
  E_LEDGER_LINE_FORMAT: {
    summary:
      'A ledger line is not one canonical JSON event: a blank line, a carriage return, a missing final newline, extra text, or JSON not in canonical form.',
    fix: 'The ledger is append-only and written only by Grantbook; restore the file from git history (`git log -p -- audit/`).',
  },
  E_LEDGER_EVENT_INVALID: {
    summary: 'A ledger event has an unknown type or field, or a field of the wrong type or format.',
    fix: 'Restore the file from git history; if a newer Grantbook wrote the event, upgrade Grantbook.',
  },
  E_LEDGER_VERSION: {
    summary: 'A ledger event has a format version this Grantbook does not read.',
    fix: 'Upgrade Grantbook to the version that wrote the ledger.',
  },
  // --- chain ---------------------------------------------------------------
  E_LEDGER_HASH_MISMATCH: {
    summary: "A ledger event's content does not match its recorded hash: the line was edited after it was written.",
    fix: 'Find the change with `git log -p -- audit/` and restore the original line; investigate who edited the audit trail.',
  },
  E_LEDGER_PREV_MISMATCH: {
    summary: 'A ledger event does not link to the event before it: a line was removed, inserted or moved, or an earlier file changed.',
    fix: 'Find the change with `git log -p -- audit/` and restore the removed or moved lines; investigate who edited the audit trail.',
  },
  E_LEDGER_SEQ_GAP: {
    summary: 'Ledger sequence numbers are not continuous from 0: an event was removed, duplicated or reordered.',
    fix: 'Find the change with `git log -p -- audit/` and restore the ledger from git history.',
  },
  E_LEDGER_FILE_MONTH: {
    summary: 'A ledger event is stored in a month file that does not match its timestamp.',
    fix: 'Restore the ledger from git history; events are never moved between files.',
  },
  E_LEDGER_TIME_ORDER: {
    summary: 'A ledger event is timestamped before the event preceding it.',
    fix: 'Restore the ledger from git history; Grantbook never writes an event dated before the tip of the chain.',
  },
  E_LEDGER_SEGMENT_NAME: {
    summary: 'A ledger segment is named or placed for another sequence number than its first record has: it was renamed, moved, reordered or inserted.',
    fix: 'Restore audit/segments/ from git history (`git log --stat -- audit/`); segments are never renamed or moved.',
  },
  E_LEDGER_CHECKPOINT_MISSING: {
    summary: 'A ledger segment does not open with its checkpoint record, or audit/checkpoint.jsonl is missing or does not belong to the newest segment.',
    fix: "Restore audit/ from git history; Grantbook writes a segment's checkpoint record and audit/checkpoint.jsonl in the commit that opens the segment.",
  },
  E_LEDGER_CHECKPOINT_MISMATCH: {
    summary:
      'A checkpoint does not equal a fresh fold of the chain: its record or audit/checkpoint.jsonl leaves out, adds or changes events of live grants or pending work.',
    fix: 'The checkpoint was forged or edited. Find the change with `git log -p -- audit/`, restore audit/ from git history and investigate who wrote it; runs read the newest checkpoint instead of the whole history.',
  },
  E_LEDGER_TRUNCATED: {
    summary: 'The ledger no longer contains an event it held before: its tail was removed or its history rewritten.',
    fix: 'Restore the missing events from git history (`git log -p -- audit/`) and protect the branch against force pushes.',
  },
  // --- writing -------------------------------------------------------------
  E_LEDGER_COMMIT_CONFLICT: {
    summary: 'The ledger commit lost the race for the branch on every attempt: other commits kept landing first.',
    fix: 'Re-run the job; the ledger is recomputed from the new tip. If it persists, look for a process pushing to the branch in a loop.',
  },
  E_LEDGER_DRAFT_INVALID: {
    summary: 'Grantbook refused to write a ledger event that would not pass its own validation (for example a non-finite expiry).',
    fix: 'This is a bug in Grantbook; nothing was written. Report it with the request id and the field named in the message.',
  },
  // --- recorded facts (audit verify) ----------------------------------------
  E_LEDGER_HELD_UNEXPECTED: {
    summary:
      'A grant in the ledger is marked already held on a provider whose grants live on objects of its own (PostgreSQL), where apply never finds anything held before: revocation would leave that access in place for good.',
    fix: 'Treat it as an incident: find who wrote the line with `git log -p -- audit/`, restore the ledger from git history, and check the target for access the ledger no longer accounts for.',
  },
  E_LEDGER_GRANT_MISMATCH: {
    summary: "A granted event's grants (with their already-held marks) are not the ones its request's intent recorded before anything was changed.",
    fix: 'Treat it as an incident: compare the two events (`grantbook audit show <id>`), find the edit with `git log -p -- audit/`, and restore the ledger from git history.',
  },
} as const satisfies Record<string, CodeInfo>;

export type LedgerCode = keyof typeof LEDGER_CODES;
