import { describe, expect, it } from 'vitest';
import { parseRequestFile, requestIdFromPath } from '../../src/request/parse.js';
import { codes, expectLocated, expectNoEcho, GOOD_REQUEST, MARKER, src } from '../load/fixtures.js';

describe('parseRequestFile', () => {
  it('parses a good request into the typed object, id from the file name', () => {
    const r = parseRequestFile(src('access-requests/alice-inc-4211.yaml', GOOD_REQUEST));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { locate: _locate, ...request } = r.value;
    expect(request).toEqual({
      id: 'alice-inc-4211',
      path: 'access-requests/alice-inc-4211.yaml',
      requester: 'alice',
      profile: 'orders-readonly',
      duration: '2h',
      reason: 'Investigate duplicate charges reported in INC-4211',
      ticket: 'INC-4211',
      extends: 'alice-inc-4200',
      grants: [
        { kind: 'grant', target: 'orders-prod', raw: { privileges: ['SELECT'], table: 'public.orders', columns: ['id', 'status'] } },
        { kind: 'grant', target: 'github-acme', raw: { team: 'payments-oncall', role: 'member' } },
        { kind: 'grant', target: 'github-acme', raw: { repo: 'payments-service', permission: 'pull' } },
        { kind: 'bundle', target: 'orders-prod', bundle: 'orders-triage' },
      ],
    });
    expect(r.warnings).toEqual([]);
    // Plain objects: the typed value is detached from the YAML parser's null-prototype mappings.
    expect(Object.getPrototypeOf(r.value.grants[0])).toBe(Object.prototype);
  });

  it('leaves optional fields out rather than undefined, and a table grant without columns means the whole table', () => {
    const r = parseRequestFile(
      src('access-requests/b.yaml', 'requester: bob\nprofile: p\ngrants:\n  - {target: t, privileges: [SELECT, UPDATE], table: public.orders}\n'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value)).toEqual(['id', 'path', 'requester', 'profile', 'grants', 'locate']);
    expect(r.value.grants[0]).toEqual({ kind: 'grant', target: 't', raw: { privileges: ['SELECT', 'UPDATE'], table: 'public.orders' } });
  });

  it('locate maps pointers to lines and columns in the file', () => {
    const r = parseRequestFile(src('access-requests/alice-inc-4211.yaml', GOOD_REQUEST));
    if (!r.ok) throw new Error('not ok');
    expect(r.value.locate('/requester')).toEqual({ line: 2, column: 12 });
    expect(r.value.locate('/grants/0/columns/1')).toEqual({ line: 12, column: 19 });
    expect(r.value.locate('/grants/3/bundle')).toEqual({ line: 20, column: 13 });
    expect(r.value.locate('/grants/1')).toEqual({ line: 13, column: 5 });
    // A pointer to something absent maps to its nearest existing ancestor.
    expect(r.value.locate('/grants/0/nothing')).toEqual({ line: 9, column: 5 });
    expect(r.value.locate('')).toEqual({ line: 2, column: 1 });
  });

  const badNames = [
    'access-requests/alice.yml',
    'access-requests/Alice.yaml',
    'access-requests/nested/alice.yaml',
    'access-requests/alice..yaml',
    'access-requests/-x.yaml',
    `access-requests/${MARKER}\n::warning::x.yaml`,
    'policies/alice.yaml',
  ];
  for (const path of badNames) {
    it(`refuses the file name ${JSON.stringify(path)} with E_REQUEST_FILENAME`, () => {
      const r = parseRequestFile(src(path, GOOD_REQUEST));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(codes(r.diagnostics)).toEqual(['E_REQUEST_FILENAME']);
      expectLocated(r.diagnostics);
      expect(r.diagnostics[0]?.file).not.toContain('\n');
      expect(r.diagnostics[0]?.file).not.toContain('::');
    });
  }

  it('reports a bad name and bad content together', () => {
    const r = parseRequestFile(src('access-requests/x.yml', 'requester: 1\nprofile: p\ngrants: [{target: t, bundle: b}]\n'));
    expect(r.ok ? [] : codes(r.diagnostics)).toEqual(['E_REQUEST_FILENAME', 'E_SCHEMA_EXPECTED_STRING']);
  });

  it('puts the file, line and column on schema errors', () => {
    const text = GOOD_REQUEST.replace('    columns: [id, status]', `    columns: [id, "${MARKER}"]`);
    const r = parseRequestFile(src('access-requests/alice-inc-4211.yaml', text));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'E_SCHEMA_PATTERN',
        file: 'access-requests/alice-inc-4211.yaml',
        line: 12,
        column: 19,
        pointer: '/grants/0/columns/1',
        severity: 'error',
      }),
    ]);
    expectNoEcho(r.diagnostics);
  });

  it('requestIdFromPath', () => {
    expect(requestIdFromPath('access-requests/a-b.yaml')).toBe('a-b');
    expect(requestIdFromPath('access-requests/a_b.yaml')).toBeUndefined();
  });
});
