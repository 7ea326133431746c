import { diagnostic, UserError } from '../diagnostics.js';
import type { Target } from '../policy/types.js';
import type { Planner } from './contract.js';
import { githubPlanner } from './github/plan.js';
import { postgresPlanner } from './postgres/plan.js';

/**
 * The pure half of every provider: what a plan needs and nothing that talks
 * to a system. The check job imports this and not registry.ts, so checking a
 * pull request never loads a database client or a provider's effects.
 */
const PLANNERS: ReadonlyMap<string, Planner> = new Map<string, Planner>([
  ['postgres', postgresPlanner],
  ['github', githubPlanner],
]);

export const PROVIDER_IDS: readonly string[] = [...PLANNERS.keys()].sort();

/** A target naming a provider this build does not have. */
export function unknownProvider(target: Target): UserError {
  const id: string = target.provider;
  // Only echo the id when it looks like one; it comes from a file.
  const named = /^[a-z0-9-]{1,32}$/.test(id) ? `"${id}"` : 'named';
  return new UserError([
    diagnostic('E_PROVIDER_UNKNOWN', `target ${target.name}: provider ${named} is unknown; valid providers: ${PROVIDER_IDS.join(', ')}`, {
      file: 'policies/targets.yaml',
      pointer: `/targets/${target.name}/provider`,
    }),
  ]);
}

/** Whether a provider can ever record a part as already held (Planner.recordsHeld); false for an id this build does not have. */
export function recordsHeld(provider: string): boolean {
  return PLANNERS.get(provider)?.recordsHeld === true;
}

/** The pure planner for a target: no credentials, safe in the check job. */
export function planFor(target: Target): Planner {
  const planner = PLANNERS.get(target.provider);
  if (planner === undefined) throw unknownProvider(target);
  return planner;
}
