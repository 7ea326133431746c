import { commitEvents, fold, LedgerError, readChain, type Actor, type LedgerEvent, type LedgerStore } from '../../ledger/index.js';
import type { Logger } from '../../logger.js';
import type { ModeResult } from '../types.js';
import type { Target } from '../../policy/types.js';
import type { ProviderId } from '../../shared/grants.js';
import { activeRegistry } from '../../providers/catalog.js';
import type { ProviderRegistry } from '../../providers/descriptor.js';
import type { Provider } from '../../providers/contract.js';
import type { Clock } from '../../time/clock.js';
import { formatInstant } from '../../time/instant.js';
import { renderActivity } from '../../report/activity.js';
import { raiseAlerts } from './activity-issues.js';
import { summarizeActivity, watchLimits, type ActivityWork } from './activity.js';
import { lateMs, ledgerChanges } from './drafts.js';
import { executeSweep, type ItemOutcome } from './execute.js';
import { issueWork, upkeepIssues, type IssueReport } from './issues.js';
import { revokedMarker } from '../../report/markers.js';
import { planSweep, STALE_INTENT_MS, type SweepPlan } from './plan.js';
import type { RevokeGithubPort } from './port.js';
import { commitMessage, NOT_SWEPT_WHY, renderRevokedComment, renderSummary, type NotSwept } from '../../report/revoke-text.js';
import { CREDENTIAL_MISSING } from './reason.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
import { readTargets } from './targets-file.js';
import { openTargets, type OpenTargets, type TargetProblem } from './targets.js';
import { settleUnconfigured } from './unconfigured.js';

export interface RevokeDeps {
  readonly store: LedgerStore;
  readonly github: RevokeGithubPort;
  /** Connects a target's provider (registry `connect` with the job's environment). */
  /** The effectful provider for a target (src/providers/registry.ts `connect`, or a test's). */
  readonly connect: (target: Target) => Provider | Promise<Provider>;
  /** The providers this run knows (their traits); absent: the ones this build ships. */
  readonly providers?: ProviderRegistry;
  /** The default branch: the ledger, the request files and targets.yaml are all read at its tip. */
  readonly branch: string;
  /** The run writing the events; `sha` is filled in with the commit swept. */
  readonly actor: Omit<Actor, 'sha'>;
  readonly clock: Clock;
  readonly sleep: (ms: number) => Promise<void>;
  readonly logger: Logger;
  /** [0, 1), jitter of the ledger commit's retries. */
  readonly random?: () => number;
  readonly retry?: RetryPolicy;
  readonly staleIntentMs?: number;
  /** Monotonic milliseconds, for the phase timings (performance.now in production). */
  readonly timer?: () => number;
}

export interface SweepTimings {
  readonly ledgerMs: number;
  readonly providerMs: number;
  readonly githubMs: number;
  readonly totalMs: number;
}

export interface RevokeOutcome extends ModeResult {
  /** RFC 3339: when this sweep completed (the `last-sweep` output, the heartbeat). */
  readonly lastSweep: string;
  readonly plan: SweepPlan;
  readonly outcomes: readonly ItemOutcome[];
  /** The ledger commit, absent when nothing was written. */
  readonly commit?: { readonly sha: string; readonly events: readonly LedgerEvent[]; readonly deleted: ReadonlySet<string> };
  readonly issues: IssueReport;
  readonly timings: SweepTimings;
  /** Declared targets without credentials that the ledger has no history on: left unswept, with a notice. */
  readonly notSwept: readonly NotSwept[];
}

/** Providers whose grants share one object per (principal, resource) across requests (ProviderTraits.sharedObjects). */
function sharedProviders(registry: ProviderRegistry): ReadonlySet<ProviderId> {
  return new Set(registry.descriptors.filter((d) => d.traits.sharedObjects).map((d) => d.id));
}

/**
 * One revoke sweep (design §3, invariants 5 and 6): targets and locks, then
 * the ledger at the default branch tip, the work list, the revocations (each
 * verified by read-back), ONE ledger commit (expired request files deleted in
 * it), then issues and pull request notes. Locks are released only after the
 * commit. A failure anywhere is recorded and reported, never swallowed: the
 * step fails, and the next run starts over from the ledger and the providers.
 */
