import { builtinRegistry } from '../../src/providers/catalog.js';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/policy/load-repo.js';
import { codes, expectLocated, expectNoEcho, GOOD_REQUEST, goodPolicyFiles, MARKER, src } from '../load/fixtures.js';

describe('validateFiles', () => {
  it('returns nothing for a valid repository', () => {
    expect(validateFiles([...goodPolicyFiles(), src('access-requests/alice-inc-4211.yaml', GOOD_REQUEST), src('README.md', 'x')], builtinRegistry())).toEqual(
      [],
    );
  });

  it('returns every diagnostic from every file, ordered by file and line', () => {
    const d = validateFiles(
      [
        src('access-requests/b.yaml', `requester: alice\nprofile: p\nduration: 1y\ngrants: [{target: t, bundle: "${MARKER}"}]\n`),
        src('access-requests/a.yaml', `requester: "${MARKER} x"\nprofile: p\ngrants: [{target: t, bundle: b}]\n`),
        src('access-requests/A.yaml', GOOD_REQUEST),
        ...goodPolicyFiles({ 'policies/targets.yaml': undefined }),
      ],
      builtinRegistry(),
    );
    expect(d.map((x) => `${x.file}:${x.line} ${x.code}`)).toEqual([
      'access-requests/A.yaml:1 E_REQUEST_FILENAME',
      'access-requests/a.yaml:1 E_SCHEMA_PATTERN',
      'access-requests/b.yaml:3 E_DURATION_FORMAT',
      'access-requests/b.yaml:4 E_SCHEMA_PATTERN',
      'policies/targets.yaml:1 E_POLICY_TARGETS_MISSING',
    ]);
    expectNoEcho(d);
    expectLocated(d);
  });

  it('skips .gitkeep placeholders but not other dot files', () => {
    const d = validateFiles([...goodPolicyFiles(), src('access-requests/.gitkeep', ''), src('access-requests/.hidden.yaml', GOOD_REQUEST)], builtinRegistry());
    expect(codes(d)).toEqual(['E_REQUEST_FILENAME']);
  });
});
