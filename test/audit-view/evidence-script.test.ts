import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamLedgerDir } from '../../src/ledger/index.js';
import { workload, writeLedger } from '../support/ledger-workload.js';

/** The Python block of docs/audit-evidence.md, as an auditor would copy it. */
const script = /```python\n([\s\S]*?)```/.exec(readFileSync('docs/audit-evidence.md', 'utf8'))?.[1] ?? '';
const python = spawnSync('python3', ['--version']).status === 0;
// Under CI=true a missing python3 fails the run (.ci/run installs it) rather than skipping these.
if (!python && process.env['CI'] === 'true') throw new Error('the docs/audit-evidence.md script cannot run under CI=true: no python3');
if (!python) console.warn('docs/audit-evidence.md script not run: no python3 on this machine');

let root: string;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'grantbook-evidence-script-'));
  // The layout every writer produces today: segments, each after the first opening with a checkpoint record.
  await writeLedger(root, workload({ start: Date.UTC(2026, 0, 30), grantsPerDay: 500 }), { until: (_s, t) => t.seq + 1 >= 1500, segmentBytes: 48 * 1024 });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the audit evidence's check of the chain without this tool", () => {
  it.skipIf(!python)('prints the count and last hash audit verify arrives at, on a ledger of segments', async () => {
    // The segments too, and not audit/checkpoint.jsonl, which is outside the chain: a script reading audit/*.jsonl alone says "the chain breaks here" on this valid ledger.
    expect(script).toContain('hashlib');
    const verdict = await streamLedgerDir(root);
    expect(verdict.ok).toBe(true);
    const out = execFileSync('python3', ['-c', script], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe(`ok: ${verdict.eventCount} events, last seq ${verdict.tip.seq}, last hash ${verdict.tip.hash}`);
    expect(verdict.eventCount).toBeLessThan(verdict.tip.seq + 1);
  });

  it.skipIf(!python)('and on a ledger of month files of the first layout', async () => {
    const legacy = 'test/ledger/fixtures/legacy-month-files';
    const verdict = await streamLedgerDir(legacy);
    expect(verdict.ok).toBe(true);
    const out = execFileSync('python3', ['-c', script], { cwd: legacy, encoding: 'utf8' });
    expect(out.trim()).toBe(`ok: ${verdict.eventCount} events, last seq ${verdict.tip.seq}, last hash ${verdict.tip.hash}`);
  });
});