export async function runRevoke(deps: RevokeDeps): Promise<RevokeOutcome> {
  const { logger } = deps;
  const timer = deps.timer ?? (() => performance.now());
  const retry = deps.retry ?? DEFAULT_RETRY;
  const spent = { ledgerMs: 0, providerMs: 0, githubMs: 0 };
  const timed = async <T>(phase: keyof typeof spent, fn: () => Promise<T>): Promise<T> => {
    const start = timer();
    try {
      return await fn();
    } finally {
      spent[phase] += timer() - start;
    }
  };
  const started = timer();

  const configTip = await timed('githubMs', () => deps.store.readTip(deps.branch));
  const targetsFile = await timed('githubMs', () => logger.group('Targets (default branch tip)', () => readTargets(deps.github, configTip.commitSha)));
  const targets: OpenTargets = await timed('providerMs', () =>
    logger.group('Connect targets, take single-flight locks, list managed grants', () =>
      openTargets(targetsFile, { connect: deps.connect, retry, sleep: deps.sleep, logger }),
    ),
  );
  try {
    // Read after the locks: a run that held them has committed by now.
    const tip = await timed('githubMs', () => deps.store.readTip(deps.branch));
    const [{ chain }, present] = await Promise.all([
      timed('ledgerMs', () => readChain(deps.store, tip.commitSha)),
      timed('githubMs', () => deps.github.requestIds(tip.commitSha)),
    ]);
    if (!chain.ok)
      logger.error(`The ledger at ${tip.commitSha} is broken (${chain.problems[0]?.code ?? 'unknown'}); revoking from the events that read, writing nothing.`);
    const actor: Actor = { ...deps.actor, sha: tip.commitSha };
    const sweepInput = (folded: ReturnType<typeof fold>, limitBreached?: ReadonlySet<string>) =>
      planSweep({
        events: chain.events,
        folded,
        now: deps.clock.now(),
        present,
        managed: targets.managed,
        staleIntentMs: deps.staleIntentMs ?? STALE_INTENT_MS,
        sharedProviders: sharedProviders(deps.providers ?? activeRegistry()),
        ...(limitBreached !== undefined ? { limitBreached } : {}),
      });
    const plan = await timed('ledgerMs', async () => {
      const folded = fold(chain.events);
      return { folded, plan: sweepInput(folded) };
    });
    const settled = settleUnconfigured(targets.problems, chain.ok ? plan.folded.knownTargets : undefined);
    for (const n of settled.notSwept) logger.warning(`Target ${n.target} not swept: no credentials (${n.reason.code} ${n.reason.message}); ${NOT_SWEPT_WHY}.`);
    for (const p of settled.problems) {
      if (p.failure.reason.code !== CREDENTIAL_MISSING) continue;
      const why = chain.ok ? 'the ledger records grants or drift on it, so it must be swept' : 'the ledger did not read whole, so it may record grants on it';
      logger.error(`Target ${p.target}: ${p.failure.reason.code} ${p.failure.reason.message}; ${why}.`);
    }
    // Limits are checked on the grants that stay live; a crossing whose profile says revoke joins this run's work.
    const watch = await timed('providerMs', () =>
      logger.group('Activity: limits during the window', () =>
        watchLimits(
          { events: chain.events, folded: plan.folded, targets, github: deps.github, commitSha: tip.commitSha, actor, logger },
          new Set(plan.plan.items.map((i) => i.request)),
        ),
      ),
    );
    if (watch.limitRevoke.size > 0) plan.plan = sweepInput(plan.folded, watch.limitRevoke);
    logger.info(`${plan.plan.items.length} grant(s) due at ${formatInstant(deps.clock.now())}; ${plan.plan.unresolved.length} unresolved drift.`);

    const outcomes = await timed('providerMs', () =>
      logger.group('Revoke and verify', () => executeSweep(plan.plan.items, { targets, clock: deps.clock, sleep: deps.sleep, retry, logger })),
    );
    const summaries = await timed('providerMs', () =>
      logger.group('Activity records', () => summarizeActivity({ folded: plan.folded, targets, actor, logger }, watch.index, outcomes)),
    );
    const activity: Pick<ActivityWork, 'summaries' | 'alerts'> = { summaries, alerts: watch.alerts };

    const notes: string[] = [...watch.notes];
    let commit: RevokeOutcome['commit'];
    let ledgerFailure: string | undefined;
    if (!chain.ok) {
      ledgerFailure = `${chain.problems[0]?.code ?? 'E_LEDGER_LINE_FORMAT'} the ledger is broken; revocations ran but were not recorded`;
    } else if (outcomes.length === 0 && watch.alerts.length === 0 && plan.plan.leftovers.length === 0 && plan.plan.unresolved.every((u) => u.recorded)) {
      // Nothing to record: not even a re-read of the ledger (the common, idle run).
      logger.info('Nothing to record: the ledger is unchanged.');
    } else {
      try {
        commit = await timed('ledgerMs', () =>
          logger.group('Ledger commit', () => commitOnce(deps, actor, outcomes, plan.plan, { tip: chain.tip, folded: plan.folded }, activity)),
        );
      } catch (error) {
        if (!(error instanceof LedgerError)) throw error;
        ledgerFailure = error.message;
        logger.error(error.message);
      }
    }
    if (ledgerFailure !== undefined) notes.push(`The ledger was not written: ${ledgerFailure}. The next run revokes (idempotently) and records again.`);
    // Locks go only now: a run that takes them next reads a ledger that holds this run's events.
    await timed('providerMs', () => targets.close());

    const lastSweep = formatInstant(deps.clock.now());
    const lateByRequest = new Map(outcomes.map((o) => [o.item.request, o.item.source === 'drift' ? undefined : lateMs(o.item.expiresAt, o.verifiedAt)]));
    const work = issueWork(outcomes, plan.plan.unresolved, lastSweep, deps.actor.run_id);
    const issues = await timed('githubMs', () => logger.group('Issues', () => upkeepIssues(deps.github, work, lastSweep, logger)));
    const removed = new Set([...(commit?.deleted ?? [])].filter((id) => present.has(id)));
    await timed('githubMs', () => logger.group('Pull request notes', () => notifyPulls(deps, outcomes, commit, lateByRequest, removed, lastSweep)));
    const alertErrors = await timed('githubMs', () => logger.group('Alert issues', () => raiseAlerts(deps, plan.folded, commit?.events ?? [], notes)));
    const alerted = [...new Set((commit?.events ?? []).flatMap((e) => (e.type === 'alert' ? [e.request] : [])))];
    if (alerted.length > 0)
      notes.push(
        `E_ACTIVITY_LIMIT_EXCEEDED: ${alerted.length} request(s) crossed a limit of their profile (${alerted.slice(0, 20).join(', ')}); an issue was opened for each.`,
      );

    const summary = renderSummary({
      lastSweep,
      branch: deps.branch,
      tip: tip.commitSha,
      plan: plan.plan,
      outcomes,
      lateByRequest,
      problems: settled.problems,
      notSwept: settled.notSwept,
      busy: targets.busy,
      notes,
      ...(commit !== undefined ? { commit: commit.sha } : {}),
    });
    const timings = { ...spent, totalMs: timer() - started };
    const allIssues = alertErrors.length === 0 ? issues : { ...issues, errors: [...issues.errors, ...alertErrors] };
    return {
      ...result(plan.plan, outcomes, { problems: settled.problems, busy: targets.busy }, allIssues, ledgerFailure),
      summary,
      lastSweep,
      plan: plan.plan,
      outcomes,
      issues: allIssues,
      timings,
      notSwept: settled.notSwept,
      ...(commit !== undefined ? { commit } : {}),
    };
  } finally {
    await targets.close();
  }
}

