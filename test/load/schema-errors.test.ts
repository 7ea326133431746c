import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { loadFile } from '../../src/load/load.js';
import { codes, expectLocated, expectNoEcho, GOOD_REQUEST, MARKER, src } from './fixtures.js';

function load(text: string) {
  return loadFile(src('access-requests/x.yaml', text), 'request');
}

function refuse(text: string, marker = MARKER): readonly Diagnostic[] {
  const r = load(text);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('loaded');
  expectNoEcho(r.diagnostics, marker);
  expectLocated(r.diagnostics);
  return r.diagnostics;
}

/** A valid request with one line replaced (matched by its key). */
function withLine(key: string, line: string | undefined): string {
  const out = GOOD_REQUEST.split('\n').flatMap((l) => (l.startsWith(`${key}:`) ? (line === undefined ? [] : [line]) : [l]));
  return out.join('\n');
}

function withGrant(grant: string): string {
  return `requester: alice\nprofile: p\ngrants:\n${grant}`;
}

describe('schema: types', () => {
  it('refuses an unquoted 12-digit id where text belongs, and says to quote it', () => {
    const d = refuse(withLine('requester', 'requester: 123456789012'), '123456789012');
    expect(codes(d)).toEqual(['E_SCHEMA_EXPECTED_STRING']);
    expect(d[0]).toMatchObject({ pointer: '/requester', line: 2, column: 12 });
    expect(d[0]?.fix).toMatch(/Quote/);
  });

  it('refuses numbers, booleans and null where text belongs', () => {
    expect(codes(refuse(withLine('ticket', 'ticket: 4211'), '4211'))).toEqual(['E_SCHEMA_EXPECTED_STRING']);
    expect(codes(refuse(withLine('extends', 'extends: 2024'), '2024'))).toEqual(['E_SCHEMA_EXPECTED_STRING']);
    expect(codes(refuse(withLine('reason', 'reason: true')))).toEqual(['E_SCHEMA_EXPECTED_STRING']);
    expect(codes(refuse(withLine('profile', 'profile:')))).toEqual(['E_SCHEMA_EXPECTED_STRING']);
  });

  it('refuses a list where a mapping belongs and a mapping where a list belongs', () => {
    expect(codes(refuse('requester: alice\nprofile: p\ngrants: {target: x}\n'))).toEqual(['E_SCHEMA_TYPE']);
    expect(codes(refuse(withGrant(`  - "${MARKER}"\n`)))).toEqual(['E_SCHEMA_TYPE']);
  });
});

describe('schema: unknown and missing fields', () => {
  it('points at the parent of a misspelled key, lists the allowed keys, suggests the closest, and never echoes it', () => {
    const d = refuse(withLine('duration', 'duraton: 2h'), 'duraton');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'E_SCHEMA_UNKNOWN_FIELD', pointer: '', line: 4, column: 1 });
    expect(d[0]?.message).toContain('requester, profile, duration, reason, ticket, extends, grants');
    expect(d[0]?.message).toContain('Did you mean "duration"?');
  });

  it('reports an unknown key inside a grant at the grant, not the key', () => {
    const d = refuse(withGrant(`  - target: x\n    bundle: b\n    ${MARKER}: 1\n`));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'E_SCHEMA_UNKNOWN_FIELD', pointer: '/grants/0', line: 6, column: 5 });
    expect(d[0]?.message).toContain('target, bundle');
  });

  it('reports each missing required field', () => {
    const d = refuse('reason: hello\n');
    expect(codes(d)).toEqual(['E_SCHEMA_MISSING_FIELD', 'E_SCHEMA_MISSING_FIELD', 'E_SCHEMA_MISSING_FIELD']);
    expect(d.map((x) => x.message).join(' ')).toMatch(/requester.*profile.*grants/);
  });
});

