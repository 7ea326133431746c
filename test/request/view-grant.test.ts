import { postgresDescriptor } from '../../src/providers/postgres/descriptor.js';
import { readPostgresRule } from '../../src/providers/postgres/allow.js';
import { builtinRegistry } from '../../src/providers/catalog.js';
import { describe, expect, it } from 'vitest';
import { parseProfileFile } from '../../src/policy/load-profile.js';
import { parseRequestFile } from '../../src/request/parse.js';
import { codes, expectLocated, expectNoEcho, GOOD_PROFILE, MARKER, src } from '../load/fixtures.js';

const HEAD = `requester: alice
profile: orders-readonly
grants:
  - target: orders-prod
    privileges: [SELECT]
    table: public.orders
    columns: [id, status, customer_email]
`;

function load(extra: string) {
  return parseRequestFile(src('access-requests/a.yaml', HEAD + extra));
}

function refused(extra: string): string[] {
  const r = load(extra);
  if (r.ok) throw new Error('loaded');
  expectNoEcho(r.diagnostics);
  expectLocated(r.diagnostics);
  return codes(r.diagnostics);
}

describe('request files: rows and masked', () => {
  it('reads a row filter and masks into ordered lists, `null` written either way', () => {
    const r = load(`    rows:
      customer_id: [4211, "4212"]
      created_at: {from: 2026-05-01T00:00:00Z, to: 2026-05-02T00:00:00Z}
    masked:
      customer_email: domain
      status: null
      id: "null"
`);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const grant = r.value.grants[0];
    if (grant?.kind !== 'grant') throw new Error('not a grant');
    // The postgres provider reads the table grant as written.
    expect(postgresDescriptor.kinds[0]!.read(grant.raw)).toMatchObject({
      rows: [
        { column: 'customer_id', values: [4211, '4212'] },
        { column: 'created_at', from: '2026-05-01T00:00:00Z', to: '2026-05-02T00:00:00Z' },
      ],
      masked: [
        { column: 'customer_email', mask: 'domain' },
        { column: 'status', mask: 'null' },
        { column: 'id', mask: 'null' },
      ],
    });
  });

  it.each([
    ['SQL in a value', `    rows: {customer_id: ["4211' OR '1'='1 ${MARKER}"]}\n`, 'E_SCHEMA_PATTERN'],
    ['a statement separator', `    rows: {customer_id: ["1; DROP TABLE x"]}\n`, 'E_SCHEMA_PATTERN'],
    ['a backslash', `    rows: {customer_id: ["a\\\\b"]}\n`, 'E_SCHEMA_PATTERN'],
    ['a fraction', '    rows: {customer_id: [1.5]}\n', 'E_SCHEMA_EXPECTED_INTEGER'],
    ['a negative number (write it as text)', '    rows: {customer_id: [-1]}\n', 'E_SCHEMA_RANGE'],
    ['a boolean', '    rows: {customer_id: [true]}\n', 'E_SCHEMA_TYPE'],
    ['a bare value instead of a list', '    rows: {customer_id: 4211}\n', 'E_SCHEMA_TYPE'],
    ['a range without its end', '    rows: {created_at: {from: 2026-05-01T00:00:00Z}}\n', 'E_SCHEMA_MISSING_FIELD'],
    ['a range with an offset', '    rows: {created_at: {from: 2026-05-01T00:00:00+02:00, to: 2026-05-02T00:00:00Z}}\n', 'E_SCHEMA_PATTERN'],
    ['a range with a SQL bound', `    rows: {created_at: {from: "now() ${MARKER}", to: 2026-05-02T00:00:00Z}}\n`, 'E_SCHEMA_PATTERN'],
    ['a column that is not an identifier', '    rows: {"id; --": [1]}\n', 'E_SCHEMA_NAME_FORMAT'],
    ['an empty filter', '    rows: {}\n', 'E_SCHEMA_COUNT'],
    ['a repeated value', '    rows: {customer_id: [1, 1]}\n', 'E_SCHEMA_DUPLICATE_ITEM'],
    ['101 values', `    rows: {customer_id: [${Array.from({ length: 101 }, (_, i) => i).join(', ')}]}\n`, 'E_SCHEMA_COUNT'],
    ['nine conditions', `    rows: {${Array.from({ length: 9 }, (_, i) => `c${i}: [1]`).join(', ')}}\n`, 'E_SCHEMA_COUNT'],
    ['a mask that is not one of the four', `    masked: {customer_email: sha1}\n`, 'E_SCHEMA_ENUM'],
    ['a mask written as SQL', `    masked: {customer_email: "md5(customer_email) ${MARKER}"}\n`, 'E_SCHEMA_ENUM'],
  ])('refuses %s with a stable code, never echoing it', (_, extra, code) => {
    expect(refused(extra)).toEqual([code]);
  });

  it('refuses a 10,000-value filter before building it (the file is over the value limit)', () => {
    expect(refused(`    rows: {customer_id: [${Array.from({ length: 10_000 }, (_, i) => i).join(', ')}]}\n`)).toEqual(['E_YAML_TOO_LARGE']);
  });
});

