import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { SourceFile } from '../../src/load/source.js';

/** A string that must never appear in any diagnostic built from a file that contains it. */
export const MARKER = 'QZXMARK7';

export function src(path: string, text: string): SourceFile {
  return { path, bytes: new TextEncoder().encode(text) };
}

export function bytes(path: string, data: readonly number[]): SourceFile {
  return { path, bytes: Uint8Array.from(data) };
}

/** Every field of every diagnostic is free of the marker (messages, fix, pointer, file). */
export function expectNoEcho(diagnostics: readonly Diagnostic[], marker = MARKER): void {
  for (const d of diagnostics) {
    for (const value of Object.values(d)) expect(String(value)).not.toContain(marker);
  }
}

/** Every diagnostic carries the full location and a fix. */
export function expectLocated(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(d.file, d.code).toBeTypeOf('string');
    expect(d.line, d.code).toBeGreaterThanOrEqual(1);
    expect(d.column, d.code).toBeGreaterThanOrEqual(1);
    expect(d.pointer, d.code).toBeTypeOf('string');
    expect(d.fix.length, d.code).toBeGreaterThan(0);
  }
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

export const GOOD_REQUEST = `# yaml-language-server: $schema=../schemas/access-request.schema.json
requester: alice
profile: orders-readonly
duration: 2h
reason: Investigate duplicate charges reported in INC-4211
ticket: INC-4211
extends: alice-inc-4200
grants:
  - target: orders-prod
    privileges: [SELECT]
    table: public.orders
    columns: [id, status]
  - target: github-acme
    team: payments-oncall
    role: member
  - target: github-acme
    repo: payments-service
    permission: pull
  - target: orders-prod
    bundle: orders-triage
`;

export const GOOD_PROFILE = `# yaml-language-server: $schema=../schemas/profile.schema.json
name: orders-readonly
description: Read-only debugging access to the orders database.
requesters:
  users: [alice]
  teams: [payments-eng]
approvals:
  min: 1
  groups:
    - team: payments-leads
      min: 1
    - users: [carol, dave]
      min: 1
duration:
  default: 1h
  max: 4h
ticket:
  required: true
  pattern: '^INC-[0-9]{1,6}$'
reason:
  required: true
  min_length: 20
  max_length: 500
max_grants: 5
sensitive_columns: flag
break_glass: false
allow:
  - target: orders-prod
    privileges: [SELECT]
    tables:
      - name: public.orders
        columns: [id, status, created_at, amount_cents, customer_email]
        sensitive: [customer_email]
      - name: public.order_items
        all_columns: true
  - target: github-acme
    teams: [payments-oncall]
    repos:
      - name: payments-service
        permissions: [pull, triage]
bundles:
  orders-triage:
    target: orders-prod
    grants:
      - privileges: [SELECT]
        table: public.orders
        columns: [id, status]
`;

export const GOOD_TARGETS = `# yaml-language-server: $schema=../schemas/targets.schema.json
targets:
  orders-prod:
    provider: postgres
    description: Orders primary
    connection_env: GRANTBOOK_PG_ORDERS_PROD
    grantor_role: grantbook_grantor
    protected_roles: [app_owner]
  github-acme:
    provider: github
    org: acme
    token_env: GRANTBOOK_GITHUB_TOKEN
    protected_teams: [security]
    protected_repos: [access]
`;

export const GOOD_IDENTITIES = `# yaml-language-server: $schema=../schemas/identities.schema.json
identities:
  - login: alice
    id: 583231
    postgres: alice
    targets:
      orders-prod: alice_orders
  - login: bob
    id: 583232
    postgres: bob
`;

export function goodPolicyFiles(overrides: Record<string, string | undefined> = {}): SourceFile[] {
  const base: Record<string, string | undefined> = {
    'policies/orders-readonly.yaml': GOOD_PROFILE,
    'policies/targets.yaml': GOOD_TARGETS,
    'policies/identities.yaml': GOOD_IDENTITIES,
    ...overrides,
  };
  return Object.entries(base)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([path, text]) => src(path, text));
}
