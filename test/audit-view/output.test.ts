import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PendingFile } from '../../src/audit-view/output.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'grantbook-output-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the views write their output through a pending file', () => {
  it('keeps every byte of many small texts and of texts larger than its buffer, multi-byte characters included', () => {
    const target = path.join(dir, 'out.txt');
    const file = new PendingFile(target);
    const parts: string[] = [];
    for (let i = 0; i < 60_000; i += 1) parts.push(`${i},Zoë Åström (支払い) 😀,"x"\r\n`);
    // Past the buffer (a few MB) in one text, and a last one that crosses its end.
    parts.push('支'.repeat(3 * 1024 * 1024));
    parts.push('é'.repeat(1024 * 1024 + 7));
    for (const p of parts) file.write(p);
    expect(existsSync(target)).toBe(false);
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe(parts.join(''));
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('leaves nothing behind when aborted, and takes no more text after', () => {
    const target = path.join(dir, 'aborted.txt');
    const file = new PendingFile(target);
    file.write('a'.repeat(5 * 1024 * 1024));
    file.abort();
    file.write('more');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('.aborted'))).toEqual([]);
  });

  it('leaves nothing behind when it cannot be put in place, and says why', () => {
    // A directory where the file should go: the rename fails, and the temporary file must not stay (the revoke job's month report relies on it).
    const target = path.join(dir, 'taken');
    mkdirSync(target);
    const file = new PendingFile(target);
    file.write('report');
    expect(() => file.commit()).toThrow(/EISDIR|EEXIST|ENOTEMPTY|EPERM/);
    expect(readdirSync(dir).filter((f) => f.startsWith('.taken'))).toEqual([]);
    file.abort();
  });

  it('hands a spool to standard output in chunks that end at a newline', () => {
    const spool = PendingFile.spool();
    const lines = Array.from({ length: 200_000 }, (_, i) => `line ${i} ✓`);
    for (const l of lines) spool.write(`${l}\n`);
    const chunks: string[] = [];
    spool.drainTo((t) => void chunks.push(t));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flatMap((c) => c.split('\n'))).toEqual(lines);
    expect(existsSync(spool.temporary)).toBe(false);
  });
});
