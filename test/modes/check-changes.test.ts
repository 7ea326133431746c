import { describe, expect, it } from 'vitest';
import { classifyChanges, type ChangedFile } from '../../src/modes/check/changes.js';

const f = (filename: string, status: ChangedFile['status'], previousFilename?: string): ChangedFile => ({
  filename,
  status,
  ...(previousFilename !== undefined ? { previousFilename } : {}),
});

const codes = (files: ChangedFile[]) => classifyChanges(files).problems.map((p) => p.code);

describe('classifyChanges', () => {
  it('accepts a PR that only adds request files', () => {
    const result = classifyChanges([f('access-requests/b.yaml', 'added'), f('access-requests/a.yaml', 'added')]);
    expect(result).toEqual({ added: ['access-requests/a.yaml', 'access-requests/b.yaml'], removed: [], problems: [] });
  });

  it('accepts a PR that only deletes request files (early relinquish)', () => {
    const result = classifyChanges([f('access-requests/a.yaml', 'removed')]);
    expect(result).toEqual({ added: [], removed: ['access-requests/a.yaml'], problems: [] });
  });

  it('ignores PRs that do not touch requests at all', () => {
    expect(classifyChanges([f('src/x.ts', 'modified'), f('policies/p.yaml', 'modified')])).toEqual({
      added: [],
      removed: [],
      problems: [],
    });
  });

  it('reads a change to access-requests/README.md or .gitkeep as no request at all', () => {
    expect(classifyChanges([f('access-requests/README.md', 'modified'), f('access-requests/.gitkeep', 'removed')])).toEqual({
      added: [],
      removed: [],
      problems: [],
    });
    expect(codes([f('access-requests/a.yaml', 'added'), f('access-requests/README.md', 'modified')])).toEqual(['E_PR_MIXED_CHANGES']);
    expect(classifyChanges([f('access-requests/readme.md', 'added')]).added).toEqual(['access-requests/readme.md']);
  });

  it.each([
    ['policies/', f('policies/orders-readonly.yaml', 'modified')],
    ['CODEOWNERS', f('.github/CODEOWNERS', 'modified')],
    ['a workflow', f('.github/workflows/access-check.yml', 'added')],
    ['the ledger', f('audit/2026-11.jsonl', 'modified')],
  ])('refuses a request added next to a change to %s', (_what, other) => {
    expect(codes([f('access-requests/a.yaml', 'added'), other])).toEqual(['E_PR_MIXED_CHANGES']);
  });

  it.each(['modified', 'changed'] as const)('refuses an existing request that is %s', (status) => {
    expect(codes([f('access-requests/a.yaml', status)])).toEqual(['E_PR_REQUEST_EDITED']);
  });

  it('refuses a renamed request, also when renamed out of the directory', () => {
    expect(codes([f('access-requests/b.yaml', 'renamed', 'access-requests/a.yaml')])).toEqual(['E_PR_REQUEST_EDITED']);
    expect(codes([f('elsewhere/a.yaml', 'renamed', 'access-requests/a.yaml')])).toEqual(['E_PR_REQUEST_EDITED']);
  });

  it('refuses adding and removing in one PR', () => {
    expect(codes([f('access-requests/a.yaml', 'added'), f('access-requests/b.yaml', 'removed')])).toEqual(['E_PR_MIXED_CHANGES']);
  });

  it('flags a case-variant request directory instead of ignoring it', () => {
    expect(codes([f('Access-Requests/X.YAML', 'added')])).toEqual(['E_PR_REQUEST_PATH_CASE']);
    expect(codes([f('access-requests/a.yaml', 'added'), f('ACCESS-REQUESTS/b.yaml', 'added')])).toEqual(['E_PR_REQUEST_PATH_CASE', 'E_PR_MIXED_CHANGES']);
  });

  it('never puts an unusual file name into a diagnostic', () => {
    const result = classifyChanges([f('access-requests/a\u202Eb.yaml', 'modified')]);
    expect(result.problems[0]?.file).toBe('<file name with unusual characters>');
  });
});