async function commitOnce(
  deps: RevokeDeps,
  actor: Actor,
  outcomes: readonly ItemOutcome[],
  plan: SweepPlan,
  snapshot: Parameters<typeof ledgerChanges>[0]['snapshot'],
  activity: Pick<ActivityWork, 'summaries' | 'alerts'>,
): Promise<RevokeOutcome['commit']> {
  const { changes, deleted } = ledgerChanges({ outcomes, unresolved: plan.unresolved, leftovers: plan.leftovers, actor, snapshot, activity });
  const result = await commitEvents(
    { store: deps.store, clock: deps.clock, sleep: deps.sleep, random: deps.random ?? Math.random },
    {
      branch: deps.branch,
      changes,
      anchor: snapshot.tip,
      message: (events) => {
        const revoked = events.flatMap((e) => (e.type === 'revoked' ? [e.request] : []));
        const failed = events.flatMap((e) => (e.type === 'revoke_failed' ? [e.request] : []));
        return commitMessage(
          [...new Set(revoked)],
          [...new Set(failed)],
          events.filter((e) => e.type === 'drift_found').length,
          deleted().size,
          events.filter((e) => e.type === 'alert').length,
        );
      },
    },
  );
  if (result.events.length === 0) {
    deps.logger.info('Nothing to record: the ledger is unchanged.');
    return undefined;
  }
  deps.logger.info(`Recorded ${result.events.length} event(s) in ${result.commitSha}.`);
  return { sha: result.commitSha, events: result.events, deleted: deleted() };
}

