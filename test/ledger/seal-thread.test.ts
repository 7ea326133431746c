import { afterAll, describe, expect, it } from 'vitest';
import { hashBytes, storedHashIs } from '../../src/ledger/bytes.js';
import { canonicalJson, sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { SealThread } from '../../src/ledger/seal-thread.js';

/**
 * The seal thread marks exactly the lines whose stored hash is their body's
 * digest, as the reader's own hashing judges them, line for line.
 */
const thread = new SealThread();
afterAll(() => thread.close());

const sealed = (body: object): string => {
  const text = canonicalJson(body);
  return sealLine(text, sha256Hex(text));
};

function shared(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const out = Buffer.from(new SharedArrayBuffer(bytes.length));
  bytes.copy(out);
  return out;
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

describe('the seal thread', () => {
  it('marks sealed lines and leaves every other line to the reader', async () => {
    const good = sealed({ at: '2026-01-01T00:00:00.000Z', seq: 0, type: 'alert', what: 'é ünïcode' });
    const edited = sealed({ at: '2026-01-01T00:00:01.000Z', seq: 1, type: 'alert', what: 'x' }).replace('"what":"x"', '"what":"y"');
    const crlf = `${sealed({ at: '2026-01-01T00:00:02.000Z', seq: 2, type: 'alert', what: 'z' })}\r`;
    const last = sealed({ at: '2026-01-01T00:00:03.000Z', seq: 3, type: 'alert', what: 'last' });
    const text = [good, edited, '', 'not json', crlf, good, last].join('\n');
    const bytes = shared(text);
    const flags = await thread.sealed(bytes);
    const expected = [1, 0, 0, 0, 0, 1, 1];
    expect(inThread(bytes)).toEqual(expected);
    expect([...flags.subarray(0, expected.length)]).toEqual(expected);
    expect(flags.subarray(expected.length).every((f) => f === 0)).toBe(true);
    // The bytes are as they were: the thread puts back what it overwrites for the digest.
    expect(bytes.toString('utf8')).toBe(text);
  });

  it('answers many files in the order asked', async () => {
    const files = Array.from({ length: 20 }, (_, i) => shared(`${sealed({ at: '2026-01-01T00:00:00.000Z', seq: i, type: 'alert', what: 'w'.repeat(i) })}\n`));
    const answers = await Promise.all(files.map((f) => thread.sealed(f)));
    expect(answers.map((a) => a[0])).toEqual(files.map(() => 1));
  });

  it('tells a buffer in shared memory from one that is not', () => {
    expect(SealThread.shares(shared('x'))).toBe(true);
    expect(SealThread.shares(Buffer.from('x'))).toBe(false);
  });
});
