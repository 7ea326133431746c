import { builtinRegistry } from '../src/providers/catalog.js';
import { parse as yamlParse } from 'yaml';
import type { SourceFile } from '../src/load/source.js';
import { loadPolicySet } from '../src/policy/load-set.js';
import { parseRequestFile } from '../src/request/parse.js';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  ratio?: number;
  target?: string;
}

const FILES = 10_000;
const ROUNDS = 5;
const CHUNK = 250;

/** Deterministic, so every run measures the same corpus. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOGINS = ['alice', 'bob', 'carol-s', 'dave42', 'erin', 'frank-ops', 'grace', 'heidi-dba'];
const PROFILES = ['orders-readonly', 'billing-support', 'payments-oncall', 'analytics-read', 'break-glass'];
const DURATIONS = ['15m', '30m', '1h', '2h', '4h', '8h', '1d'];
const TABLES = ['public.orders', 'public.order_items', 'billing.invoices', 'billing.payments', 'public.customers'];
const COLUMNS = ['id', 'status', 'created_at', 'updated_at', 'amount_cents', 'currency', 'customer_id', 'region', 'notes', 'external_ref'];
const WORDS = 'investigate duplicate charges reported by support for customers in the eu region after the deploy of version with retries enabled'.split(' ');

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function grant(rand: () => number): string {
  const kind = rand();
  if (kind < 0.6) {
    const columns = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 8) }, () => pick(rand, COLUMNS)))];
    const privileges = rand() < 0.8 ? '[SELECT]' : '[SELECT, UPDATE]';
    return `  - target: orders-prod\n    privileges: ${privileges}\n    table: ${pick(rand, TABLES)}\n    columns: [${columns.join(', ')}]\n`;
  }
  if (kind < 0.75) return `  - target: github-acme\n    team: payments-oncall\n    role: member\n`;
  if (kind < 0.9) return `  - target: github-acme\n    repo: payments-service\n    permission: ${pick(rand, ['pull', 'triage', 'push'])}\n`;
  return `  - target: orders-prod\n    bundle: orders-triage\n`;
}

function requestText(rand: () => number, i: number): string {
  const reason = Array.from({ length: 22 + Math.floor(rand() * 16) }, () => pick(rand, WORDS)).join(' ');
  const grants = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => grant(rand)).join('');
  const extendsLine = rand() < 0.2 ? `extends: req-${i - 1}\n` : '';
  return (
    `# yaml-language-server: $schema=../schemas/access-request.schema.json\n` +
    `requester: ${pick(rand, LOGINS)}\nprofile: ${pick(rand, PROFILES)}\nduration: ${pick(rand, DURATIONS)}\n` +
    `reason: ${reason[0]?.toUpperCase()}${reason.slice(1)} (INC-${1000 + i})\nticket: INC-${1000 + i}\n${extendsLine}grants:\n${grants}`
  );
}

function profileText(name: string): string {
  return `name: ${name}
requesters:
  users: [${LOGINS.join(', ')}]
approvals:
  min: 1
duration:
  default: 1h
  max: 4h
ticket:
  required: true
  pattern: '^INC-[0-9]{1,6}$'
reason:
  required: true
sensitive_columns: flag
allow:
  - target: orders-prod
    privileges: [SELECT, UPDATE]
    tables:
${TABLES.map((t) => `      - name: ${t}\n        columns: [${COLUMNS.join(', ')}]\n        sensitive: [notes]\n`).join('')}  - target: github-acme
    teams: [payments-oncall]
    repos:
      - name: payments-service
        permissions: [pull, triage, push]
bundles:
  orders-triage:
    target: orders-prod
    grants:
      - privileges: [SELECT]
        table: public.orders
        columns: [id, status]
`;
}

function policyFiles(): SourceFile[] {
  const enc = new TextEncoder();
  const targets = `targets:
  orders-prod:
    provider: postgres
    connection_env: GRANTBOOK_PG_ORDERS
    grantor_role: grantbook_grantor
  github-acme:
    provider: github
    org: acme
    token_env: GRANTBOOK_GITHUB_TOKEN
`;
  const identities = `identities:\n${LOGINS.map((l, i) => `  - login: ${l}\n    id: ${1000 + i}\n    postgres: ${l.replace(/-/g, '_')}\n`).join('')}`;
  return [
    ...PROFILES.map((p) => ({ path: `policies/${p}.yaml`, bytes: enc.encode(profileText(p)) })),
    { path: 'policies/targets.yaml', bytes: enc.encode(targets) },
    { path: 'policies/identities.yaml', bytes: enc.encode(identities) },
  ];
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Full safe loading of request files against plain decode + yaml.parse of the same bytes. */
export async function run(): Promise<BenchResult[]> {
  const rand = prng(42);
  const enc = new TextEncoder();
  const files: SourceFile[] = Array.from({ length: FILES }, (_, i) => ({ path: `access-requests/req-${i}.yaml`, bytes: enc.encode(requestText(rand, i)) }));
  const sizes = files.map((f) => f.bytes.length);
  const meanBytes = sizes.reduce((n, b) => n + b, 0) / sizes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };

  const decodeAndParse = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) yamlParse(decoder.decode((files[i] as SourceFile).bytes));
  };
  let failures = 0;
  const fullLoad = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) if (!parseRequestFile(files[i] as SourceFile).ok) failures += 1;
  };

  // Warm both paths (JIT, schema compilation) before measuring.
  decodeAndParse(0, files.length);
  fullLoad(0, files.length);
  if (failures > 0) throw new Error(`bench corpus invalid: ${failures} request files refused`);
  // The two sides alternate in small chunks so load from other processes and
  // GC pauses fall on both alike; each round covers every file once per side.
  let bestBaseline = Infinity;
  let bestFull = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    let baselineMs = 0;
    let fullMs = 0;
    for (let from = 0; from < files.length; from += CHUNK) {
      const to = Math.min(files.length, from + CHUNK);
      baselineMs += time(() => decodeAndParse(from, to));
      fullMs += time(() => fullLoad(from, to));
      sample();
    }
    bestBaseline = Math.min(bestBaseline, baselineMs);
    bestFull = Math.min(bestFull, fullMs);
  }
  sample();

  const policies = policyFiles();
  let policyMs = Infinity;
  for (let round = 0; round < 20; round += 1) {
    policyMs = Math.min(
      policyMs,
      time(() => {
        if (!loadPolicySet(policies, builtinRegistry()).ok) throw new Error('bench policy set invalid');
      }),
    );
  }
  sample();

  const rate = (ms: number) => Math.round((FILES / ms) * 1000);
  return [
    {
      name: 'request files: full safe load (bytes -> typed AccessRequest)',
      value: rate(bestFull),
      unit: 'files/s',
      baseline: { name: 'TextDecoder + yaml.parse', value: rate(bestBaseline) },
      ratio: Math.round((bestFull / bestBaseline) * 100) / 100,
      target: 'ratio <= 1.5',
    },
    { name: `mean request file size (range ${Math.min(...sizes)}-${Math.max(...sizes)})`, value: Math.round(meanBytes), unit: 'bytes' },
    { name: 'peak RSS while loading 10,000 requests', value: Math.round(peakRss / 1024 / 1024), unit: 'MB', target: '< 256' },
    { name: `policy set load (${PROFILES.length} profiles + targets + identities)`, value: Math.round(policyMs * 100) / 100, unit: 'ms' },
  ];
}
