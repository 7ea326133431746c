import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BuiltinSpec as GrantSpec } from '../support/builtin-specs.js';
import { ProviderError } from '../../src/providers/errors.js';
import { matches } from '../../src/shared/patterns.js';
import {
  legacyRoleName,
  MAX_IDENTIFIER_BYTES,
  parseRoleName,
  qualifiedTable,
  requestRoleName,
  targetDigest,
  targetRolePrefix,
} from '../../src/providers/postgres/names.js';
import { planPostgres } from '../../src/providers/postgres/plan.js';
import { formatTag, parseTag } from '../../src/providers/postgres/tag.js';
import type { PgTargetGrant, PostgresTarget } from '../../src/providers/postgres/validate.js';

const target: PostgresTarget = {
  name: 'orders-prod',
  provider: 'postgres',
  connectionEnv: 'GRANTBOOK_PG_ORDERS_PROD',
  grantorRole: 'grantbook_grantor',
  protectedRoles: ['app_owner'],
};

function grant(overrides: Partial<PgTargetGrant> = {}, grants?: readonly GrantSpec[]): PgTargetGrant {
  return {
    requestId: 'alice-inc-4211',
    target,
    principal: 'alice',
    expiresAt: '2026-03-01T12:00:00Z',
    // Any recorded spec may reach a provider; the provider refuses what it does not grant.
    grants: (grants ?? [{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] }]) as PgTargetGrant['grants'],
    ...overrides,
  };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ProviderError ? error.code : `not a ProviderError: ${String(error)}`;
  }
  return undefined;
}

