import type { AppliedTarget, GrantedEvent, RecordedBackstop } from '../ledger/events.js';
import { APPLIED_NAME, isRecordableBackstop } from '../ledger/validate.js';
import type { GrantApplied, TargetGrant } from './contract.js';
import type { ProviderRegistry, UsageStep } from './descriptor.js';

/**
 * What a `granted` event records of each target (ledger `applied`): the
 * object the grantee uses, named by the descriptor's `usage`, and the
 * provider-side expiry the provider reported while granting. A target with
 * neither gets no entry; a name the ledger would refuse is left out rather
 * than failing the record of a grant that is already in effect.
 */
export function appliedTargets(
  grants: readonly TargetGrant[],
  reported: ReadonlyMap<string, GrantApplied>,
  registry: ProviderRegistry,
): readonly AppliedTarget[] {
  const out: AppliedTarget[] = [];
  const seen = new Set<string>();
  for (const g of grants) {
    const target = g.target.name;
    if (seen.has(target)) continue;
    seen.add(target);
    const object = objectOf(g, registry);
    const backstop = reported.get(target)?.backstop;
    const entry: AppliedTarget = {
      target,
      ...(object !== undefined && APPLIED_NAME.test(object) ? { object } : {}),
      ...(backstop !== undefined && isRecordableBackstop(backstop) ? { backstop } : {}),
    };
    if (entry.object !== undefined || entry.backstop !== undefined) out.push(entry);
  }
  return out;
}

/** The grant is in effect when this runs: a naming that throws costs the record its object, never the record. */
function objectOf(g: TargetGrant, registry: ProviderRegistry): string | undefined {
  try {
    return registry.descriptor(g.target.provider)?.usage?.object(g);
  } catch {
    return undefined;
  }
}

/** How the grantee uses one target's grant, from a plan (before the grant): undefined when the provider declares no usage. */
export function plannedUsage(grant: TargetGrant, registry: ProviderRegistry): readonly UsageStep[] | undefined {
  const usage = registry.descriptor(grant.target.provider)?.usage;
  if (usage === undefined) return undefined;
  const steps = usage.steps({
    target: grant.target.name,
    principal: grant.principal,
    object: usage.object(grant),
    expiresAt: grant.expiresAt,
    grants: grant.grants,
  });
  return steps.length > 0 ? steps : undefined;
}

/** One target of a recorded grant: how to use it and its provider-side expiry, from the ledger alone. */
export interface RecordedUse {
  readonly target: string;
  readonly provider: string;
  readonly principal: string;
  /** Empty when the provider declares no usage or the event recorded no object. */
  readonly steps: readonly UsageStep[];
  /** The backstop in words (`armed ...`, `not armed: ...`); absent when none was recorded. */
  readonly backstop?: string;
}

/** Per target of a `granted` event, in the order its grants name them: what `audit show` and comments say. */
export function recordedUses(event: Pick<GrantedEvent, 'grants' | 'expires_at' | 'applied'>, registry: ProviderRegistry): readonly RecordedUse[] {
  const out: RecordedUse[] = [];
  for (const a of event.applied ?? []) {
    const parts = event.grants.filter((g) => g.target === a.target);
    const first = parts[0];
    if (first === undefined) continue;
    const descriptor = registry.descriptor(first.provider);
    const steps =
      a.object !== undefined && descriptor?.usage !== undefined
        ? descriptor.usage.steps({
            target: a.target,
            principal: first.principal,
            object: a.object,
            expiresAt: event.expires_at,
            grants: parts.map((p) => p.spec),
          })
        : [];
    const backstop = a.backstop === undefined ? undefined : (descriptor?.describeBackstop?.(a.backstop) ?? neutralBackstop(a.backstop));
    out.push({ target: a.target, provider: first.provider, principal: first.principal, steps, ...(backstop !== undefined ? { backstop } : {}) });
  }
  return out;
}

/** A backstop in words, for a provider that has no words of its own for it (descriptor `describeBackstop`). */
export function neutralBackstop(b: RecordedBackstop): string {
  return b.status === 'armed'
    ? `armed (${b.by} at ${b.until})`
    : `not armed (${b.reason ?? 'no reason recorded'}): access ends at the first revoke run after ${b.until}`;
}
