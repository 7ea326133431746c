import { checkLimits, type ActivityLimits } from '../../activity/limits.js';
import { activityIndex, type RequestActivity } from '../../activity/ledger.js';
import { summaryBody } from '../../activity/summary.js';
import type { Snapshot } from '../../activity/types.js';
import { windowBetween } from '../../activity/window.js';
import { isLive, type Actor, type ActivityFlag, type EventDraft, type Folded, type LedgerEvent, type LiveGrantState } from '../../ledger/index.js';
import { POLICY_MAX_BYTES } from '../../load/limits.js';
import { POLICIES_DIR } from '../../load/paths.js';
import type { Logger } from '../../logger.js';
import { readProfile } from '../../policy/load-profile.js';
import type { ItemOutcome } from './execute.js';
import type { RevokeGithubPort } from './port.js';
import type { OpenTargets } from './targets.js';

/** What the sweep records about the use of grants, besides revocations. */
export interface ActivityWork {
  /** `activity` summaries per request, one per revoked (target, principal); written only with that target's `revoked`. */
  readonly summaries: ReadonlyMap<string, readonly ActivityDraft[]>;
  /** New `alert` events (crossed limits not recorded before). */
  readonly alerts: readonly AlertDraft[];
  /** Requests to revoke early this run: a crossed limit whose profile says `on_exceed: revoke`. */
  readonly limitRevoke: ReadonlySet<string>;
  /** Problems that kept limits from being checked; reported, never fatal. */
  readonly notes: readonly string[];
}

export type ActivityDraft = Extract<EventDraft, { type: 'activity' }>;
export type AlertDraft = Extract<EventDraft, { type: 'alert' }>;

export interface WatchDeps {
  readonly events: readonly LedgerEvent[];
  readonly folded: Folded;
  readonly targets: Pick<OpenTargets, 'handle'>;
  readonly github: Pick<RevokeGithubPort, 'readFile'>;
  /** The commit profiles are read at: the default branch tip, like targets.yaml. */
  readonly commitSha: string;
  readonly actor: Actor;
  readonly logger: Logger;
}

type Limits = ActivityLimits | undefined | { readonly unreadable: string };

/**
 * Scheduled check of every live grant whose profile sets `limits`: the
 * grantee's counters now against the baseline recorded at grant time.
 * Nothing is written unless a limit is crossed for the first time (then an
 * `alert` event, and an early revocation when the profile asks). Reads only;
 * any failure is a note, never a failed run: limits are an alarm, the
 * revocation schedule does not depend on them.
 */
export async function watchLimits(
  deps: WatchDeps,
  due: ReadonlySet<string>,
): Promise<Omit<ActivityWork, 'summaries'> & { readonly index: (request: string) => RequestActivity }> {
  const index = activityIndex(deps.events);
  const alerts: AlertDraft[] = [];
  const limitRevoke = new Set<string>();
  const notes: string[] = [];
  const profiles = new Map<string, Promise<Limits>>();
  const reader = cachedReader(deps);
  for (const state of deps.folded.states.values()) {
    if (!isLive(state) || due.has(state.request) || state.limitRevoke === true) continue;
    const record = index(state.request);
    const watched = pairs(state).filter((p) => record.baseline(p.target, p.principal)?.status === 'observed');
    if (watched.length === 0) continue;
    const profile = state.grant.profile;
    if (!profiles.has(profile)) profiles.set(profile, profileLimits(deps, profile));
    const limits = await profiles.get(profile);
    if (limits === undefined) continue;
    if ('unreadable' in limits) {
      notes.push(`E_ACTIVITY_PROFILE_UNREADABLE limits of ${state.request} were not checked: ${limits.unreadable}`);
      continue;
    }
    for (const p of watched) {
      const current = await reader(p.target, p.principal);
      for (const b of checkLimits(windowBetween(record.baseline(p.target, p.principal), current), limits)) {
        if (record.alerted(p.target, p.principal, b.limit)) continue;
        // An estimate (partial baseline) raises the alert but does not end the grant on its own.
        const action = b.estimated ? 'alert' : limits.onExceed;
        alerts.push({
          type: 'alert',
          request: state.request,
          actor: deps.actor,
          target: p.target,
          principal: p.principal,
          limit: b.limit,
          observed: b.observed,
          allowed: b.allowed,
          action,
        });
        if (action === 'revoke') limitRevoke.add(state.request);
        deps.logger.warning(
          `E_ACTIVITY_LIMIT_EXCEEDED ${state.request} on ${p.target}: ${b.limit} ${b.observed}${b.estimated ? ' (upper bound)' : ''} > ${b.allowed} (${action}).`,
        );
      }
    }
  }
  for (const n of notes) deps.logger.warning(n);
  return { alerts, limitRevoke, notes, index };
}

/**
 * After the revocations: one summary per revoked (target, principal), the
 * window from the baseline to the counters read now. Read after the
 * revocation, so nothing the grantee ran before it was cut off is missed.
 * Never throws: a failed read is recorded as not observable.
 */