describe('schema: grants are exactly one shape', () => {
  it('reports only the errors of the shape the grant names', () => {
    const d = refuse(withGrant('  - target: orders-prod\n    table: public.orders\n'));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'E_SCHEMA_MISSING_FIELD', pointer: '/grants/0' });
    expect(d[0]?.message).toContain('privileges');
  });

  it('reports field errors inside the chosen shape with their own pointer and line', () => {
    const d = refuse(withGrant('  - target: github-acme\n    team: payments-oncall\n    role: maintainer\n'), 'maintainer');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'E_SCHEMA_ENUM', pointer: '/grants/0/role', line: 6, column: 11 });
    expect(d[0]?.message).toContain('member');
  });

  it('refuses a grant with two shapes or none', () => {
    const two = refuse(withGrant('  - target: x\n    team: a\n    repo: b\n'));
    expect(codes(two)).toEqual(['E_SCHEMA_ONE_OF']);
    expect(two[0]?.message).toContain('table, team, repo, iam, bundle');
    const none = refuse(withGrant(`  - target: x\n    privileges: [SELECT]\n`));
    expect(codes(none)).toEqual(['E_SCHEMA_ONE_OF']);
  });

  it('refuses admin for a repository grant (not in the enum)', () => {
    expect(codes(refuse(withGrant('  - target: x\n    repo: r\n    permission: admin\n'), 'admin'))).toEqual(['E_SCHEMA_ENUM']);
  });

  it('counts grants: 1..20', () => {
    expect(codes(refuse('requester: alice\nprofile: p\ngrants: []\n'))).toEqual(['E_SCHEMA_COUNT']);
    const many = Array.from({ length: 21 }, () => '  - {target: t, bundle: b}').join('\n');
    expect(codes(refuse(withGrant(`${many}\n`)))).toEqual(['E_SCHEMA_COUNT']);
  });

  it('refuses repeated privileges and columns, pointing at the repeat', () => {
    const d = refuse(withGrant('  - target: t\n    privileges: [SELECT]\n    table: public.orders\n    columns:\n      - id\n      - status\n      - id\n'));
    expect(d[0]).toMatchObject({ code: 'E_SCHEMA_DUPLICATE_ITEM', pointer: '/grants/0/columns', line: 10, column: 9 });
  });
});

