import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldTakes, GrantRowFolder, type GrantRow } from '../../src/audit-view/grant-rows.js';
import { checkoutLedger } from '../../src/audit-view/ledger-stream.js';
import { localLedgerStore, streamLedgerDir, type LedgerEvent } from '../../src/ledger/index.js';
import { workload, writeLedger } from '../support/ledger-workload.js';

const START = Date.UTC(2026, 0, 1);
let work: string;
/** The branch tip: a segment ledger of a few thousand records in small segments. */
let tip: string;

function segmentFiles(root: string): string[] {
  const base = path.join(root, 'audit', 'segments');
  return readdirSync(base)
    .sort()
    .flatMap((d) =>
      readdirSync(path.join(base, d))
        .sort()
        .map((f) => path.join(base, d, f)),
    );
}

/** The checkout as an earlier commit of the same branch held it: `dropSegments` fewer segments, and the newest one cut to a prefix of its lines. */
function earlierCheckout(dropSegments: number, keepLines: number): string {
  const dir = mkdtempSync(path.join(work, 'checkout-'));
  cpSync(path.join(tip, 'audit'), path.join(dir, 'audit'), { recursive: true });
  const files = segmentFiles(dir);
  for (const f of files.slice(files.length - dropSegments)) rmSync(f);
  const newest = files[files.length - dropSegments - 1] ?? '';
  const lines = readFileSync(newest, 'utf8').split('\n').slice(0, keepLines);
  writeFileSync(newest, `${lines.join('\n')}\n`);
  return dir;
}

async function collect(source: ReturnType<typeof checkoutLedger>): Promise<{ ok: boolean; seqs: number[]; code?: string }> {
  const seqs: number[] = [];
  const verdict = await source((e: LedgerEvent) => void seqs.push(e.seq));
  return { ok: verdict.ok, seqs, ...(verdict.firstBroken !== undefined ? { code: verdict.firstBroken.code } : {}) };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'grantbook-ledger-stream-'));
  tip = path.join(work, 'tip');
  await writeLedger(tip, workload({ start: START, grantsPerDay: 1000 }), { until: (_s, t) => t.seq + 1 >= 4000, segmentBytes: 48 * 1024 });
  expect(segmentFiles(tip).length).toBeGreaterThan(10);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the audit views read a checkout and the branch tip after it', () => {
  it('streams the checkout, then the segments committed since, as one verified chain', async () => {
    const all: number[] = [];
    const whole = await streamLedgerDir(tip, (e) => void all.push(e.seq));
    expect(whole.ok).toBe(true);
    for (const [drop, keep] of [
      [0, 3],
      [1, 5],
      [4, 1],
    ] as const) {
      const checkout = earlierCheckout(drop, keep);
      const read = await collect(checkoutLedger(checkout, { later: { store: localLedgerStore(tip), commitSha: 'worktree' } }));
      expect(read.ok, read.code).toBe(true);
      expect(read.seqs).toEqual(all);
    }
  });

  it('names the segment file and line of each event a row points at', async () => {
    const rows: GrantRow[] = [];
    const folder = new GrantRowFolder({ since: Number.NEGATIVE_INFINITY, until: Number.POSITIVE_INFINITY }, { row: (r) => void rows.push(r) });
    const verdict = await checkoutLedger(tip)((e, where) => folder.add(e, where), foldTakes);
    folder.end();
    expect(verdict.ok).toBe(true);
    expect(rows.length).toBeGreaterThan(100);
    const files = new Map<string, string[]>();
    const lineOf = (file: string, line: number): string => {
      if (!files.has(file)) files.set(file, readFileSync(path.join(tip, file), 'utf8').split('\n'));
      return files.get(file)?.[line - 1] ?? '';
    };
    for (const row of rows) {
      expect(row.granted.file).toMatch(/^audit\/segments\//);
      expect(lineOf(row.granted.file, row.granted.line)).toContain(`"hash":"${row.granted.hash}"`);
      if (row.revoked !== undefined) expect(lineOf(row.revoked.file, row.revoked.line)).toContain(`"hash":"${row.revoked.hash}"`);
    }
    expect(new Set(rows.map((r) => r.granted.file)).size).toBeGreaterThan(1);
  });

  it('reads the whole ledger at the tip from a checkout with no ledger', async () => {
    const empty = mkdtempSync(path.join(work, 'empty-'));
    const read = await collect(checkoutLedger(empty, { later: { store: localLedgerStore(tip), commitSha: 'worktree' } }));
    expect(read.ok).toBe(true);
    expect(read.seqs.length).toBeGreaterThan(3000);
  });

  it('refuses a tip that does not continue the checkout', async () => {
    const checkout = earlierCheckout(2, 4);
    // The checkout's history edited: its last kept line is no longer the one the tip's segments link to.
    const files = segmentFiles(checkout);
    const older = files[files.length - 2] ?? '';
    writeFileSync(older, readFileSync(older, 'utf8').replace('"reason":"', '"reason":"x'));
    const read = await collect(checkoutLedger(checkout, { later: { store: localLedgerStore(tip), commitSha: 'worktree' } }));
    expect(read.ok).toBe(false);
    expect(read.code).toBe('E_LEDGER_HASH_MISMATCH');
  });
});
