import type { EventType, IntentEvent, LedgerEvent } from './events.js';
import { tailType } from './chain-scan.js';
import { addTargets, removeTarget } from './fold.js';
import { sealedEventOf } from './line.js';
import { ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';
import { MAX_PROBLEMS, type Where } from './reader.js';

/**
 * Which events a consumer takes, asked of each line before it is parsed,
 * with the type the chain scan reads from the line's tail (the type the
 * verifier judges the line as) and its bytes: the others are never parsed
 * or handed out. Only a line that cannot be what the consumer reads may be
 * declined (a view that counts every event takes all).
 */
export type TakesLine = (type: EventType, bytes: Buffer, lineStart: number, lineEnd: number) => boolean;

/** The events the intents of the live requests follow from, read whether or not the consumer takes them. */
const FOLLOWED: ReadonlySet<EventType | undefined> = new Set<EventType | undefined>(['intent', 'granted', 'revoked']);

/** A request granted and not yet wholly revoked: its latest intent, and the targets not revoked yet. */
interface LiveRequest {
  intent: IntentEvent | undefined;
  readonly pending: string[];
}

/**
 * The events of a ledger's files, for a consumer that reads them beside the
 * verifier (streamLedgerDir's withBytes, on this thread or from another):
 * each file's bytes split at LF, each event line parsed, a slim `granted`
 * made whole from its request's intent, held to the event schema and handed
 * out with its place. It judges nothing of the chain (checkpoint records
 * are the verifier's and are skipped): the verifier's verdict over the same
 * bytes decides whether what the consumer made of them is kept. A line it
 * cannot read as an event is a problem, which refuses the output like a
 * break of the chain. Memory is the open requests' intents, never the
 * history.
 */
export class EventLines {
  /** The requests whose intent a slim `granted` may take its body from: the live ones (tracker.ts's intentOf, for these events alone). */
  private readonly live = new Map<string, LiveRequest>();
  private readonly fileOrder = new Map<string, number>();
  private readonly place = { file: '', line: 0 };
  /** The first MAX_PROBLEMS problems, as the chain reader keeps them; `moreProblems` counts the rest. */
  readonly problems: LedgerDiagnostic[] = [];
  moreProblems = 0;

  constructor(
    private readonly onEvent: (event: LedgerEvent, where: Where) => void,
    private readonly takes?: TakesLine,
  ) {}

  /** A file's bytes, or the next of its lines: a file may come in pieces that end at a line's end, one after the other. */
  file(path: string, bytes: Buffer): void {
    const where = this.place;
    if (where.file !== path) {
      // A file comes once, in chain order: lines of one already read would be handed out of place.
      if (this.fileOrder.has(path)) throw new Error(`${path} was handed over again after the files that follow it`);
      this.fileOrder.set(path, this.fileOrder.size);
      where.file = path;
      where.line = 0;
    }
    let start = 0;
    while (start < bytes.length) {
      let end = bytes.indexOf(0x0a, start);
      if (end === -1) end = bytes.length;
      where.line += 1;
      // A blank or unterminated line is the verifier's to report; so is a checkpoint record.
      if (end > start) this.read(bytes, start, end, where);
      start = end + 1;
    }
  }

  /**
   * Where a problem stands among the files read, to tell which of two comes
   * first in the chain; a file never handed over (audit/checkpoint.jsonl,
   * checked at the end, or one the verifier could not read) stands after
   * all.
   */
  position(problem: { readonly file?: string; readonly line?: number }): number {
    const order = problem.file === undefined ? undefined : this.fileOrder.get(problem.file);
    return order === undefined ? Number.POSITIVE_INFINITY : order * 2 ** 32 + (problem.line ?? 0);
  }

  /**
   * One line: never a checkpoint record; an event the consumer does not
   * take is not parsed, but for the intents, grants and revocations the
   * intents a slim `granted` takes its body from follow; a line whose tail
   * the scan cannot read is parsed.
   */
  private read(bytes: Buffer, start: number, end: number, where: Where): void {
    const type = tailType(bytes, start, end);
    if (type === 'checkpoint') return;
    const hand = type === undefined || this.takes === undefined || this.takes(type, bytes, start, end);
    if (!hand && !FOLLOWED.has(type)) return;
    const event = this.decode(bytes.toString('utf8', start, end), where);
    if (event === undefined) return;
    this.follow(event);
    if (hand) this.onEvent(event, { file: where.file, line: where.line });
  }

  private decode(text: string, where: Where): LedgerEvent | undefined {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.report(ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the line is not valid JSON', where));
      return undefined;
    }
    // A checkpoint record whose tail the scan could not read: the verifier's, as the others.
    if (typeof parsed === 'object' && parsed !== null && (parsed as { type?: unknown }).type === 'checkpoint') return undefined;
    const decoded = sealedEventOf(parsed, { intentFor: (request) => this.live.get(request)?.intent });
    if (decoded.ok && decoded.kind === 'event') return decoded.event;
    if (decoded.ok) this.report(ledgerDiagnostic('E_LEDGER_EVENT_INVALID', 'the line is not an event', where));
    else this.report(ledgerDiagnostic(decoded.code, decoded.message, { ...where, ...(decoded.pointer !== undefined ? { pointer: decoded.pointer } : {}) }));
    return undefined;
  }

  private report(problem: LedgerDiagnostic): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
    else this.moreProblems += 1;
  }

  /**
   * What fold.ts does to a request's state, as far as its intent goes: an
   * intent or granted of a request not live starts a new state, revoked
   * ends it once every target is revoked.
   */
  private follow(event: LedgerEvent): void {
    if (event.type === 'intent' || event.type === 'granted') {
      let r = this.live.get(event.request);
      if (r === undefined) {
        r = { intent: undefined, pending: [] };
        this.live.set(event.request, r);
      }
      addTargets(r.pending, event);
      if (event.type === 'intent') r.intent = event;
    } else if (event.type === 'revoked') {
      const r = this.live.get(event.request);
      if (r === undefined) return;
      for (const t of event.targets) removeTarget(r.pending, t);
      if (r.pending.length === 0) this.live.delete(event.request);
    }
  }
}
