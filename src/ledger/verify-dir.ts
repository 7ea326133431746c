import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, lstatSync, openSync, readSync, readdirSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { ChainResult, ChainVerdict } from './chain.js';
import { readCheckpointFile } from './checkpoint-file.js';
import type { LedgerEvent } from './events.js';
import { CHECKPOINT_NAME, LEDGER_DIR, MONTH_FILE_NAME, SEGMENT_DIR_NAME, SEGMENT_FILE_NAME, SEGMENTS_DIR, SEGMENTS_NAME, segmentPath } from './layout.js';
import { ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';
import { HELD_FILES } from './held-intents.js';
import { ChainReader, type ReaderOptions, type Where } from './reader.js';
import { ReadThread, type Slot, type ThreadRead } from './read-thread.js';
import { MAX_LEDGER_FILE_BYTES, type LedgerEntry, type LedgerStore } from './store.js';
import { readLedger, type LedgerRead } from './view.js';

export { MAX_LEDGER_FILE_BYTES } from './store.js';

export interface StreamProgress {
  readonly files: number;
  readonly totalFiles: number;
  readonly records: number;
  readonly bytes: number;
}

export interface StreamOptions extends Pick<ReaderOptions, 'anchor' | 'depth' | 'recordsHeld'> {
  /** Called after a file when a second or more passed since the last call (a terminal shows it). */
  readonly onProgress?: (progress: StreamProgress) => void;
  /**
   * Where the chain goes on after the checkout: the segments of a later
   * commit (segmentsFrom, through the GitHub API), from the one holding the
   * given sequence number (the checkout's newest segment, read again there
   * since it may have grown), or the whole ledger there when the checkout
   * has no ledger file (undefined). The checkout's newest segment and its
   * checkpoint file are then not read: the tail's replace them.
   */
  /**
   * Read the files and hash their lines on a second thread while the
   * reader scans the file before (segments only; by default for a ledger
   * of READ_THREAD_FILES segments or more: starting the thread costs more
   * than a few files' reading and hashing).
   */
  readonly readThread?: boolean;
  readonly tail?: (fromSeq: number | undefined) => AsyncIterable<{ readonly path: string; readonly text: string | undefined }>;
  /**
   * `onEvent` is synchronous: each event goes to it as its line is read,
   * rather than a file's events being collected and awaited one by one
   * after it (a month file's events would all be held at once).
   */
  readonly direct?: boolean;
  /**
   * Each file's bytes, in chain order, once the reader has been through
   * them (a reader of its own over the same bytes, as the views run beside
   * the verifier). The memory they are in is not read into again until the
   * promise returned settles; the stream goes on meanwhile.
   */
  readonly withBytes?: (file: string, bytes: Buffer) => void | Promise<unknown>;
}

/** The verdict on a whole ledger; the events went to the caller one by one. */
export interface LedgerVerdict extends ChainVerdict {
  readonly eventCount: number;
  readonly files: number;
  readonly bytes: number;
}

export type OnEvent = (event: LedgerEvent, where: Where) => void | Promise<void>;

interface Planned {
  readonly rel: string;
  readonly full: string;
  /** Named as a ledger file but not a regular one: reported in its place in the chain. */
  readonly notRegular?: true;
  /** A segment (small by construction): read on the read thread when there is one. */
  readonly segment?: true;
}

/**
 * `grantbook audit verify` and the auditor's export: the ledger of a
 * checkout at `root`, from genesis, one file at a time. Every record's hash
 * over its own bytes, every link, sequence number, place and date, every
 * checkpoint against a fresh fold and audit/checkpoint.jsonl against the
 * newest; each valid event goes to `onEvent` in chain order (awaited, so a
 * slow consumer holds the reader back), even when the chain is broken
 * elsewhere. Memory is a few files' bytes (a segment is about 256 KiB) and
 * the open requests, never the history. Only regular files are read (a
 * symlink could point anywhere), each capped, strict UTF-8. No audit/ is an
 * empty, valid ledger.
 */
export async function streamLedgerDir(root: string, onEvent?: OnEvent, options: StreamOptions = {}): Promise<LedgerVerdict> {
  // Chain depth unless asked: events handed out are still each held to the schema (decodeSealedEvent).
  const depth = options.depth ?? 'chain';
  const reader = new ChainReader({
    depth,
    ...(options.anchor !== undefined ? { anchor: options.anchor } : {}),
    ...(options.recordsHeld !== undefined ? { recordsHeld: options.recordsHeld } : {}),
  });
  const planned = plan(root, reader, options.tail === undefined);
  const files = options.tail === undefined ? planned.files : planned.files.filter((f) => f !== planned.newestSegment);
  let bytes = 0;
  let done = 0;
  let last = performance.now();
  const batch: { event: LedgerEvent; where: Where }[] = [];
  const sink =
    onEvent === undefined
      ? undefined
      : options.direct === true
        ? (event: LedgerEvent, where: Where): void => {
            // Nothing awaits it here: a consumer that returns a promise would lose its failures, so it is refused.
            if (onEvent(event, where) instanceof Promise) throw new TypeError('a direct consumer of ledger events must be synchronous');
          }
        : (event: LedgerEvent, where: Where): void => void batch.push({ event, where });
  // Files are read into a few buffers in turn (fresh memory for each segment costs about as much as reading it):
  // one is reused only once the reader holds nothing in it any more (HELD_FILES). The next file is read, and its
  // lines hashed, on the read thread while this one is scanned: the ring has room for both.
  const ring = Array.from({ length: HELD_FILES + 2 }, (): ReadSlot & Slot => ({}));
  // A large file (a month file of the first layout) goes into one of two buffers kept for them, in turn (fresh memory
  // that size each time piles up): the reader is told to let go of it once read (FileText.letGo), before the file
  // after next is read into its memory.
  const large: readonly [ReadSlot, ReadSlot] = [{}, {}];
  const segmentFiles = files.filter((f) => f.segment === true).length;
  const thread = (options.readThread ?? segmentFiles >= READ_THREAD_FILES) ? new ReadThread(MAX_LEDGER_FILE_BYTES, REUSED_BUFFER_MAX) : undefined;
  const readAt = (i: number): { read?: Read; threaded?: Promise<ThreadRead> } | undefined => {
    const f = files[i];
    if (f === undefined) return undefined;
    if (f.notRegular === true) return {};
    const slot = ring[i % ring.length];
    // A month file (up to the cap) is read here, not on the read thread: shared memory that large, made on another
    // thread, is not weighed by this thread's collector and piles up.
    if (thread === undefined || slot === undefined || f.segment !== true) return { read: readCapped(f, slot, large[i % 2]) };
    const threaded = thread.read(f.full, slot);
    // Awaited in its turn; until then a failure must not count as unhandled.
    threaded.catch(() => undefined);
    return { threaded };
  };
  try {
    let next = readAt(0);
    for (let i = 0; i < files.length; i += 1) {
      const f = files[i] as Planned;
      const current = next;
      // The next file goes into memory a consumer of withBytes may still be reading: it waits for it to let go.
      await ring[(i + 1) % ring.length]?.released;
      await large[(i + 1) % 2]?.released;
      next = readAt(i + 1);
      done += 1;
      const got = current?.threaded === undefined ? undefined : await current.threaded;
      const result = got === undefined ? current?.read : fromThread(got, f);
      if (result === undefined) {
        reader.report(ledgerDiagnostic('E_LEDGER_FILE_TYPE', 'is not a regular file', { file: f.rel }));
        reader.lost();
        continue;
      }
      if ('error' in result) throw result.error;
      if ('problem' in result) {
        reader.report(result.problem);
        reader.lost();
        continue;
      }
      const buffer = result.bytes;
      bytes += buffer.length;
      const sealed = got !== undefined && 'sealed' in got ? got.sealed : undefined;
      if (!(got !== undefined && 'utf8' in got ? got.utf8 : isUtf8(buffer))) {
        reader.report(ledgerDiagnostic('E_LEDGER_FILE_ENCODING', 'the file is not valid UTF-8', { file: f.rel }));
        reader.lost();
        continue;
      }
      const inLarge = 'inLarge' in result;
      reader.file(f.rel, { bytes: buffer, ...(sealed !== undefined ? { sealed } : {}), ...(inLarge ? { letGo: true } : {}) }, sink);
      const holder = inLarge ? large[i % 2] : ring[i % ring.length];
      const handed = options.withBytes?.(f.rel, buffer);
      if (handed instanceof Promise && holder !== undefined) {
        holder.released = handed;
        // A consumer on another thread answers by messages, which wait for this loop to let the event loop run.
        await new Promise(setImmediate);
      }
      if (onEvent !== undefined) {
        for (const { event, where } of batch) await onEvent(event, where);
        batch.length = 0;
      }
      if (options.onProgress !== undefined && performance.now() - last >= 1000) {
        last = performance.now();
        options.onProgress({ files: done, totalFiles: files.length, records: reader.tip.seq + 1, bytes });
      }
    }
    // Every file let go before the verdict: a consumer of withBytes has read them all when it is given.
    await Promise.all([...ring, ...large].flatMap((r) => (r.released === undefined ? [] : [r.released])));
  } finally {
    await thread?.close();
  }
  let tailFiles = 0;
  if (options.tail !== undefined) {
    for await (const t of options.tail(planned.files.length === 0 ? undefined : (planned.newestSegmentSeq ?? 0))) {
      tailFiles += 1;
      if (t.text === undefined) {
        reader.lost();
        continue;
      }
      const buffer = Buffer.from(t.text, 'utf8');
      bytes += buffer.length;
      reader.file(t.path, { bytes: buffer }, sink);
      await options.withBytes?.(t.path, buffer);
      if (onEvent !== undefined) {
        for (const { event, where } of batch) await onEvent(event, where);
        batch.length = 0;
      }
    }
  }
  return { ...reader.finish(), eventCount: reader.count, files: files.length + tailFiles, bytes };
}

/** streamLedgerDir, the events collected: for small ledgers and tests. */
export async function verifyLedgerDir(root: string, options: StreamOptions = {}): Promise<ChainResult> {
  const events: LedgerEvent[] = [];
  const verdict = await streamLedgerDir(root, (e) => void events.push(e), options);
  return { ...verdict, events };
}

/** streamLedgerDir, only one request's events kept: what `audit show` and `request extend` read of a whole history. */
export async function requestLedgerDir(root: string, request: string): Promise<ChainResult> {
  const events: LedgerEvent[] = [];
  const verdict = await streamLedgerDir(root, (e) => void (e.request === request && events.push(e)), { direct: true });
  return { ...verdict, events };
}

/**
 * What a run would read of a checkout's ledger (view.ts): the newest
 * checkpoint and what follows it. `grantbook status` lists live grants from
 * it in the same time after ten years as after ten days.
 */
export async function readLedgerViewDir(root: string): Promise<LedgerRead> {
  return readLedger(localLedgerStore(root), 'worktree');
}

/**
 * The checkout's files in chain order; anything else under audit/ is
 * reported and skipped. The checkpoint file is held to the newest
 * checkpoint record only when asked (`checkpointFile`).
 */
function plan(root: string, reader: ChainReader, checkpointFile: boolean): { files: Planned[]; newestSegment?: Planned; newestSegmentSeq?: number } {
  const dir = path.join(root, LEDGER_DIR);
  const entries = listLocal(dir, LEDGER_DIR, reader);
  if (entries === undefined) return { files: [] };
  const months: Planned[] = [];
  const segments: { seq: number; file: Planned }[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = `${LEDGER_DIR}/${e.name}`;
    const full = path.join(dir, e.name);
    if (MONTH_FILE_NAME.test(e.name)) months.push({ rel, full, ...(e.kind === 'file' ? {} : { notRegular: true as const }) });
    else if (e.name === CHECKPOINT_NAME && e.kind === 'file') {
      if (!checkpointFile) continue;
      const result = readCapped({ rel, full });
      if ('error' in result) throw result.error;
      if ('problem' in result) {
        reader.report(result.problem);
        continue;
      }
      const buffer = result.bytes;
      const { lines, problem } = readCheckpointFile(isUtf8(buffer) ? buffer.toString('utf8') : '\uFFFD');
      if (problem !== undefined) reader.report(problem);
      reader.expectCheckpointFile(lines);
    } else if (e.name === SEGMENTS_NAME && e.kind === 'directory') {
      for (const d of listLocal(full, SEGMENTS_DIR, reader) ?? []) {
        const drel = `${SEGMENTS_DIR}/${d.name}`;
        if (!SEGMENT_DIR_NAME.test(d.name) || d.kind !== 'directory') {
          reader.report(ledgerDiagnostic('E_LEDGER_FILE_NAME', 'is not a segment directory (seven digits)', { file: drel }));
          continue;
        }
        for (const s of listLocal(path.join(full, d.name), drel, reader) ?? []) {
          const srel = `${drel}/${s.name}`;
          const m = SEGMENT_FILE_NAME.exec(s.name);
          const seq = m === null ? undefined : Number(m[1]);
          if (seq === undefined) {
            reader.report(ledgerDiagnostic('E_LEDGER_FILE_NAME', 'is not a segment file name', { file: srel }));
          } else if (segmentPath(seq) !== srel) {
            reader.report(ledgerDiagnostic('E_LEDGER_SEGMENT_NAME', 'the segment is in the directory of other sequence numbers', { file: srel }));
          } else {
            segments.push({
              seq,
              file: { rel: srel, full: path.join(full, d.name, s.name), segment: true, ...(s.kind === 'file' ? {} : { notRegular: true as const }) },
            });
          }
        }
      }
    } else if (e.kind === 'other') {
      reader.report(ledgerDiagnostic('E_LEDGER_FILE_TYPE', 'is not a regular file', { file: rel }));
    } else {
      reader.report(ledgerDiagnostic('E_LEDGER_FILE_NAME', 'is not a ledger file name (docs/ledger.md)', { file: rel }));
    }
  }
  segments.sort((a, b) => a.seq - b.seq);
  const newest = segments[segments.length - 1];
  return { files: [...months, ...segments.map((s) => s.file)], ...(newest !== undefined ? { newestSegment: newest.file, newestSegmentSeq: newest.seq } : {}) };
}

/**
 * A directory's entries (file types from the directory itself, so a symlink
 * is never followed): undefined when absent; a non-directory is reported.
 * Synchronous on purpose: thousands of small reads through the thread pool
 * cost more than they overlap.
 */
function listLocal(dir: string, rel: string, reader?: ChainReader): LedgerEntry[] | undefined {
  let dirents;
  try {
    if (!lstatSync(dir).isDirectory()) {
      reader?.report(ledgerDiagnostic('E_LEDGER_FILE_TYPE', 'is not a directory', { file: rel }));
      return undefined;
    }
    dirents = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return dirents.map((d) => ({ name: d.name, kind: d.isFile() ? 'file' : d.isDirectory() ? 'directory' : 'other', sha: `${rel}/${d.name}` }));
}

/** From this many segments on, a verify reads and hashes them on the read thread by default. */
const READ_THREAD_FILES = 16;

/** The largest read buffer kept in the ring for the next files (a few segments' worth); a larger file is a large one. */
const REUSED_BUFFER_MAX = 1024 * 1024;

/** Memory a file is read into, kept for a later file, and what must settle before it is read into again. */
interface ReadSlot {
  base?: Buffer;
  released?: Promise<unknown>;
}

/** A file's bytes, or why they were not read (reported in the file's place in the chain); an I/O error is thrown there. */
type Read = { readonly bytes: Buffer; readonly inLarge?: true } | { readonly problem: LedgerDiagnostic } | { readonly error: unknown };

/** What the read thread found, as the diagnostics readCapped gives. */
function fromThread(got: ThreadRead, f: Planned): Read {
  if ('error' in got) return { error: got.error };
  if ('tooLarge' in got) return { problem: tooLarge(f, got.tooLarge) };
  if ('grew' in got) return { problem: grew(f) };
  return { bytes: got.bytes };
}

const tooLarge = (f: Planned, size: number): LedgerDiagnostic =>
  ledgerDiagnostic('E_LEDGER_FILE_TOO_LARGE', `the file is ${size} bytes; the limit is ${MAX_LEDGER_FILE_BYTES}`, { file: f.rel });
const grew = (f: Planned): LedgerDiagnostic => ledgerDiagnostic('E_LEDGER_FILE_TOO_LARGE', 'the file grew while being read', { file: f.rel });

/**
 * Reads at most the cap plus one byte, so a file that grows while read is
 * still bounded; into `into.base` if it has room (a new one is left there).
 * read-thread.ts reads the same way on its thread.
 */
function readCapped(f: Planned, into?: ReadSlot, large?: ReadSlot): Read {
  let fd;
  try {
    fd = openSync(f.full, 'r');
  } catch (error) {
    return { error };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_LEDGER_FILE_BYTES) return { problem: tooLarge(f, size) };
    const need = Math.min(size + 1, MAX_LEDGER_FILE_BYTES + 1);
    // Segment-sized files into the ring's memory; a large one into the large slot given, or memory of its own.
    const slot = need <= REUSED_BUFFER_MAX ? into : large;
    let base = slot?.base;
    if (base === undefined || base.length < need) {
      // Never from the shared pool (its memory is not this reader's to reuse); room to spare, as files vary in size.
      base = Buffer.allocUnsafeSlow(slot !== undefined ? need + (need >> 2) : need);
      if (slot !== undefined) slot.base = base;
    }
    const buffer = base.subarray(0, need);
    for (let length = 0; ;) {
      if (length === buffer.length) return { problem: grew(f) };
      const want = buffer.length - length;
      const got = readSync(fd, buffer, length, want, null);
      length += got;
      // A regular file's short read is its end: no second call to learn so (one fewer per segment).
      if (got === 0 || got < want) return { bytes: buffer.subarray(0, length), ...(slot !== undefined && slot === large ? { inLarge: true as const } : {}) };
    }
  } catch (error) {
    return { error };
  } finally {
    closeSync(fd);
  }
}

/**
 * A read-only LedgerStore over a checkout's files, so a checkout is read
 * exactly as a run reads a commit (view.ts). Paths stand in for SHAs.
 */
export function localLedgerStore(root: string): LedgerStore {
  return {
    readTip: () => Promise.reject(new Error('a checkout has no branch tip to commit on')),
    listDir: async (_commit, dir) => withSizes(root, listLocal(path.join(root, dir), dir === '' ? '.' : dir)),
    async readBlob(rel) {
      const result = readCapped({ rel, full: path.join(root, rel) });
      if ('error' in result) throw result.error;
      if ('problem' in result) throw new RangeError(`${rel} is too large`);
      return new TextDecoder('utf-8', { fatal: true }).decode(result.bytes);
    },
    writeCommit: () => Promise.reject(new Error('a checkout is read, never written, through this store')),
    fastForward: () => Promise.reject(new Error('a checkout is read, never written, through this store')),
  };
}

/** Sizes for the view reader's cap check (a run's few files, not the history). */
async function withSizes(root: string, entries: LedgerEntry[] | undefined): Promise<LedgerEntry[] | undefined> {
  if (entries === undefined) return undefined;
  return Promise.all(entries.map(async (e) => (e.kind === 'file' ? { ...e, size: (await lstat(path.join(root, e.sha))).size } : e)));
}
