import { describe, expect, it } from 'vitest';
import { APPROVAL_CODES } from '../../src/shared/codes/approvals.js';
import { ERROR_CODES } from '../../src/shared/codes/index.js';
import { GITHUB_CODES } from '../../src/shared/codes/github.js';
import { LOAD_CODES } from '../../src/shared/codes/load.js';
import { POLICY_CODES } from '../../src/shared/codes/policy.js';
import { PROVIDER_CODES } from '../../src/shared/codes/providers.js';
import { RUN_CODES } from '../../src/shared/codes/run.js';

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