describe('schema: wildcards and identifiers', () => {
  const table: [string, string, string][] = [
    ['column *', '  - {target: t, privileges: [SELECT], table: public.orders, columns: ["*"]}\n', 'E_WILDCARD'],
    ['table public.*', '  - {target: t, privileges: [SELECT], table: "public.*"}\n', 'E_WILDCARD'],
    ['privilege *', '  - {target: t, privileges: ["*"], table: public.orders}\n', 'E_WILDCARD'],
    ['team *', '  - {target: t, team: "*", role: member}\n', 'E_WILDCARD'],
    ['quoted identifier', `  - {target: t, privileges: [SELECT], table: public.orders, columns: ['"${MARKER}"']}\n`, 'E_SCHEMA_PATTERN'],
    ['identifier with a space', `  - {target: t, privileges: [SELECT], table: public.orders, columns: ["a ${MARKER}"]}\n`, 'E_SCHEMA_PATTERN'],
    ['uppercase identifier', `  - {target: t, privileges: [SELECT], table: public.orders, columns: [${MARKER}]}\n`, 'E_SCHEMA_PATTERN'],
    ['semicolon in a table', `  - {target: t, privileges: [SELECT], table: "public.orders; drop table ${MARKER}"}\n`, 'E_SCHEMA_PATTERN'],
    ['64-byte column', `  - {target: t, privileges: [SELECT], table: public.orders, columns: [${'c'.repeat(64)}]}\n`, 'E_IDENTIFIER_TOO_LONG'],
    ['64-byte table part', `  - {target: t, privileges: [SELECT], table: public.${'t'.repeat(64)}}\n`, 'E_IDENTIFIER_TOO_LONG'],
    ['lowercase privilege', '  - {target: t, privileges: [select], table: public.orders}\n', 'E_SCHEMA_PATTERN'],
  ];
  for (const [name, grant, code] of table) {
    it(`refuses ${name} with ${code}`, () => {
      const d = refuse(withGrant(grant));
      expect(codes(d)).toEqual([code]);
      expect(d[0]?.pointer).toMatch(/^\/grants\/0\//);
    });
  }

  it('accepts a 63-byte identifier', () => {
    const r = load(withGrant(`  - {target: t, privileges: [SELECT], table: public.orders, columns: [${'c'.repeat(63)}]}\n`));
    expect(r.ok).toBe(true);
  });

  it('refuses bad logins, profile names and request ids', () => {
    expect(codes(refuse(withLine('requester', `requester: "-${MARKER}"`)))).toEqual(['E_SCHEMA_PATTERN']);
    expect(codes(refuse(withLine('requester', 'requester: a--b')))).toEqual(['E_SCHEMA_PATTERN']);
    expect(codes(refuse(withLine('profile', 'profile: Orders_ReadOnly')))).toEqual(['E_SCHEMA_PATTERN']);
    expect(codes(refuse(withLine('extends', 'extends: ../other')))).toEqual(['E_SCHEMA_PATTERN']);
    expect(codes(refuse(withLine('ticket', 'ticket: INC 4211')))).toEqual(['E_SCHEMA_PATTERN']);
  });
});

describe('schema: durations', () => {
  const refused: [string, string][] = [
    ['1y', 'E_DURATION_FORMAT'],
    ['100', 'E_DURATION_FORMAT'],
    ['-1h', 'E_DURATION_FORMAT'],
    ['0h', 'E_DURATION_FORMAT'],
    ['1M', 'E_DURATION_FORMAT'],
    ['1mo', 'E_DURATION_FORMAT'],
    ['1h30m', 'E_DURATION_FORMAT'],
    ['PT1H', 'E_DURATION_FORMAT'],
    ['" 1h"', 'E_DURATION_FORMAT'],
    ['01h', 'E_DURATION_FORMAT'],
    ['3600', 'E_DURATION_FORMAT'],
    ['9999999d', 'E_DURATION_FORMAT'],
    ['1.5h', 'E_DURATION_FORMAT'],
    ['"2 hours"', 'E_DURATION_FORMAT'],
    ['', 'E_DURATION_FORMAT'],
  ];
  for (const [value, code] of refused) {
    it(`refuses duration ${value === '' ? '(empty)' : value}`, () => {
      // The refused value itself must not come back (where it is distinctive enough to search for).
      const bare = value.replace(/^"|"$/g, '');
      const d = refuse(withLine('duration', `duration: ${value}`), bare.length >= 4 ? bare : MARKER);
      expect(codes(d)).toEqual([code]);
      expect(d[0]).toMatchObject({ pointer: '/duration', line: 4 });
    });
  }
  for (const value of ['15m', '2h', '3d', '9999d', '1m']) {
    it(`accepts duration ${value} (the policy caps it later)`, () => {
      expect(load(withLine('duration', `duration: ${value}`)).ok).toBe(true);
    });
  }
});

describe('schema: free text', () => {
  it('refuses an empty reason and one over 1000 characters, without echoing it', () => {
    expect(codes(refuse(withLine('reason', "reason: ''")))).toEqual(['E_SCHEMA_LENGTH']);
    const long = refuse(withLine('reason', `reason: ${MARKER.repeat(130)}`));
    expect(codes(long)).toEqual(['E_SCHEMA_LENGTH']);
  });

  it('accepts a multi-line reason', () => {
    expect(load(withLine('reason', 'reason: |\n  line one\n  line two')).ok).toBe(true);
  });
});

describe('schema: many errors at once', () => {
  it('reports every problem, in file order, each with its own line', () => {
    const d = refuse(`requester: 42\nprofile: P\nduration: 1y\ngrants:\n  - target: t\n    team: "*"\n    role: member\n`, 'no-marker');
    expect(codes(d)).toEqual(['E_SCHEMA_EXPECTED_STRING', 'E_SCHEMA_PATTERN', 'E_DURATION_FORMAT', 'E_WILDCARD']);
    expect(d.map((x) => x.line)).toEqual([1, 2, 3, 6]);
  });
});
