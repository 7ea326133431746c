import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/ledger/index.js';
import { failureMarker } from '../../src/report/markers.js';
import { requestRoleName } from '../../src/providers/postgres/names.js';
import { HOUR, NOW, deadUrl, startRevokeFixture, CONNECTION_ENV, TARGET_NAME, type RevokeFixture } from '../support/revoke-fixture.js';
import { usePostgres } from '../support/use-postgres.js';

/**
 * Failure is loud and retried (design invariant 5): retried with backoff in
 * the run, recorded as revoke_failed, the step fails, one issue per failing
 * request, retried by the next run, and never recorded as revoked unless the
 * read-back confirmed it.
 */
const server = usePostgres();
let fx: RevokeFixture;
let admin: pg.Client;
beforeAll(async () => {
  fx = await startRevokeFixture(server());
  admin = await server().admin(fx.db.name);
}, 60_000);
afterAll(async () => {
  await admin.end();
  await fx.close();
});

const roleOf = (id: string): string => requestRoleName(TARGET_NAME, id);

async function mine(id: string): Promise<LedgerEvent[]> {
  return (await fx.events()).filter((e) => e.request === id);
}

function issuesFor(id: string) {
  return fx.gh.state.issues.filter((i) => (i.body ?? '').includes(failureMarker(id)));
}