export async function summarizeActivity(
  deps: Pick<WatchDeps, 'folded' | 'targets' | 'actor' | 'logger'>,
  index: (request: string) => RequestActivity,
  outcomes: readonly ItemOutcome[],
): Promise<ReadonlyMap<string, readonly ActivityDraft[]>> {
  const out = new Map<string, ActivityDraft[]>();
  const holders = outcomes.length === 0 ? new Map<string, number>() : liveHolders(deps.folded);
  const reader = cachedReader(deps);
  for (const o of outcomes) {
    if (o.item.source === 'drift') continue;
    const record = index(o.item.request);
    const state = deps.folded.states.get(o.item.request);
    const revoked = new Set(o.results.filter((r) => r.status === 'revoked').map((r) => r.target));
    const drafts: ActivityDraft[] = [];
    for (const work of o.item.targets) {
      if (!revoked.has(work.target)) continue;
      const provider = state?.grant?.grants.find((g) => g.target === work.target)?.provider;
      if (provider === undefined) continue;
      for (const { principal } of work.principals) {
        if (record.summarized(work.target, principal)) continue;
        const baseline = record.baseline(work.target, principal);
        const current = await reader(work.target, principal);
        const body = summaryBody(windowBetween(baseline, current), baseline?.at);
        // The grant itself is one of the live holders until this commit lands; any other is an overlap.
        const shared = (holders.get(pairKey(work.target, principal)) ?? 0) > (state !== undefined && isLive(state) ? 1 : 0);
        const flags = body.status === 'observed' && shared ? withFlag(body.flags, 'shared_principal') : body.flags;
        drafts.push({
          type: 'activity',
          request: o.item.request,
          actor: deps.actor,
          kind: 'summary',
          target: work.target,
          provider,
          principal,
          ...body,
          ...(flags !== undefined ? { flags } : {}),
        });
      }
    }
    if (drafts.length > 0) out.set(o.item.request, drafts);
  }
  return out;
}

async function read(deps: Pick<WatchDeps, 'targets' | 'logger'>, target: string, principal: string): Promise<Snapshot> {
  const handle = deps.targets.handle(target);
  if (handle.state !== 'ready')
    return { observable: false, reason: { code: 'E_ACTIVITY_READ_FAILED', message: `target ${target} was not reachable this run` } };
  const source = handle.provider.activity;
  if (source === undefined) {
    return {
      observable: false,
      reason: { code: 'E_ACTIVITY_NOT_SUPPORTED', message: `the ${handle.target.provider} provider exposes no record of a grantee's use` },
    };
  }
  try {
    return await source.readActivity(principal, { withText: true });
  } catch {
    return { observable: false, reason: { code: 'E_ACTIVITY_READ_FAILED', message: `reading the activity of ${principal} on ${target} failed` } };
  }
}

async function profileLimits(deps: Pick<WatchDeps, 'github' | 'commitSha'>, name: string): Promise<Limits> {
  const path = `${POLICIES_DIR}/${name}.yaml`;
  try {
    const file = await deps.github.readFile(deps.commitSha, path, POLICY_MAX_BYTES);
    if (file.kind !== 'file') return { unreadable: `${path} is ${file.kind === 'absent' ? 'missing' : 'not a readable regular file'}` };
    const read = readProfile({ path, bytes: file.bytes });
    const problem = read.diagnostics.find((d) => d.severity === 'error');
    if (read.profile === undefined || problem !== undefined) return { unreadable: `${path} is invalid (${problem?.code ?? 'unknown'})` };
    return read.profile.limits;
  } catch (error) {
    return { unreadable: `${path} could not be read (${error instanceof Error ? error.name : 'error'})` };
  }
}

function pairs(state: LiveGrantState): { target: string; principal: string }[] {
  const pending = new Set(state.pending);
  const seen = new Set<string>();
  const out: { target: string; principal: string }[] = [];
  for (const g of state.grant.grants) {
    const key = `${g.target}\u0000${g.principal}`;
    if (!pending.has(g.target) || seen.has(key)) continue;
    seen.add(key);
    out.push({ target: g.target, principal: g.principal });
  }
  return out;
}

const pairKey = (target: string, principal: string): string => `${target}\u0000${principal}`;

/**
 * Live grants per (target, principal), counted once per run: another live
 * grant of the same login role on the same target means its use cannot be
 * told apart from this one's.
 */
function liveHolders(folded: Folded): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of folded.states.values()) {
    if (!isLive(s)) continue;
    for (const key of new Set(s.grant.grants.map((g) => pairKey(g.target, g.principal)))) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * Codes that hold for the whole target this run: no need to ask again for the
 * next grantee. A failed read counts too: a target that timed out once is not
 * asked for every grant of the sweep, whose revocations it would hold up.
 */
const TARGET_WIDE = new Set([
  'E_ACTIVITY_EXTENSION_MISSING',
  'E_ACTIVITY_NOT_LOADED',
  'E_ACTIVITY_NO_PRIVILEGE',
  'E_ACTIVITY_NOT_SUPPORTED',
  'E_ACTIVITY_READ_FAILED',
]);

/** `read`, remembering a target-wide "not observable" so a sweep of many grants asks once per target. */
function cachedReader(deps: Pick<WatchDeps, 'targets' | 'logger'>): (target: string, principal: string) => Promise<Snapshot> {
  const known = new Map<string, Snapshot>();
  return async (target, principal) => {
    const cached = known.get(target);
    if (cached !== undefined) return cached;
    const snapshot = await read(deps, target, principal);
    if (!snapshot.observable && TARGET_WIDE.has(snapshot.reason.code)) known.set(target, snapshot);
    return snapshot;
  };
}

function withFlag(flags: readonly ActivityFlag[] | undefined, flag: ActivityFlag): ActivityFlag[] {
  return [...new Set([...(flags ?? []), flag])].sort();
}
