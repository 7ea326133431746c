import type { Clock } from '../time/clock.js';
import { formatInstant, isFiniteInstant } from '../time/instant.js';
import { readCheckpointFile } from './checkpoint-file.js';
import { EVENT_VERSION, type ChainTip, type EventDraft, type IntentEvent, type LedgerEvent } from './events.js';
import { ledgerPath, ledgerPathKind, segmentSeq } from './layout.js';
import { decodeLine, encodeLine } from './line.js';
import { LedgerError, ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';
import { ChainReader, type ChainBreak, type ReaderOptions } from './reader.js';
import { encodeCheckpoint, type CheckpointRecord } from './record.js';
import { slimDraft } from './slim.js';

export { LEDGER_DIR, LEDGER_FILE, ledgerPath } from './layout.js';
export { MAX_PROBLEMS, type ChainBreak } from './reader.js';

export interface LedgerFile {
  readonly path: string;
  /** Undefined when the path exists but is not a regular file (symlink, directory, submodule). */
  readonly text: string | undefined;
}

/** The verdict on a ledger read from genesis, without the events (streamLedgerDir hands those out one by one). */
export interface ChainVerdict {
  readonly ok: boolean;
  /** The last record read; only meaningful to append to when `ok`. */
  readonly tip: ChainTip;
  readonly firstBroken?: ChainBreak;
  readonly problems: readonly LedgerDiagnostic[];
  /** Problems beyond MAX_PROBLEMS, not listed. */
  readonly moreProblems: number;
}

export interface ChainResult extends ChainVerdict {
  /**
   * Every line that decoded to a valid event, in chain order, even when the
   * chain is broken elsewhere: the revoke job still needs to know what is due.
   * (A run's view holds the events of the newest checkpoint and those after it.)
   */
  readonly events: readonly LedgerEvent[];
}

export type VerifyOptions = Pick<ReaderOptions, 'anchor' | 'depth'>;

/**
 * The ledger's files as one chain, from genesis: month files of the first
 * layout in name order, then segments in sequence order, every record's hash,
 * link and place, and every checkpoint against a fresh fold (audit/checkpoint.jsonl
 * against the newest), each event held to the whole schema (at `chain`
 * depth only what the chain and the fold use, and no events are returned).
 * For ledgers held in memory (tests, small checkouts); verify-dir.ts streams
 * a checkout's.
 */
export function verifyChain(files: readonly LedgerFile[], options: VerifyOptions = {}): ChainResult {
  const reader = new ChainReader(options);
  const events: LedgerEvent[] = [];
  for (const f of chainOrder(files, reader)) {
    if (f.text === undefined) {
      reader.report(ledgerDiagnostic('E_LEDGER_FILE_TYPE', 'is not a regular file', { file: f.path }));
      reader.lost();
      continue;
    }
    reader.file(f.path, { bytes: Buffer.from(f.text, 'utf8') }, options.depth === 'chain' ? undefined : (e) => events.push(e));
  }
  return { ...reader.finish(), events };
}

/**
 * Sorts the files into chain order and hands the checkpoint file to the
 * reader; names that are no part of the ledger are reported and left out.
 */
function chainOrder(files: readonly LedgerFile[], reader: ChainReader): LedgerFile[] {
  const months: LedgerFile[] = [];
  const segments: { seq: number; file: LedgerFile }[] = [];
  const seen = new Set<string>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) {
    const kind = ledgerPathKind(f.path);
    if (kind === undefined || seen.has(f.path)) {
      reader.report(ledgerDiagnostic('E_LEDGER_FILE_NAME', 'is not a ledger file name (docs/ledger.md), or is listed twice', { file: f.path }));
      continue;
    }
    seen.add(f.path);
    if (kind === 'month') months.push(f);
    else if (kind === 'segment') segments.push({ seq: segmentSeq(f.path) ?? 0, file: f });
    else if (f.text === undefined) reader.report(ledgerDiagnostic('E_LEDGER_FILE_TYPE', 'is not a regular file', { file: f.path }));
    else {
      const { lines, problem } = readCheckpointFile(f.text);
      if (problem !== undefined) reader.report(problem);
      reader.expectCheckpointFile(lines);
    }
  }
  segments.sort((a, b) => a.seq - b.seq);
  return [...months, ...segments.map((s) => s.file)];
}