describe('revoke sweep: failures', () => {
  it('a target down for the whole run: revoke_failed, failed step, an issue; the next healthy run revokes it and closes the issue', async () => {
    const g = await fx.seed('bob-inc-201', { grantedAt: NOW - 3 * HOUR, principal: 'bob' });
    const down = { [CONNECTION_ENV]: await deadUrl() };

    const first = await fx.sweep({ env: down });
    expect(first.outcome.decision).toBe('failed');
    expect(first.outcome.failure).toMatch(/^Revocation is not complete: 1 revocation\(s\) failed and are retried on the next run/);
    expect(first.outcome.reasonCodes).toEqual(['E_REVOKE_TARGET_UNREACHABLE']);
    expect(first.outcome.requests).toEqual([g.id]);
    // Backoff inside the run, through the injected sleep.
    expect(first.sleeps).toEqual([2000, 4000]);
    const failed = (await mine(g.id)).filter((e) => e.type === 'revoke_failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ target: 'orders-prod', attempts: 3, reason: { code: 'E_REVOKE_TARGET_UNREACHABLE' } });
    expect((await mine(g.id)).some((e) => e.type === 'revoked')).toBe(false);
    expect(await fx.roleExists(g.id)).toBe(true);
    expect(await fx.requestFileExists(g.id)).toBe(true);
    expect(issuesFor(g.id)).toHaveLength(1);
    expect(issuesFor(g.id)[0]).toMatchObject({ state: 'open', title: `Revocation failing: ${g.id}`, labels: ['grantbook'] });
    expect(first.outcome.summary).toContain('Failed — retried on the next run (1)');

    // Still down: the same issue is updated, not a second one opened.
    const second = await fx.sweep({ env: down });
    expect(second.outcome.decision).toBe('failed');
    expect(second.outcome.issues.updated).toEqual([issuesFor(g.id)[0]?.number]);
    expect(issuesFor(g.id)).toHaveLength(1);

    const healthy = await fx.sweep();
    expect(healthy.outcome.failure).toBeUndefined();
    expect(healthy.outcome.decision).toBe('revoked');
    const events = await mine(g.id);
    expect(events.filter((e) => e.type === 'revoked')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'revoke_failed')).toHaveLength(2);
    expect(await fx.roleExists(g.id)).toBe(false);
    expect(issuesFor(g.id)).toMatchObject([{ state: 'closed' }]);
    expect(issuesFor(g.id)[0]?.body).toContain('Resolved at');
    expect(healthy.outcome.issues.closed).toHaveLength(1);
    expect(await fx.chainOk()).toBe(true);
  });

  it('three of five succeed; the other two are recorded as failed, reported, and revoked by the next run', async () => {
    const ids = ['carol-inc-211', 'carol-inc-212', 'carol-inc-213', 'carol-inc-214', 'carol-inc-215'];
    for (const [i, id] of ids.entries()) await fx.seed(id, { grantedAt: NOW - (10 - i) * HOUR });
    const stuck = [ids[1] ?? '', ids[3] ?? ''];
    // Out of band, each of two roles comes to own a table: the provider never drops what it did not create.
    for (const id of stuck) {
      await admin.query(`CREATE TABLE public.${roleOf(id)}_t (id int)`);
      await admin.query(`ALTER TABLE public.${roleOf(id)}_t OWNER TO ${roleOf(id)}`);
    }
    const before = await fx.tip();

    const first = await fx.sweep();
    expect(first.outcome.decision).toBe('failed');
    expect(first.outcome.reasonCodes).toEqual(['E_PROVIDER_REVOKE_NOT_VERIFIED']);
    // One commit for the whole run, successes and failures together.
    expect((await fx.gh.gitOf().readCommit(await fx.tip())).parents).toEqual([before]);
    for (const id of ids) {
      const events = await mine(id);
      const isStuck = stuck.includes(id);
      expect(events.filter((e) => e.type === 'revoked')).toHaveLength(isStuck ? 0 : 1);
      expect(events.filter((e) => e.type === 'revoke_failed')).toHaveLength(isStuck ? 1 : 0);
      expect(await fx.roleExists(id)).toBe(isStuck);
      expect(await fx.requestFileExists(id)).toBe(isStuck);
      expect(issuesFor(id)).toHaveLength(isStuck ? 1 : 0);
    }
    // Three attempts each for the two that failed.
    expect(first.sleeps).toEqual([2000, 4000, 2000, 4000]);

    for (const id of stuck) await admin.query(`DROP TABLE public.${roleOf(id)}_t`);
    const second = await fx.sweep();
    expect(second.outcome.decision).toBe('revoked');
    expect(second.outcome.requests).toEqual(stuck);
    for (const id of ids) {
      expect((await mine(id)).filter((e) => e.type === 'revoked')).toHaveLength(1);
      expect(await fx.roleExists(id)).toBe(false);
    }
    for (const id of stuck) expect(issuesFor(id)).toMatchObject([{ state: 'closed' }]);
    expect(await fx.chainOk()).toBe(true);
  });

  it('a revoke that leaves a privilege behind (granted by another grantor) is never recorded as revoked', async () => {
    const g = await fx.seed('dave-inc-221', { grantedAt: NOW - 4 * HOUR });
    const role = roleOf(g.id);
    await admin.query(`GRANT SELECT ON public.order_items TO ${role}`);

    const first = await fx.sweep();
    expect(first.outcome.decision).toBe('failed');
    expect(first.outcome.reasonCodes).toEqual(['E_PROVIDER_REVOKE_NOT_VERIFIED']);
    const failed = (await mine(g.id)).filter((e) => e.type === 'revoke_failed');
    expect(failed).toMatchObject([{ attempts: 3, reason: { code: 'E_PROVIDER_REVOKE_NOT_VERIFIED' } }]);
    expect((await mine(g.id)).some((e) => e.type === 'revoked')).toBe(false);
    // Access itself ended (the membership goes first), but the role and its privilege remain: not "revoked".
    const member = await admin.query<{ v: boolean }>(`SELECT pg_has_role('alice', $1, 'MEMBER') AS v`, [role]);
    expect(member.rows[0]?.v).toBe(false);
    expect(await fx.roleExists(g.id)).toBe(true);
    const issue = issuesFor(g.id);
    expect(issue).toHaveLength(1);
    expect(issue[0]?.body).toContain('granted by postgres');
    expect(issue[0]?.body).toContain(`#${g.pr}`);

    const again = await fx.sweep();
    expect(again.outcome.decision).toBe('failed');
    expect((await mine(g.id)).some((e) => e.type === 'revoked')).toBe(false);
    expect(issuesFor(g.id)).toHaveLength(1);

    await admin.query(`REVOKE SELECT ON public.order_items FROM ${role}`);
    const fixed = await fx.sweep();
    expect(fixed.outcome.decision).toBe('revoked');
    expect((await mine(g.id)).filter((e) => e.type === 'revoked')).toHaveLength(1);
    expect(issuesFor(g.id)).toMatchObject([{ state: 'closed' }]);
  });

  it('a grant whose target is no longer declared fails loudly instead of being forgotten', async () => {
    const g = await fx.seed('erin-inc-231', { grantedAt: NOW - 5 * HOUR });
    await fx.gh.commit({
      branch: 'main',
      author: 'bob',
      message: 'Drop target',
      files: { 'policies/targets.yaml': 'targets:\n  other-db:\n    provider: postgres\n    connection_env: OTHER\n    grantor_role: grantbook_grantor\n' },
    });
    const run = await fx.sweep();
    expect(run.outcome.decision).toBe('failed');
    expect(run.outcome.reasonCodes).toContain('E_REVOKE_TARGET_UNKNOWN');
    expect((await mine(g.id)).filter((e) => e.type === 'revoke_failed')).toMatchObject([{ reason: { code: 'E_REVOKE_TARGET_UNKNOWN' }, attempts: 1 }]);
    expect(await fx.roleExists(g.id)).toBe(true);
  });

  it('an unreadable targets.yaml fails the run even with nothing new due, and the grants still due are recorded as failed', async () => {
    await fx.gh.commit({ branch: 'main', author: 'bob', message: 'Break targets', files: { 'policies/targets.yaml': 'targets: [\n' } });
    const run = await fx.sweep();
    expect(run.outcome.decision).toBe('failed');
    expect(run.outcome.reasonCodes).toEqual(['E_REVOKE_TARGETS_UNREADABLE']);
    expect(run.outcome.summary).toContain('policies/targets.yaml');
    const failed = (await mine('erin-inc-231')).filter((e) => e.type === 'revoke_failed');
    expect(failed[failed.length - 1]).toMatchObject({ reason: { code: 'E_REVOKE_TARGETS_UNREADABLE' } });
  });
});
