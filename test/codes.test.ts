import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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

const TABLES = {
  AUDIT_CODES,
  APPROVAL_CODES,
  GITHUB_CODES,
  LEDGER_CODES,
  LOAD_CODES,
  MODE_CODES,
  APPLY_CODES,
  REVOKE_CODES,
  DOCTOR_CODES,
  POLICY_CODES,
  PROVIDER_CODES,
  RUN_CODES,
  ACTIVITY_CODES,
  REQUEST_CODES,
};

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

  it('every code table under src/ is one of the tables above, all in ERROR_CODES', async () => {
    const found: Record<string, unknown> = {};
    for (const file of tableFiles) {
      const module = (await import(pathToFileURL(path.resolve(file)).href)) as Record<string, unknown>;
      for (const [name, table] of Object.entries(module)) if (/^[A-Z_]+_CODES$/.test(name) && name !== 'ERROR_CODES') found[name] = table;
    }
    expect(Object.keys(found).sort()).toEqual(Object.keys(TABLES).sort());
    for (const [name, table] of Object.entries(found)) expect(table, name).toBe(TABLES[name as keyof typeof TABLES]);
  });

  it('every code is raised somewhere in src/: a code no path can produce is removed, not left in the docs', () => {
    const sources = srcFiles.filter((f) => !tableFiles.includes(f) && !GENERATED_OR_DOCS.test(f)).map((f) => withoutComments(readFileSync(f, 'utf8')));
    const unraised = Object.keys(ERROR_CODES).filter((code) => !sources.some((text) => new RegExp(`\\b${code}\\b`).test(text)));
    expect(unraised).toEqual([]);
  });
});

/** Every TypeScript file under src/, relative, sorted. */
const srcFiles = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => path.relative('.', path.join(e.parentPath, e.name)))
  .sort();

/** The files that define code tables (and the union of them): naming a code there is not raising it. */
const tableFiles = srcFiles.filter((f) => /^export const [A-Z_]+_CODES = \{/m.test(readFileSync(f, 'utf8')));

/** Generated validators and the docs renderer name codes without raising them. */
const GENERATED_OR_DOCS = /^src\/(?:load\/generated\/|report\/codes-doc\.ts$)/;

/** Block and line comments out: a code named in a comment is not raised there. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}
