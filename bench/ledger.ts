/**
 * `audit verify` of a ledger of 1,000,000 records on disk (segments,
 * checkpoints, the newest checkpoint file), as a busy organisation writes it
 * (test/support/ledger-workload.ts: intents, slim granted events, activity
 * records, revocations, some failures and refusals), against a per-line
 * sha256 of the same lines measured in the same run, interleaved with it,
 * best of five each. The verify is `audit verify`'s (what only apply
 * writes held too: consistency.ts), at its default depth (chain: each
 * line's bytes hashed, what the chain and the fold need read in place,
 * every checkpoint held to a fresh fold); --deep (the whole event schema on
 * every line) is reported beside it. Peak memory is that of a separate
 * process that only verifies. Also: the average event as stored, and as the
 * month-file layout stored it (whole granted events).
 */
import { execFileSync } from 'node:child_process';
import { hash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { canonicalJson, streamLedgerDir } from '../src/ledger/index.js';
import { recordsHeld } from '../src/providers/planners.js';
import { workload, writeLedger } from '../test/support/ledger-workload.js';
import type { BenchResult } from './support/types.js';

/** 1,000,000; a smaller number in GRANTBOOK_BENCH_LEDGER_RECORDS for a quick look. */
const RECORDS = Number(process.env.GRANTBOOK_BENCH_LEDGER_RECORDS ?? 1_000_000);
const START = Date.UTC(2026, 0, 1);
const CHILD = 'GRANTBOOK_BENCH_LEDGER_VERIFY';

async function segmentFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const base = path.join(root, 'audit', 'segments');
  for (const d of (await readdir(base)).sort()) for (const f of (await readdir(path.join(base, d))).sort()) out.push(path.join(base, d, f));
  return out;
}

/** Hashing alone, line by line, of every segment's lines (reading and splitting not timed). */
async function shaPerLine(files: readonly string[]): Promise<{ ms: number; lines: number }> {
  let ms = 0;
  let lines = 0;
  let sink = 0;
  for (const f of files) {
    const list = (await readFile(f, 'latin1')).slice(0, -1).split('\n');
    const t = performance.now();
    for (const line of list) sink += hash('sha256', line, 'hex').length;
    ms += performance.now() - t;
    lines += list.length;
  }
  if (sink === 0) throw new Error('nothing hashed');
  return { ms, lines };
}

async function timed<T>(task: () => Promise<T>): Promise<{ ms: number; value: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  const value = await task();
  return { ms: performance.now() - t, value };
}

export async function run(): Promise<BenchResult[]> {
  const child = process.env[CHILD];
  if (child !== undefined) {
    // The verifying process alone: its peak memory is the verify's.
    const verdict = await streamLedgerDir(child, undefined, { recordsHeld });
    if (!verdict.ok) throw new Error('the ledger did not verify');
    return [{ name: 'peak', value: process.resourceUsage().maxRSS / 1024, unit: 'MiB' }];
  }
  const root = await mkdtemp(path.join(tmpdir(), 'grantbook-bench-ledger-'));
  try {
    const written = await writeLedger(root, workload({ start: START, grantsPerDay: 1000 }), { until: (_s, tip) => tip.seq + 1 >= RECORDS });
    const files = await segmentFiles(root);

    let sha = Number.POSITIVE_INFINITY;
    let verify = Number.POSITIVE_INFINITY;
    let lines = 0;
    for (let round = 0; round < 5; round += 1) {
      const base = await shaPerLine(files);
      sha = Math.min(sha, base.ms);
      lines = base.lines;
      const v = await timed(() => streamLedgerDir(root, undefined, { recordsHeld }));
      if (!v.value.ok || v.value.tip.seq + 1 !== lines) throw new Error(`the generated ledger did not verify (${v.value.firstBroken?.code ?? 'count'})`);
      verify = Math.min(verify, v.ms);
    }
    const deep = await timed(() => streamLedgerDir(root, undefined, { depth: 'events', recordsHeld }));
    if (!deep.value.ok) throw new Error('the generated ledger did not verify at events depth');
    let parse = 0;
    let sink = 0;
    for (const f of files) {
      const list = (await readFile(f, 'utf8')).slice(0, -1).split('\n');
      const t = performance.now();
      for (const line of list) sink += (JSON.parse(line) as { seq: number }).seq;
      parse += performance.now() - t;
    }

    const raw = execFileSync(process.execPath, [process.argv[1] ?? ''], { env: { ...process.env, [CHILD]: root }, encoding: 'utf8', maxBuffer: 1 << 20 });
    const peak = (JSON.parse(raw.slice(raw.lastIndexOf('['))) as BenchResult[])[0]?.value ?? Number.NaN;

    // Event size: as stored, and whole (a granted with its body, as the month-file layout stored every event).
    const sample = await mkdtemp(path.join(tmpdir(), 'grantbook-bench-ledger-sample-'));
    let stored = 0;
    let whole = 0;
    let events = 0;
    try {
      const w = await writeLedger(sample, workload({ start: START, grantsPerDay: 1000, requests: 20_000 }));
      stored = w.bytes;
      await streamLedgerDir(sample, (e) => {
        events += 1;
        whole += Buffer.byteLength(canonicalJson(e)) + 1;
      });
    } finally {
      await rm(sample, { recursive: true, force: true });
    }
    if (sink === 0) throw new Error('nothing parsed');

    const perLine = { name: 'sha256 per line (node:crypto hash)', value: sha };
    return [
      { name: `ledger size (${lines} records)`, value: written.bytes / (1024 * 1024), unit: 'MiB' },
      { name: 'segments (each opening with a checkpoint)', value: files.length, unit: '' },
      { name: 'average record line', value: written.bytes / lines, unit: 'bytes' },
      { name: 'average event, stored (granted without its body)', value: stored / events, unit: 'bytes' },
      { name: 'average event, whole (as month files stored it)', value: whole / events, unit: 'bytes' },
      { name: 'JSON.parse of every line, nothing else', value: parse, unit: 'ms', baseline: perLine, ratio: parse / sha },
      { name: 'audit verify --deep (every event to the schema)', value: deep.ms, unit: 'ms', baseline: perLine, ratio: deep.ms / sha },
      { name: `audit verify, ${lines} records`, value: verify, unit: 'ms', baseline: perLine, ratio: verify / sha, target: '<= 3x sha256 of the same lines' },
      { name: 'audit verify peak memory (own process)', value: peak, unit: 'MiB', target: '< 256 MiB' },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
