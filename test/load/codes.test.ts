import { describe, expect, it } from 'vitest';
import { APPROVAL_CODES } from '../../src/approvals/codes.js';
import { ERROR_CODES } from '../../src/codes.js';
import { GITHUB_CODES } from '../../src/github/codes.js';
import { LOAD_CODES } from '../../src/load/codes.js';
import { POLICY_CODES } from '../../src/policy/codes.js';
import { PROVIDER_CODES } from '../../src/providers/codes.js';
import { RUN_CODES } from '../../src/run-codes.js';

describe('load codes', () => {
  it('are E_ codes with a summary and a fix', () => {
    for (const [code, info] of Object.entries(LOAD_CODES)) {
      expect(code).toMatch(/^E_[A-Z0-9_]+$/);
      expect(info.summary.length, code).toBeGreaterThan(10);
      expect(info.fix.length, code).toBeGreaterThan(10);
    }
  });

  it('do not collide with another area (a collision would silently replace a fix)', () => {
    const others = { ...APPROVAL_CODES, ...GITHUB_CODES, ...POLICY_CODES, ...PROVIDER_CODES, ...RUN_CODES };
    for (const code of Object.keys(LOAD_CODES)) expect(Object.hasOwn(others, code), code).toBe(false);
  });

  it('are all in the merged table', () => {
    for (const code of Object.keys(LOAD_CODES)) expect(ERROR_CODES).toHaveProperty(code);
  });
});
