import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_LEDGER_FILE_BYTES, verifyLedgerDir } from '../../src/ledger/verify-dir.js';
import { twoMonthLedger } from './fixtures.js';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
});

async function checkout(withLedger = true): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'grantbook-checkout-'));
  roots.push(root);
  if (withLedger) {
    await mkdir(path.join(root, 'audit'));
    for (const f of twoMonthLedger().files) await writeFile(path.join(root, f.path), f.text ?? '');
  }
  return root;
}

describe('verifyLedgerDir', () => {
  it('reads a valid ledger from a checkout', async () => {
    const result = await verifyLedgerDir(await checkout());
    expect(result.problems).toEqual([]);
    expect(result.events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('treats a checkout without audit/ as an empty, valid ledger', async () => {
    const result = await verifyLedgerDir(await checkout(false));
    expect(result).toMatchObject({ ok: true, events: [], tip: { seq: -1 } });
  });

  it('refuses a symlinked month file without following it, and keeps reading the others', async () => {
    const root = await checkout();
    await writeFile(path.join(root, 'elsewhere.jsonl'), 'x\n');
    await symlink(path.join(root, 'elsewhere.jsonl'), path.join(root, 'audit', '2025-03.jsonl'));
    const result = await verifyLedgerDir(root);
    expect(result.firstBroken).toMatchObject({ file: 'audit/2025-03.jsonl', code: 'E_LEDGER_FILE_TYPE' });
    expect(result.events).toHaveLength(6);
  });

  it('refuses an oversized file before reading it', async () => {
    const root = await checkout();
    await writeFile(path.join(root, 'audit', '2025-03.jsonl'), '');
    await truncate(path.join(root, 'audit', '2025-03.jsonl'), MAX_LEDGER_FILE_BYTES + 1);
    const result = await verifyLedgerDir(root);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ file: 'audit/2025-03.jsonl', code: 'E_LEDGER_FILE_TOO_LARGE' });
  });

  it('refuses invalid UTF-8, a subdirectory, and an audit path that is not a directory', async () => {
    const root = await checkout();
    await writeFile(path.join(root, 'audit', '2025-03.jsonl'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]));
    await mkdir(path.join(root, 'audit', '2025-04.jsonl'));
    const result = await verifyLedgerDir(root);
    expect(result.problems.map((p) => [p.code, p.file])).toEqual([
      ['E_LEDGER_FILE_ENCODING', 'audit/2025-03.jsonl'],
      ['E_LEDGER_FILE_TYPE', 'audit/2025-04.jsonl'],
    ]);

    const flat = await checkout(false);
    await writeFile(path.join(flat, 'audit'), 'not a directory\n');
    expect((await verifyLedgerDir(flat)).firstBroken).toMatchObject({ file: 'audit', code: 'E_LEDGER_FILE_TYPE' });
  });
});
