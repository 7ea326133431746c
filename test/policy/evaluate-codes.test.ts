import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPROVAL_CODES } from '../../src/shared/codes/approvals.js';
import { GITHUB_CODES } from '../../src/shared/codes/github.js';
import { LOAD_CODES } from '../../src/shared/codes/load.js';
import { POLICY_CODES } from '../../src/shared/codes/policy.js';
import { PROVIDER_CODES } from '../../src/shared/codes/providers.js';
import { RUN_CODES } from '../../src/shared/codes/run.js';

const root = join(import.meta.dirname, '../../src/policy');

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listTs(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('policy evaluation codes', () => {
  const codes = Object.entries(POLICY_CODES);

  it('are prefixed, summarised and carry a fix', () => {
    expect(codes.length).toBeGreaterThan(0);
    for (const [code, info] of codes) {
      expect(code).toMatch(/^E_POLICY_[A-Z_]+$/);
      expect(info.summary.length, code).toBeGreaterThan(10);
      expect(info.fix.length, code).toBeGreaterThan(10);
    }
  });

  it('are not shadowed by another area when the tables are merged', () => {
    const others = [LOAD_CODES, APPROVAL_CODES, GITHUB_CODES, PROVIDER_CODES, RUN_CODES].flatMap((table) => Object.keys(table));
    expect(codes.map(([code]) => code).filter((code) => others.includes(code))).toEqual([]);
  });

  it("are each raised somewhere in the evaluation code (policy, or a provider's grant checks)", () => {
    const providers = join(import.meta.dirname, '../../src/providers');
    const source = [join(root, 'evaluate.ts'), ...listTs(join(root, 'rules')), ...listTs(providers)].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(codes.map(([code]) => code).filter((code) => !source.includes(`'${code}'`))).toEqual([]);
  });
});
