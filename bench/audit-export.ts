import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../src/cli.js';
import { fixedClock } from '../test/support/clock.js';
import { generateAuditLedger, generateSegmentedAuditLedger } from '../test/support/audit-ledger.js';
import type { BenchResult } from './support/types.js';

/** 1,000,000 by default; GRANTBOOK_BENCH_AUDIT_EVENTS sets another size for a quick look. */
const EVENTS = Number(process.env.GRANTBOOK_BENCH_AUDIT_EVENTS ?? 1_000_000);
const PHASE = 'GRANTBOOK_BENCH_AUDIT_PHASE';
const ROOT = 'GRANTBOOK_BENCH_AUDIT_ROOT';
const NOW = 'GRANTBOOK_BENCH_AUDIT_NOW';

/**
 * `npm run bench -- audit-export`: `audit export` (CSV and JSON) and `audit
 * report` of a generated ledger of 1,000,000 events against `audit verify`
 * of the same ledger, each in its own process so each peak RSS is its own.
 * Twice: the ledger as the writer commits it today (segments of 256 KiB,
 * each opened by a checkpoint record, slim `granted` events) and as the
 * first layout held it (month files of tens of megabytes, whole events).
 *
 * All read the ledger as a stream, one file at a time, at chain depth
 * (verify scans each line; the views also parse each event a row is made
 * of and hold it to the schema), the views with the chain verified on a
 * thread of its own as the CLI runs them (dist/ledger-verify.js: run `npm
 * run build` first); the CSV export also on one thread, as from the sources,
 * against it. `audit verify --deep`, which parses and holds every
 * line to the schema and the canonical form, is measured beside them. A
 * view past twice `audit verify` (wall or CPU time) or at 512 MB or more is
 * a FAIL: run.mjs says so and exits non-zero. Each view's CPU time over
 * the machine's cores is printed too: the wall time no split of its work
 * between threads could beat on this machine.
 */
const PHASES = ['verify', 'verify-deep', 'export-csv', 'export-csv-one-thread', 'export-json', 'report'] as const;
type Phase = (typeof PHASES)[number];
const LAYOUTS = ['segments', 'month files'] as const;
type Layout = (typeof LAYOUTS)[number];

interface Figures {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMb: number;
  readonly outMb: number;
}

export async function run(): Promise<BenchResult[]> {
  const phase = process.env[PHASE] as Phase | undefined;
  if (phase !== undefined) return runPhase(phase, process.env[ROOT] ?? '', Number(process.env[NOW]));
  const results: BenchResult[] = [];
  for (const layout of LAYOUTS) results.push(...(await measureLayout(layout)));
  return results;
}

