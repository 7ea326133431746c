import type { ChainResult } from './chain.js';
import { checkpointEvents, readCheckpointFile } from './checkpoint-file.js';
import { EMPTY_TIP, type ChainTip, type LedgerEvent } from './events.js';
import {
  CHECKPOINT_NAME,
  CHECKPOINT_PATH,
  LEDGER_DIR,
  MONTH_FILE_NAME,
  SEGMENT_DIR_NAME,
  SEGMENT_FILE_NAME,
  SEGMENTS_DIR,
  SEGMENTS_NAME,
  segmentPath,
} from './layout.js';
import { decodeRecord } from './line.js';
import { ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';
import { ChainReader } from './reader.js';
import type { CheckpointRecord } from './record.js';
import { MAX_LEDGER_FILE_BYTES, type LedgerEntry, type LedgerReader } from './store.js';

/** An event of a run's view, with the line it is stored as (a checkpoint copies lines verbatim). */
export interface Held {
  readonly event: LedgerEvent;
  readonly line: string;
}

/** The newest segment: the next record is appended to it, or opens the one after it. */
export interface SegmentTip {
  readonly path: string;
  readonly firstSeq: number;
  readonly text: string;
  /** UTF-8 bytes of `text`. */
  readonly bytes: number;
}

export interface LedgerRead {
  /** `events` is the view: the newest checkpoint's events and every event after it. */
  readonly chain: ChainResult;
  /** The view's events with their lines, in sequence order (what a new checkpoint is built from). */
  readonly held: readonly Held[];
  /** Undefined while the ledger has no segment (empty, or only month files of the first layout). */
  readonly segment?: SegmentTip;
  /** Files read, for the curious (benchmarks count them). */
  readonly filesRead: number;
}

/**
 * What apply and revoke read of the ledger at a commit: the newest segment,
 * and the checkpoint it opens with (audit/checkpoint.jsonl, held to the
 * record's digests). The view is the events of every open request (and of
 * requests whose file is still on the branch) plus everything after the
 * checkpoint: a run reads the same few files after ten years as after ten
 * days. With an anchor from before the newest segment (a retry after another
 * writer's commit), the segments since the anchor are read too, so the run
 * sees every record that landed meanwhile. A ledger still in month files is
 * read whole, as before; its next write opens the first segment.
 */
export async function readLedger(
  store: LedgerReader,
  commitSha: string,
  options: { readonly anchor?: Pick<ChainTip, 'seq' | 'hash'> } = {},
): Promise<LedgerRead> {
  const problems: LedgerDiagnostic[] = [];
  const entries = await store.listDir(commitSha, LEDGER_DIR);
  if (entries === undefined) return result(problems, [], [], EMPTY_TIP, undefined, 0, options.anchor);
  const months: LedgerEntry[] = [];
  let segments: LedgerEntry | undefined;
  let checkpoint: LedgerEntry | undefined;
  for (const e of entries) {
    const path = `${LEDGER_DIR}/${e.name}`;
    const want = MONTH_FILE_NAME.test(e.name) || e.name === CHECKPOINT_NAME ? 'file' : e.name === SEGMENTS_NAME ? 'directory' : undefined;
    if (want === undefined) problems.push(ledgerDiagnostic('E_LEDGER_FILE_NAME', 'is not a ledger file name (docs/ledger.md)', { file: path }));
    else if (e.kind !== want)
      problems.push(ledgerDiagnostic('E_LEDGER_FILE_TYPE', `is not a ${want === 'file' ? 'regular file' : 'directory'}`, { file: path }));
    else if (e.name === SEGMENTS_NAME) segments = e;
    else if (e.name === CHECKPOINT_NAME) checkpoint = e;
    else months.push(e);
  }
  if (segments === undefined) return firstLayout(store, months, checkpoint, problems, options.anchor);

  const listing = await segmentListing(store, commitSha, problems);
  const newest = listing.newest;
  if (newest === undefined) {
    problems.push(ledgerDiagnostic('E_LEDGER_FILE_NAME', 'holds no segment', { file: SEGMENTS_DIR }));
    return result(problems, [], [], EMPTY_TIP, undefined, 0, options.anchor);
  }
  let filesRead = 0;
  const text = await readText(store, newest.entry, newest.path, problems);
  filesRead += 1;
  if (text === undefined) return result(problems, [], [], EMPTY_TIP, undefined, filesRead, options.anchor);
  const segment: SegmentTip = { path: newest.path, firstSeq: newest.seq, text, bytes: Buffer.byteLength(text) };
  if (newest.seq === 0) {
    // The first segment has nothing before it: it is the whole ledger.
    if (checkpoint !== undefined)
      problems.push(
        ledgerDiagnostic('E_LEDGER_CHECKPOINT_MISSING', 'audit/checkpoint.jsonl is there but the newest segment opens the ledger', { file: CHECKPOINT_PATH }),
      );
    const reader = new ChainReader({ events: true, ...(options.anchor !== undefined ? { anchor: options.anchor } : {}) });
    const held: Held[] = [];
    reader.file(newest.path, { bytes: Buffer.from(text, 'utf8') }, (event, _where, line) => held.push({ event, line }));
    return finish(reader, problems, held, [], segment, filesRead);
  }

  // The checkpoint the newest segment opens with, and the events it holds.
  const first = decodeRecord(text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')));
  if (!first.ok || first.kind !== 'checkpoint') {
    problems.push(ledgerDiagnostic('E_LEDGER_CHECKPOINT_MISSING', 'the newest segment does not open with a checkpoint record', { file: newest.path, line: 1 }));
    return result(problems, [], [], EMPTY_TIP, segment, filesRead, options.anchor);
  }
  const record: CheckpointRecord = first.record;
  let seeded: readonly Held[] = [];
  if (checkpoint === undefined) {
    if (record.open_events + record.kept_events > 0)
      problems.push(ledgerDiagnostic('E_LEDGER_CHECKPOINT_MISSING', 'audit/checkpoint.jsonl is missing', { file: CHECKPOINT_PATH }));
  } else {
    const cpText = await readText(store, checkpoint, CHECKPOINT_PATH, problems);
    filesRead += 1;
    const parsed = readCheckpointFile(cpText ?? '');
    const decoded = parsed.problem === undefined ? checkpointEvents(record, parsed.lines) : { events: [], problem: parsed.problem };
    if (decoded.problem !== undefined) problems.push(decoded.problem);
    seeded = decoded.events;
  }

  // Segments since an anchor older than the newest one: only what they record since is wanted (recordedSince).
  const anchor = options.anchor;
  let window: LedgerEvent[] = [];
  let start: { seq: number; prev: string } | 'unanchored' = 'unanchored';
  let anchorInNewest = anchor;
  if (anchor !== undefined && anchor.seq >= 0 && anchor.seq < newest.seq) {
    anchorInNewest = undefined;
    const older = await olderSegments(store, commitSha, listing, anchor.seq, problems);
    const reader = new ChainReader({ start: 'unanchored', window: true, events: true, anchor });
    for (const o of older) {
      const t = await readText(store, o.entry, o.path, problems);
      filesRead += 1;
      if (t === undefined) reader.lost();
      else reader.file(o.path, { bytes: Buffer.from(t, 'utf8') }, (event) => window.push(event));
    }
    const verdict = reader.finish();
    problems.push(...verdict.problems);
    if (verdict.tip.seq >= 0) start = { seq: verdict.tip.seq + 1, prev: verdict.tip.hash };
    window = window.filter((e) => e.type === 'revoked' || e.type === 'drift_found');
  }
  const reader = new ChainReader({ start, events: true, ...(anchorInNewest !== undefined ? { anchor: anchorInNewest } : {}) });
  reader.seed(seeded);
  const held: Held[] = [...seeded];
  reader.file(newest.path, { bytes: Buffer.from(text, 'utf8') }, (event, _where, line) => held.push({ event, line }));
  return finish(reader, problems, held, window, segment, filesRead);
}

/**
 * The ledger files at a commit from the segment holding `seq` to the newest,
 * oldest first, each read when its turn comes (undefined text: a file that
 * cannot be read, reported in `problems`); with no `seq`, the whole ledger
 * (month files of the first layout, then every segment). Listings are of the
 * newest directories only, back to the one holding `seq`.
 */
export async function* ledgerFilesFrom(
  store: LedgerReader,
  commitSha: string,
  seq: number | undefined,
  problems: LedgerDiagnostic[],
): AsyncGenerator<{ readonly path: string; readonly text: string | undefined }> {
  const entries = (await store.listDir(commitSha, LEDGER_DIR)) ?? [];
  if (seq === undefined) {
    const months = entries.filter((e) => MONTH_FILE_NAME.test(e.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const m of months) {
      const path = `${LEDGER_DIR}/${m.name}`;
      yield { path, text: m.kind === 'file' ? await readText(store, m, path, problems) : undefined };
    }
  }
  if (!entries.some((e) => e.name === SEGMENTS_NAME && e.kind === 'directory')) return;
  const listing = await segmentListing(store, commitSha, problems);
  const newest = listing.newest;
  if (newest === undefined) return;
  const from = seq ?? 0;
  const files = newest.seq <= from ? [newest] : [...(await olderSegments(store, commitSha, listing, from, problems)), newest];
  for (const f of files) yield { path: f.path, text: await readText(store, f.entry, f.path, problems) };
}

interface Listed {
  readonly seq: number;
  readonly path: string;
  readonly entry: LedgerEntry;
}

interface SegmentListing {
  /** Segment directories, oldest first. */
  readonly dirs: readonly LedgerEntry[];
  /** The newest directory's segments, oldest first. */
  readonly files: readonly Listed[];
  readonly newest?: Listed;
}

/** audit/segments/ and its newest directory: two listings whatever the history's length. */
async function segmentListing(store: LedgerReader, commitSha: string, problems: LedgerDiagnostic[]): Promise<SegmentListing> {
  const dirs = ((await store.listDir(commitSha, SEGMENTS_DIR)) ?? []).filter((d) => {
    if (d.kind === 'directory' && SEGMENT_DIR_NAME.test(d.name)) return true;
    problems.push(ledgerDiagnostic('E_LEDGER_FILE_NAME', 'is not a segment directory (seven digits)', { file: `${SEGMENTS_DIR}/${d.name}` }));
    return false;
  });
  dirs.sort((a, b) => (a.name < b.name ? -1 : 1));
  const last = dirs[dirs.length - 1];
  const files = last === undefined ? [] : await segmentFiles(store, commitSha, last.name, problems);
  return { dirs, files, ...(files.length > 0 ? { newest: files[files.length - 1] } : {}) };
}

async function segmentFiles(store: LedgerReader, commitSha: string, dir: string, problems: LedgerDiagnostic[]): Promise<Listed[]> {
  const out: Listed[] = [];
  for (const e of (await store.listDir(commitSha, `${SEGMENTS_DIR}/${dir}`)) ?? []) {
    const path = `${SEGMENTS_DIR}/${dir}/${e.name}`;
    const m = SEGMENT_FILE_NAME.exec(e.name);
    const seq = m === null ? undefined : Number(m[1]);
    if (seq === undefined || e.kind !== 'file' || segmentPath(seq) !== path) {
      problems.push(
        ledgerDiagnostic(
          seq === undefined ? 'E_LEDGER_FILE_NAME' : e.kind !== 'file' ? 'E_LEDGER_FILE_TYPE' : 'E_LEDGER_SEGMENT_NAME',
          'is not a segment of this directory',
          { file: path },
        ),
      );
      continue;
    }
    out.push({ seq, path, entry: e });
  }
  return out.sort((a, b) => a.seq - b.seq);
}

/** The segments before the newest, back to the one holding `seq`, oldest first. */
async function olderSegments(store: LedgerReader, commitSha: string, listing: SegmentListing, seq: number, problems: LedgerDiagnostic[]): Promise<Listed[]> {
  const out: Listed[] = [];
  let files = listing.files.slice(0, -1);
  for (let d = listing.dirs.length - 1; d >= 0; d -= 1) {
    for (let i = files.length - 1; i >= 0; i -= 1) {
      const f = files[i];
      if (f === undefined) continue;
      out.unshift(f);
      if (f.seq <= seq) return out;
    }
    const dir = listing.dirs[d - 1];
    if (dir === undefined) break;
    files = await segmentFiles(store, commitSha, dir.name, problems);
  }
  return out;
}

async function readText(store: LedgerReader, entry: LedgerEntry, path: string, problems: LedgerDiagnostic[]): Promise<string | undefined> {
  if (entry.size !== undefined && entry.size > MAX_LEDGER_FILE_BYTES) {
    problems.push(ledgerDiagnostic('E_LEDGER_FILE_TOO_LARGE', `the file is ${entry.size} bytes; the limit is ${MAX_LEDGER_FILE_BYTES}`, { file: path }));
    return undefined;
  }
  try {
    return await store.readBlob(entry.sha);
  } catch (error) {
    if (error instanceof TypeError) {
      problems.push(ledgerDiagnostic('E_LEDGER_FILE_ENCODING', 'the file is not valid UTF-8', { file: path }));
      return undefined;
    }
    throw error;
  }
}

/** A ledger with no segment yet: its month files, read whole (the next write opens the first segment). */
async function firstLayout(
  store: LedgerReader,
  months: LedgerEntry[],
  checkpoint: LedgerEntry | undefined,
  problems: LedgerDiagnostic[],
  anchor: Pick<ChainTip, 'seq' | 'hash'> | undefined,
): Promise<LedgerRead> {
  if (checkpoint !== undefined)
    problems.push(ledgerDiagnostic('E_LEDGER_CHECKPOINT_MISSING', 'audit/checkpoint.jsonl is there but no segment is', { file: CHECKPOINT_PATH }));
  const reader = new ChainReader({ events: true, ...(anchor !== undefined ? { anchor } : {}) });
  const held: Held[] = [];
  months.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const m of months) {
    const path = `${LEDGER_DIR}/${m.name}`;
    const text = await readText(store, m, path, problems);
    if (text === undefined) reader.lost();
    else reader.file(path, { bytes: Buffer.from(text, 'utf8') }, (event, _where, line) => held.push({ event, line }));
  }
  return finish(reader, problems, held, [], undefined, months.length);
}

function finish(
  reader: ChainReader,
  problems: LedgerDiagnostic[],
  held: Held[],
  window: readonly LedgerEvent[],
  segment: SegmentTip | undefined,
  filesRead: number,
): LedgerRead {
  const verdict = reader.finish();
  const all = [...problems, ...verdict.problems];
  const events = merge(
    held.map((h) => h.event),
    window,
  );
  const first = all[0];
  return {
    chain: {
      ok: first === undefined,
      tip: verdict.tip,
      events,
      problems: all,
      moreProblems: verdict.moreProblems,
      ...(first === undefined ? {} : { firstBroken: { file: first.file ?? LEDGER_DIR, line: first.line ?? 0, code: first.code, message: first.message } }),
    },
    held,
    ...(segment !== undefined ? { segment } : {}),
    filesRead,
  };
}

function result(
  problems: LedgerDiagnostic[],
  held: Held[],
  window: readonly LedgerEvent[],
  tip: ChainTip,
  segment: SegmentTip | undefined,
  filesRead: number,
  anchor: Pick<ChainTip, 'seq' | 'hash'> | undefined,
): LedgerRead {
  const reader = new ChainReader({ start: 'unanchored', ...(anchor !== undefined ? { anchor } : {}) });
  const read = finish(reader, problems, held, window, segment, filesRead);
  return tip === EMPTY_TIP ? read : { ...read, chain: { ...read.chain, tip } };
}

/** Sequence order, one event per sequence number (a checkpoint's events may also be read from the segments since an anchor). */
function merge(a: readonly LedgerEvent[], b: readonly LedgerEvent[]): LedgerEvent[] {
  if (b.length === 0) return [...a];
  const bySeq = new Map<number, LedgerEvent>();
  for (const e of [...a, ...b]) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((x, y) => x.seq - y.seq);
}
