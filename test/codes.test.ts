import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_CODES } from '../src/shared/codes/audit.js';
import { APPROVAL_CODES } from '../src/shared/codes/approvals.js';
import { ERROR_CODES } from '../src/shared/codes/index.js';
import { GITHUB_CODES } from '../src/shared/codes/github.js';
import { LEDGER_CODES } from '../src/shared/codes/ledger.js';
import { LOAD_CODES } from '../src/shared/codes/load.js';
import { APPLY_CODES } from '../src/shared/codes/apply.js';
import { DOCTOR_CODES } from '../src/shared/codes/doctor.js';
import { MODE_CODES } from '../src/shared/codes/modes.js';
import { REVOKE_CODES } from '../src/shared/codes/revoke.js';
import { POLICY_CODES } from '../src/shared/codes/policy.js';
import { PROVIDER_CODES } from '../src/shared/codes/providers.js';
import { renderCodesDoc } from '../src/report/codes-doc.js';
import { RUN_CODES } from '../src/shared/codes/run.js';
import { ACTIVITY_CODES } from '../src/shared/codes/activity.js';
import { REQUEST_CODES } from '../src/shared/codes/request.js';

const TABLES = { AUDIT_CODES, APPROVAL_CODES, GITHUB_CODES, LEDGER_CODES, LOAD_CODES, MODE_CODES, APPLY_CODES, REVOKE_CODES, DOCTOR_CODES, POLICY_CODES, PROVIDER_CODES, RUN_CODES, ACTIVITY_CODES, REQUEST_CODES };

describe('error codes', () => {
  it('are unique across areas (a spread would silently override a duplicate)', () => {
    const seen = new Map<string, string>();
    for (const [table, codes] of Object.entries(TABLES)) {
      for (const code of Object.keys(codes)) {
        expect(seen.get(code), `${code} is in ${seen.get(code)} and ${table}`).toBeUndefined();
        seen.set(code, table);
      }
    }
    expect(seen.size).toBe(Object.keys(ERROR_CODES).length);
  });

  it('follow the naming rule and say what to do', () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^E_[A-Z0-9_]+$/);
      expect(info.summary.length, code).toBeGreaterThan(10);
      expect(info.fix.length, code).toBeGreaterThan(10);
    }
  });

  it('are all listed in docs/error-codes.md (regenerate with `npx grantbook codes > docs/error-codes.md`)', () => {
    expect(readFileSync('docs/error-codes.md', 'utf8')).toBe(renderCodesDoc());
  });
});