describe('postgres planner', () => {
  it('plans the exact statements, column grants as column grants', () => {
    const plan = planPostgres(
      grant({}, [
        { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] },
        { kind: 'table', privileges: ['SELECT', 'INSERT'], schema: 'public', table: 'order_items' },
      ]),
    );
    const texts = plan.grant.map((op) => op.text).filter((t) => !t.startsWith('SELECT'));
    expect(texts).toEqual([
      'BEGIN',
      'CREATE ROLE "gb_4f05e3d5993_alice_inc_4211" NOLOGIN',
      `COMMENT ON ROLE "gb_4f05e3d5993_alice_inc_4211" IS '{"grantbook":1,"request":"alice-inc-4211","target":"orders-prod","principal":"alice","expires_at":"2026-03-01T12:00:00Z"}'`,
      'GRANT SELECT ("id", "status") ON TABLE "public"."orders" TO "gb_4f05e3d5993_alice_inc_4211"',
      'GRANT SELECT, INSERT ON TABLE "public"."order_items" TO "gb_4f05e3d5993_alice_inc_4211"',
      'GRANT "gb_4f05e3d5993_alice_inc_4211" TO "alice" WITH INHERIT TRUE, SET FALSE, ADMIN FALSE',
      'COMMIT',
    ]);
    expect(plan.revoke.map((op) => op.text).filter((t) => !t.startsWith('SELECT r.') && !t.startsWith('SELECT v.'))).toEqual([
      'REVOKE "gb_4f05e3d5993_alice_inc_4211" FROM "alice"',
      `SELECT pid, pg_terminate_backend(pid, 5000) AS terminated FROM pg_stat_activity WHERE usename = 'alice' AND datname = current_database() AND pid <> pg_backend_pid()`,
      'BEGIN',
      'GRANT "gb_4f05e3d5993_alice_inc_4211" TO "grantbook_grantor" WITH INHERIT TRUE, SET FALSE, ADMIN FALSE',
      'DROP OWNED BY "gb_4f05e3d5993_alice_inc_4211"',
      'DROP ROLE "gb_4f05e3d5993_alice_inc_4211"',
      'COMMIT',
    ]);
    for (const op of [...plan.grant, ...plan.revoke]) expect(op.why.length).toBeGreaterThan(0);
  });

  it('never plans grant options, PUBLIC, CREATE (beyond the role), ADMIN or SET on the membership', () => {
    const plan = planPostgres(
      grant({}, [{ kind: 'table', privileges: ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES'], schema: 'public', table: 'orders' }]),
    );
    for (const { text } of [...plan.grant, ...plan.revoke]) {
      expect(text).not.toMatch(/GRANT OPTION|\bPUBLIC\b|ADMIN TRUE|SET TRUE|\bALL\b/);
      if (/\bCREATE\b/.test(text)) expect(text).toMatch(/^CREATE ROLE "gb_[0-9a-f]{11}_[a-z0-9_]+" NOLOGIN$/);
    }
  });

  it('reads back every planned column and privilege', () => {
    const plan = planPostgres(grant());
    const readBack = plan.revoke.at(-1)?.text ?? '';
    expect(readBack).toContain(`('public', 'orders', 'id', 'SELECT'), ('public', 'orders', 'status', 'SELECT')`);
    expect(plan.revoke.at(-2)?.text).toContain(`pg_has_role(p.oid, r.oid, 'MEMBER')`);
  });

  it('is deterministic', () => {
    expect(planPostgres(grant())).toEqual(planPostgres(grant()));
  });

  it('names the role after the target and the request, within 63 bytes, and reads both back from the name', () => {
    const longest = `${'a-'.repeat(23)}bc`;
    const longestTarget = `${'t-'.repeat(31)}xy`;
    expect(longest).toHaveLength(48);
    expect(longestTarget).toHaveLength(64);
    const role = requestRoleName(longestTarget, longest);
    expect(Buffer.byteLength(role)).toBe(MAX_IDENTIFIER_BYTES);
    expect(matches('identifier', role)).toBe(true);
    expect(requestRoleName('orders-prod', 'alice-inc-4211')).toBe('gb_4f05e3d5993_alice_inc_4211');
    expect(targetRolePrefix('orders-prod')).toBe(`gb_${targetDigest('orders-prod')}_`);
    expect(parseRoleName('gb_4f05e3d5993_alice_inc_4211')).toEqual({ kind: 'current', digest: '4f05e3d5993', requestId: 'alice-inc-4211' });
    expect(parseRoleName(role)).toEqual({ kind: 'current', digest: targetDigest(longestTarget), requestId: longest });
    // Roles made before names carried the target.
    expect(legacyRoleName('orders-prod', 'alice-inc-4211')).toBe('grantbook_req_alice_inc_4211');
    expect(parseRoleName('grantbook_req_alice_inc_4211')).toEqual({ kind: 'legacy', requestId: 'alice-inc-4211' });
    for (const other of ['alice', 'gb_admin', 'gb_4f05e3d5993_', 'gb_4f05e3d5993_Alice', 'gb_4f05e3d599_alice', 'grantbook_req_', 'grantbook_req__x']) {
      expect(parseRoleName(other)).toBeUndefined();
    }
    expect(codeOf(() => requestRoleName('t', 'x'.repeat(49)))).toBe('E_PROVIDER_INVALID_GRANT');
  });

  it('gives every (target, request) pair of a cluster its own role, and inverts to the request', () => {
    const targets = ['orders-a', 'orders-b', 'orders', 'billing', 'a', 'a-b', 'ab'];
    const requests = ['two-db-1', 'two-db-1a', 'a', 'a-b', 'ab', 'a-b-c', `${'z'.repeat(47)}9`];
    const names = new Map<string, string>();
    for (const t of targets) {
      for (const r of requests) {
        const role = requestRoleName(t, r);
        expect(names.get(role)).toBeUndefined();
        names.set(role, `${t}/${r}`);
        expect(parseRoleName(role)).toEqual({ kind: 'current', digest: targetDigest(t), requestId: r });
      }
    }
    expect(names.size).toBe(targets.length * requests.length);
  });

  it('reads the target digest the way a DBA computes it in SQL (hex of SHA-256)', () => {
    expect(targetDigest('orders-prod')).toBe(createHash('sha256').update('orders-prod').digest('hex').slice(0, 11));
    expect(targetDigest('orders-prod')).toMatch(/^[0-9a-f]{11}$/);
  });

  it('refuses names outside the strict patterns before any SQL exists, without echoing them', () => {
    const evil = 'x"; DROP TABLE orders; --';
    const cases: PgTargetGrant[] = [
      grant({ principal: evil }),
      grant({}, [{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: evil }]),
      grant({}, [{ kind: 'table', privileges: ['SELECT'], schema: evil, table: 'orders' }]),
      grant({}, [{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', evil] }]),
      grant({ requestId: 'Alice_1' }),
      grant({ expiresAt: 'tomorrow' }),
    ];
    for (const c of cases) {
      let thrown: unknown;
      try {
        planPostgres(c);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ProviderError);
      expect((thrown as ProviderError).code).toBe('E_PROVIDER_INVALID_GRANT');
      expect((thrown as Error).message).not.toContain('DROP TABLE');
    }
  });

  it('refuses privileges outside the allowed set, duplicates, and row-level privileges on columns', () => {
    const table = (privileges: string[], columns?: string[]): GrantSpec =>
      ({ kind: 'table', privileges, schema: 'public', table: 'orders', ...(columns ? { columns } : {}) }) as GrantSpec;
    expect(codeOf(() => planPostgres(grant({}, [table(['CREATE'])])))).toBe('E_PROVIDER_INVALID_GRANT');
    expect(codeOf(() => planPostgres(grant({}, [table(['ALL'])])))).toBe('E_PROVIDER_INVALID_GRANT');
    expect(codeOf(() => planPostgres(grant({}, [table(['SELECT', 'SELECT'])])))).toBe('E_PROVIDER_INVALID_GRANT');
    expect(codeOf(() => planPostgres(grant({}, [table(['DELETE'], ['id'])])))).toBe('E_PG_PRIVILEGE_NOT_COLUMN');
    expect(codeOf(() => planPostgres(grant({}, [table(['SELECT'], [])])))).toBe('E_PROVIDER_INVALID_GRANT');
  });

  it('refuses system schemas, foreign grant kinds and unsafe principals by name', () => {
    expect(codeOf(() => planPostgres(grant({}, [{ kind: 'table', privileges: ['SELECT'], schema: 'pg_catalog', table: 'pg_authid' }])))).toBe(
      'E_PG_TABLE_SYSTEM',
    );
    expect(codeOf(() => planPostgres(grant({}, [{ kind: 'team', org: 'acme', team: 'x', role: 'member' }])))).toBe('E_PROVIDER_KIND_UNSUPPORTED');
    for (const principal of ['grantbook_grantor', 'pg_monitor', 'grantbook_req_bob_1', 'gb_4f05e3d5993_bob_1', requestRoleName('billing', 'x'), 'app_owner']) {
      expect(codeOf(() => planPostgres(grant({ principal })))).toBe('E_PG_PRINCIPAL_UNSAFE');
    }
    // Named like the prefix only: an ordinary login role.
    expect(codeOf(() => planPostgres(grant({ principal: 'gb_admin' })))).toBeUndefined();
  });

  it('quotes with the driver, so even a hostile name stays one identifier', () => {
    expect(qualifiedTable('public', 'x"; DROP TABLE orders; --')).toBe('"public"."x""; DROP TABLE orders; --"');
  });
});

describe('role tag', () => {
  const tag = { request: 'alice-inc-4211', target: 'orders-prod', principal: 'alice', expiresAt: '2026-03-01T12:00:00Z' };

  it('round-trips', () => {
    expect(parseTag(formatTag(tag))).toEqual({ kind: 'ok', tag });
  });

  it('tells foreign comments from damaged tags of ours', () => {
    expect(parseTag(null)).toEqual({ kind: 'none' });
    expect(parseTag('owned by the data team')).toEqual({ kind: 'none' });
    expect(parseTag('{"grantbook":1,oops')).toEqual({ kind: 'unreadable' });
    expect(parseTag(formatTag({ ...tag, expiresAt: '2026-02-30T00:00:00Z' }))).toEqual({ kind: 'unreadable' });
    expect(parseTag(formatTag({ ...tag, principal: 'Robert"); --' }))).toEqual({ kind: 'unreadable' });
  });
});
