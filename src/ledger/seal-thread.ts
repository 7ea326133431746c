import { Worker } from 'node:worker_threads';
import { HASH_TRAILER_LENGTH } from './canonical.js';

/**
 * Which lines of a file carry the hash of their own body (the rule of
 * bytes.ts hashBytes: the line up to `,"hash":"..."`, `}` in place of its
 * comma), found on a second thread while the reader reads the file before
 * it: a long verify then costs about its reading, not its reading plus its
 * hashing. The file's bytes are shared, not copied; the reader does not
 * touch a file until its answer is in, and the thread touches none after.
 * A line left unmarked is not judged here: the reader hashes it again
 * itself and names what is wrong with it.
 */
export class SealThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (sealed: Uint8Array) => void; reject: (error: Error) => void }>();
  private failed: Error | undefined;
  private nextId = 0;

  constructor() {
    this.worker = new Worker(SOURCE, { eval: true, workerData: { trailer: HASH_TRAILER_LENGTH } });
    // A verify that ends, however it ends, never keeps the process alive for this thread.
    this.worker.unref();
    this.worker.on('message', (m: { id: number; sealed: Uint8Array }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      w?.resolve(m.sealed);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the hashing thread stopped (exit code ${code})`)));
  }

  /** Bytes in shared memory only: a file read into any other buffer is hashed by the reader itself. */
  static shares(bytes: Buffer): boolean {
    return bytes.buffer instanceof SharedArrayBuffer;
  }

  /** One flag a line, in line order: 1 where the stored hash is the digest of the line's body. */
  sealed(bytes: Buffer): Promise<Uint8Array> {
    if (this.failed !== undefined) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.length });
    });
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

/**
 * The thread's code: evaluated, so the action's bundle needs no second
 * file. It splits at LF exactly as the reader does and marks a line only
 * when its stored hash matches; anything odd (too short, no trailer) is left
 * unmarked for the reader.
 */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const TRAILER = workerData.trailer;
parentPort.on('message', ({ id, buffer, offset, length }) => {
  const bytes = Buffer.from(buffer, offset, length);
  // No more lines than bytes: one flag each, the rest left 0.
  const sealed = new Uint8Array(length);
  let start = 0;
  for (let i = 0; start < length; i += 1) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = length;
    const at = end - TRAILER;
    if (at > start && bytes[at] === 0x2c) {
      bytes[at] = 0x7d;
      const digest = hash('sha256', new Uint8Array(buffer, offset + start, at + 1 - start), 'hex');
      bytes[at] = 0x2c;
      if (bytes.toString('latin1', end - 66, end - 2) === digest) sealed[i] = 1;
    }
    start = end + 1;
  }
  parentPort.postMessage({ id, sealed }, [sealed.buffer]);
});
`;
