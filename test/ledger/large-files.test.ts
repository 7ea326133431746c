import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineBody, sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { streamLedgerDir, type LedgerEvent } from '../../src/ledger/index.js';
import { recordsHeld } from '../../src/providers/planners.js';
import { generateAuditLedger } from '../support/audit-ledger.js';

/**
 * Month files of the first layout are large (over a mebibyte): the verifier
 * reads them into two buffers in turn and lets go of each once read. An intent at the very
 * end of a large file, whose `granted` (checked against it) opens the next,
 * must still be read right after the file after next has been read into the
 * first file's memory.
 */
const STEP = 100 * 60_000;
/** Grant 409 goes through an intent (n % 20 === 9) two seconds before February, its granted five seconds later. */
const ACROSS = 409;
const START = Date.UTC(2025, 1, 1) - 2000 - ACROSS * STEP;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'grantbook-large-files-'));
  generateAuditLedger(dir, { grants: 1300, live: 0, start: START, stepMs: STEP });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a ledger of large month files', () => {
  it('verifies with an intent at the end of one large file and its granted opening the next', async () => {
    const files = readdirSync(path.join(dir, 'audit')).sort();
    expect(files.slice(0, 3)).toEqual(['2025-01.jsonl', '2025-02.jsonl', '2025-03.jsonl']);
    for (const f of files.slice(0, 3)) expect(statSync(path.join(dir, 'audit', f)).size).toBeGreaterThan(1024 * 1024);
    const lastOfJanuary =
      readFileSync(path.join(dir, 'audit', '2025-01.jsonl'), 'utf8')
        .trimEnd()
        .split('\n')
        .pop() ?? '';
    expect(lastOfJanuary).toContain(`"request":"user${ACROSS % 37}-inc-${ACROSS}"`);
    expect(lastOfJanuary).toContain('"type":"intent"');
    const events: LedgerEvent[] = [];
    const verdict = await streamLedgerDir(dir, undefined, { recordsHeld, withBytes: () => undefined });
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    // And with events handed out: the granted that opens February is whole, with its intent's body.
    const handed = await streamLedgerDir(dir, (e) => void events.push(e), { recordsHeld, direct: true });
    expect(handed.ok).toBe(true);
    const granted = events.find((e) => e.type === 'granted' && e.request === `user${ACROSS % 37}-inc-${ACROSS}`);
    expect(granted?.at.startsWith('2025-02-01T00:00:0')).toBe(true);
  });

  it('reads nothing into the memory of a large file until a slow consumer lets it go', async () => {
    const changed: string[] = [];
    const verdict = await streamLedgerDir(dir, undefined, {
      recordsHeld,
      withBytes: async (file, bytes) => {
        const copy = Buffer.from(bytes);
        for (let i = 0; i < 10; i += 1) await new Promise(setImmediate);
        if (!bytes.equals(copy)) changed.push(file);
      },
    });
    expect(verdict.ok).toBe(true);
    expect(changed).toEqual([]);
  });

  it('holds that granted to its intent, read back after the file after next took the memory', async () => {
    // The granted that opens February edited to grant less than its intent, and the chain sealed again from it on.
    const copy = mkdtempSync(path.join(tmpdir(), 'grantbook-large-files-edit-'));
    try {
      cpSync(path.join(dir, 'audit'), path.join(copy, 'audit'), { recursive: true });
      let prev: string | undefined;
      for (const f of readdirSync(path.join(copy, 'audit')).sort()) {
        if (f < '2025-02.jsonl') continue;
        const file = path.join(copy, 'audit', f);
        const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
        const sealed = lines.map((line) => {
          let body = lineBody(line);
          if (prev === undefined) {
            expect(body).toContain(`"request":"user${ACROSS % 37}-inc-${ACROSS}"`);
            expect(body).toContain('"columns":["id","status"]');
            body = body.replace('"columns":["id","status"]', '"columns":["id"]');
          } else body = body.replace(/"prev":"[0-9a-f]{64}"/, `"prev":"${prev}"`);
          prev = sha256Hex(body);
          return sealLine(body, prev);
        });
        writeFileSync(file, `${sealed.join('\n')}\n`);
      }
      const verdict = await streamLedgerDir(copy, undefined, { recordsHeld, withBytes: () => undefined });
      expect(verdict.problems.map((p) => `${p.file ?? ''}:${p.line ?? 0} ${p.code}`)).toEqual(['audit/2025-02.jsonl:1 E_LEDGER_GRANT_MISMATCH']);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
