import { describe, expect, it } from 'vitest';
import { appendEvents, EMPTY_TIP, fold, type EventDraft, type LedgerEvent, type LedgerGrant } from '../../src/ledger/index.js';
import { memoryLogger } from '../support/logger.js';
import { ledgerGrants, observeHeld } from '../../src/modes/apply/observe.js';
import { heldNotes } from '../../src/modes/check/held.js';
import { heldByLiveGrants, preexisting } from '../../src/modes/held.js';
import { planSweep, STALE_INTENT_MS } from '../../src/modes/revoke/plan.js';
import type { TargetPlan } from '../../src/plan/request-plan.js';
import type { BuiltinSpec as GrantSpec } from '../support/builtin-specs.js';
import type { Provider, TargetGrant } from '../../src/providers/contract.js';
import { ProviderError } from '../../src/providers/errors.js';
import type { GithubTarget, GithubTargetGrant } from '../../src/providers/github/plan.js';
import { createGithubProvider } from '../../src/providers/github/provider.js';
import { fixedClock } from '../support/clock.js';
import { formatInstant } from '../../src/time/instant.js';
import { MemoryGithubAccess } from '../support/github-access-memory.js';

/**
 * "Already held" means held and not given by Grantbook: what the provider
 * reads, minus what live grants of the ledger gave. Without the subtraction
 * an extension (or two overlapping requests) would record the first grant's
 * membership as pre-existing, and no revocation would ever remove it.
 */
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
const SHA = 'b'.repeat(40);
const ACTOR = { run_id: '1', workflow: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main', sha: SHA };
const target: GithubTarget = { name: 'github-acme', provider: 'github', org: 'acme', tokenEnv: 'GH', protectedTeams: [], protectedRepos: [] };
const TEAM: GrantSpec = { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' };
const PULL: GrantSpec = { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'pull' };
const PUSH: GrantSpec = { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'push' };
const part = (spec: GrantSpec, held = false): LedgerGrant => ({
  target: 'github-acme',
  provider: 'github',
  principal: 'alice',
  spec,
  ...(held ? { already_held: true as const } : {}),
});

function granted(request: string, start: number, hours: number, grants: readonly LedgerGrant[], extendsId?: string): EventDraft {
  return {
    type: 'granted',
    request,
    actor: ACTOR,
    pr: { number: 7, head_sha: SHA, merge_sha: SHA },
    requester: { login: 'alice', id: 1 },
    grantees: [{ login: 'alice', id: 1 }],
    approvers: [{ login: 'bob', id: 2, review_id: 3, commit_id: SHA }],
    profile: 'payments-oncall',
    request_blob: SHA,
    grants,
    expires_at: formatInstant(start + hours * HOUR),
    duration: `${hours}h`,
    granted_at: formatInstant(start),
    ...(extendsId !== undefined ? { extends: extendsId } : {}),
  };
}

const sealed = (drafts: readonly EventDraft[], at: number): LedgerEvent[] => appendEvents(EMPTY_TIP, drafts, fixedClock(at)).map((s) => s.event);

function world(): { api: MemoryGithubAccess; providers: Map<string, Provider>; provider: Provider<GithubTarget> } {
  const api = new MemoryGithubAccess('acme').addUser('alice', true).addTeam('payments-oncall').addRepo('payments-service');
  const provider = createGithubProvider(target, api);
  return { api, provider, providers: new Map<string, Provider>([[target.name, provider]]) };
}

const asking = (requestId: string, grants: readonly GrantSpec[]): TargetGrant<GithubTarget> => ({
  requestId,
  target,
  principal: 'alice',
  expiresAt: formatInstant(NOW + HOUR),
  grants,
});

describe('already held = read from the provider minus what live grants gave', () => {
  it('standing access with no live grant is already held, and recorded so in the ledger grants', async () => {
    const { api, providers } = world();
    await api.addTeamMembership('acme', 'payments-oncall', 'alice', 'member');
    const [g] = await observeHeld(providers, [asking('b', [TEAM, PULL])], new Map());
    expect(g?.held).toEqual([TEAM]);
    expect(ledgerGrants([part(TEAM), part(PULL)], g === undefined ? [] : [g])).toEqual([part(TEAM, true), part(PULL)]);
  });

  it("an extension of a live grant that gave the membership holds nothing already: the membership stays the tool's to remove", async () => {
    const { api, providers, provider } = world();
    const a = asking('a', [TEAM]);
    await provider.grant(a);
    const events = sealed([granted('a', NOW - HOUR, 4, [part(TEAM)])], NOW - HOUR);
    const [b] = await observeHeld(providers, [asking('b', [TEAM])], fold(events).states);
    expect(b?.held).toBeUndefined();

    // The extension lands; the sweep defers the superseded grant to it, then revokes both once due.
    const withB = [
      ...events,
      ...appendEvents({ seq: 0, hash: events[0]?.hash ?? '', at: NOW - HOUR }, [granted('b', NOW, 8, [part(TEAM)], 'a')], fixedClock(NOW)).map((s) => s.event),
    ];
    const input = (now: number) => ({
      events: withB,
      folded: fold(withB),
      now,
      present: new Set(['a', 'b']),
      managed: new Map(),
      staleIntentMs: STALE_INTENT_MS,
      sharedProviders: new Set(['github'] as const),
    });
    /** Revokes what a sweep at `now` plans, as the revoke job would. */
    const sweep = async (now: number) => {
      const plan = planSweep(input(now));
      for (const item of plan.items) {
        for (const t of item.targets)
          for (const p of t.principals)
            await provider.revoke({ ...asking(item.request, p.specs as readonly GrantSpec[]), ...(p.held !== undefined ? { held: p.held } : {}) });
      }
      return plan;
    };
    const early = await sweep(NOW);
    expect(early.deferred).toEqual([{ request: 'a', target: 'github-acme', heldBy: 'b' }]);
    expect(early.items).toEqual([]);
    expect(await api.getTeamMembership('acme', 'payments-oncall', 'alice')).toEqual({ state: 'active', role: 'member' });
    const due = await sweep(NOW + 9 * HOUR);
    expect(due.items.map((i) => i.request).sort()).toEqual(['a', 'b']);
    expect(due.items.flatMap((i) => i.targets.flatMap((t) => t.principals.map((p) => p.held)))).toEqual([undefined, undefined]);
    // Both were the tool's: once both are due, the membership it added is gone.
    expect(await api.getTeamMembership('acme', 'payments-oncall', 'alice')).toBeUndefined();
  });

  it("a live grant that itself found the access already held does not make it the tool's", () => {
    const events = sealed([granted('a', NOW - HOUR, 4, [part(TEAM, true)])], NOW - HOUR);
    expect(preexisting([TEAM], target, 'alice', heldByLiveGrants(fold(events).states))).toEqual([TEAM]);
    // Nor does it defer the revocation of another grant: it holds nothing of the tool's.
    const other = [
      ...events,
      ...appendEvents({ seq: 0, hash: events[0]?.hash ?? '', at: NOW - HOUR }, [granted('b', NOW - 3 * HOUR, 1, [part(TEAM)])], fixedClock(NOW - HOUR)).map(
        (s) => s.event,
      ),
    ];
    const plan = planSweep({
      events: other,
      folded: fold(other),
      now: NOW,
      present: new Set(['a', 'b']),
      managed: new Map(),
      staleIntentMs: STALE_INTENT_MS,
      sharedProviders: new Set(['github'] as const),
    });
    expect(plan.deferred).toEqual([]);
    expect(plan.items.map((i) => i.request)).toEqual(['b']);
  });

  it('a revoked grant holds nothing; another target, principal or team is another thing', () => {
    const events = sealed(
      [
        granted('a', NOW - 5 * HOUR, 4, [part(TEAM)]),
        { type: 'revoked', request: 'a', actor: ACTOR, targets: ['github-acme'], verified: true, cause: 'expired' },
        granted('c', NOW - HOUR, 4, [
          { ...part(TEAM), principal: 'bob' },
          { ...part(PULL), target: 'github-other' },
        ]),
      ],
      NOW,
    );
    const ours = heldByLiveGrants(fold(events).states);
    expect(preexisting([TEAM, PULL], target, 'alice', ours)).toEqual([TEAM, PULL]);
    expect(preexisting([TEAM], target, 'Bob', ours)).toEqual([]);
  });

  it('push given by a live grant is not "already held" for a pull request: the provider refuses the change instead', async () => {
    const { providers, provider } = world();
    await provider.grant(asking('a', [PUSH]));
    const events = sealed([granted('a', NOW - HOUR, 4, [part(PUSH)])], NOW - HOUR);
    const [b] = await observeHeld(providers, [asking('b', [PULL])], fold(events).states);
    expect(b?.held).toBeUndefined();
    const refused = await provider.grant({ ...asking('b', [PULL]), ...(b?.held !== undefined ? { held: b.held } : {}) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ProviderError);
    expect((refused as ProviderError).code).toBe('E_PROVIDER_REPO_PERMISSION_CONFLICT');
  });
});

describe('a permission that comes through a team is not a direct one', () => {
  it('a team a live grant gave passes a permission on: a request for it is not already held, and keeps it past that grant', async () => {
    const { api, providers, provider } = world();
    api.grantTeamRepo('payments-oncall', 'payments-service', 'push');
    await provider.grant(asking('a', [TEAM]));
    expect(await api.getCollaboratorPermission('acme', 'payments-service', 'alice')).toBe('push');
    const events = sealed([granted('a', NOW - HOUR, 4, [part(TEAM)])], NOW - HOUR);
    const [b] = await observeHeld(providers, [asking('b', [PUSH])], fold(events).states);
    expect(b?.held).toBeUndefined();
    expect(ledgerGrants([part(PUSH)], b === undefined ? [] : [b])).toEqual([part(PUSH)]);

    // b gets a direct permission of its own: revoking a leaves what b approved in place.
    await provider.grant(asking('b', [PUSH]));
    await provider.revoke(asking('a', [TEAM]));
    expect(await api.getTeamMembership('acme', 'payments-oncall', 'alice')).toBeUndefined();
    expect(await api.getCollaboratorPermission('acme', 'payments-service', 'alice')).toBe('push');
    await provider.revoke(asking('b', [PUSH]));
    expect(await api.getCollaboratorPermission('acme', 'payments-service', 'alice')).toBeUndefined();
  });

  it('standing access through a team stays exactly as it was: the grant adds, and its revocation removes, only a direct permission', async () => {
    const { api, providers, provider } = world();
    api.grantTeamRepo('payments-oncall', 'payments-service', 'push');
    await api.addTeamMembership('acme', 'payments-oncall', 'alice', 'member');
    const [g] = await observeHeld(providers, [asking('b', [PULL])], new Map());
    expect(g?.held).toBeUndefined();
    await provider.grant(asking('b', [PULL]));
    expect(await api.listDirectCollaborators('acme', 'payments-service')).toEqual(['alice']);
    expect(await provider.inspect(asking('b', [PULL]))).toMatchObject({ present: true, absent: false });
    await provider.revoke(asking('b', [PULL]));
    expect(await api.listDirectCollaborators('acme', 'payments-service')).toEqual([]);
    expect(await api.getTeamMembership('acme', 'payments-oncall', 'alice')).toEqual({ state: 'active', role: 'member' });
    expect(await api.getCollaboratorPermission('acme', 'payments-service', 'alice')).toBe('push');
  });

  it('a direct permission held before stays already held, whatever a team adds to it', async () => {
    const { api, providers } = world();
    api.grantTeamRepo('payments-oncall', 'payments-service', 'push');
    await api.addTeamMembership('acme', 'payments-oncall', 'alice', 'member');
    await api.addCollaborator('acme', 'payments-service', 'alice', 'pull');
    const [g] = await observeHeld(providers, [asking('b', [PUSH])], new Map());
    expect(g?.held).toEqual([PUSH]);
  });
});

describe('check notes (heldNotes): advisory, one read at a time', () => {
  const other: GithubTarget = { ...target, name: 'github-other' };
  const planOf = (t: GithubTarget, grants: readonly GrantSpec[]): TargetPlan => {
    const targetGrant: TargetGrant = { requestId: 'b', target: t, principal: 'alice', expiresAt: formatInstant(NOW + HOUR), grants };
    return { targetGrant, plan: createGithubProvider(t, new MemoryGithubAccess('acme')).plan(targetGrant as GithubTargetGrant) };
  };

  it('keeps the notes of earlier targets when what live grants hold cannot be read for a later one', async () => {
    const { api } = world();
    await api.addTeamMembership('acme', 'payments-oncall', 'alice', 'member');
    const answers: (ReadonlySet<string> | undefined)[] = [new Set(), undefined];
    const logger = memoryLogger();
    const notes = await heldNotes('access-requests/b.yaml', [planOf(target, [TEAM]), planOf(other, [TEAM])], {
      github: api,
      ours: async () => answers.shift(),
      logger,
    });
    expect(notes.map((n) => [n.code, n.severity])).toEqual([['E_GRANT_ALREADY_HELD', 'warning']]);
    expect(notes[0]?.message).toContain('github-acme: alice member of acme/payments-oncall');
  });

  it('a read that throws (our bug included) costs that target its note, with a warning, and the others are written', async () => {
    const { api } = world();
    await api.addTeamMembership('acme', 'payments-oncall', 'alice', 'member');
    await api.addCollaborator('acme', 'payments-service', 'alice', 'pull');
    api.failNext('listDirectCollaborators', new TypeError('a bug'));
    const logger = memoryLogger();
    const notes = await heldNotes('access-requests/b.yaml', [planOf(target, [TEAM, PULL])], { github: api, ours: async () => new Set(), logger });
    expect(notes.map((n) => n.message.includes('member of acme/payments-oncall'))).toEqual([true]);
    expect(logger.lines.filter((l) => l.startsWith('warning: '))).toHaveLength(1);
  });
});