/**
 * A note on the pull request that granted each fully revoked request. A
 * note that cannot be written is a warning: the ledger and the summary are
 * the record, the comment is a courtesy.
 */
async function notifyPulls(
  deps: RevokeDeps,
  outcomes: readonly ItemOutcome[],
  commit: RevokeOutcome['commit'],
  late: ReadonlyMap<string, number | undefined>,
  removed: ReadonlySet<string>,
  at: string,
): Promise<void> {
  if (commit === undefined) return;
  const recorded = new Set(commit.events.flatMap((e) => (e.type === 'revoked' ? [e.request] : [])));
  for (const o of outcomes) {
    const pr = o.item.pr;
    if (pr === undefined || o.item.source === 'drift' || !recorded.has(o.item.request)) continue;
    if (!o.results.every((r) => r.status === 'revoked')) continue;
    try {
      const used = commit.events.filter((e) => e.type === 'activity' && e.kind === 'summary' && e.request === o.item.request);
      const body = `${renderRevokedComment(o, late.get(o.item.request), at, commit.sha, removed.has(o.item.request))}\n${renderActivity(used.flatMap((e) => (e.type === 'activity' ? [e] : [])))}`;
      await deps.github.upsertComment(pr, revokedMarker(o.item.request), body);
    } catch (error) {
      deps.logger.warning(`Could not comment on #${pr} about ${o.item.request}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function result(
  plan: SweepPlan,
  outcomes: readonly ItemOutcome[],
  targets: { readonly problems: readonly TargetProblem[]; readonly busy: readonly string[] },
  issues: IssueReport,
  ledgerFailure: string | undefined,
): ModeResult {
  const codes = new Set<string>();
  const requests = new Set<string>();
  let revoked = 0;
  let skipped = 0;
  for (const o of outcomes) {
    for (const r of o.results) {
      if (r.status === 'failed') codes.add(r.failure.reason.code);
      if (r.status === 'revoked') revoked += 1;
      if (r.status === 'skipped') skipped += 1;
      if (r.status !== 'skipped') requests.add(o.item.request);
    }
  }
  for (const u of plan.unresolved) {
    codes.add('E_REVOKE_DRIFT_UNRESOLVED');
    requests.add(u.request);
  }
  for (const p of targets.problems) codes.add(p.failure.reason.code);
  if (issues.errors.length > 0) codes.add('E_REVOKE_ISSUE_FAILED');
  if (ledgerFailure !== undefined) codes.add(ledgerFailure.split(' ')[0] ?? 'E_LEDGER_LINE_FORMAT');
  const reasonCodes = [...codes].sort();
  const base = { reasonCodes, requests: [...requests] };
  if (reasonCodes.length > 0) {
    const failedCount = outcomes.reduce((n, o) => n + o.results.filter((r) => r.status === 'failed').length, 0);
    const parts = [
      failedCount > 0 ? `${failedCount} revocation(s) failed and are retried on the next run` : undefined,
      plan.unresolved.length > 0 ? `${plan.unresolved.length} drifted grant(s) need a person` : undefined,
      targets.problems.length > 0 ? `${targets.problems.length} target(s) could not be reached or checked` : undefined,
      ledgerFailure !== undefined ? 'the ledger was not written' : undefined,
      issues.errors.length > 0 ? 'failure issues could not be updated' : undefined,
    ].filter((p): p is string => p !== undefined);
    return { ...base, decision: 'failed', failure: `Revocation is not complete: ${parts.join('; ')} (codes: ${reasonCodes.join(', ')}). See the job summary.` };
  }
  if (revoked > 0) return { ...base, decision: 'revoked' };
  if (skipped > 0 || targets.busy.length > 0) return { ...base, decision: 'skipped' };
  return { ...base, decision: 'nothing-due' };
}
