import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineHandOver, verifyOnThread, type VerifyThreadMessage } from '../../src/audit-view/verify-thread.js';
import { EventLines, streamLedgerDir, type LedgerEvent, type Where } from '../../src/ledger/index.js';
import { recordsHeld } from '../../src/providers/planners.js';
import { generateAuditLedger, generateSegmentedAuditLedger } from '../support/audit-ledger.js';
import { BUILT_VERIFY_THREAD, runCli } from '../support/cli.js';
import { fixedClock } from '../support/clock.js';
import type { Clock } from '../../src/time/clock.js';

/**
 * The audit views with the chain verified on a thread of their own (the
 * built dist/ledger-verify.js, as the CLI runs them) give exactly what they
 * give on one thread: the same bytes for a whole ledger in either layout,
 * the same refusal, at the same place, for a broken one.
 */
let work: string;
const ledgers: { name: string; dir: string; clock: Clock }[] = [];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'grantbook-verify-thread-'));
  const months = path.join(work, 'months');
  const segments = path.join(work, 'segments');
  for (const dir of [months, segments]) cpSync('policies', path.join(dir, 'policies'), { recursive: true });
  const m = generateAuditLedger(months, { grants: 2500, live: 20 });
  // Small segments: many files, so the hand-over crosses many file boundaries.
  const s = await generateSegmentedAuditLedger(segments, { grants: 2500, live: 20 });
  ledgers.push({ name: 'month files', dir: months, clock: fixedClock(m.end) }, { name: 'segments', dir: segments, clock: fixedClock(s.end) });
  expect(readdirSync(path.join(segments, 'audit', 'segments', '0000000')).length).toBeGreaterThan(16);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const VIEWS = [
  ['export', '--out', 'out.csv'],
  ['export', '--format', 'json', '--out', 'out.json'],
  ['report', '--out', 'out.html'],
] as const;

