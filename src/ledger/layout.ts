/**
 * Where the ledger lives under audit/ (docs/ledger.md has the whole format).
 *
 * - `audit/segments/<7 digits>/<12 digits>.jsonl`: segments, named by the
 *   sequence number of their first record, zero-padded, in directories of
 *   100,000 sequence numbers (the directory is the file name's first seven
 *   digits). Only the newest segment is ever written; it is closed once it
 *   holds SEGMENT_TARGET_BYTES, and the next one opens with a checkpoint.
 * - `audit/checkpoint.jsonl`: the events the newest segment's checkpoint
 *   record commits to (replaced whenever a segment opens).
 * - `audit/YYYY-MM.jsonl`: month files of the first layout. Read and
 *   verified, never written again: the chain continues in segments.
 */
export const LEDGER_DIR = 'audit';
export const SEGMENTS_DIR = `${LEDGER_DIR}/segments`;
export const CHECKPOINT_PATH = `${LEDGER_DIR}/checkpoint.jsonl`;
export const CHECKPOINT_NAME = 'checkpoint.jsonl';
export const SEGMENTS_NAME = 'segments';

/** `audit/YYYY-MM.jsonl`: one file per month of the events' `at` (the first layout). */
export const LEDGER_FILE = /^audit\/([0-9]{4}-(?:0[1-9]|1[0-2]))\.jsonl$/;
export const MONTH_FILE_NAME = /^[0-9]{4}-(?:0[1-9]|1[0-2])\.jsonl$/;

/**
 * A segment is closed at this size: a commit sends the newest segment whole
 * (git has no append), so this bounds the bytes a commit sends however long
 * the history is. A trade: each segment also costs `audit verify` a file to
 * read and a checkpoint to hold to the fold. About 380 events at 1,000
 * grants a day: a commit sends ~150 KB on average, ten busy years stay
 * under fifty thousand files, and a verify keeps to about three times the
 * time of hashing the lines (`npm run bench -- ledger`).
 */
export const SEGMENT_TARGET_BYTES = 256 * 1024;

/** Sequence numbers per segment directory: keeps every directory listing small. */
export const SEGMENTS_PER_DIR_SEQ = 100_000;

const SEQ_DIGITS = 12;
const DIR_DIGITS = SEQ_DIGITS - 5;
export const SEGMENT_DIR_NAME = /^[0-9]{7}$/;
export const SEGMENT_FILE_NAME = /^([0-9]{12})\.jsonl$/;
const SEGMENT_PATH = /^audit\/segments\/([0-9]{7})\/([0-9]{12})\.jsonl$/;

/** Largest sequence number a segment name can hold. */
export const MAX_SEGMENT_SEQ = 10 ** SEQ_DIGITS - 1;

export function segmentDir(firstSeq: number): string {
  return `${SEGMENTS_DIR}/${String(Math.floor(firstSeq / SEGMENTS_PER_DIR_SEQ)).padStart(DIR_DIGITS, '0')}`;
}

export function segmentPath(firstSeq: number): string {
  if (!Number.isSafeInteger(firstSeq) || firstSeq < 0 || firstSeq > MAX_SEGMENT_SEQ) throw new RangeError('segment sequence number out of range');
  return `${segmentDir(firstSeq)}/${String(firstSeq).padStart(SEQ_DIGITS, '0')}.jsonl`;
}

/**
 * The first sequence number a segment path names, or undefined when the path
 * is not a segment path or its directory is not the one its name belongs in.
 */
export function segmentSeq(path: string): number | undefined {
  const m = SEGMENT_PATH.exec(path);
  if (m === null) return undefined;
  const [, dir = '', name = ''] = m;
  return name.startsWith(dir) ? Number(name) : undefined;
}

/** The kinds of path the ledger holds, in chain order: month files, the checkpoint file, segments. */
export type LedgerPathKind = 'month' | 'checkpoint' | 'segment';

export function ledgerPathKind(path: string): LedgerPathKind | undefined {
  if (LEDGER_FILE.test(path)) return 'month';
  if (path === CHECKPOINT_PATH) return 'checkpoint';
  return segmentSeq(path) === undefined ? undefined : 'segment';
}

/** `audit/YYYY-MM.jsonl` of an instant (the first layout, kept for reading and tests). */
export function ledgerPath(at: string): string {
  return `${LEDGER_DIR}/${at.slice(0, 7)}.jsonl`;
}