async function measureLayout(layout: Layout): Promise<BenchResult[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'grantbook-bench-audit-'));
  try {
    cpSync('policies', path.join(root, 'policies'), { recursive: true });
    const plan = { grants: 400_000, maxEvents: EVENTS, live: 0 };
    const started = performance.now();
    const generated = layout === 'segments' ? await generateSegmentedAuditLedger(root, plan) : generateAuditLedger(root, plan);
    const generateMs = performance.now() - started;
    if (generated.events !== EVENTS) throw new Error(`generated ${generated.events} events`);
    const audit = path.join(root, 'audit');
    const files = readdirSync(audit, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl'));
    const bytes = files.reduce((n, f) => n + statSync(path.join(audit, f)).size, 0);
    const figures = new Map<Phase, Figures>();
    for (const p of PHASES) {
      const raw = execFileSync(process.execPath, [process.argv[1] ?? ''], {
        env: { ...process.env, [PHASE]: p, [ROOT]: root, [NOW]: String(generated.end) },
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const results = JSON.parse(raw.slice(raw.lastIndexOf('['))) as BenchResult[];
      const get = (unit: string): number => results.find((r) => r.unit === unit)?.value ?? Number.NaN;
      figures.set(p, { ms: get('ms'), cpuMs: get('ms cpu'), rssMb: get('MB peak RSS'), outMb: get('MB written') });
    }
    const f = (p: Phase): Figures => figures.get(p) ?? { ms: Number.NaN, cpuMs: Number.NaN, rssMb: Number.NaN, outMb: Number.NaN };
    const named = (what: string): string => `${layout}: ${what}`;
    const verify = { name: named('audit verify'), value: f('verify').ms };
    const deep = { name: named('audit verify --deep'), value: f('verify-deep').ms };
    const cpuVerify = { name: named('audit verify, CPU'), value: f('verify').cpuMs };
    // The targets: each view at most twice `audit verify` of the same ledger in this run, under 512 MB.
    const MAX_RATIO = 2;
    const MAX_RSS_MB = 512;
    const time = (label: string, p: Phase, base: { name: string; value: number }, held = false): BenchResult => ({
      name: named(label),
      value: f(p).ms,
      unit: 'ms',
      baseline: base,
      ratio: f(p).ms / base.value,
      ...(held ? { target: `<= ${MAX_RATIO}x audit verify`, met: f(p).ms / base.value <= MAX_RATIO } : {}),
    });
    // CPU time too: on a machine shared with other work, wall time swings by a factor of two.
    const cpuTime = (label: string, p: Phase): BenchResult => ({
      name: named(`${label}, CPU`),
      value: f(p).cpuMs,
      unit: 'ms',
      baseline: cpuVerify,
      ratio: f(p).cpuMs / cpuVerify.value,
      target: `<= ${MAX_RATIO}x audit verify, CPU`,
      met: f(p).cpuMs / cpuVerify.value <= MAX_RATIO,
    });
    // The least wall time a view's CPU time allows on this machine's cores, however its work were split between threads: past twice `audit verify`, no split meets the target here.
    const cores = availableParallelism();
    const cpuBound = (label: string, p: Phase): BenchResult => ({
      name: named(`${label}, its CPU time over ${cores} cores`),
      value: f(p).cpuMs / cores,
      unit: 'ms',
      baseline: verify,
      ratio: f(p).cpuMs / cores / verify.value,
    });
    const rss = (label: string, p: Phase, held = false): BenchResult => ({
      name: named(label),
      value: f(p).rssMb,
      unit: 'MB peak RSS',
      ...(held ? { target: `< ${MAX_RSS_MB} MB`, met: f(p).rssMb < MAX_RSS_MB } : {}),
    });
    return [
      { name: named('ledger events'), value: generated.events, unit: 'events' },
      { name: named('ledger files'), value: files.length, unit: 'files' },
      { name: named('ledger size'), value: bytes / (1024 * 1024), unit: 'MiB' },
      { name: named('generating it'), value: generateMs, unit: 'ms' },
      { name: named('audit verify'), value: f('verify').ms, unit: 'ms' },
      { name: named('audit verify --deep'), value: f('verify-deep').ms, unit: 'ms', baseline: verify, ratio: f('verify-deep').ms / verify.value },
      time('audit export --format csv', 'export-csv', verify, true),
      time('audit export --format json', 'export-json', verify, true),
      time('audit report', 'report', verify, true),
      time('audit export --format csv, on one thread', 'export-csv-one-thread', { name: named('audit export --format csv'), value: f('export-csv').ms }),
      time('audit export --format csv, against --deep', 'export-csv', deep),
      time('audit report, against --deep', 'report', deep),
      { name: named('audit verify, CPU'), value: f('verify').cpuMs, unit: 'ms' },
      cpuTime('audit export --format csv', 'export-csv'),
      cpuTime('audit export --format json', 'export-json'),
      cpuTime('audit report', 'report'),
      cpuBound('audit export --format csv', 'export-csv'),
      cpuBound('audit export --format json', 'export-json'),
      cpuBound('audit report', 'report'),
      rss('audit verify', 'verify'),
      rss('audit export --format csv', 'export-csv', true),
      rss('audit export --format json', 'export-json', true),
      rss('audit report', 'report', true),
      { name: named('CSV written'), value: f('export-csv').outMb, unit: 'MB written' },
      { name: named('report written'), value: f('report').outMb, unit: 'MB written' },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** One phase in this (child) process: the time it takes and the process's peak RSS. */
async function runPhase(phase: Phase, root: string, now: number): Promise<BenchResult[]> {
  const clock = fixedClock(now);
  const sink = { out: 0 };
  const io = {
    // The CLI as shipped: the views verify the chain on the built thread (bench/run.mjs runs from the checkout).
    ...(phase === 'export-csv-one-thread' ? {} : { verifyThread: pathToFileURL(path.resolve('dist', 'ledger-verify.js')) }),
    cwd: root,
    env: {},
    clock,
    out: (t: string) => void (sink.out += t.length),
    err: (t: string) => void process.stderr.write(`   [${phase}] ${t}\n`),
  };
  const out = path.join(root, `out-${phase}`);
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let code = 0;
  switch (phase) {
    case 'verify':
      code = await main(['audit', 'verify'], io);
      break;
    case 'verify-deep':
      code = await main(['audit', 'verify', '--deep'], io);
      break;
    case 'export-csv':
    case 'export-csv-one-thread':
      code = await main(['audit', 'export', '--out', `${out}.csv`], io);
      break;
    case 'export-json':
      code = await main(['audit', 'export', '--format', 'json', '--out', `${out}.json`], io);
      break;
    case 'report':
      code = await main(['audit', 'report', '--out', `${out}.html`], io);
      break;
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  if (code !== 0) throw new Error(`${phase} exited ${code}`);
  const written = readdirSync(root)
    .filter((f) => f.startsWith(`out-${phase}`))
    .reduce((n, f) => n + statSync(path.join(root, f)).size, 0);
  return [
    { name: phase, value: ms, unit: 'ms' },
    { name: phase, value: (cpu.user + cpu.system) / 1000, unit: 'ms cpu' },
    { name: phase, value: process.resourceUsage().maxRSS / 1024, unit: 'MB peak RSS' },
    { name: phase, value: written / 1e6, unit: 'MB written' },
  ];
}
