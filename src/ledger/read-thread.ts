import { Worker } from 'node:worker_threads';
import { HASH_TRAILER_LENGTH } from './canonical.js';

/** A file as the read thread found it; the reader turns the facts into its diagnostics, in the file's place. */
export type ThreadRead =
  | {
      readonly bytes: Buffer;
      /** Whether the bytes are valid UTF-8. */
      readonly utf8: boolean;
      /** One flag a line, in line order: 1 where the stored hash is the digest of the line's body. */
      readonly sealed: Uint8Array;
    }
  | { readonly tooLarge: number }
  | { readonly grew: true }
  | { readonly error: Error };

/** A ring slot: the shared memory the next file of its turn is read into (the thread leaves a larger one when needed). */
export interface Slot {
  buffer?: SharedArrayBuffer;
}

/**
 * Reads the ledger's next files on a second thread and finds which lines
 * carry the hash of their own body (the rule of bytes.ts hashBytes: the line
 * up to `,"hash":"..."`, `}` in place of its comma), while the reader works
 * through the file before: a long verify then costs about its scan, not its
 * reading plus its hashing. The bytes are read into shared memory, not
 * copied; the reader does not touch a file until its answer is in, and the
 * thread touches none after. A line left unmarked is not judged here: the
 * reader hashes it again itself and names what is wrong with it.
 */
export class ReadThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { slot: Slot; resolve: (read: ThreadRead) => void; reject: (error: Error) => void }>();
  private failed: Error | undefined;
  private nextId = 0;

  /** `cap`: the largest file read; `keep`: the largest buffer left in a slot for the next file of its turn. */
  constructor(cap: number, keep: number) {
    this.worker = new Worker(SOURCE, { eval: true, workerData: { trailer: HASH_TRAILER_LENGTH, cap, keep } });
    // A verify that ends, however it ends, never keeps the process alive for this thread.
    this.worker.unref();
    this.worker.on('message', (m: Reply) => this.answer(m));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the ledger read thread stopped (exit code ${code})`)));
  }

  /** The file at `full`, read into `slot` (or memory of its own, left in the slot if small enough to keep). */
  read(full: string, slot: Slot): Promise<ThreadRead> {
    if (this.failed !== undefined) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { slot, resolve, reject });
      this.worker.postMessage({ id, full, buffer: slot.buffer });
    });
  }

  private answer(m: Reply): void {
    const w = this.waiting.get(m.id);
    if (w === undefined) return;
    this.waiting.delete(m.id);
    if (m.kept === true && m.buffer !== undefined) w.slot.buffer = m.buffer;
    if (m.error !== undefined) w.resolve({ error: Object.assign(new Error(m.error.message), m.error.code !== undefined ? { code: m.error.code } : {}) });
    else if (m.tooLarge !== undefined) w.resolve({ tooLarge: m.tooLarge });
    else if (m.grew === true) w.resolve({ grew: true });
    else if (m.buffer !== undefined && m.length !== undefined && m.sealed !== undefined)
      w.resolve({ bytes: Buffer.from(m.buffer, 0, m.length), utf8: m.utf8 === true, sealed: m.sealed });
    else w.reject(new Error('the ledger read thread answered without the file'));
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const w of this.waiting.values()) w.reject(this.failed);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

interface Reply {
  readonly id: number;
  readonly buffer?: SharedArrayBuffer;
  readonly kept?: boolean;
  readonly length?: number;
  readonly utf8?: boolean;
  readonly sealed?: Uint8Array;
  readonly tooLarge?: number;
  readonly grew?: boolean;
  readonly error?: { readonly message: string; readonly code?: string };
}

/**
 * The thread's code: evaluated, so the action's bundle needs no second file.
 * It reads at most the cap plus one byte (a file that grows while read is
 * still bounded), splits at LF exactly as the reader does, and marks a line
 * only when its stored hash matches; anything odd (too short, no trailer)
 * is left unmarked for the reader.
 */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, fstatSync, openSync, readSync } = require('node:fs');
const { isUtf8 } = require('node:buffer');
const { hash } = require('node:crypto');
const { trailer: TRAILER, cap: CAP, keep: KEEP } = workerData;

function seals(buffer, length) {
  const bytes = Buffer.from(buffer, 0, length);
  // No more lines than bytes: one flag each, the rest left 0.
  const sealed = new Uint8Array(length);
  let start = 0;
  for (let i = 0; start < length; i += 1) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = length;
    const at = end - TRAILER;
    if (at > start && bytes[at] === 0x2c) {
      bytes[at] = 0x7d;
      const digest = hash('sha256', new Uint8Array(buffer, start, at + 1 - start), 'hex');
      bytes[at] = 0x2c;
      if (bytes.toString('latin1', end - 66, end - 2) === digest) sealed[i] = 1;
    }
    start = end + 1;
  }
  return sealed;
}

function read(full, given) {
  const fd = openSync(full, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > CAP) return { tooLarge: size };
    const need = Math.min(size + 1, CAP + 1);
    let buffer = given;
    let kept = false;
    if (buffer === undefined || buffer.byteLength < need) {
      // Room to spare, as segments vary in size; only segment-sized memory is kept for the next files.
      kept = need <= KEEP;
      buffer = new SharedArrayBuffer(kept ? need + (need >> 2) : need);
    }
    const view = new Uint8Array(buffer, 0, need);
    let length = 0;
    for (;;) {
      if (length === need) return { grew: true, buffer, kept };
      const want = need - length;
      const got = readSync(fd, view, length, want, null);
      length += got;
      // A regular file's short read is its end: no second call to learn so.
      if (got === 0 || got < want) break;
    }
    const utf8 = isUtf8(new Uint8Array(buffer, 0, length));
    return { buffer, kept, length, utf8, sealed: seals(buffer, length) };
  } finally {
    closeSync(fd);
  }
}

parentPort.on('message', ({ id, full, buffer }) => {
  let reply;
  try {
    reply = { id, ...read(full, buffer) };
  } catch (error) {
    reply = { id, error: { message: String(error && error.message), code: error && error.code } };
  }
  parentPort.postMessage(reply, reply.sealed ? [reply.sealed.buffer] : []);
});
`;
