import { readPostgresRule } from '../../src/providers/postgres/allow.js';
import { builtinRegistry } from '../../src/providers/catalog.js';
import { describe, expect, it } from 'vitest';
import { parseProfileFile } from '../../src/policy/load-profile.js';
import { codes, expectLocated, expectNoEcho, GOOD_PROFILE, MARKER, src } from '../load/fixtures.js';

const PATH = 'policies/orders-readonly.yaml';

/** GOOD_PROFILE with one snippet replaced; fails loudly if the snippet is not there. */
function edit(from: string, to: string, base = GOOD_PROFILE): string {
  if (!base.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return base.replace(from, () => to);
}

function refuse(text: string, path = PATH) {
  const r = parseProfileFile(src(path, text), builtinRegistry());
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('loaded');
  expectNoEcho(r.diagnostics);
  expectLocated(r.diagnostics);
  return r.diagnostics;
}

describe('parseProfileFile: good profile', () => {
  it('parses into the typed profile', () => {
    const r = parseProfileFile(src(PATH, GOOD_PROFILE), builtinRegistry());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { locate, bundles, ...profile } = r.value;
    expect(profile).toEqual({
      name: 'orders-readonly',
      path: PATH,
      description: 'Read-only debugging access to the orders database.',
      requesters: { users: ['alice'], teams: ['payments-eng'] },
      approvals: {
        min: 1,
        groups: [
          { team: 'payments-leads', users: [], min: 1 },
          { users: ['carol', 'dave'], min: 1 },
        ],
      },
      duration: { default: '1h', max: '4h' },
      ticket: { required: true, pattern: '^INC-[0-9]{1,6}$' },
      reason: { required: true, minLength: 20, maxLength: 500 },
      maxGrants: 5,
      sensitiveColumns: 'flag',
      breakGlass: false,
      // Rules as written: each is read by its target's provider once targets.yaml is known.
      allow: [
        {
          target: 'orders-prod',
          raw: {
            target: 'orders-prod',
            privileges: ['SELECT'],
            tables: [
              { name: 'public.orders', columns: ['id', 'status', 'created_at', 'amount_cents', 'customer_email'], sensitive: ['customer_email'] },
              { name: 'public.order_items', all_columns: true },
            ],
          },
        },
        {
          target: 'github-acme',
          raw: { target: 'github-acme', teams: ['payments-oncall'], repos: [{ name: 'payments-service', permissions: ['pull', 'triage'] }] },
        },
      ],
    });
    expect([...bundles.entries()]).toEqual([
      ['orders-triage', { target: 'orders-prod', grants: [{ raw: { privileges: ['SELECT'], table: 'public.orders', columns: ['id', 'status'] } }] }],
    ]);
    // The postgres provider reads its rule into the allow-list evaluation uses.
    expect(readPostgresRule(r.value.allow[0]!.raw).tables[1]).toEqual({ name: 'public.order_items', columns: [], allColumns: true, sensitive: [] });
    expect(locate('/allow/1/repos/0/permissions/1')).toEqual({ line: 40, column: 29 });
  });

  it('fills documented defaults for optional fields', () => {
    let text = edit('description: Read-only debugging access to the orders database.\n', '');
    text = edit('  min_length: 20\n  max_length: 500\n', '', text);
    text = edit('max_grants: 5\n', '', text);
    text = edit('break_glass: false\n', '', text);
    text = edit('  groups:\n    - team: payments-leads\n      min: 1\n    - users: [carol, dave]\n      min: 1\n', '', text);
    text = text.slice(0, text.indexOf('bundles:'));
    const r = parseProfileFile(src(PATH, text), builtinRegistry());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).not.toHaveProperty('description');
    expect(r.value.reason).toEqual({ required: true, minLength: 1, maxLength: 1000 });
    expect(r.value.maxGrants).toBe(5);
    expect(r.value.breakGlass).toBe(false);
    expect(r.value.approvals.groups).toEqual([]);
    expect(r.value.bundles.size).toBe(0);
  });
});

