/**
 * The contract every provider keeps, run against each of them. A provider
 * joins by supplying a harness; the assertions never look behind the contract.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appendEvents, EMPTY_TIP, fold, type EventDraft, type LedgerEvent } from '../../src/ledger/index.js';
import { memoryLogger } from '../support/logger.js';
import { observeHeld, ledgerGrants } from '../../src/modes/apply/observe.js';
import { executeSweep } from '../../src/modes/revoke/execute.js';
import { planSweep, STALE_INTENT_MS } from '../../src/modes/revoke/plan.js';
import { appliedTargets, recordedUses } from '../../src/providers/applied.js';
import { applyRequest } from '../../src/providers/apply.js';
import { activeRegistry } from '../../src/providers/catalog.js';
import type { ManagedGrant, Provider, TargetGrant } from '../../src/providers/contract.js';
import type { Target } from '../../src/policy/types.js';
import { fixedClock } from '../support/clock.js';
import { formatInstant } from '../../src/time/instant.js';
import { grantedDraft } from '../ledger/fixtures.js';

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
  /** Ways a person already holds exactly what a request grants, given outside Grantbook (design invariant 9). */
  readonly preexisting: readonly PreexistingAccess<T>[];
}

/** Access a person holds before any request, and a request that asks exactly that again. */
export interface PreexistingAccess<T extends Target> {
  readonly name: string;
  /** Gives the person the access outside Grantbook; returns the grant of a new request for exactly it. */
  arrange(requestId: string): Promise<TargetGrant<T>>;
  /** Read from the target system itself, never through the provider: is the access exactly as arranged? */
  intact(): Promise<boolean>;
  /** Takes the arranged access away again, so the cases do not meet. */
  cleanup(): Promise<void>;
}

