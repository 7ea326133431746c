import { sha256Hex } from './canonical.js';
import { EMPTY_TIP, GENESIS_PREV, type ChainTip, type IntentEvent, type LedgerEvent } from './events.js';
import { hashBytes, storedHashIs } from './bytes.js';
import { scanLine, scannedCheckpoint, type ScannedLine } from './chain-scan.js';
import { instantMs } from './instant-fast.js';
import { LEDGER_DIR, LEDGER_FILE, segmentSeq } from './layout.js';
import { decodeRecord, decodeSealedEvent } from './line.js';
import { fileAgainstRecord, type CheckpointLine } from './checkpoint-file.js';
import { ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';
import type { CheckpointRecord } from './record.js';
import { HeldIntents, type IntentSource } from './held-intents.js';
import { checkRecorded, type RecordsHeld } from './consistency.js';
import { factsOf, OpenTracker, type EventFacts } from './tracker.js';

/** Past this many problems the rest are counted, not listed. */
export const MAX_PROBLEMS = 50;

export interface ChainBreak {
  readonly file: string;
  readonly line: number;
  readonly code: LedgerDiagnostic['code'];
  readonly message: string;
}

export interface ReaderOptions {
  /**
   * An event the chain must still contain (a tip seen earlier, e.g. before a
   * retry). A hash chain alone cannot notice its tail being cut off; this can.
   */
  readonly anchor?: Pick<ChainTip, 'seq' | 'hash'>;
  /** Parse each valid event into a whole object for the caller (slim `granted` events come back whole). */
  readonly events?: boolean;
  /**
   * `events` (the default): every line through the reference reader
   * (line.ts), each event held to the whole schema. `chain`: the verifier's
   * reading (chain-scan.ts), the line's bytes hashed and only what the chain
   * and the fold use parsed; a line it does not accept still goes to the
   * reference reader, which names the problem. A reader that hands events out
   * always reads at `events` depth.
   */
  readonly depth?: 'chain' | 'events';
  /**
   * `genesis`: the chain starts at seq 0 (verify). `unanchored`: the first
   * record read is taken as it is (a run reads the newest segment only; the
   * checkpoint it opens with vouches for what came before). Or the record
   * the first one must link to.
   */
  readonly start?: 'genesis' | 'unanchored' | { readonly seq: number; readonly prev: string };
  /**
   * A window into the chain whose requests this reader did not see from
   * their start: a slim granted whose intent lies before the window is taken
   * on its hash and shape, and not handed out.
   */
  readonly window?: boolean;
  /**
   * Also hold every intent and granted event to what only apply writes
   * (consistency.ts): `audit verify`. Lines these checks could fault are
   * decoded whole; the others are still only scanned.
   */
  readonly recordsHeld?: RecordsHeld;
}

/** Receives each valid event, whole, with where it stands and its stored line. */
export type EventSink = (event: LedgerEvent, where: Where, line: string) => void;

/** A file's bytes (UTF-8): hashed and read in place; a line is decoded only when the reference reader reads it. */
export interface FileText {
  readonly bytes: Buffer;
  /** Per line, whether its stored hash was found to be its body's (read-thread.ts): such a line is not hashed again. */
  readonly sealed?: Uint8Array;
  /** The memory is read into again before the file after next: intents held in it are cut out once the file is read. */
  readonly letGo?: boolean;
}

export interface Where {
  readonly file: string;
  readonly line: number;
}

/**
 * Reads the ledger's files in chain order, one at a time, each line once:
 * the hash over the line's own bytes, the link to the record before it, the
 * sequence number, time order, where the record may stand (month files,
 * segments and the checkpoint record that opens each segment), and every
 * checkpoint against the fold so far. At chain depth a line goes through
 * sealedLine() (chain-scan.ts reads it in place) and, at the first thing
 * that does not hold, line(), which falls back on the reference reader.
 * Memory: one file, and the events of the requests still open.
 */
export class ChainReader {
  readonly problems: LedgerDiagnostic[] = [];
  moreProblems = 0;
  /** An intent's line, or where it stands in a file's bytes (decoded only when a slim granted needs it). */
  readonly tracker = new OpenTracker<IntentSource>();
  private readonly intents = new HeldIntents(this.tracker);
  private tipSeq = EMPTY_TIP.seq;
  private tipHash = EMPTY_TIP.hash;
  /** Events read (checkpoint records not counted). */
  count = 0;

  /** The last record read. */
  get tip(): ChainTip {
    return this.tipSeq < 0 ? EMPTY_TIP : { seq: this.tipSeq, hash: this.tipHash, at: this.lastAt };
  }
  /** The last checkpoint record read, and where. */
  lastCheckpoint: { readonly record: CheckpointRecord; readonly file: string } | undefined;
  private expectSeq: number | undefined;
  private expectPrev: string | undefined;
  private lastAt = Number.NEGATIVE_INFINITY;
  private anchorFound = false;
  private lastFile: string | undefined;
  /** Parsed intents of open requests, by request: a slim granted takes its body from the latest. */
  private checkpointFile: readonly CheckpointLine[] | undefined;
  private keepIds: ReadonlySet<string> = new Set();

  constructor(private readonly options: ReaderOptions = {}) {
    const start = options.start ?? 'genesis';
    if (start === 'genesis') {
      this.expectSeq = 0;
      this.expectPrev = GENESIS_PREV;
    } else if (start !== 'unanchored') {
      this.expectSeq = start.seq;
      this.expectPrev = start.prev;
    }
  }

  /** Events known before the first record read (a checkpoint's): they seed the open requests. */
  seed(held: readonly { readonly event: LedgerEvent; readonly line: string }[]): void {
    for (const { event, line } of held) {
      this.tracker.add(factsOf(event), event.type === 'intent' ? line : '');
      if (event.type === 'intent') this.intents.parsed(event.request, line, event);
    }
  }

  report(d: LedgerDiagnostic): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(d);
    else this.moreProblems += 1;
  }

  /** The newest checkpoint file, to hold against the newest checkpoint record when the chain is read. */
  expectCheckpointFile(lines: readonly CheckpointLine[]): void {
    this.checkpointFile = lines;
    // Which lines are kept ones only the record says; every request the file names is kept whole meanwhile.
    this.keepIds = new Set(lines.map((l) => l.request));
  }

  /** A file whose records cannot be read: the chain cannot be followed across it. */
  lost(): void {
    this.expectSeq = undefined;
    this.expectPrev = undefined;
  }

  /**
   * One file's lines. Format rules (so a file has exactly one byte form):
   * every line is one canonical record followed by LF; no blank lines, no
   * CR, no BOM, no empty file. Continues past a break to report the rest.
   */
  file(path: string, content: FileText, sink?: EventSink): void {
    this.lastFile = path;
    this.intents.nextFile();
    const { bytes, sealed } = content;
    const month = LEDGER_FILE.exec(path)?.[1];
    const segment = month === undefined ? segmentSeq(path) : undefined;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.report(ledgerDiagnostic('E_LEDGER_FILE_ENCODING', 'the file starts with a byte order mark', { file: path, line: 1 }));
      this.lost();
      return;
    }
    if (bytes.length === 0) {
      this.report(ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the file is empty; ledger files are created with their first record', { file: path, line: 1 }));
      this.lost();
      return;
    }
    // The chain-depth path: with a sink, a line it proves is then parsed and held to the schema for the consumer (decodeSealedEvent).
    const fast = this.options.depth === 'chain' && this.options.window !== true && (sink !== undefined || this.options.events !== true);
    // A line the fast path takes has no CR where it could matter (a CRLF ending fails its trailer): the others are looked at one by one.
    const hasCr = fast || bytes.indexOf(0x0d) !== -1;
    // One place object per file, updated per line: reports copy what they need.
    const where = this.place;
    where.file = path;
    let start = 0;
    for (let i = 0; start < bytes.length; i += 1) {
      const newline = bytes.indexOf(0x0a, start);
      const last = newline === -1;
      const end = last ? bytes.length : newline;
      const lineStart = start;
      start = last ? bytes.length : newline + 1;
      where.line = i + 1;
      if (end === lineStart) {
        this.report(ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the line is blank', where));
        this.lost();
        continue;
      }
      if (last) this.report(ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the last line has no final newline', where));
      if (fast && this.sealedLine(bytes, lineStart, end, where, month, segment, sink, sealed === undefined ? undefined : sealed[i] === 1)) continue;
      if (hasCr && bytes.subarray(lineStart, end).includes(0x0d)) {
        this.report(ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the line contains a carriage return (CRLF line ending?)', where));
        this.lost();
        continue;
      }
      this.line(bytes, lineStart, end, where, month, segment, sink);
    }
    if (content.letGo === true) this.intents.letGo();
  }

  private readonly place = { file: '', line: 0 };
  private lastAtText: string | undefined;
  /** Where the last line's hash stands in the current file's bytes (-1: not in them; `prevCopy` holds it). */
  private prevAt = -1;
  private prevBytes: Buffer | undefined;
  private readonly prevCopy = Buffer.alloc(64);

  /**
   * The verifier's path for a line where everything holds: its hash, its
   * link, its seq, its date and its place, read at chain depth with nothing
   * but the checks in between. False, with nothing changed, at the first
   * thing that does not hold: line() then reads the line again and names
   * the problem.
   */
  private sealedLine(
    bytes: Buffer,
    lineStart: number,
    lineEnd: number,
    where: Where,
    month: string | undefined,
    segment: number | undefined,
    sink: EventSink | undefined,
    hashed: boolean | undefined,
  ): boolean {
    const expectPrev = this.expectPrev;
    if (expectPrev === undefined || hashed === false) return false;
    // A line the seal thread found sealed: its stored hash is its digest.
    const hash = hashed === true ? bytes.toString('latin1', lineEnd - 66, lineEnd - 2) : hashBytes(bytes, lineStart, lineEnd);
    if (hashed !== true && !storedHashIs(bytes, lineEnd - 66, hash)) return false;
    const s = this.scan(bytes, lineStart, lineEnd, hash);
    if (s === undefined || !s.linked || s.seq !== this.expectSeq) return false;
    if (s.slim && this.tracker.intentOf(s.request) === undefined) return false;
    if (this.mayFault(s)) return false;
    const atMs = s.atMs;
    if (!(atMs >= this.lastAt)) return false;
    const isCheckpoint = s.type === 'checkpoint';
    if (month !== undefined) {
      if (isCheckpoint || !s.at.startsWith(month)) return false;
    } else if (segment !== undefined) {
      if (where.line === 1 && s.seq !== segment) return false;
      if ((where.line === 1 && segment !== 0) !== isCheckpoint) return false;
    }
    // A consumer's event: parsed and held to the schema; a line that fails goes to the reference reader, which names why.
    let text: string | undefined;
    let event: LedgerEvent | undefined;
    if (sink !== undefined && !isCheckpoint) {
      text = bytes.toString('utf8', lineStart, lineEnd);
      const decoded = decodeSealedEvent(text, { intentFor: (request) => this.intents.intentOf(request) });
      if (!decoded.ok || decoded.kind !== 'event') return false;
      event = decoded.event;
    }
    const seq = s.seq;
    if (this.options.anchor !== undefined && seq === this.options.anchor.seq && hash === this.options.anchor.hash) this.anchorFound = true;
    if (isCheckpoint) this.checkpoint(scannedCheckpoint(s, expectPrev, hash), where);
    else {
      this.count += 1;
      // An intent a consumer was handed is kept parsed; otherwise where it stands in the bytes.
      if (event?.type === 'intent' && text !== undefined) this.intents.parsed(event.request, text, event);
      this.tracker.add(s as EventFacts, s.type !== 'intent' ? '' : (text ?? this.intents.hold(s.request, bytes, lineStart, lineEnd)));
      if (this.count % 50_000 === 0 && this.lastCheckpoint === undefined) this.tracker.sweep(this.keepIds);
      if (event !== undefined && text !== undefined) sink?.(event, { file: where.file, line: where.line }, text);
    }
    this.expectSeq = seq + 1;
    this.tipSeq = seq;
    this.tipHash = hash;
    this.expectPrev = hash;
    this.prevBytes = bytes;
    this.prevAt = lineEnd - 66;
    // The text is not cut out here: line() reads it again if it is asked for.
    this.lastAtText = undefined;
    this.lastAt = atMs;
    return true;
  }

  /** The chain-depth reading of a line whose hash matched, its link compared with the expected one in place. */
  private scan(bytes: Buffer, lineStart: number, lineEnd: number, hash: string): ScannedLine | undefined {
    const expectPrev = this.expectPrev;
    if (expectPrev === undefined) return scanLine(bytes, lineStart, lineEnd, hash);
    if (this.prevBytes === bytes && this.prevAt >= 0) return scanLine(bytes, lineStart, lineEnd, hash, bytes, this.prevAt);
    // The first line of a file links to the last of the one before: a copy of that hash.
    this.prevCopy.write(expectPrev, 0, 'latin1');
    return scanLine(bytes, lineStart, lineEnd, hash, this.prevCopy, 0);
  }

  private line(
    bytes: Buffer,
    lineStart: number,
    lineEnd: number,
    where: Where,
    month: string | undefined,
    segment: number | undefined,
    sink: EventSink | undefined,
  ): void {
    let scanned: ScannedLine | undefined;
    let hidden = false;
    let hash = '';
    if ((this.options.depth === 'chain' && sink === undefined && this.options.events !== true) || this.options.window === true) {
      // The digest first, compared with the stored hash in place; a mismatch goes to the reference reader, which tells a malformed line from an edited one.
      hash = hashBytes(bytes, lineStart, lineEnd);
      if (storedHashIs(bytes, lineEnd - 66, hash)) scanned = this.scan(bytes, lineStart, lineEnd, hash);
      if (scanned !== undefined && this.options.depth !== 'chain') {
        // A window reads at events depth, but a slim granted whose intent lies before the window can only be taken on its hash.
        if (!(scanned.slim && this.tracker.intentOf(scanned.request) === undefined)) scanned = undefined;
        else hidden = true;
      }
      // A slim granted needs its intent; without one the reference reader names the problem.
      if (scanned !== undefined && !hidden && scanned.slim && this.tracker.intentOf(scanned.request) === undefined) scanned = undefined;
      if (scanned !== undefined && !hidden && this.mayFault(scanned)) scanned = undefined;
    }
    let facts: EventFacts | undefined;
    let record: CheckpointRecord | undefined;
    let event: LedgerEvent | undefined;
    let at: string;
    let seq: number;
    let prev: string;
    let line: string | undefined;
    if (scanned !== undefined) {
      ({ at, seq } = scanned);
      // The link, compared in place; cut out only when it is not the one expected.
      prev = scanned.linked && this.expectPrev !== undefined ? this.expectPrev : bytes.toString('latin1', scanned.prevAt, scanned.prevAt + 64);
      if (scanned.type === 'checkpoint') record = scannedCheckpoint(scanned, prev, hash);
      // The scan's own object serves as the facts: one object a line.
      else facts = scanned as EventFacts;
    } else {
      line = bytes.toString('utf8', lineStart, lineEnd);
      const decoded = decodeRecord(line, 'read', { intentFor: (request) => this.intents.intentOf(request) });
      if (!decoded.ok) {
        this.report(ledgerDiagnostic(decoded.code, decoded.message, { ...where, ...(decoded.pointer !== undefined ? { pointer: decoded.pointer } : {}) }));
        this.lost();
        return;
      }
      if (decoded.kind === 'checkpoint') record = decoded.record;
      else {
        event = decoded.event;
        facts = factsOf(event);
        const recordsHeld = this.options.recordsHeld;
        if (recordsHeld !== undefined && (event.type === 'intent' || event.type === 'granted')) {
          for (const p of checkRecorded(event, where, event.type === 'granted' ? this.intents.intentOf(event.request) : undefined, recordsHeld)) this.report(p);
        }
        if (facts.type === 'intent') this.intents.parsed(facts.request, line, event as IntentEvent);
      }
      ({ at, seq, prev, hash } = decoded.kind === 'checkpoint' ? decoded.record : decoded.event);
    }
    this.link(where, seq, prev, at, month, segment, record !== undefined);
    if (this.options.anchor !== undefined && seq === this.options.anchor.seq && hash === this.options.anchor.hash) this.anchorFound = true;
    if (record !== undefined) {
      this.checkpoint(record, where);
    } else if (facts !== undefined) {
      this.count += 1;
      // An intent's bytes are decoded only if a slim granted's reference reading needs them: a reference keeps its file's buffer meanwhile.
      if (!hidden) this.tracker.add(facts, facts.type === 'intent' ? (line ?? this.intents.hold(facts.request, bytes, lineStart, lineEnd)) : '');
      // Legacy month files have no checkpoints to forget at: keep the open set small as we go.
      if (this.count % 50_000 === 0 && this.lastCheckpoint === undefined) this.tracker.sweep(this.keepIds);
      if (event !== undefined) sink?.(event, { file: where.file, line: where.line }, line ?? bytes.toString('utf8', lineStart, lineEnd));
    }
    this.expectSeq = seq + 1;
    this.tipSeq = seq;
    this.tipHash = hash;
    this.expectPrev = hash;
    this.prevBytes = bytes;
    this.prevAt = lineEnd - 66;
    if (at !== this.lastAtText) {
      this.lastAtText = at;
      this.lastAt = instantMs(at) ?? Number.NaN;
    }
  }

  /**
   * A scanned intent or granted line that consistency.ts could fault, so
   * the reference reader must decode it: one with a part marked already
   * held (the scan saw it open a grant), or a whole granted after its
   * request's intent.
   */
  private mayFault(s: ScannedLine): boolean {
    if (this.options.recordsHeld === undefined || (s.type !== 'intent' && s.type !== 'granted')) return false;
    // A slim granted holds no grants: its intent's were looked at.
    if (s.type === 'granted' && s.slim) return false;
    if (s.type === 'granted' && this.tracker.intentOf(s.request) !== undefined) return true;
    return s.heldMarked;
  }

  /** The link to the record before, and where this record may stand. */
  private link(where: Where, seq: number, prev: string, at: string, month: string | undefined, segment: number | undefined, isCheckpoint: boolean): void {
    // A segment's name first: a swapped or renamed segment is named as such, not as a gap.
    if (segment !== undefined && where.line === 1 && seq !== segment) {
      this.report(ledgerDiagnostic('E_LEDGER_SEGMENT_NAME', `the segment is named for seq ${segment} but opens with seq ${seq}`, where));
    }
    if (this.expectSeq !== undefined && seq !== this.expectSeq) {
      this.report(ledgerDiagnostic('E_LEDGER_SEQ_GAP', `the record has seq ${seq} where ${this.expectSeq} was expected`, where));
    }
    if (this.expectPrev !== undefined && prev !== this.expectPrev) {
      this.report(ledgerDiagnostic('E_LEDGER_PREV_MISMATCH', 'the record does not link to the hash of the record before it', where));
    }
    if (month !== undefined) {
      if (isCheckpoint)
        this.report(ledgerDiagnostic('E_LEDGER_CHECKPOINT_MISSING', 'a checkpoint record stands in a month file; only a segment opens with one', where));
      // `month` is exactly YYYY-MM: compared in place as the prefix of `at`.
      else if (!at.startsWith(month)) this.report(ledgerDiagnostic('E_LEDGER_FILE_MONTH', 'the event is dated outside the month its file is named for', where));
    } else if (segment !== undefined) {
      const opening = where.line === 1 && segment !== 0;
      if (opening && !isCheckpoint) this.report(ledgerDiagnostic('E_LEDGER_CHECKPOINT_MISSING', 'the segment does not open with a checkpoint record', where));
      if (!opening && isCheckpoint)
        this.report(ledgerDiagnostic('E_LEDGER_CHECKPOINT_MISSING', 'a checkpoint record stands inside a segment; only its first line may be one', where));
    }
    const atMs = at === this.lastAtText ? this.lastAt : (instantMs(at) ?? Number.NaN);
    if (atMs < this.lastAt) this.report(ledgerDiagnostic('E_LEDGER_TIME_ORDER', 'the record is dated before the record preceding it', where));
  }

  /** A checkpoint record read from genesis must equal the fold so far (the runs trust it instead of the history). */
  private checkpoint(record: CheckpointRecord, where: Where): void {
    this.lastCheckpoint = { record, file: where.file };
    if (this.options.start !== undefined && this.options.start !== 'genesis') return;
    // Closed requests are forgotten as the open part is found (all but those a checkpoint file keeps): memory stays bounded.
    const { count, hashes } = this.tracker.open(this.keepIds);
    if (count !== record.open_events || sha256Hex(hashes) !== record.open) {
      this.report(
        ledgerDiagnostic(
          'E_LEDGER_CHECKPOINT_MISMATCH',
          `the checkpoint commits to ${record.open_events} open event(s) that are not the ${count} a fresh fold of the chain finds open`,
          where,
        ),
      );
    }
    // The file is held to the newest only, which is known at the end: its open hashes are kept until then.
    if (this.checkpointFile !== undefined) this.pendingFileCheck = { record, where: { file: where.file, line: where.line }, openHashes: hashes };
  }

  private pendingFileCheck: { record: CheckpointRecord; where: Where; openHashes: string } | undefined;

  /** Results: ok, the first break, the tip. */
  finish(): { ok: boolean; tip: ChainTip; problems: LedgerDiagnostic[]; moreProblems: number; firstBroken?: ChainBreak } {
    this.fileCheck();
    if (this.options.anchor !== undefined && this.options.anchor.seq >= 0 && !this.anchorFound) {
      this.report(
        ledgerDiagnostic(
          'E_LEDGER_TRUNCATED',
          `the ledger no longer holds event seq ${this.options.anchor.seq} seen before`,
          this.lastFile === undefined ? {} : { file: this.lastFile },
        ),
      );
    }
    const first = this.problems[0];
    return {
      ok: first === undefined,
      tip: this.tip,
      problems: this.problems,
      moreProblems: this.moreProblems,
      ...(first === undefined ? {} : { firstBroken: { file: first.file ?? LEDGER_DIR, line: first.line ?? 0, code: first.code, message: first.message } }),
    };
  }

  /**
   * audit/checkpoint.jsonl must be the events the newest checkpoint record
   * commits to: its open part what the fold found open there, its kept part
   * the whole current state of each request it names, each line the chain's
   * own (same sequence number, same hash).
   */
  private fileCheck(): void {
    const file = this.checkpointFile;
    if (file === undefined) return;
    const pending = this.pendingFileCheck;
    const newest = this.lastCheckpoint;
    const where = { file: `${LEDGER_DIR}/checkpoint.jsonl`, line: 0 };
    if (pending === undefined || newest === undefined || pending.record !== newest.record) {
      this.report(
        ledgerDiagnostic('E_LEDGER_CHECKPOINT_MISSING', 'audit/checkpoint.jsonl is there but the newest segment does not open with a checkpoint record', where),
      );
      return;
    }
    const problem = fileAgainstRecord(file, pending.record, pending.openHashes, (ids) => this.tracker.keptEntries(ids));
    if (problem !== undefined) this.report(problem);
  }
}
