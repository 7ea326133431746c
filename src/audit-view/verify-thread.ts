import { Worker } from 'node:worker_threads';
import type { LedgerVerdict } from '../ledger/index.js';

/** What the verify thread is given: the checkout. */
export interface VerifyThreadInput {
  readonly root: string;
}

/**
 * Messages from the verify thread (verify-worker.ts), in chain order: each
 * file's lines, a few whole lines at a time, then the verdict.
 */
export type VerifyThreadMessage =
  | { readonly kind: 'lines'; readonly id: number; readonly file: string; readonly bytes: Uint8Array }
  | { readonly kind: 'verdict'; readonly verdict: LedgerVerdict };

/** The answer to a message of lines: their memory may be written again. */
export interface VerifyThreadRelease {
  readonly released: number;
}

/**
 * `audit verify` of the checkout on a thread of its own (the module at
 * `worker`, verify-worker.ts as built), handing each file's lines here once
 * it has been through them: `withBytes` reads the events out of them on
 * this thread while the chain is verified on the other, so an export costs
 * about its own reading rather than that plus a verify. The lines of one
 * file come in order, in one or more calls. Settles with the verdict once
 * every line went through `withBytes`; a failure on either side stops both.
 */
export function verifyOnThread(worker: URL, input: VerifyThreadInput, withBytes: (file: string, bytes: Buffer) => void): Promise<LedgerVerdict> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(worker, { workerData: input });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      thread.removeAllListeners();
      // An error the thread raised before it stopped may still be emitted: it must not throw here for want of a listener.
      thread.on('error', () => undefined);
      // The verdict is in or the run failed: nothing more is wanted from the thread.
      void thread.terminate();
      outcome();
    };
    thread.on('message', (m: VerifyThreadMessage) => {
      if (m.kind === 'verdict') return settle(() => resolve(m.verdict));
      try {
        withBytes(m.file, Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
      } catch (error) {
        return settle(() => reject(error instanceof Error ? error : new Error(String(error))));
      }
      thread.postMessage({ released: m.id } satisfies VerifyThreadRelease);
    });
    thread.on('error', (error) => settle(() => reject(error)));
    // A message that cannot be read would be lines never read: the run fails rather than miss them.
    thread.on('messageerror', (error) => settle(() => reject(error)));
    thread.on('exit', (code) => settle(() => reject(new Error(`the ledger verify thread stopped before its verdict (exit code ${code})`))));
  });
}

/**
 * The shared memory lines are copied into for the other thread: a few
 * pieces of this size, reused in turn. Large enough that what the verifier
 * hands over between two files of the first layout (tens of megabytes
 * each, verified without a pause) keeps the other thread busy.
 */
const PIECE_BYTES = 8 * 1024 * 1024;
const PIECES = 4;

/**
 * The verify thread's side of the hand-over: a file's bytes copied, whole
 * lines at a time, into a few pieces of shared memory that are written
 * again only once the other thread has released them. The verifier's own
 * memory is its own again as soon as send() returns (it keeps a few files
 * for the intents they hold), and the other thread's is these pieces
 * whatever the size of the files: a month file of the first layout is
 * tens of megabytes, and copies of it made anew would pile up faster than
 * the collectors of two threads let them go.
 */
export class LineHandOver {
  private readonly free: { id: number; memory: SharedArrayBuffer }[] = [];
  /** The send before, which the next one waits for: one file's lines are all posted before the next file's. */
  private queue: Promise<void> = Promise.resolve();
  private readonly lent = new Map<number, SharedArrayBuffer>();
  private readonly waiting: (() => void)[] = [];
  private nextId = 0;

  private readonly pieceBytes: number;

  constructor(
    private readonly post: (message: VerifyThreadMessage) => void,
    size: { readonly pieceBytes: number; readonly pieces: number } = { pieceBytes: PIECE_BYTES, pieces: PIECES },
  ) {
    this.pieceBytes = size.pieceBytes;
    for (let i = 0; i < size.pieces; i += 1) this.free.push({ id: this.nextId++, memory: new SharedArrayBuffer(size.pieceBytes) });
  }

  /**
   * The file's lines posted in order, in pieces that end at a line's end (a
   * line longer than a piece goes alone, in memory of its own), after every
   * file sent before. Settles once the bytes are copied: `bytes` may then be
   * written again.
   */
  send(file: string, bytes: Buffer): Promise<void> {
    this.queue = this.queue.then(() => this.sendNow(file, bytes));
    return this.queue;
  }

  private async sendNow(file: string, bytes: Buffer): Promise<void> {
    for (let start = 0; start < bytes.length;) {
      let end = Math.min(start + this.pieceBytes, bytes.length);
      if (end < bytes.length) {
        const lastLf = bytes.lastIndexOf(0x0a, end - 1);
        if (lastLf >= start) end = lastLf + 1;
        else {
          const nextLf = bytes.indexOf(0x0a, end);
          end = nextLf === -1 ? bytes.length : nextLf + 1;
        }
      }
      const piece = end - start <= this.pieceBytes ? await this.take() : { id: this.nextId++, memory: new SharedArrayBuffer(end - start) };
      this.lent.set(piece.id, piece.memory);
      const view = new Uint8Array(piece.memory, 0, end - start);
      view.set(bytes.subarray(start, end));
      this.post({ kind: 'lines', id: piece.id, file, bytes: view });
      start = end;
    }
  }

  /** The other thread is done with a piece. */
  release(id: number): void {
    const memory = this.lent.get(id);
    if (memory === undefined) return;
    this.lent.delete(id);
    // A piece of its own size (one long line) is let go; the standard ones go back to the pool.
    if (memory.byteLength !== this.pieceBytes) return;
    this.free.push({ id, memory });
    this.waiting.shift()?.();
  }

  private async take(): Promise<{ id: number; memory: SharedArrayBuffer }> {
    for (;;) {
      const piece = this.free.pop();
      if (piece !== undefined) return piece;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }
}
