import { readFileSync } from 'node:fs';
import { memoryLogger } from '../support/logger.js';
import { commitEvents } from '../../src/ledger/index.js';
import { readBaselines } from '../../src/modes/apply/activity-baseline.js';
import type { BuiltinSpec as GrantSpec } from '../support/builtin-specs.js';
import { fixedClock } from '../support/clock.js';
import { formatInstant } from '../../src/time/instant.js';
import { TARGET, TWO_COLUMNS, type RevokeFixture, type Seeded } from '../support/revoke-fixture.js';

/** The repository's own orders-readonly profile, with the given `limits` block appended. */
export function profileWithLimits(limits: string | undefined): string {
  const base = readFileSync(new URL('../../policies/orders-readonly.yaml', import.meta.url), 'utf8');
  return limits === undefined ? base : `${base}limits:\n${limits.replace(/^/gm, '  ')}\n`;
}

/** Commits policies/orders-readonly.yaml on main, as a merged policy change would. */
export async function setProfile(fx: RevokeFixture, limits: string | undefined): Promise<void> {
  await fx.gh.commit({ branch: 'main', files: { 'policies/orders-readonly.yaml': profileWithLimits(limits) }, author: 'bob', message: 'Profile limits' });
}

/** Seeds a grant the way apply makes it: the provider grant, `granted`, then the baseline through apply's own code. */
export async function seedWithBaseline(
  fx: RevokeFixture,
  id: string,
  o: { grantedAt: number; principal?: string; specs?: readonly GrantSpec[] },
): Promise<Seeded> {
  const seeded = await fx.seed(id, o);
  const principal = o.principal ?? 'alice';
  const tip = await fx.tip();
  const logger = memoryLogger();
  const actor = { run_id: '6001', workflow: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main', sha: tip };
  const drafts = await readBaselines(
    id,
    actor,
    new Map([[TARGET.name, fx.provider]]),
    [{ requestId: id, target: TARGET, principal, grants: o.specs ?? [TWO_COLUMNS], expiresAt: formatInstant(seeded.expiresAt) }],
    logger,
  );
  // Nothing observable (no extension): nothing to record, as apply does.
  if (drafts.length === 0) return seeded;
  await commitEvents(
    { store: fx.store, clock: fixedClock(o.grantedAt + 1000), sleep: async () => undefined, random: () => 0 },
    { branch: 'main', changes: { drafts }, message: `grantbook: Activity baseline for ${id}` },
  );
  return seeded;
}