export function describeProviderConformance<T extends Target>(name: string, setup: () => Promise<ConformanceHarness<T>> | ConformanceHarness<T>): void {
  describe(`provider conformance: ${name}`, () => {
    let h: ConformanceHarness<T>;
    let n = 0;
    // Request ids are lowercase letters, digits and hyphens.
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const fresh = (): TargetGrant<T> => h.grantFor(`conf-${slug}-${Date.now().toString(36)}-${++n}`);
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

    it('reports of a grant what its descriptor declares, in a form the ledger records: a backstop with provider-side expiry, the object with usage', async () => {
      const g = fresh();
      const registry = activeRegistry();
      const descriptor = registry.descriptor(h.target.provider);
      if (descriptor === undefined) throw new Error(`provider ${h.target.provider} is not in the active registry`);
      const report = await h.provider.grant(g);
      try {
        expect(report?.backstop !== undefined).toBe(descriptor.traits.providerExpiry);
        const applied = appliedTargets([g], new Map(report === undefined ? [] : [[h.target.name, report]]), registry);
        const entry = applied[0];
        expect(entry?.object).toBe(descriptor.usage?.object(g));
        expect(entry?.backstop).toEqual(report?.backstop);
        if (applied.length === 0) return;
        // The granted event that records it is written (validated on the way) and read back as it was.
        const expires = Date.parse(g.expiresAt);
        const grants = g.grants.map((spec) => ({ target: g.target.name, provider: g.target.provider, principal: g.principal, spec }));
        const [sealed] = appendEvents(
          EMPTY_TIP,
          [grantedDraft(g.requestId, expires - 3_600_000, 1, { grants, applied, expires_at: g.expiresAt })],
          fixedClock(expires - 3_600_000),
        );
        expect(sealed?.event.type === 'granted' && sealed.event.applied).toEqual(applied);
        const [use] = recordedUses({ grants, expires_at: g.expiresAt, applied }, registry);
        expect((use?.steps.length ?? 0) > 0).toBe(descriptor.usage !== undefined);
        expect(use?.backstop === undefined).toBe(!descriptor.traits.providerExpiry);
      } finally {
        await h.provider.revoke(g);
      }
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

    describe('access held before the grant is never taken away', () => {
      /** The apply path: what is already held is read before anything is recorded or changed. */
      const observed = async (asked: TargetGrant<T>): Promise<TargetGrant<T>> => {
        const [g] = await observeHeld(new Map<string, Provider>([[h.target.name, h.provider]]), [asked], new Map());
        if (g === undefined) throw new Error('observeHeld lost the grant');
        return g as TargetGrant<T>;
      };
      const each = async (property: (c: PreexistingAccess<T>, g: TargetGrant<T>) => Promise<void>): Promise<void> => {
        expect(h.preexisting.length).toBeGreaterThan(0);
        for (const c of h.preexisting) {
          const g = await observed(await c.arrange(`conf-${slug}-held-${Date.now().toString(36)}-${++n}`));
          try {
            expect(await c.intact(), `${c.name}: arranged`).toBe(true);
            await property(c, g);
            expect(await c.intact(), `${c.name}: still held, unchanged`).toBe(true);
          } finally {
            await c.cleanup();
          }
        }
      };

      it('after the grant is revoked', async () => {
        await each(async (c, g) => {
          await h.provider.grant(g);
          expect(await h.provider.inspect(g), c.name).toMatchObject({ present: true });
          expect(await c.intact(), `${c.name}: after the grant`).toBe(true);
          await h.provider.revoke(g);
          expect(await h.provider.inspect(g), c.name).toMatchObject({ absent: true });
        });
      });

      it('after the rollback of a multi-target apply whose other target failed', async () => {
        await each(async (c, g) => {
          const other = { ...h.target, name: `${h.target.name}-other` };
          const result = await applyRequest(
            new Map<string, Provider>([
              [h.target.name, h.provider],
              [other.name, outage(h.provider)],
            ]),
            [g, { ...g, target: other }],
          );
          expect(result, c.name).toMatchObject({ ok: false, failure: { target: other.name } });
          if (!result.ok) expect(result.compensated, c.name).toContainEqual({ target: h.target.name, status: 'revoked' });
        });
      });

      it('after a drift sweep: an intent left without `granted`, and (where the provider lists its grants) one the ledger never saw', async () => {
        await each(async (c, g) => {
          await h.provider.grant(g);
          const at = Date.UTC(2030, 0, 1);
          const now = at + STALE_INTENT_MS + 60_000;
          // The intent records what apply found already held, exactly as apply writes it.
          const intent: EventDraft = {
            type: 'intent',
            request: g.requestId,
            actor: { run_id: '1', workflow: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main', sha: 'a'.repeat(40) },
            pr: { number: 1, head_sha: 'b'.repeat(40), merge_sha: 'c'.repeat(40) },
            requester: { login: 'alice', id: 1 },
            grantees: [{ login: 'alice', id: 1 }],
            approvers: [{ login: 'bob', id: 2, review_id: 3, commit_id: 'b'.repeat(40) }],
            profile: 'conformance',
            request_blob: 'd'.repeat(40),
            grants: ledgerGrants(
              g.grants.map((spec) => ({ target: h.target.name, provider: h.target.provider, principal: g.principal, spec })),
              [g],
            ),
            expires_at: formatInstant(at + 2 * 3_600_000),
            duration: '2h',
          };
          const events = appendEvents(EMPTY_TIP, [intent], fixedClock(at)).map((e) => e.event);
          expect(await sweep(events, new Set([g.requestId]), now), `${c.name}: intent`).toEqual(['revoked']);
          expect(await c.intact(), `${c.name}: after the intent sweep`).toBe(true);
          if (h.provider.listsManaged) {
            await h.provider.grant(g);
            expect(await sweep([], new Set(), now), `${c.name}: unrecorded`).toEqual(['revoked']);
          }
        });
      });

      /** One revoke sweep's planning and revocation over `events`, as the revoke job runs them. */
      async function sweep(events: readonly LedgerEvent[], present: ReadonlySet<string>, now: number): Promise<string[]> {
        const managed = new Map<string, readonly ManagedGrant[]>();
        if (h.provider.listsManaged) managed.set(h.target.name, await h.provider.listManaged(h.target));
        const plan = planSweep({ events, folded: fold(events), now, present, managed, staleIntentMs: STALE_INTENT_MS, sharedProviders: new Set() });
        const outcomes = await executeSweep(plan.items, {
          targets: { handle: () => ({ state: 'ready', target: h.target, provider: h.provider }) },
          clock: fixedClock(now),
          sleep: async () => undefined,
          retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
          logger: memoryLogger(),
        });
        return outcomes.flatMap((o) => o.results.map((r) => r.status));
      }
    });
  });
}

/** A provider on another target that is down: every grant fails, nothing changes. */
function outage(like: Provider): Provider {
  return {
    id: like.id,
    kinds: like.kinds,
    recordsHeld: like.recordsHeld,
    listsManaged: false,
    plan: (g) => like.plan(g),
    held: async () => [],
    grant: async () => {
      throw new Error('connection refused');
    },
    revoke: async () => undefined,
    inspect: async () => ({ present: false, absent: true, details: [] }),
    listManaged: async () => [],
    close: async () => undefined,
  };
}