describe('parseProfileFile: schema', () => {
  it('refuses "false" (text) for break_glass, and YAML 1.1 words like no', () => {
    const d = refuse(edit('break_glass: false', 'break_glass: "false"'));
    expect(codes(d)).toEqual(['E_SCHEMA_EXPECTED_BOOLEAN']);
    expect(d[0]).toMatchObject({ pointer: '/break_glass', line: 26 });
    expect(codes(refuse(edit('break_glass: false', 'break_glass: no')))).toEqual(['E_SCHEMA_EXPECTED_BOOLEAN']);
    expect(codes(refuse(edit('  required: true\n  pattern', '  required: "yes"\n  pattern')))).toEqual(['E_SCHEMA_EXPECTED_BOOLEAN']);
  });

  it('refuses out-of-range numbers and unknown choices', () => {
    expect(codes(refuse(edit('  min: 1\n  groups', '  min: 0\n  groups')))).toEqual(['E_SCHEMA_RANGE']);
    expect(codes(refuse(edit('max_grants: 5', 'max_grants: 21')))).toEqual(['E_SCHEMA_RANGE']);
    expect(codes(refuse(edit('max_grants: 5', 'max_grants: "5"')))).toEqual(['E_SCHEMA_EXPECTED_INTEGER']);
    expect(codes(refuse(edit('sensitive_columns: flag', `sensitive_columns: ${MARKER}`)))).toEqual(['E_SCHEMA_ENUM']);
  });

  it('refuses a missing required key (no hidden default)', () => {
    const d = refuse(edit('sensitive_columns: flag\n', ''));
    expect(codes(d)).toEqual(['E_SCHEMA_MISSING_FIELD']);
    expect(d[0]?.message).toContain('sensitive_columns');
  });

  it('refuses an approver group with both team and users', () => {
    expect(codes(refuse(edit('    - team: payments-leads\n', '    - team: payments-leads\n      users: [erin]\n')))).toEqual(['E_SCHEMA_ONE_OF']);
  });

  it('refuses a ticket pattern over 200 characters', () => {
    expect(codes(refuse(edit("'^INC-[0-9]{1,6}$'", `'^${'A'.repeat(200)}$'`)))).toEqual(['E_SCHEMA_LENGTH']);
  });

  it('refuses a bundle name that is not a name, pointing at it without showing it', () => {
    const d = refuse(edit('  orders-triage:', `  ${MARKER}:`));
    expect(codes(d)).toEqual(['E_SCHEMA_NAME_FORMAT']);
    expect(d[0]).toMatchObject({ pointer: '/bundles', line: 42, column: 3 });
    expect(codes(refuse(edit('  orders-triage:', '  "*":')))).toEqual(['E_WILDCARD']);
  });

  it('reports a schema error inside a badly named bundle without the name in the pointer', () => {
    const d = refuse(edit('  orders-triage:\n    target: orders-prod', `  ${MARKER}:\n    target: 42`));
    expect(codes(d).sort()).toEqual(['E_SCHEMA_EXPECTED_STRING', 'E_SCHEMA_NAME_FORMAT']);
    for (const x of d) expect(x.pointer).toBe('/bundles');
  });

  it('refuses a profile outside policies/<name>.yaml', () => {
    const d = refuse(GOOD_PROFILE, 'policies/sub/orders-readonly.yaml');
    expect(codes(d)).toEqual(['E_POLICY_FILENAME']);
  });
});

