import { appliedTargets, recordedUses } from '../../providers/applied.js';
import { activeRegistry } from '../../providers/catalog.js';
import type { ProviderRegistry } from '../../providers/descriptor.js';
import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import { REGULAR_FILE_MODES, type LocalRepo } from '../../git/local-repo.js';
import { storableText, LIMITS, type Actor, type EventDraft, type Folded, type IntentEvent } from '../../ledger/index.js';
import { POLICIES_DIR, TARGETS_PATH } from '../../load/paths.js';
import { POLICY_MAX_BYTES } from '../../load/limits.js';
import type { Logger } from '../../logger.js';
import type { GrantSpec } from '../../policy/decision.js';
import { readProfile } from '../../policy/load-profile.js';
import { parseTargetsFile } from '../../policy/load-targets.js';
import type { Target } from '../../policy/types.js';
import type { Provider, TargetGrant } from '../../providers/contract.js';
import { describeError } from '../../providers/errors.js';
import { grantedBody, interruptedText } from '../../report/apply-text.js';
import { parseInstant } from '../../time/instant.js';

/**
 * Crash repair (invariant 6). An `intent` without a `granted` after it means
 * an earlier apply run stopped between recording what it was about to grant
 * and recording that it had: it died, was cancelled, or lost its runner. Apply
 * and revoke share one non-cancelling concurrency group, so when an apply run
 * starts no other run is midway: every such intent is finished business.
 *
 * The provider is read back, never written: the intent was re-verified when it
 * was recorded, but the approvals behind it may have changed since, so an
 * interrupted grant is never re-attempted.
 * - every target holds the grant: the grant happened, so `granted` is recorded
 *   with the intent's expiry (apply start + duration, never later than the
 *   real grant's) and the PR is told, exactly as an uninterrupted run would;
 * - anything less (nothing applied, part of it, or a grant whose time ran out
 *   meanwhile): `grant_refused` with
 *   E_APPLY_INTERRUPTED marks the intent abandoned and the revoke job retires
 *   it on its next run, through the same revocation path (verified, retried,
 *   loud) as every other grant;
 * - the read-back fails: the intent is left as it is (the revoke job retires it
 *   once stale) and this run fails, so the gap is not quiet.
 */
export interface RepairDeps {
  readonly repo: LocalRepo;
  /** The default branch commit whose targets.yaml is trusted (the pushed tip). */
  readonly tip: string;
  /** The effectful provider for a target (src/providers/registry.ts `connect`, or a test's). */
  readonly connect: (target: Target) => Provider | Promise<Provider>;
  readonly actor: Actor;
  /** Epoch ms of this run. */
  readonly now: number;
  readonly logger: Logger;
  readonly record: (message: string, drafts: readonly EventDraft[]) => Promise<void>;
  readonly tellPull: (pull: number, id: string, text: string) => Promise<void>;
  readonly raiseIssue: (id: string, title: string, text: string) => Promise<void>;
  readonly breakGlassReview: (id: string, pull: number, expiresAt: string) => Promise<void>;
}

export type RepairOutcome =
  | { readonly id: string; readonly outcome: 'completed'; readonly expiresAt: string }
  | { readonly id: string; readonly outcome: 'abandoned' | 'unverified'; readonly reasons: readonly Diagnostic[] };

/** Intents no `granted` (or refusal) followed, oldest first. */
export function interruptedIntents(folded: Folded): IntentEvent[] {
  const out: IntentEvent[] = [];
  for (const s of folded.states.values()) {
    if (s.status === 'intended' && s.refusal === undefined && s.grant?.type === 'intent') out.push(s.grant);
  }
  return out.sort((a, b) => a.seq - b.seq);
}

export async function repairInterrupted(deps: RepairDeps, intents: readonly IntentEvent[]): Promise<RepairOutcome[]> {
  if (intents.length === 0) return [];
  const targets = await trustedTargets(deps.repo, deps.tip);
  const providers = new Map<string, Provider>();
  const out: RepairOutcome[] = [];
  try {
    for (const intent of intents) {
      out.push(await repairOne(deps, intent, targets, providers));
    }
  } finally {
    await Promise.all([...providers.values()].map((p) => p.close().catch(() => undefined)));
  }
  return out;
}