export interface SealedEvent {
  /** The whole event (a slim granted is returned whole). */
  readonly event: LedgerEvent;
  /** The stored line, without its LF. */
  readonly line: string;
  /** The month file of the first layout the event would go in (tests build month-file ledgers with it). */
  readonly path: string;
}

export interface SealOptions {
  /**
   * The latest intent of a request's current state: a granted whose body
   * equals it is stored without the body (slim.ts). Without it every event is
   * stored whole.
   */
  readonly intentFor?: (request: string) => IntentEvent | undefined;
}

/**
 * Places records on the chain after a tip: seq, prev, hash, and `at` from the
 * clock, but never before the tip's (a runner's clock may lag the last
 * writer's; the chain's time order stays consistent). Every event line is
 * read back through the strict reader in write mode, so nothing is written
 * that a later run could not read.
 */
export class ChainWriter {
  readonly at: string;
  private readonly atMs: number;
  private current: ChainTip;

  constructor(tip: ChainTip, clock: Clock) {
    const atMs = Math.max(clock.now(), tip.at);
    if (!isFiniteInstant(atMs)) throw new RangeError('the clock returned a non-finite instant');
    this.at = formatInstant(atMs);
    this.atMs = atMs;
    this.current = tip;
  }

  get tip(): ChainTip {
    return this.current;
  }

  event(draft: EventDraft, options: SealOptions = {}): SealedEvent {
    const seq = this.current.seq + 1;
    const stored = slimDraft(draft, options.intentFor?.(draft.request));
    let line: string;
    let hash: string;
    try {
      ({ line, hash } = encodeLine({ ...stored, v: EVENT_VERSION, seq, at: this.at, prev: this.current.hash }));
    } catch (error) {
      const what = error instanceof Error ? error.message : 'cannot be serialised';
      throw new LedgerError([ledgerDiagnostic('E_LEDGER_DRAFT_INVALID', `the ${draft.type} event for request ${safeId(draft.request)}: ${what}`)]);
    }
    const decoded = decodeLine(line, 'write', { intentFor: (request) => (request === draft.request ? options.intentFor?.(request) : undefined) });
    if (!decoded.ok) {
      throw new LedgerError([
        ledgerDiagnostic(
          'E_LEDGER_DRAFT_INVALID',
          `the ${draft.type} event for request ${safeId(draft.request)}: ${decoded.message}`,
          decoded.pointer === undefined ? {} : { pointer: decoded.pointer },
        ),
      ]);
    }
    this.current = { seq, hash, at: this.atMs };
    return { event: decoded.event, line, path: ledgerPath(this.at) };
  }

  checkpoint(part: Pick<CheckpointRecord, 'open' | 'open_events' | 'kept' | 'kept_events'>): { readonly record: CheckpointRecord; readonly line: string } {
    const seq = this.current.seq + 1;
    const unsealed = { at: this.at, seq, prev: this.current.hash, ...part };
    const { line, hash } = encodeCheckpoint(unsealed);
    this.current = { seq, hash, at: this.atMs };
    return { record: { ...unsealed, v: 2, type: 'checkpoint', hash }, line };
  }
}

/** Seals drafts after `tip` (one batch, one `at`). */
export function appendEvents(tip: ChainTip, drafts: readonly EventDraft[], clock: Clock, options: SealOptions = {}): SealedEvent[] {
  const writer = new ChainWriter(tip, clock);
  return drafts.map((d) => writer.event(d, options));
}

/** Request ids in messages only when they passed the id pattern. */
function safeId(id: unknown): string {
  return typeof id === 'string' && /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/.test(id) ? id : '(invalid id)';
}
