import type { IntentEvent } from './events.js';
import { decodeRecord } from './line.js';
import type { OpenTracker } from './tracker.js';

/** An intent's stored line, or where it stands in a file's bytes. */
export type IntentSource = string | IntentBytes;

/**
 * An intent where it stands in a file's bytes, cut out only if a slim
 * granted's reference reading needs it, or once the file is a few files
 * old and the request still live (`text`): a long-lived grant does not keep
 * a whole segment in memory.
 */
export interface IntentBytes {
  readonly request: string;
  bytes: Buffer | undefined;
  readonly start: number;
  readonly end: number;
  text: string | undefined;
}

/** Files whose bytes intents may point into; an older one's live intents are cut out, and its bytes may be reused. */
export const HELD_FILES = 4;

/**
 * The intents of the requests a reader follows, for the slim granted events
 * that take their body from them: held where they stand in the file's bytes
 * (the verifier decodes none of them unless a slim granted goes to the
 * reference reader), cut out as text once their file is HELD_FILES files
 * old, parsed on demand and remembered.
 */
export class HeldIntents {
  /** The intents held in each of the last few files' bytes, oldest file first; the current file's is `now`. */
  private readonly files: IntentBytes[][] = [];
  private now: IntentBytes[] = [];
  /** Parsed intents, by request: a slim granted takes its body from the latest. */
  private readonly events = new Map<string, { readonly source: IntentSource; readonly event: IntentEvent }>();

  constructor(private readonly tracker: OpenTracker<IntentSource>) {}

  /**
   * A new file's bytes: those of the file HELD_FILES before are let go (a
   * caller may reuse them for the next file after that), the intents of
   * requests still live cut out of them first (few are).
   */
  nextFile(): void {
    this.now = [];
    this.files.push(this.now);
    const old = this.files.length > HELD_FILES ? this.files.shift() : undefined;
    if (old !== undefined) this.cut(old);
  }

  /**
   * The current file has been read and its memory will be read into again
   * sooner than HELD_FILES files on (a large file: verify-dir.ts keeps two
   * buffers for them, in turn): its live intents are cut out now.
   */
  letGo(): void {
    this.cut(this.now);
  }

  /** The live intents of a file's list cut out as text, and its bytes let go. */
  private cut(list: IntentBytes[]): void {
    for (const h of list) {
      if (h.bytes !== undefined && this.tracker.intentOf(h.request) === h) h.text = h.bytes.toString('utf8', h.start, h.end);
      h.bytes = undefined;
    }
  }

  /** An intent at bytes[start, end) of the current file. */
  hold(request: string, bytes: Buffer, start: number, end: number): IntentBytes {
    const held: IntentBytes = { request, bytes, start, end, text: undefined };
    this.now.push(held);
    return held;
  }

  /** The intent a slim granted of `request` takes its body from: the latest of its live state. */
  intentOf(request: string): IntentEvent | undefined {
    const source = this.tracker.intentOf(request);
    if (source === undefined || source === '') return undefined;
    const cached = this.events.get(request);
    if (cached !== undefined && cached.source === source) return cached.event;
    const text = typeof source === 'string' ? source : (source.text ?? source.bytes?.toString('utf8', source.start, source.end));
    if (text === undefined) return undefined;
    const decoded = decodeRecord(text);
    if (!decoded.ok || decoded.kind !== 'event' || decoded.event.type !== 'intent') return undefined;
    this.parsed(request, source, decoded.event);
    return decoded.event;
  }

  /** An intent already parsed (the reference reader read its line). */
  parsed(request: string, source: IntentSource, event: IntentEvent): void {
    if (this.events.size >= 10_000) this.events.clear();
    this.events.set(request, { source, event });
  }
}
