import { classifyPath, REQUESTS_DIR } from '../load/paths.js';
import type { Clock } from '../time/clock.js';
import { ChainWriter, type SealedEvent } from './chain.js';
import { checkpointFileText } from './checkpoint-file.js';
import type { ChainTip, EventDraft, IntentEvent } from './events.js';
import { CHECKPOINT_PATH, SEGMENT_TARGET_BYTES, segmentPath } from './layout.js';
import { partDigest } from './record.js';
import type { FileChange, LedgerStore } from './store.js';
import { factsOf, OpenTracker, type Entry } from './tracker.js';
import type { Held, LedgerRead } from './view.js';

export interface PlannedWrite {
  /** The newest segment (rewritten whole: git has no append), any segment opened, and the checkpoint file when one opened. */
  readonly files: readonly FileChange[];
  readonly sealed: readonly SealedEvent[];
  /** Segments this write opens (each with its checkpoint record). */
  readonly opened: readonly string[];
}

/** One batch of records (one commit's) as the segment writer placed them. */
export interface Batch {
  readonly sealed: readonly SealedEvent[];
  /** New lines per segment path, in order; a segment this batch opened starts with its checkpoint record. */
  readonly lines: ReadonlyMap<string, readonly string[]>;
  readonly opened: readonly string[];
  /** audit/checkpoint.jsonl's new text, when a segment opened. */
  readonly checkpoint?: string;
}

/**
 * Where events go. They are appended to the newest segment until it holds
 * SEGMENT_TARGET_BYTES; then the next segment opens with a checkpoint record
 * (record.ts) of the chain so far, and audit/checkpoint.jsonl holds the events
 * it commits to. A ledger still in month files (or empty) opens its first
 * segment this way: the chain continues unbroken from the last month file,
 * and month files are never written again.
 */
export class SegmentWriter {
  private current: { path: string; bytes: number } | undefined;
  private tip: ChainTip;

  /**
   * `tracker` holds the open requests (the view); `newest` the segment to
   * append to, if it is still open.
   */
  constructor(
    private readonly tracker: OpenTracker<Held>,
    tip: ChainTip,
    newest: { readonly path: string; readonly bytes: number } | undefined,
    /** Where a segment closes (SEGMENT_TARGET_BYTES; the reader does not depend on it). */
    private readonly target = SEGMENT_TARGET_BYTES,
  ) {
    this.tip = tip;
    this.current = newest !== undefined && newest.bytes < target ? { ...newest } : undefined;
  }

  /** One commit's drafts, at one instant. `present` lists the request files on the branch (asked only when a segment opens). */
  async batch(drafts: readonly EventDraft[], clock: Clock, present: () => Promise<ReadonlySet<string>>): Promise<Batch> {
    const writer = new ChainWriter(this.tip, clock);
    const lines = new Map<string, string[]>();
    const opened: string[] = [];
    const sealed: SealedEvent[] = [];
    let checkpoint: string | undefined;
    const intentFor = (request: string): IntentEvent | undefined => {
      const held = this.tracker.intentOf(request);
      return held?.event.type === 'intent' ? held.event : undefined;
    };
    for (const draft of drafts) {
      if (this.current === undefined || this.current.bytes >= this.target) {
        const firstSeq = writer.tip.seq + 1;
        const path = segmentPath(firstSeq);
        opened.push(path);
        this.current = { path, bytes: 0 };
        lines.set(path, []);
        if (firstSeq > 0) {
          const ids = await present();
          const openPart = this.tracker.openEntries();
          const keptPart = this.tracker.keptEntries(ids);
          const { line } = writer.checkpoint({
            open: partDigest(openPart.map((e) => e.hash)),
            open_events: openPart.length,
            kept: partDigest(keptPart.map((e) => e.hash)),
            kept_events: keptPart.length,
          });
          checkpoint = checkpointFileText(openPart.map(lineOf), keptPart.map(lineOf));
          lines.get(path)?.push(line);
          this.current.bytes = Buffer.byteLength(line) + 1;
          // What the checkpoint holds is all a later run knows of the past: the writer need hold no more.
          this.tracker.sweep(ids);
        }
      }
      const s = writer.event(draft, { intentFor });
      this.tracker.add(factsOf(s.event), { event: s.event, line: s.line });
      const list = lines.get(this.current.path) ?? [];
      list.push(s.line);
      lines.set(this.current.path, list);
      this.current.bytes += Buffer.byteLength(s.line) + 1;
      sealed.push(s);
    }
    this.tip = writer.tip;
    return { sealed, lines, opened, ...(checkpoint !== undefined ? { checkpoint } : {}) };
  }
}

/**
 * What a commit on top of `read` sends: the newest segment with the new
 * records appended (or the segments they open), and the checkpoint file when
 * one opens. The same few kilobytes after ten years as after ten days.
 */
export async function planWrite(
  store: LedgerStore,
  commitSha: string,
  read: LedgerRead,
  drafts: readonly EventDraft[],
  clock: Clock,
  segmentBytes = SEGMENT_TARGET_BYTES,
): Promise<PlannedWrite> {
  const tracker = new OpenTracker<Held>();
  for (const h of read.held) tracker.add(factsOf(h.event), h);
  const writer = new SegmentWriter(tracker, read.chain.tip, read.segment, segmentBytes);
  const batch = await writer.batch(drafts, clock, () => requestIds(store, commitSha));
  const base = read.segment?.path;
  const files: FileChange[] = [...batch.lines].map(([path, added]) => ({
    path,
    content: `${path === base ? (read.segment?.text ?? '') : ''}${added.join('\n')}\n`,
  }));
  if (batch.checkpoint !== undefined) files.push({ path: CHECKPOINT_PATH, content: batch.checkpoint });
  return { files, sealed: batch.sealed, opened: batch.opened };
}

const lineOf = (e: Entry<Held>): string => e.payload.line;

/** Ids of the request files on the branch: a closed request whose file is still there stays in the checkpoint. */
export async function requestIds(store: LedgerStore, commitSha: string): Promise<ReadonlySet<string>> {
  const ids = new Set<string>();
  for (const e of (await store.listDir(commitSha, REQUESTS_DIR)) ?? []) {
    const role = classifyPath(`${REQUESTS_DIR}/${e.name}`);
    if (role.role === 'request') ids.add(role.id);
  }
  return ids;
}