describe('the audit views with the chain verified on a thread of its own', () => {
  it('write the same bytes as on one thread, for month files and for segments', async () => {
    for (const { name, dir, clock } of ledgers) {
      for (const view of VIEWS) {
        const file = path.join(dir, view[view.length - 1] ?? '');
        const one = await runCli(['audit', ...view], { cwd: dir, clock });
        expect(one.code, `${name} ${view.join(' ')}: ${one.stderr}`).toBe(0);
        const single = readFileSync(file);
        const two = await runCli(['audit', ...view], { cwd: dir, clock, verifyThread: BUILT_VERIFY_THREAD });
        expect(two.code, `${name} ${view.join(' ')}: ${two.stderr}`).toBe(0);
        expect(two.stderr).toBe(one.stderr);
        expect(readFileSync(file).equals(single), `${name} ${view.join(' ')}`).toBe(true);
        expect(single.length).toBeGreaterThan(10_000);
      }
    }
  }, 120_000);

  it('refuse a tampered ledger at the same place, and leave no file', async () => {
    for (const { name, dir, clock } of ledgers) {
      const copy = mkdtempSync(path.join(work, 'tampered-'));
      cpSync(path.join(dir, 'policies'), path.join(copy, 'policies'), { recursive: true });
      cpSync(path.join(dir, 'audit'), path.join(copy, 'audit'), { recursive: true });
      const files = readdirSync(path.join(copy, 'audit'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.jsonl') && f !== 'checkpoint.jsonl')
        .sort();
      const victim = path.join(copy, 'audit', files[Math.floor(files.length / 2)] ?? '');
      const lines = readFileSync(victim, 'utf8').split('\n');
      const at = lines.findIndex((l) => l.includes('"reason":"Investigate order problem'));
      expect(at, name).toBeGreaterThanOrEqual(0);
      lines[at] = (lines[at] ?? '').replace('Investigate order problem', 'Investigate order trouble');
      writeFileSync(victim, lines.join('\n'));
      const one = await runCli(['audit', 'export', '--out', 'one.csv'], { cwd: copy, clock });
      const two = await runCli(['audit', 'export', '--out', 'two.csv'], { cwd: copy, clock, verifyThread: BUILT_VERIFY_THREAD });
      expect(one.code, name).toBe(1);
      expect(two.code, name).toBe(1);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stderr).toContain('E_LEDGER_HASH_MISMATCH');
      expect(two.stderr).toContain(`${path.relative(copy, victim)}:${at + 1}`);
      expect(readdirSync(copy).filter((f) => f.endsWith('.csv') || f.endsWith('.partial'))).toEqual([]);
    }
  }, 120_000);
});

describe('the verifier hands each file over', () => {
  it('and reads nothing into its memory until a slow consumer lets it go, month files and segments alike', async () => {
    for (const { name, dir } of ledgers) {
      const changed: string[] = [];
      let files = 0;
      const verdict = await streamLedgerDir(dir, undefined, {
        recordsHeld,
        withBytes: async (file, bytes) => {
          files += 1;
          const copy = Buffer.from(bytes);
          // Released a while later, after the verifier has gone on past a ring's worth of files.
          for (let i = 0; i < 10; i += 1) await new Promise(setImmediate);
          if (!bytes.equals(copy)) changed.push(file);
        },
      });
      expect(verdict.ok, name).toBe(true);
      expect(files, name).toBeGreaterThan(0);
      expect(changed, name).toEqual([]);
    }
  }, 60_000);

  it('stops the thread and fails the run when the consumer throws', async () => {
    const { dir } = ledgers[1] ?? { dir: '' };
    let calls = 0;
    const run = verifyOnThread(BUILT_VERIFY_THREAD, { root: dir }, () => {
      calls += 1;
      if (calls === 3) throw new Error('the consumer failed');
    });
    await expect(run).rejects.toThrow('the consumer failed');
    expect(calls).toBe(3);
  });
});

describe('the hand-over between the threads', () => {
  /** Lines of every length from 1 to 300 bytes, and one far longer than a piece. */
  function sampleFile(): Buffer {
    const lines: string[] = [];
    for (let i = 0; i < 400; i += 1) lines.push(`{"n":${i},"pad":"${'x'.repeat((i * 7919) % 300)}"}`);
    lines.splice(123, 0, `{"long":"${'y'.repeat(5000)}"}`);
    return Buffer.from(`${lines.join('\n')}\n`);
  }

  it('posts whole lines in order, in pieces it reuses only once released, a long line alone', async () => {
    const bytes = sampleFile();
    const posted: { id: number; text: string }[] = [];
    const handOver = new LineHandOver(
      (m: VerifyThreadMessage) => void (m.kind === 'lines' && posted.push({ id: m.id, text: Buffer.from(m.bytes).toString() })),
      {
        pieceBytes: 1024,
        pieces: 2,
      },
    );
    let sent = false;
    const sending = handOver.send('audit/2025-01.jsonl', bytes).then(() => (sent = true));
    await new Promise(setImmediate);
    // Two pieces out, none released: the third waits.
    expect(posted.length).toBe(2);
    expect(sent).toBe(false);
    // The other thread's side: each message released once read, oldest first.
    for (let read = 0; !sent && read < posted.length; read += 1) {
      handOver.release(posted[read]?.id ?? -1);
      await new Promise(setImmediate);
    }
    await sending;
    expect(posted.map((p) => p.text).join('')).toBe(bytes.toString());
    for (const p of posted) expect(p.text.endsWith('\n')).toBe(true);
    const long = posted.filter((p) => p.text.length > 1024);
    expect(long.map((p) => p.text.length)).toEqual([5000 + '{"long":""}\n'.length]);
    // Only the two pieces of the pool (and the long line's own memory) were ever used.
    expect(new Set(posted.filter((p) => p.text.length <= 1024).map((p) => p.id)).size).toBe(2);
  });

  it('posts each file whole before the next, however the sends overlap', async () => {
    const posted: { id: number; file: string }[] = [];
    const handOver = new LineHandOver((m: VerifyThreadMessage) => void (m.kind === 'lines' && posted.push({ id: m.id, file: m.file })), {
      pieceBytes: 1024,
      pieces: 2,
    });
    const bytes = sampleFile();
    const sends = ['a.jsonl', 'b.jsonl', 'c.jsonl'].map((f) => handOver.send(f, bytes));
    let done = false;
    void Promise.all(sends).then(() => (done = true));
    for (let read = 0; !done && read < 10_000; read += 1) {
      await new Promise(setImmediate);
      const next = posted[read];
      if (next !== undefined) handOver.release(next.id);
    }
    expect(done).toBe(true);
    const order = posted.map((p) => p.file).filter((f, i, all) => all[i - 1] !== f);
    expect(order).toEqual(['a.jsonl', 'b.jsonl', 'c.jsonl']);
  });

  it('refuses a file handed over again after the next one, and keeps at most fifty problems', () => {
    const lines = new EventLines(() => undefined);
    lines.file('audit/2025-01.jsonl', Buffer.from('not json\n'.repeat(80)));
    expect(lines.problems.length).toBe(50);
    expect(lines.moreProblems).toBe(30);
    expect(lines.problems[49]).toMatchObject({ code: 'E_LEDGER_LINE_FORMAT', file: 'audit/2025-01.jsonl', line: 50 });
    lines.file('audit/2025-02.jsonl', Buffer.from('not json\n'));
    expect(() => lines.file('audit/2025-01.jsonl', Buffer.from('not json\n'))).toThrow('handed over again');
  });

  it('reads a file that comes in pieces as it reads the whole file', async () => {
    const { dir } = ledgers[0] ?? { dir: '' };
    // The first file: its slim granted events take their intents from its own lines.
    const file = 'audit/2025-01.jsonl';
    const bytes = readFileSync(path.join(dir, file));
    const read = (pieces: Buffer[]): { events: LedgerEvent[]; where: Where[] } => {
      const events: LedgerEvent[] = [];
      const where: Where[] = [];
      const lines = new EventLines((e, w) => {
        events.push(e);
        where.push(w);
      });
      for (const p of pieces) lines.file(file, p);
      expect(lines.problems).toEqual([]);
      return { events, where };
    };
    const whole = read([bytes]);
    const pieces: Buffer[] = [];
    for (let start = 0; start < bytes.length;) {
      const lf = bytes.indexOf(0x0a, Math.min(start + 100_000, bytes.length - 1));
      pieces.push(bytes.subarray(start, lf + 1));
      start = lf + 1;
    }
    expect(pieces.length).toBeGreaterThan(3);
    expect(read(pieces)).toEqual(whole);
    expect(whole.where[0]).toEqual({ file, line: 1 });
    expect(whole.where[whole.where.length - 1]).toEqual({ file, line: bytes.toString().split('\n').length - 1 });
  });
});