describe('profiles: rows and masks', () => {
  const edit = (to: string): string => GOOD_PROFILE.replace('        sensitive: [customer_email]\n', () => `        sensitive: [customer_email]\n${to}`);

  it('reads filter columns, the requirement, the count mode and the masks', () => {
    const r = parseProfileFile(
      src(
        'policies/orders-readonly.yaml',
        edit(`        rows:
          columns: {id: values, created_at: range}
          count: exact
        masks:
          allowed: [hash, domain, null]
          required: {customer_email: [domain, hash]}
`),
      ),
      builtinRegistry(),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const rule = r.value.allow[0];
    const table = rule === undefined ? undefined : readPostgresRule(rule.raw).tables[0];
    expect(table?.rows).toEqual({
      columns: new Map([
        ['id', 'values'],
        ['created_at', 'range'],
      ]),
      required: false,
      count: 'exact',
    });
    expect(table?.masks).toEqual({ allowed: ['hash', 'domain', 'null'], required: new Map([['customer_email', ['domain', 'hash']]]) });
  });

  it('refuses a required mask on a column the table does not list, or one its own allowed list forbids', () => {
    const r = parseProfileFile(
      src('policies/orders-readonly.yaml', edit(`        masks:\n          allowed: [hash]\n          required: {card: [hash], customer_email: [domain]}\n`)),
      builtinRegistry(),
    );
    if (r.ok) throw new Error('loaded');
    expect(codes(r.diagnostics)).toEqual(['E_PROFILE_MASK_NOT_COLUMN', 'E_PROFILE_MASK_NOT_ALLOWED']);
    expect(r.diagnostics.map((d) => d.pointer)).toEqual(['/allow/0/tables/0/masks/required/card', '/allow/0/tables/0/masks/required/customer_email/0']);
  });

  it("refuses a bundle that a table's rules would always refuse", () => {
    const r = parseProfileFile(
      src('policies/orders-readonly.yaml', edit(`        rows:\n          columns: {id: values}\n          required: true\n`)),
      builtinRegistry(),
    );
    if (r.ok) throw new Error('loaded');
    expect(codes(r.diagnostics)).toEqual(['E_PROFILE_BUNDLE_NEEDS_VIEW']);
    expect(r.diagnostics[0]?.pointer).toBe('/bundles/orders-triage/grants/0');
  });

  it('refuses a filter kind that is neither values nor range', () => {
    const r = parseProfileFile(src('policies/orders-readonly.yaml', edit(`        rows:\n          columns: {id: like}\n`)), builtinRegistry());
    if (r.ok) throw new Error('loaded');
    expect(codes(r.diagnostics)).toEqual(['E_SCHEMA_ENUM']);
  });
});
