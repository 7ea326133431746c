import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where the views write text as they go. */
export interface TextSink {
  write(text: string): void;
}

/** Bytes gathered before a write: a few large writes, not one per row. */
const CHUNK = 4 * 1024 * 1024;

/**
 * A file that exists under its name only once it is complete and the chain
 * it came from verified. Text goes to a temporary file next to the target
 * (same directory, so the final rename is atomic) through a buffer of a few
 * megabytes and synchronous writes: the events arrive through a synchronous
 * callback, and a stream's buffering would grow without bound behind it.
 * Text is encoded straight into the buffer (no joined string, no second
 * pass to measure it). `abort` removes the temporary file; an older file at
 * the target is left as it was.
 */
export class PendingFile implements TextSink {
  private readonly fd: number;
  private buffer: Buffer | undefined;
  private used = 0;
  private closed = false;
  readonly temporary: string;

  constructor(readonly target: string) {
    const dir = path.dirname(target);
    this.temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.partial`);
    this.fd = openSync(this.temporary, 'wx', 0o644);
  }

  /** A spool in the system's temporary directory, for output that goes to stdout once it may be shown. */
  static spool(): PendingFile {
    return new PendingFile(path.join(tmpdir(), `grantbook-audit-${process.pid}-${randomBytes(6).toString('hex')}.out`));
  }

  write(text: string): void {
    // Once closed (kept or aborted) nothing more goes to the file.
    if (this.closed) return;
    // A UTF-16 code unit is at most three bytes of UTF-8: room for that much means the text fits whole.
    const most = text.length * 3;
    const buffer = (this.buffer ??= Buffer.allocUnsafeSlow(CHUNK));
    if (this.used + most > buffer.length) this.flush();
    if (most > buffer.length) {
      this.writeAll(Buffer.from(text, 'utf8'));
      return;
    }
    this.used += buffer.write(text, this.used, 'utf8');
  }

  /** Flushes, syncs and renames into place; when that fails, the temporary file is removed before the error goes on. */
  commit(): void {
    try {
      this.finish();
      renameSync(this.temporary, this.target);
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  /** Flushes and closes, then hands the text to `out` in chunks that end at a newline (each without it), and removes the spool. */
  drainTo(out: (text: string) => void): void {
    this.finish();
    const fd = openSync(this.temporary, 'r');
    try {
      const chunk = Buffer.alloc(1024 * 1024);
      let carry = Buffer.alloc(0);
      for (;;) {
        const n = readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        const data = Buffer.concat([carry, chunk.subarray(0, n)]);
        const cut = data.lastIndexOf(0x0a);
        if (cut === -1) {
          carry = data;
          continue;
        }
        out(data.subarray(0, cut).toString('utf8'));
        carry = Buffer.from(data.subarray(cut + 1));
      }
      if (carry.length > 0) out(carry.toString('utf8'));
    } finally {
      closeSync(fd);
      unlinkSync(this.temporary);
    }
  }

  abort(): void {
    if (!this.closed) {
      this.closed = true;
      this.buffer = undefined;
      closeSync(this.fd);
    }
    try {
      unlinkSync(this.temporary);
    } catch {
      // Already gone: nothing is left behind either way.
    }
  }

  private flush(): void {
    if (this.used === 0 || this.buffer === undefined) return;
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** Short writes (rare, on a full disk) go on from where they stopped. */
  private writeAll(bytes: Buffer): void {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
  }

  private finish(): void {
    if (this.closed) throw new Error('the output file is already closed');
    this.flush();
    this.buffer = undefined;
    fsyncSync(this.fd);
    this.closed = true;
    closeSync(this.fd);
  }
}
