import type { Inspection, ManagedGrant, Operation, Plan, Planner, Provider, TargetGrant } from '../../../src/providers/contract.js';
import { RevokeNotVerified } from '../../../src/providers/errors.js';
import type { VaultSpec, VaultTarget } from './types.js';

/** One access entry of the store; `tag` marks what Grantbook gave (request and expiry), absent for access given by other means. */
export interface VaultEntry {
  readonly path: string;
  readonly principal: string;
  readonly tag?: { readonly requestId: string; readonly expiresAt: string };
}

/** The in-memory secret store a vault target names: what the provider changes, and what tests read behind its back. */
export class VaultStore {
  entries: VaultEntry[] = [];
  /** The next grant or revoke fails right after its first change (a crash, a dropped connection). */
  failNext = false;

  holds(principal: string, path: string): boolean {
    return this.entries.some((e) => e.principal === principal && e.path === path);
  }
}

const stores = new Map<string, VaultStore>();

/** The store an environment variable's value names (the credential of a vault target). */
export function vaultStore(name: string): VaultStore {
  const existing = stores.get(name);
  if (existing !== undefined) return existing;
  const store = new VaultStore();
  stores.set(name, store);
  return store;
}

const enc = encodeURIComponent;

export const vaultPlanner: Planner<VaultTarget, VaultSpec> = {
  id: 'vault',
  kinds: ['secret'],
  recordsHeld: false,
  plan(grant: TargetGrant<VaultTarget, VaultSpec>): Plan {
    const ops = (method: string, s: VaultSpec, why: string, readOnly = false): Operation => ({
      kind: 'http',
      text: `${method} /v1/acl/${enc(s.path)}/${enc(grant.principal)}?request=${enc(grant.requestId)}`,
      why,
      ...(readOnly ? { readOnly: true } : {}),
    });
    return {
      grant: grant.grants.map((s) => ({
        ...ops('PUT', s, 'Gives the grantee read access to the secret, tagged with the request and its expiry.'),
        body: { access: s.access, expires_at: grant.expiresAt },
      })),
      revoke: grant.grants.flatMap((s) => [ops('DELETE', s, 'Removes the access this request gave.'), ops('GET', s, 'Read-back: must be 404.', true)]),
    };
  },
};

/** The effectful half over one store. */
export function createVaultProvider(target: VaultTarget, store: VaultStore): Provider<VaultTarget, VaultSpec> {
  const failing = (): boolean => {
    if (!store.failNext) return false;
    store.failNext = false;
    return true;
  };
  const inspect = async (g: TargetGrant<VaultTarget, VaultSpec>): Promise<Inspection> => {
    const ours = store.entries.filter((e) => e.tag?.requestId === g.requestId);
    const present = g.grants.every((s) => store.holds(g.principal, s.path));
    return { present, absent: ours.length === 0, details: ours.map((e) => `${e.principal} reads ${e.path}`) };
  };
  return {
    ...vaultPlanner,
    listsManaged: true,
    held: async () => [],
    async grant(g) {
      const fail = failing();
      let changes = 0;
      for (const s of g.grants) {
        if (store.entries.some((e) => e.tag?.requestId === g.requestId && e.path === s.path && e.principal === g.principal)) continue;
        store.entries.push({ path: s.path, principal: g.principal, tag: { requestId: g.requestId, expiresAt: g.expiresAt } });
        changes += 1;
        if (fail && changes === 1) throw new Error('vault: the connection dropped after the first change');
      }
    },
    async revoke(g) {
      const fail = failing();
      const ours = store.entries.filter((e) => e.tag?.requestId === g.requestId);
      for (const [i, entry] of ours.entries()) {
        store.entries = store.entries.filter((e) => e !== entry);
        if (fail && i === 0 && ours.length > 1) throw new Error('vault: the connection dropped after the first change');
      }
      const after = await inspect(g);
      if (!after.absent) throw new RevokeNotVerified(target.name, g.requestId, after);
    },
    inspect,
    async listManaged(t): Promise<readonly ManagedGrant[]> {
      const byRequest = new Map<string, ManagedGrant>();
      for (const e of store.entries) {
        if (e.tag !== undefined)
          byRequest.set(e.tag.requestId, { target: t.name, requestId: e.tag.requestId, principal: e.principal, expiresAt: e.tag.expiresAt });
      }
      return [...byRequest.values()];
    },
    close: async () => undefined,
  };
}
