import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeExport } from '../src/audit-view/export.js';
import type { LedgerSource } from '../src/audit-view/ledger-stream.js';
import { PendingFile } from '../src/audit-view/output.js';
import { readProfileFacts } from '../src/audit-view/profiles.js';
import { writeReport } from '../src/audit-view/report-html.js';
import { main } from '../src/cli.js';
import { fixedClock } from '../test/support/clock.js';
import { generateAuditLedger } from '../test/support/audit-ledger.js';
import { streamLedgerForBench } from './support/stream-ledger.js';
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
 *
 * Two ledger readers: the product's today (`verifyLedgerDir`, which reads
 * and verifies everything before handing back all events: the views' memory
 * is then bound by it), and a streaming stand-in (bench/support), to show
 * what the views cost by themselves once the ledger streams.
 */
const PHASES = ['verify', 'export-csv', 'export-json', 'report', 'stream-verify', 'stream-export-csv', 'stream-report'] as const;
type Phase = (typeof PHASES)[number];

export async function run(): Promise<BenchResult[]> {
  const phase = process.env[PHASE] as Phase | undefined;
  if (phase !== undefined) return runPhase(phase, process.env[ROOT] ?? '', Number(process.env[NOW]));

  const root = mkdtempSync(path.join(tmpdir(), 'grantbook-bench-audit-'));
  try {
    cpSync('policies', path.join(root, 'policies'), { recursive: true });
    const started = performance.now();
    const generated = generateAuditLedger(root, { grants: 400_000, maxEvents: EVENTS, live: 0 });
    const generateMs = performance.now() - started;
    if (generated.events !== EVENTS) throw new Error(`generated ${generated.events} events`);
    const bytes = readdirSync(path.join(root, 'audit')).reduce((n, f) => n + statSync(path.join(root, 'audit', f)).size, 0);
    const figures = new Map<Phase, { ms: number; cpuMs: number; rssMb: number; outMb: number }>();
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
    const f = (p: Phase) => figures.get(p) ?? { ms: Number.NaN, cpuMs: Number.NaN, rssMb: Number.NaN, outMb: Number.NaN };
    const verify = { name: 'audit verify (verifyLedgerDir)', value: f('verify').ms };
    const streamVerify = { name: 'streamed verify (bench reader)', value: f('stream-verify').ms };
    const cpuVerify = { name: 'audit verify, CPU', value: f('verify').cpuMs };
    const cpuStreamVerify = { name: 'streamed verify, CPU', value: f('stream-verify').cpuMs };
    const time = (label: string, p: Phase, base: { name: string; value: number }, target?: string): BenchResult => ({
      name: label,
      value: f(p).ms,
      unit: 'ms',
      baseline: base,
      ratio: f(p).ms / base.value,
      ...(target !== undefined ? { target } : {}),
    });
    // CPU time too: on a machine shared with other work, wall time swings by a factor of two.
    const cpuTime = (label: string, p: Phase, base: { name: string; value: number }): BenchResult => ({ name: `${label}, CPU`, value: f(p).cpuMs, unit: 'ms', baseline: base, ratio: f(p).cpuMs / base.value });
    const rss = (label: string, p: Phase, target?: string): BenchResult => ({ name: label, value: f(p).rssMb, unit: 'MB peak RSS', ...(target !== undefined ? { target } : {}) });
    return [
      { name: 'ledger events', value: generated.events, unit: 'events' },
      { name: 'ledger size', value: bytes / (1024 * 1024), unit: 'MiB' },
      { name: 'generating it (append + seal)', value: generateMs, unit: 'ms' },
      { name: 'audit verify', value: f('verify').ms, unit: 'ms' },
      time('audit export --format csv', 'export-csv', verify, '<= 2x audit verify'),
      time('audit export --format json', 'export-json', verify, '<= 2x audit verify'),
      time('audit report', 'report', verify, '<= 2x audit verify'),
      { name: 'audit verify, CPU', value: f('verify').cpuMs, unit: 'ms' },
      cpuTime('audit export --format csv', 'export-csv', cpuVerify),
      cpuTime('audit export --format json', 'export-json', cpuVerify),
      cpuTime('audit report', 'report', cpuVerify),
      rss('audit verify', 'verify'),
      rss('audit export --format csv', 'export-csv', '< 512 MB (bound by the reader)'),
      rss('audit export --format json', 'export-json'),
      rss('audit report', 'report'),
      { name: 'CSV written', value: f('export-csv').outMb, unit: 'MB written' },
      { name: 'report written', value: f('report').outMb, unit: 'MB written' },
      { name: 'streamed verify (no consumer)', value: f('stream-verify').ms, unit: 'ms' },
      time('streamed export --format csv', 'stream-export-csv', streamVerify, '<= 2x streamed verify'),
      time('streamed report', 'stream-report', streamVerify, '<= 2x streamed verify'),
      { name: 'streamed verify, CPU', value: f('stream-verify').cpuMs, unit: 'ms' },
      cpuTime('streamed export --format csv', 'stream-export-csv', cpuStreamVerify),
      cpuTime('streamed report', 'stream-report', cpuStreamVerify),
      rss('streamed verify', 'stream-verify'),
      rss('streamed export --format csv', 'stream-export-csv', '< 512 MB'),
      rss('streamed report', 'stream-report', '< 512 MB'),
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** One phase in this (child) process: the time it takes and the process's peak RSS. */
async function runPhase(phase: Phase, root: string, now: number): Promise<BenchResult[]> {
  const clock = fixedClock(now);
  const sink = { out: 0 };
  const io = { cwd: root, env: {}, clock, out: (t: string) => void (sink.out += t.length), err: (t: string) => void process.stderr.write(`   [${phase}] ${t}\n`) };
  const out = path.join(root, `out-${phase}`);
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let code = 0;
  switch (phase) {
    case 'verify':
      code = await main(['audit', 'verify'], io);
      break;
    case 'export-csv':
      code = await main(['audit', 'export', '--out', `${out}.csv`], io);
      break;
    case 'export-json':
      code = await main(['audit', 'export', '--format', 'json', '--out', `${out}.json`], io);
      break;
    case 'report':
      code = await main(['audit', 'report', '--out', `${out}.html`], io);
      break;
    case 'stream-verify': {
      let n = 0;
      if (!streamLedgerForBench(root, () => void (n += 1)).ok || n !== EVENTS) code = 1;
      break;
    }
    case 'stream-export-csv':
    case 'stream-report': {
      const source: LedgerSource = async (onEvent) => streamLedgerForBench(root, onEvent);
      const file = new PendingFile(phase === 'stream-report' ? `${out}.html` : `${out}.csv`);
      const facts = await readProfileFacts(root);
      const period = { since: Number.NEGATIVE_INFINITY, until: now };
      const outcome =
        phase === 'stream-report'
          ? await writeReport(source, file, { period, now, intervalMs: 30 * 60_000, facts })
          : await writeExport(source, file, { period, format: 'csv', bom: true, context: { facts }, now });
      if (!outcome.verdict.ok) code = 1;
      file.commit();
      break;
    }
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  if (code !== 0) throw new Error(`${phase} exited ${code}`);
  const written = readdirSync(root).filter((f) => f.startsWith(`out-${phase}`)).reduce((n, f) => n + statSync(path.join(root, f)).size, 0);
  return [
    { name: phase, value: ms, unit: 'ms' },
    { name: phase, value: (cpu.user + cpu.system) / 1000, unit: 'ms cpu' },
    { name: phase, value: process.resourceUsage().maxRSS / 1024, unit: 'MB peak RSS' },
    { name: phase, value: written / 1e6, unit: 'MB written' },
  ];
}
