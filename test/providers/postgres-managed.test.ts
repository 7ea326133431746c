import { describe, expect, it } from 'vitest';
import { legacyRoleName, requestRoleName, targetDigest } from '../../src/providers/postgres/names.js';
import { managedGrantOf, mergeByRequest, type RoleRow } from '../../src/providers/postgres/managed.js';
import { formatTag } from '../../src/providers/postgres/tag.js';

/**
 * Which target lists which role. pg_roles is cluster-wide: every target of a
 * cluster reads every role; each role must be listed by exactly one of them.
 */
const EXPIRES = '2030-01-01T00:00:00Z';
const tagFor = (target: string, request: string, principal = 'alice'): string => formatTag({ request, target, principal, expiresAt: EXPIRES });
const row = (rolname: string, tag: string | null, o: Partial<RoleRow> = {}): RoleRow => ({
  rolname,
  tag,
  members: ['alice'],
  here: true,
  anywhere: true,
  ...o,
});
const listers = (r: RoleRow, targets: readonly string[]): string[] => targets.filter((t) => managedGrantOf(r, t) !== undefined);
const CLUSTER = ['orders-a', 'orders-b'];

describe('listing per target on a shared cluster', () => {
  it('lists a role by the current name only on its own target', () => {
    const r = row(requestRoleName('orders-a', 'two-db-1'), tagFor('orders-a', 'two-db-1'));
    expect(managedGrantOf(r, 'orders-a')).toEqual({ target: 'orders-a', requestId: 'two-db-1', principal: 'alice', expiresAt: EXPIRES });
    expect(managedGrantOf(r, 'orders-b')).toBeUndefined();
  });

  it('lists a damaged role by the current name on the target its name carries, whatever the tag claims', () => {
    const name = requestRoleName('orders-a', 'two-db-1');
    for (const tag of ['{"grantbook":1,"request":', tagFor('orders-b', 'two-db-1'), tagFor('orders-a', 'other-1')]) {
      const r = row(name, tag, { here: false });
      expect(listers(r, CLUSTER)).toEqual(['orders-a']);
      expect(managedGrantOf(r, 'orders-a')).toEqual({ target: 'orders-a', requestId: 'two-db-1', principal: 'alice' });
    }
  });

  it('leaves a role whose tag names another target with the same digest to that target', () => {
    // Two real names whose digests collide: found by brute force, checked here.
    const [first, second] = ['t-id0w', 't-20s16'];
    expect(targetDigest(first)).toBe(targetDigest(second));
    const r = row(requestRoleName(first, 'req-1'), tagFor(second, 'req-1'));
    expect(requestRoleName(first, 'req-1')).toBe(requestRoleName(second, 'req-1'));
    expect(listers(r, [first, second])).toEqual([second]);
  });

  it('places a role of the earlier naming by its tag', () => {
    const r = row(legacyRoleName('orders-a', 'old-1'), tagFor('orders-a', 'old-1'), { here: false });
    expect(listers(r, CLUSTER)).toEqual(['orders-a']);
    expect(managedGrantOf(r, 'orders-a')).toEqual({ target: 'orders-a', requestId: 'old-1', principal: 'alice', expiresAt: EXPIRES });
  });

  it('places a damaged role of the earlier naming by the database holding its grants', () => {
    const name = legacyRoleName('x', 'old-2');
    const damaged = '{"grantbook":1,"request":';
    // Seen from orders-a's database (here) and from orders-b's (not here).
    expect(managedGrantOf(row(name, damaged, { here: true, anywhere: true }), 'orders-a')).toEqual({
      target: 'orders-a',
      requestId: 'old-2',
      principal: 'alice',
    });
    expect(managedGrantOf(row(name, damaged, { here: false, anywhere: true }), 'orders-b')).toBeUndefined();
    // Holding nothing anywhere, it cannot be placed: any target may remove it.
    expect(listers(row(name, damaged, { here: false, anywhere: false, members: [] }), CLUSTER)).toEqual(CLUSTER);
  });

  it('never lists a role without our tag, or one not named like ours', () => {
    for (const tag of [null, 'made by hand']) {
      expect(listers(row(requestRoleName('orders-a', 'x-1'), tag), CLUSTER)).toEqual([]);
      expect(listers(row(legacyRoleName('orders-a', 'x-1'), tag), CLUSTER)).toEqual([]);
    }
    expect(listers(row('gb_admin', tagFor('orders-a', 'x-1')), CLUSTER)).toEqual([]);
  });

  it('merges two roles of one request on one target into one entry, due at the earlier expiry', () => {
    const a = { target: 'orders-a', requestId: 'r-1', principal: 'alice', expiresAt: '2030-01-01T00:00:00Z' };
    expect(mergeByRequest([a, { ...a, expiresAt: '2029-06-01T00:00:00.500Z' }])).toEqual([{ ...a, expiresAt: '2029-06-01T00:00:00.500Z' }]);
    expect(mergeByRequest([a, { target: 'orders-a', requestId: 'r-1', principal: 'bob' }])).toEqual([{ target: 'orders-a', requestId: 'r-1' }]);
    expect(mergeByRequest([a, { ...a, requestId: 'r-2' }])).toHaveLength(2);
  });
});
