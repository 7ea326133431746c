/**
 * The contract every provider keeps, run against each of them. A provider
 * joins by supplying a harness; the assertions never look behind the contract.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Provider, TargetGrant } from '../../src/providers/contract.js';
import type { Target } from '../../src/policy/types.js';

export interface ConformanceHarness<T extends Target> {
  readonly provider: Provider<T>;
  readonly target: T;
  /** A grant with at least two changes, for a request id never used before. */
  grantFor(requestId: string): TargetGrant<T>;
  /**
   * The next grant or revoke fails right after its first change, the way a
   * crash or a dropped connection would.
   */
  failAfterFirstChange(): void;
}

export function describeProviderConformance<T extends Target>(
  name: string,
  setup: () => Promise<ConformanceHarness<T>> | ConformanceHarness<T>,
): void {
  describe(`provider conformance: ${name}`, () => {
    let h: ConformanceHarness<T>;
    let n = 0;
    const fresh = (): TargetGrant<T> => h.grantFor(`conf-${name}-${Date.now().toString(36)}-${++n}`);
    const managedIds = async (): Promise<string[]> =>
      (await h.provider.listManaged(h.target)).filter((m) => m.target === h.target.name).map((m) => m.requestId);

    beforeAll(async () => {
      h = await setup();
    });

    it('plans deterministically, with both a grant and a revoke side', () => {
      const g = fresh();
      const plan = h.provider.plan(g);
      expect(h.provider.plan(g)).toEqual(plan);
      expect(plan.grant.length).toBeGreaterThan(0);
      expect(plan.revoke.length).toBeGreaterThan(0);
    });

    it('reads a never-granted request back as absent and not present', async () => {
      expect(await h.provider.inspect(fresh())).toMatchObject({ present: false, absent: true });
    });

    it('grants once when asked twice, and inspect sees it after each call', async () => {
      const g = fresh();
      await h.provider.grant(g);
      expect(await h.provider.inspect(g)).toMatchObject({ present: true, absent: false });
      await h.provider.grant(g);
      expect(await h.provider.inspect(g)).toMatchObject({ present: true, absent: false });
      if (h.provider.listsManaged) {
        const found = (await h.provider.listManaged(h.target)).filter((m) => m.requestId === g.requestId);
        expect(found).toEqual([{ target: h.target.name, requestId: g.requestId, principal: g.principal, expiresAt: g.expiresAt }]);
      }
      await h.provider.revoke(g);
    });

    it('revokes, and revoking again or revoking a never-granted request succeeds', async () => {
      const g = fresh();
      await h.provider.grant(g);
      await h.provider.revoke(g);
      expect(await h.provider.inspect(g)).toMatchObject({ present: false, absent: true });
      await h.provider.revoke(g);
      expect(await h.provider.inspect(g)).toMatchObject({ present: false, absent: true });
      const never = fresh();
      await h.provider.revoke(never);
      expect(await h.provider.inspect(never)).toMatchObject({ present: false, absent: true });
    });

    it('lists exactly the grants it made, where the provider can tag them', async () => {
      const a = fresh();
      const b = fresh();
      const before = await managedIds();
      await h.provider.grant(a);
      await h.provider.grant(b);
      const during = await managedIds();
      await h.provider.revoke(a);
      const after = await managedIds();
      await h.provider.revoke(b);
      if (h.provider.listsManaged) {
        expect(during.filter((id) => !before.includes(id)).sort()).toEqual([a.requestId, b.requestId].sort());
        expect(after.filter((id) => !before.includes(id))).toEqual([b.requestId]);
        expect(await managedIds()).toEqual(before);
      } else {
        // Nothing to prove from: the provider must not invent entries.
        expect([...before, ...during, ...after]).toEqual([]);
      }
    });

    it('a grant that fails mid-way is repaired by the next grant, and revokes cleanly', async () => {
      const g = fresh();
      h.failAfterFirstChange();
      await expect(h.provider.grant(g)).rejects.toThrow();
      await h.provider.grant(g);
      expect(await h.provider.inspect(g)).toMatchObject({ present: true, absent: false });
      await h.provider.revoke(g);
      expect(await h.provider.inspect(g)).toMatchObject({ present: false, absent: true });
    });

    it('a revoke that fails mid-way has already ended access, and the next revoke completes it', async () => {
      const g = fresh();
      await h.provider.grant(g);
      h.failAfterFirstChange();
      await expect(h.provider.revoke(g)).rejects.toThrow();
      expect(await h.provider.inspect(g)).toMatchObject({ present: false });
      await h.provider.revoke(g);
      expect(await h.provider.inspect(g)).toMatchObject({ present: false, absent: true });
      if (h.provider.listsManaged) expect(await managedIds()).not.toContain(g.requestId);
    });
  });
}
