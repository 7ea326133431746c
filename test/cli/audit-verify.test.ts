import { builtin } from '../support/builtin-specs.js';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventDraft, LedgerGrant } from '../../src/ledger/index.js';
import { grantedDraft, HOUR, sealBatches, T0, toFiles } from '../ledger/fixtures.js';
import { runCli } from '../support/cli.js';

/**
 * `grantbook audit verify` holds the ledger to what Grantbook writes, past
 * the hash chain: a chain re-computed after an edit still verifies, so the
 * facts only apply could have written are checked too.
 */
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function verify(drafts: readonly EventDraft[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-audit-verify-'));
  dirs.push(dir);
  await mkdir(path.join(dir, 'audit'));
  for (const f of toFiles(sealBatches([{ at: T0, drafts }]))) await writeFile(path.join(dir, f.path), f.text ?? '');
  return runCli(['audit', 'verify'], { cwd: dir });
}

const PG: LedgerGrant = {
  target: 'orders-prod',
  provider: 'postgres',
  principal: 'alice',
  spec: builtin({ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] }),
};
const TEAM: LedgerGrant = {
  target: 'github-acme',
  provider: 'github',
  principal: 'alice',
  spec: builtin({ kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' }),
};
const intentAndGranted = (request: string, intent: readonly LedgerGrant[], granted: readonly LedgerGrant[]): EventDraft[] => {
  const g = grantedDraft(request, T0, 2, { grants: granted });
  const { granted_at: _at, ...body } = g as EventDraft & { granted_at: string };
  return [{ ...body, type: 'intent', grants: intent } as EventDraft, g];
};

describe('grantbook audit verify: what only apply could have written', () => {
  it('passes intent and granted events that agree, held parts included', async () => {
    const result = await verify([
      ...intentAndGranted('alice-ok-1', [PG, { ...TEAM, already_held: true }], [PG, { ...TEAM, already_held: true }]),
      grantedDraft('alice-old-1', T0 + HOUR),
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('ok: 3 event(s)');
  });

  it('refuses a PostgreSQL grant recorded as already held: its grants live on a role of their own, nothing is ever held before', async () => {
    const result = await verify([grantedDraft('alice-pg-1', T0, 2, { grants: [{ ...PG, already_held: true }, TEAM] })]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('audit/2025-01.jsonl:1 E_LEDGER_HELD_UNEXPECTED');
    expect(result.stderr).toContain('alice-pg-1');
  });

  it("refuses a granted event whose grants (or held flags) are not its intent's", async () => {
    for (const granted of [[PG, { ...TEAM, already_held: true as const }], [PG], [{ ...PG, principal: 'bob' }, TEAM]]) {
      const result = await verify(intentAndGranted('alice-diff-1', [PG, TEAM], granted));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('audit/2025-01.jsonl:2 E_LEDGER_GRANT_MISMATCH');
      expect(result.stderr).toContain('alice-diff-1');
    }
  });

  it('says the same with --json', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-audit-verify-'));
    dirs.push(dir);
    await mkdir(path.join(dir, 'audit'));
    for (const f of toFiles(sealBatches([{ at: T0, drafts: intentAndGranted('alice-diff-2', [PG], [PG, TEAM]) }])))
      await writeFile(path.join(dir, f.path), f.text ?? '');
    const { code, stdout } = await runCli(['audit', 'verify', '--json'], { cwd: dir });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; problems: { code: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual(['E_LEDGER_GRANT_MISMATCH']);
  });
});
