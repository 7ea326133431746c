import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readProfileFacts } from '../../src/audit-view/profiles.js';
import { readSettings } from '../../src/inputs.js';
import { fold, verifyLedgerDir, type LedgerStore } from '../../src/ledger/index.js';
import { memoryLogger } from '../support/logger.js';
import { run } from '../../src/main.js';
import type { ModeRunner } from '../../src/modes/types.js';
import { attachMonthReport } from '../../src/modes/revoke/attach-report.js';
import { monthReport } from '../../src/modes/revoke/month-report.js';
import { parseInstant } from '../../src/time/instant.js';
import { generateAuditLedger } from '../support/audit-ledger.js';
import { GitLedgerStore } from '../support/git-ledger-store.js';

const NOW = parseInstant('2025-01-09T12:00:00Z') ?? 0;
let work: string;
let files: Record<string, string>;
let inMonth: number;
const stores: GitLedgerStore[] = [];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'grantbook-month-report-'));
  // 1,200 grants from 2025-01-06 08:00, three minutes apart: all in January, up to about NOW.
  generateAuditLedger(work, { grants: 1200, live: 10 });
  files = Object.fromEntries(readdirSync(path.join(work, 'audit')).map((f) => [`audit/${f}`, readFileSync(path.join(work, 'audit', f), 'utf8')]));
  const chain = await verifyLedgerDir(work);
  inMonth = [...fold(chain.events).states.values()].filter((s) => {
    if (s.grant === undefined) return false;
    const start = parseInstant(s.grant.type === 'granted' ? s.grant.granted_at : s.grant.at) ?? 0;
    return start < NOW;
  }).length;
}, 60_000);
/** A checkout with no ledger: the report reads the whole ledger at the branch tip. */
const emptyCheckout = mkdtempSync(path.join(tmpdir(), 'grantbook-month-report-checkout-'));
afterAll(async () => {
  for (const s of stores) await s.destroy();
  rmSync(work, { recursive: true, force: true });
  rmSync(emptyCheckout, { recursive: true, force: true });
});

async function store(content: Record<string, string>): Promise<GitLedgerStore> {
  const s = await GitLedgerStore.create('main', content);
  stores.push(s);
  return s;
}

describe("the revoke job's month report (report: true)", () => {
  it('writes the month so far from the ledger at the branch tip, and its figures for the summary', async () => {
    const s = await store(files);
    const dir = path.join(work, 'out-ok');
    const logger = memoryLogger();
    const report = await monthReport({
      store: s,
      branch: 'main',
      checkout: emptyCheckout,
      now: NOW,
      intervalMs: 30 * 60_000,
      facts: await readProfileFacts('.'),
      dir,
      repository: 'acme/access',
      logger,
    });
    expect(report.file).toBe(path.join(dir, 'access-report-2025-01.html'));
    const html = readFileSync(report.file ?? '', 'utf8');
    expect(html).toContain('<h1>Access report for acme/access</h1>');
    expect(html).toContain((await s.readTip('main')).commitSha);
    expect(report.summary).toContain('### Access report, 2025-01 (to 2025-01-09T12:00:00Z)');
    expect(report.summary).toContain(`| Grants | ${inMonth} |`);
    expect(report.summary).toContain('The hash chain verifies');
    expect(readdirSync(dir)).toEqual(['access-report-2025-01.html']);
  });

  it('writes nothing from a broken chain, and says why in the summary', async () => {
    const [name, text] = Object.entries(files)[0] ?? ['', ''];
    const s = await store({ [name]: text.replace('"duration":"', '"duration":"9') });
    const dir = path.join(work, 'out-broken');
    const logger = memoryLogger();
    const report = await monthReport({
      store: s,
      branch: 'main',
      checkout: emptyCheckout,
      now: NOW,
      intervalMs: 30 * 60_000,
      facts: await readProfileFacts('.'),
      dir,
      repository: 'acme/access',
      logger,
    });
    expect(report.file).toBeUndefined();
    expect(report.summary).toContain('Not written');
    expect(report.summary).toContain('E_AUDIT_CHAIN_BROKEN');
    expect(report.summary).toContain(`${name}:`);
    expect(readdirSync(dir)).toEqual([]);
    expect(logger.lines.some((l) => l.startsWith('warning: E_AUDIT_CHAIN_BROKEN'))).toBe(true);
  });

  it("a report that cannot be made leaves the sweep's result as it was, with a note", async () => {
    const failing: LedgerStore = {
      readTip: () => Promise.reject(new Error('GitHub is down')),
      listDir: () => Promise.reject(new Error('unused')),
      readBlob: () => Promise.reject(new Error('unused')),
      writeCommit: () => Promise.reject(new Error('unused')),
      fastForward: () => Promise.reject(new Error('unused')),
    };
    const logger = memoryLogger();
    const sweep = { decision: 'revoked', reasonCodes: [], requests: ['a-1'], summary: '## Grantbook revoke sweep\n' };
    const out = await attachMonthReport(sweep, {
      store: failing,
      branch: 'main',
      now: NOW,
      env: { RUNNER_TEMP: work },
      workingDirectory: '.',
      repository: 'acme/access',
      logger,
    });
    expect(out.decision).toBe('revoked');
    expect(out.reportFile).toBeUndefined();
    expect(out.summary).toContain('## Grantbook revoke sweep');
    expect(out.summary).toContain('Not written: the report could not be made');
    expect(logger.lines).toContain('warning: The access report could not be made: GitHub is down');
  });
});

describe('the report input and the report-file output', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('is a strict boolean, off when absent', () => {
    process.env.INPUT_COMMAND = 'revoke';
    expect(readSettings().report).toBe(false);
    for (const [text, value] of [
      ['true', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
    ] as const) {
      process.env.INPUT_REPORT = text;
      expect(readSettings().report, text).toBe(value);
    }
    for (const text of ['yes', '1', 'on', 'ture']) {
      process.env.INPUT_REPORT = text;
      expect(() => readSettings(), text).toThrow(/E_INPUT_INVALID input "report" must be true or false/);
    }
  });

  it('sets report-file when the mode wrote a report', async () => {
    const outputs = path.join(work, 'github-output');
    writeFileSync(outputs, '');
    process.env.GITHUB_OUTPUT = outputs;
    process.env.INPUT_COMMAND = 'revoke';
    process.env.INPUT_REPORT = 'true';
    const file = path.join(work, 'out-ok', 'access-report-2025-01.html');
    let seen: boolean | undefined;
    const revoke: ModeRunner = async ({ settings }) => {
      seen = settings.report;
      return { decision: 'nothing-due', reasonCodes: [], requests: [], reportFile: file };
    };
    await run({ revoke });
    expect(seen).toBe(true);
    const written = readFileSync(outputs, 'utf8');
    expect(written).toMatch(new RegExp(`report-file<<(\\S+)\\n${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\n\\1`));
    expect(existsSync(file)).toBe(true);
  });
});