describe('parseProfileFile: rules a profile must satisfy on its own', () => {
  const cases: { name: string; from: string; to: string; base?: string; code: string; pointer?: string }[] = [
    { name: 'name differs from the file name', from: 'name: orders-readonly', to: 'name: orders-rw', code: 'E_PROFILE_NAME_MISMATCH', pointer: '/name' },
    {
      name: 'no requesters',
      from: '  users: [alice]\n  teams: [payments-eng]\n',
      to: '  users: []\n',
      code: 'E_PROFILE_REQUESTERS_EMPTY',
      pointer: '/requesters',
    },
    { name: 'default longer than max', from: '  default: 1h', to: '  default: 5h', code: 'E_PROFILE_DURATION_DEFAULT', pointer: '/duration/default' },
    { name: 'max over 90 days', from: '  max: 4h', to: '  max: 91d', code: 'E_PROFILE_DURATION_TOO_LONG', pointer: '/duration/max' },
    { name: 'max 9999d', from: '  max: 4h', to: '  max: 9999d', code: 'E_PROFILE_DURATION_TOO_LONG' },
    {
      name: 'break-glass over 4h',
      from: 'break_glass: false\n',
      to: 'break_glass: true\n',
      base: edit('  max: 4h', '  max: 5h'),
      code: 'E_PROFILE_BREAK_GLASS_DURATION',
      pointer: '/duration/max',
    },
    { name: 'unanchored ticket pattern', from: "'^INC-[0-9]{1,6}$'", to: "'INC-[0-9]+'", code: 'E_PROFILE_TICKET_PATTERN_ANCHOR', pointer: '/ticket/pattern' },
    { name: 'pattern without $', from: "'^INC-[0-9]{1,6}$'", to: "'^INC-[0-9]+'", code: 'E_PROFILE_TICKET_PATTERN_ANCHOR' },
    { name: 'pattern ending in an escaped $', from: "'^INC-[0-9]{1,6}$'", to: "'^INC-[0-9]+\\$'", code: 'E_PROFILE_TICKET_PATTERN_ANCHOR' },
    { name: 'top-level alternation', from: "'^INC-[0-9]{1,6}$'", to: "'^INC-1|.*$'", code: 'E_PROFILE_TICKET_PATTERN_ANCHOR' },
    { name: 'invalid regular expression', from: "'^INC-[0-9]{1,6}$'", to: "'^(INC-[0-9]+$'", code: 'E_PROFILE_TICKET_PATTERN_INVALID' },
    { name: 'invalid escape in unicode mode', from: "'^INC-[0-9]{1,6}$'", to: "'^INC-\\q$'", code: 'E_PROFILE_TICKET_PATTERN_INVALID' },
    { name: 'reason min over max', from: '  min_length: 20', to: '  min_length: 600', code: 'E_PROFILE_REASON_LENGTH' },
    {
      name: 'unsatisfiable approver group',
      from: '    - users: [carol, dave]\n      min: 1',
      to: '    - users: [carol, dave]\n      min: 3',
      code: 'E_PROFILE_APPROVAL_GROUP',
      pointer: '/approvals/groups/1',
    },
    {
      name: 'unknown privilege',
      from: '    privileges: [SELECT]\n    tables',
      to: '    privileges: [SELECT, SELEKT]\n    tables',
      code: 'E_PROFILE_UNKNOWN_PRIVILEGE',
      pointer: '/allow/0/privileges/1',
    },
    {
      name: 'table with neither columns nor all_columns',
      from: '        all_columns: true\n',
      to: '        sensitive: [x]\n',
      code: 'E_PROFILE_TABLE_COLUMNS',
      pointer: '/allow/0/tables/1',
    },
    {
      name: 'sensitive column outside columns',
      from: 'sensitive: [customer_email]',
      to: 'sensitive: [customer_email, ssn]',
      code: 'E_PROFILE_SENSITIVE_NOT_COLUMN',
      pointer: '/allow/0/tables/0/sensitive/1',
    },
    {
      name: 'table listed twice',
      from: '      - name: public.order_items',
      to: '      - name: public.orders',
      code: 'E_PROFILE_DUPLICATE_ENTRY',
      pointer: '/allow/0/tables/1/name',
    },
    {
      name: 'repo listed twice',
      from: '        permissions: [pull, triage]\n',
      to: '        permissions: [pull, triage]\n      - name: Payments-Service\n        permissions: [pull]\n',
      code: 'E_PROFILE_DUPLICATE_ENTRY',
    },
    {
      name: 'two rules for one target',
      from: '  - target: github-acme',
      to: '  - target: orders-prod',
      code: 'E_PROFILE_DUPLICATE_TARGET',
      pointer: '/allow/1/target',
    },
    {
      name: 'bundle column not allowed',
      from: '        columns: [id, status]\n',
      to: '        columns: [id, password]\n',
      code: 'E_PROFILE_BUNDLE_NOT_ALLOWED',
      pointer: '/bundles/orders-triage/grants/0',
    },
    {
      name: 'bundle privilege not allowed',
      from: '      - privileges: [SELECT]\n        table: public.orders',
      to: '      - privileges: [SELECT, DELETE]\n        table: public.orders',
      code: 'E_PROFILE_BUNDLE_NOT_ALLOWED',
    },
    {
      name: 'bundle table not allowed',
      from: '        table: public.orders\n        columns: [id, status]\n',
      to: '        table: public.customers\n        columns: [id]\n',
      code: 'E_PROFILE_BUNDLE_NOT_ALLOWED',
    },
    {
      name: 'bundle whole table where columns are required',
      from: '        table: public.orders\n        columns: [id, status]\n',
      to: '        table: public.orders\n',
      code: 'E_PROFILE_BUNDLE_NOT_ALLOWED',
    },
    {
      name: 'bundle target without an allow rule',
      from: '    target: orders-prod\n    grants:',
      to: '    target: billing-prod\n    grants:',
      code: 'E_PROFILE_BUNDLE_NOT_ALLOWED',
      pointer: '/bundles/orders-triage/target',
    },
  ];
  for (const c of cases) {
    it(`refuses ${c.name} with ${c.code}`, () => {
      const d = refuse(edit(c.from, c.to, c.base));
      expect(codes(d)).toEqual([c.code]);
      if (c.pointer !== undefined) expect(d[0]?.pointer).toBe(c.pointer);
    });
  }

  for (const privilege of ['CREATE', 'ALL', 'USAGE', 'TEMP', 'TEMPORARY', 'CONNECT', 'EXECUTE', 'MAINTAIN', 'TRIGGER']) {
    it(`refuses the dangerous privilege ${privilege}`, () => {
      const d = refuse(edit('    privileges: [SELECT]\n    tables', `    privileges: [SELECT, ${privilege}]\n    tables`));
      expect(d).toEqual([expect.objectContaining({ code: 'E_PROFILE_DANGEROUS_PRIVILEGE', pointer: '/allow/0/privileges/1', line: 29 })]);
    });
  }

  const accepted: { name: string; from: string; to: string }[] = [
    { name: 'break-glass at exactly 4h', from: 'break_glass: false', to: 'break_glass: true' },
    { name: 'max of exactly 90d', from: '  max: 4h', to: '  max: 90d' },
    { name: 'default equal to max', from: '  default: 1h', to: '  default: 4h' },
    { name: 'grouped alternation in the ticket pattern', from: "'^INC-[0-9]{1,6}$'", to: "'^(?:INC|CHG)-[0-9]{1,6}$'" },
    { name: 'a | inside a character class', from: "'^INC-[0-9]{1,6}$'", to: "'^INC[|-][0-9]+$'" },
    { name: 'sensitive columns on an all_columns table', from: '        all_columns: true\n', to: '        all_columns: true\n        sensitive: [notes]\n' },
    {
      name: 'every table privilege',
      from: '    privileges: [SELECT]\n    tables',
      to: '    privileges: [SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES]\n    tables',
    },
    {
      name: 'a bundle taking a whole all_columns table',
      from: '        table: public.orders\n        columns: [id, status]\n',
      to: '        table: public.order_items\n',
    },
    {
      name: 'a github bundle inside the allow-list',
      from: '    target: orders-prod\n    grants:\n      - privileges: [SELECT]\n        table: public.orders\n        columns: [id, status]\n',
      to: '    target: github-acme\n    grants:\n      - team: payments-oncall\n        role: member\n      - repo: payments-service\n        permission: triage\n',
    },
  ];
  for (const c of accepted) {
    it(`accepts ${c.name}`, () => {
      const r = parseProfileFile(src(PATH, edit(c.from, c.to)), builtinRegistry());
      expect(r.ok ? [] : codes(r.diagnostics)).toEqual([]);
    });
  }

  it('returns every problem at once', () => {
    let text = edit('name: orders-readonly', 'name: other');
    text = edit('  max: 4h', '  max: 91d', text);
    text = edit('    privileges: [SELECT]\n    tables', '    privileges: [SELECT, CREATE]\n    tables', text);
    expect(codes(refuse(text))).toEqual(['E_PROFILE_NAME_MISMATCH', 'E_PROFILE_DURATION_TOO_LONG', 'E_PROFILE_DANGEROUS_PRIVILEGE']);
  });
});
