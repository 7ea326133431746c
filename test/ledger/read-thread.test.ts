import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashBytes, storedHashIs } from '../../src/ledger/bytes.js';
import { canonicalJson, sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { ReadThread, type Slot, type ThreadRead } from '../../src/ledger/read-thread.js';

/**
 * The read thread hands back a file's bytes as they are on disk, whether
 * they are UTF-8, and marks exactly the lines whose stored hash is their
 * body's digest, as the reader's own hashing judges them, line for line.
 */
const thread = new ReadThread(4096, 1024);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'grantbook-read-thread-'));
});
afterAll(async () => {
  await thread.close();
  await rm(dir, { recursive: true, force: true });
});

const sealed = (body: object): string => {
  const text = canonicalJson(body);
  return sealLine(text, sha256Hex(text));
};

async function file(name: string, content: string | Buffer): Promise<string> {
  const full = path.join(dir, name);
  await writeFile(full, content);
  return full;
}

/** The reader's judgement of each line, in the reader's own split. */
function inThread(bytes: Buffer): number[] {
  const out: number[] = [];
  for (let start = 0; start < bytes.length;) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    out.push(end - start > 66 && storedHashIs(bytes, end - 66, hashBytes(bytes, start, end)) ? 1 : 0);
    start = newline === -1 ? bytes.length : newline + 1;
  }
  return out;
}

function bytesOf(read: ThreadRead): { bytes: Buffer; utf8: boolean; sealed: Uint8Array } {
  if (!('bytes' in read)) throw new Error(`no bytes: ${JSON.stringify(read)}`);
  return read;
}

describe('the read thread', () => {
  it('reads a file and marks its sealed lines, leaving every other line to the reader', async () => {
    const good = sealed({ at: '2026-01-01T00:00:00.000Z', seq: 0, type: 'alert', what: 'é ünïcode' });
    const edited = sealed({ at: '2026-01-01T00:00:01.000Z', seq: 1, type: 'alert', what: 'x' }).replace('"what":"x"', '"what":"y"');
    const crlf = `${sealed({ at: '2026-01-01T00:00:02.000Z', seq: 2, type: 'alert', what: 'z' })}\r`;
    const last = sealed({ at: '2026-01-01T00:00:03.000Z', seq: 3, type: 'alert', what: 'last' });
    const text = [good, edited, '', 'not json', crlf, good, last].join('\n');
    const slot: Slot = {};
    const got = bytesOf(await thread.read(await file('a.jsonl', text), slot));
    const expected = [1, 0, 0, 0, 0, 1, 1];
    expect(got.bytes.toString('utf8')).toBe(text);
    expect(got.utf8).toBe(true);
    expect(inThread(got.bytes)).toEqual(expected);
    expect([...got.sealed.subarray(0, expected.length)]).toEqual(expected);
    expect(got.sealed.subarray(expected.length).every((f) => f === 0)).toBe(true);
    // Small enough to keep: the slot holds the memory for the next file of its turn, which is read into it.
    expect(slot.buffer?.byteLength).toBeGreaterThan(text.length);
    const again = bytesOf(await thread.read(await file('b.jsonl', `${good}\n`), slot));
    expect([...again.sealed.subarray(0, 1)]).toEqual([1]);
    // The same memory (each message gives a new handle on it): a byte written through the slot is the file's.
    new Uint8Array(slot.buffer ?? new SharedArrayBuffer(1))[0] = 0x20;
    expect(again.bytes[0]).toBe(0x20);
  });

  it('answers many files in the order asked', async () => {
    const names = await Promise.all(
      Array.from({ length: 20 }, (_, i) => file(`m${i}.jsonl`, `${sealed({ at: '2026-01-01T00:00:00.000Z', seq: i, type: 'alert', what: 'w'.repeat(i) })}\n`)),
    );
    const answers = await Promise.all(names.map((n) => thread.read(n, {})));
    expect(answers.map((a) => bytesOf(a).bytes.toString('utf8'))).toEqual(
      names.map((_, i) => `${sealed({ at: '2026-01-01T00:00:00.000Z', seq: i, type: 'alert', what: 'w'.repeat(i) })}\n`),
    );
    expect(answers.map((a) => bytesOf(a).sealed[0])).toEqual(names.map(() => 1));
  });

  it('says what the reader reports: bytes that are not UTF-8, a file over the cap, one that is not there', async () => {
    expect(bytesOf(await thread.read(await file('latin1.jsonl', Buffer.from([0x7b, 0xe9, 0x7d, 0x0a])), {})).utf8).toBe(false);
    const big = 'x'.repeat(5000);
    expect(await thread.read(await file('big.jsonl', big), {})).toEqual({ tooLarge: 5000 });
    const missing = await thread.read(path.join(dir, 'missing.jsonl'), {});
    expect('error' in missing && (missing.error as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('leaves a file larger than what is kept in memory of its own', async () => {
    const slot: Slot = {};
    const got = bytesOf(await thread.read(await file('mid.jsonl', 'y'.repeat(2000)), slot));
    expect(got.bytes.length).toBe(2000);
    expect(slot.buffer).toBeUndefined();
  });
});
