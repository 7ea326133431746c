import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CatalogProfile } from '../../src/cli/catalog.js';
import { runCli } from '../support/cli.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

describe('grantbook profiles', () => {
  it('prints what may be asked for: requesters, approvals, durations, targets, tables with sensitive columns, teams, repositories, IAM statements, bundles', async () => {
    const r = await runCli(['profiles']);
    expect(r.code).toBe(0);
    const blocks = r.stdout.split('\n\n');
    expect(blocks.map((b) => b.split(' ')[0])).toEqual([
      'break-glass',
      'customer-support',
      'exports-readonly',
      'orders-readonly',
      'payments-oncall',
      'shop-readonly',
    ]);
    expect(blocks[3]).toBe(
      [
        'orders-readonly — Read-only access to chosen columns of the orders database, for debugging.',
        '  who may request: users alice, bob; teams payments-eng',
        '  approvals: 1 code owner(s) of the request file, including 1 from team payments-leads',
        '  duration: default 1h, at most 8h',
        '  ticket: required, matching ^INC-[0-9]{1,6}$',
        '  reason: required, 20-1000 characters',
        '  at most 3 grant(s) per request; sensitive columns are flagged to reviewers',
        '  orders-prod (postgres) — Orders database, production primary',
        '    privileges: SELECT',
        '    table public.orders: id, status, created_at, amount_cents, customer_email (sensitive)',
        '    table public.refunds: id, order_id, amount_cents, created_at',
        '    bundle orders-triage: SELECT on public.orders (id, status, created_at)',
      ].join('\n'),
    );
    expect(blocks[0]).toContain('customer_email (sensitive: refused)');
    expect(blocks[0]).toContain('break-glass (break-glass: a follow-up review issue is opened for every grant)');
    expect(blocks[4]).toContain('  github-acme (github)\n    team payments-oncall: membership\n    repository payments-service: pull, triage');
    expect(blocks[4]).toContain('  duration: no default (give one), at most 7d');
    // Every provider's kinds, as its descriptor offers them: MariaDB tables and columns, IAM statements.
    expect(blocks[5]).toContain(
      [
        '  shop-prod (mysql) — Shop database (MariaDB), production primary',
        '    privileges: SELECT',
        '    table shop.orders: id, status, created_at, amount_cents, customer_email (sensitive)',
        '    table shop.order_items: order_id, sku, quantity, unit_price_cents',
      ].join('\n'),
    );
    expect(blocks[2]).toContain(
      [
        '  aws-prod (aws) — Production account, eu-west-1 workloads',
        '    iam statement 1: s3:GetObject, s3:ListBucket on arn:aws:s3:::acme-exports, arn:aws:s3:::acme-exports/*',
        '    iam statement 2: dynamodb:GetItem, dynamodb:Query, dynamodb:Describe* on arn:aws:dynamodb:eu-west-1:111122223333:table/orders',
      ].join('\n'),
    );
    // Row filters and masks: what may be filtered on, and which columns are only ever read masked.
    expect(blocks[1]).toContain('      rows: filter on customer_id (values), id (values), created_at (a time range); a filter is required');
    expect(blocks[1]).toContain('      masks: hash, domain, last4, null; customer_email only as hash or domain or null, card_last4 only as last4 or null');
  });

  it('--requester keeps the profiles that person may use and says which only a team allows', async () => {
    const bob = await runCli(['profiles', '--requester', 'bob']);
    expect(bob.stdout.split('\n\n').map((b) => b.split(' ')[0])).toEqual([
      'break-glass',
      'customer-support',
      'exports-readonly',
      'orders-readonly',
      'payments-oncall',
      'shop-readonly',
    ]);
    expect(bob.stdout).toContain('  you: only through team membership (incident-commanders); the pull request check looks it up');
    const json = await runCli(['profiles', '--requester', 'carol', '--json']);
    const profiles = (JSON.parse(json.stdout) as { profiles: CatalogProfile[] }).profiles;
    expect(profiles.map((p) => [p.name, p.access])).toEqual([
      ['break-glass', 'listed'],
      ['customer-support', 'team'],
      ['exports-readonly', 'team'],
      ['orders-readonly', 'team'],
      ['payments-oncall', 'team'],
      ['shop-readonly', 'team'],
    ]);
    // break-glass refuses sensitive columns: held back from the choices, and said why.
    const columns = profiles[0]?.targets[0]?.offers[0]?.fields[0];
    expect(columns?.path).toEqual(['columns']);
    expect(columns?.choices.map((c) => c.value)).toEqual(['id', 'status']);
    expect(columns?.refused?.values).toEqual(['customer_email']);
    // orders-readonly flags them: offered, marked.
    const flagged = profiles[3]?.targets[0]?.offers[0]?.fields[0]?.choices.filter((c) => c.sensitive === true);
    expect(flagged?.map((c) => c.value)).toEqual(['customer_email']);
    const iam = profiles[2]?.targets[0]?.offers[1];
    expect(iam).toMatchObject({ kind: 'iam', name: '2', grant: { iam: { actions: null, resources: null } } });
    expect(iam?.fields.map((f) => [f.path, f.choices.map((c) => c.value)])).toEqual([
      [
        ['iam', 'actions'],
        ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Describe*'],
      ],
      [['iam', 'resources'], ['arn:aws:dynamodb:eu-west-1:111122223333:table/orders']],
    ]);
    expect((await runCli(['profiles', '--requester', 'not a login'])).code).toBe(2);
  });

  it('refuses to describe a policy that does not load', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grantbook-profiles-'));
    temps.push(dir);
    cpSync('policies', path.join(dir, 'policies'), { recursive: true });
    rmSync(path.join(dir, 'policies/targets.yaml'));
    symlinkSync(path.resolve('policies/targets.yaml'), path.join(dir, 'policies/targets.yaml'));
    const r = await runCli(['profiles'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('E_NOT_REGULAR_FILE');
  });
});
