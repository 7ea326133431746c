import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/audit-view/verify-thread.ts
import { Worker } from "node:worker_threads";
function verifyOnThread(worker, input, withBytes) {
  return new Promise((resolve, reject) => {
    const thread = new Worker(worker, { workerData: input });
    let settled = false;
    const settle = (outcome) => {
      if (settled) return;
      settled = true;
      thread.removeAllListeners();
      thread.on("error", () => void 0);
      void thread.terminate();
      outcome();
    };
    thread.on("message", (m) => {
      if (m.kind === "verdict") return settle(() => resolve(m.verdict));
      try {
        withBytes(m.file, Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
      } catch (error) {
        return settle(() => reject(error instanceof Error ? error : new Error(String(error))));
      }
      thread.postMessage({ released: m.id });
    });
    thread.on("error", (error) => settle(() => reject(error)));
    thread.on("messageerror", (error) => settle(() => reject(error)));
    thread.on("exit", (code) => settle(() => reject(new Error(`the ledger verify thread stopped before its verdict (exit code ${code})`))));
  });
}
var PIECE_BYTES = 8 * 1024 * 1024;
var PIECES = 4;
var LineHandOver = class {
  constructor(post, size = { pieceBytes: PIECE_BYTES, pieces: PIECES }) {
    this.post = post;
    this.pieceBytes = size.pieceBytes;
    for (let i = 0; i < size.pieces; i += 1) this.free.push({ id: this.nextId++, memory: new SharedArrayBuffer(size.pieceBytes) });
  }
  post;
  free = [];
  /** The send before, which the next one waits for: one file's lines are all posted before the next file's. */
  queue = Promise.resolve();
  lent = /* @__PURE__ */ new Map();
  waiting = [];
  nextId = 0;
  pieceBytes;
  /**
   * The file's lines posted in order, in pieces that end at a line's end (a
   * line longer than a piece goes alone, in memory of its own), after every
   * file sent before. Settles once the bytes are copied: `bytes` may then be
   * written again.
   */
  send(file, bytes) {
    this.queue = this.queue.then(() => this.sendNow(file, bytes));
    return this.queue;
  }
  async sendNow(file, bytes) {
    for (let start = 0; start < bytes.length; ) {
      let end = Math.min(start + this.pieceBytes, bytes.length);
      if (end < bytes.length) {
        const lastLf = bytes.lastIndexOf(10, end - 1);
        if (lastLf >= start) end = lastLf + 1;
        else {
          const nextLf = bytes.indexOf(10, end);
          end = nextLf === -1 ? bytes.length : nextLf + 1;
        }
      }
      const piece = end - start <= this.pieceBytes ? await this.take() : { id: this.nextId++, memory: new SharedArrayBuffer(end - start) };
      this.lent.set(piece.id, piece.memory);
      const view = new Uint8Array(piece.memory, 0, end - start);
      view.set(bytes.subarray(start, end));
      this.post({ kind: "lines", id: piece.id, file, bytes: view });
      start = end;
    }
  }
  /** The other thread is done with a piece. */
  release(id) {
    const memory = this.lent.get(id);
    if (memory === void 0) return;
    this.lent.delete(id);
    if (memory.byteLength !== this.pieceBytes) return;
    this.free.push({ id, memory });
    this.waiting.shift()?.();
  }
  async take() {
    for (; ; ) {
      const piece = this.free.pop();
      if (piece !== void 0) return piece;
      await new Promise((resolve) => this.waiting.push(resolve));
    }
  }
};

export {
  verifyOnThread,
  LineHandOver
};