async function repairOne(
  deps: RepairDeps,
  intent: IntentEvent,
  targets: ReadonlyMap<string, Target> | string,
  providers: Map<string, Provider>,
): Promise<RepairOutcome> {
  const id = intent.request;
  const unverified = (error: unknown): RepairOutcome => {
    const message = storableText(`the interrupted grant of ${id} could not be read back: ${describeError(error)}`, LIMITS.message);
    deps.logger.error(`${id}: ${message}`);
    return { id, outcome: 'unverified', reasons: [diagnostic('E_APPLY_REPAIR_UNVERIFIED', message)] };
  };
  if (typeof targets === 'string') return unverified(new Error(targets));
  let held: boolean;
  try {
    held = await holdsEverything(intent, targets, providers, deps.connect);
  } catch (error) {
    return unverified(error);
  }

  // One that ran out meanwhile is not worth completing: the revoke job retires it either way.
  const expires = parseInstant(intent.expires_at);
  const at = parseInstant(intent.at);
  if (held && expires !== undefined && at !== undefined && expires > Math.max(at, deps.now)) {
    const { v: _v, seq: _seq, at: _at, prev: _prev, hash: _hash, type: _type, actor: _actor, ...body } = intent;
    // The objects the person uses; no backstop: the run that granted it read that, and it was lost with the run.
    const applied = appliedTargets(targetGrants(intent, targets), new Map(), activeRegistry());
    await deps.record(`Grant ${id} until ${intent.expires_at} (completing an interrupted run)`, [
      { ...body, type: 'granted', actor: deps.actor, granted_at: intent.at, ...(applied.length > 0 ? { applied } : {}) },
    ]);
    const uses = recordedUses({ grants: intent.grants, expires_at: intent.expires_at, applied }, activeRegistry());
    await deps.tellPull(intent.pr.number, id, grantedBody(id, intent.expires_at, intent.grants, [], uses));
    // An emergency grant completed here still gets its follow-up review; a profile that cannot be read counts as one.
    if (await isBreakGlass(deps.repo, deps.tip, intent.profile)) await deps.breakGlassReview(id, intent.pr.number, intent.expires_at);
    deps.logger.info(`${id}: an interrupted apply had granted it; recorded as granted until ${intent.expires_at}.`);
    return { id, outcome: 'completed', expiresAt: intent.expires_at };
  }

  const why = held ? 'its time ran out before the grant was recorded' : 'an earlier apply run stopped before it was fully granted';
  const reasons = [diagnostic('E_APPLY_INTERRUPTED', `${id}: ${why}; what was applied is revoked by the next revoke run`)];
  await deps.record(`Abandon interrupted grant of ${id}`, [
    { type: 'grant_refused', request: id, actor: deps.actor, reasons: reasons.map((r) => ({ code: r.code, message: r.message })), pr: intent.pr },
  ]);
  const { title, text } = interruptedText(id);
  // The refusal is recorded, so no later run will say this again: the issue
  // first, and a failed comment must not stop it.
  await deps.raiseIssue(id, title, text);
  await deps
    .tellPull(intent.pr.number, id, text)
    .catch((error: unknown) => deps.logger.warning(`${id}: the pull request comment failed (${describeError(error)}); the issue says it.`));
  deps.logger.error(`${id}: interrupted before it was fully granted; abandoned (E_APPLY_INTERRUPTED).`);
  return { id, outcome: 'abandoned', reasons };
}

/** True when every target holds every grant of the intent for its principal. */
async function holdsEverything(
  intent: IntentEvent,
  targets: ReadonlyMap<string, Target>,
  providers: Map<string, Provider>,
  connect: (target: Target) => Provider | Promise<Provider>,
): Promise<boolean> {
  for (const grant of targetGrants(intent, targets)) {
    const name = grant.target.name;
    let provider = providers.get(name);
    if (provider === undefined) {
      provider = await connect(grant.target);
      providers.set(name, provider);
    }
    if (!(await provider.inspect(grant)).present) return false;
  }
  return true;
}

/** The intent's grants as the provider units apply used: one per (target, principal). */
function targetGrants(intent: IntentEvent, targets: ReadonlyMap<string, Target>): TargetGrant[] {
  const units = new Map<string, { target: Target; principal: string; grants: GrantSpec[]; held: GrantSpec[] }>();
  for (const g of intent.grants) {
    const target = targets.get(g.target);
    if (target === undefined) throw new Error(`target ${g.target} is no longer declared in ${TARGETS_PATH}`);
    const key = `${g.target}\u0000${g.principal}`;
    const unit = units.get(key) ?? { target, principal: g.principal, grants: [], held: [] };
    unit.grants.push(g.spec);
    // Held before the grant: the read-back leaves it out of "what the grant added".
    if (g.already_held === true) unit.held.push(g.spec);
    units.set(key, unit);
  }
  return [...units.values()].map((u) => ({
    requestId: intent.request,
    target: u.target,
    principal: u.principal,
    grants: u.grants,
    expiresAt: intent.expires_at,
    ...(u.held.length > 0 ? { held: u.held } : {}),
  }));
}

/** targets.yaml at the pushed tip, or why it cannot be used. */
async function trustedTargets(repo: LocalRepo, tip: string, providers: ProviderRegistry = activeRegistry()): Promise<ReadonlyMap<string, Target> | string> {
  const [file] = await repo.readFiles(tip, [TARGETS_PATH], POLICY_MAX_BYTES);
  if (file?.bytes === undefined || !REGULAR_FILE_MODES.has(file.mode)) return `${TARGETS_PATH} is missing, too large or not a regular file at ${tip}`;
  const read = parseTargetsFile({ path: TARGETS_PATH, bytes: file.bytes }, providers);
  return read.ok ? read.value : `${TARGETS_PATH} is invalid at ${tip}`;
}

async function isBreakGlass(repo: LocalRepo, tip: string, profile: string): Promise<boolean> {
  const path = `${POLICIES_DIR}/${profile}.yaml`;
  const [file] = await repo.readFiles(tip, [path], POLICY_MAX_BYTES);
  if (file?.bytes === undefined || !REGULAR_FILE_MODES.has(file.mode)) return true;
  return readProfile({ path, bytes: file.bytes }).profile?.breakGlass ?? true;
}
