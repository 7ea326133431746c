import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import type { LocalRepo } from '../../git/local-repo.js';
import {
  fold,
  isLive,
  readChain,
  type Folded,
  storableText,
  LIMITS,
  type Actor,
  type EventDraft,
  type GrantBody,
  type LedgerStore,
} from '../../ledger/index.js';
import { GithubError } from '../../github/index.js';
import type { Logger } from '../../logger.js';
import type { Decision } from '../../policy/decision.js';
import type { ModeResult } from '../types.js';
import { groupByTarget } from '../../plan/request-plan.js';
import type { Target } from '../../policy/types.js';
import { applyRequest, type ApplyResult } from '../../providers/apply.js';
import { appliedTargets, recordedUses } from '../../providers/applied.js';
import { activeRegistry } from '../../providers/catalog.js';
import { readBaselines } from './activity-baseline.js';
import type { Provider, TargetGrant } from '../../providers/contract.js';
import { ProviderError } from '../../providers/errors.js';
import {
  applyBody,
  applySummary,
  breakGlassReviewIssue,
  grantedComment,
  grantFailedText,
  heldUnavailableComment,
  idReusedIssue,
  refusedText,
} from '../../report/apply-text.js';
import { applyMarker } from '../../report/markers.js';
import { admittedRowLines } from './admitted.js';
import type { RollbackStatus } from '../../report/rollback-text.js';
import type { Clock } from '../../time/clock.js';
import { durationMs } from '../../time/duration.js';
import { addDuration, formatInstant } from '../../time/instant.js';
import { safePath } from '../check/changes.js';
import { discoverRequests, DEFAULT_WALK_LIMIT, FirstParentChain, type Candidate } from './discover.js';
import type { ApplyEvent } from '../event.js';
import { ledgerGrants, observeHeld } from './observe.js';
import type { ApplyPort } from './port.js';
import { interruptedIntents, repairInterrupted, type RepairOutcome } from './repair.js';
import { RunLedger } from './run-ledger.js';
import { reportHeldBack, settingsGate } from './settings-gate.js';
import { verifyCandidate } from './verify.js';

export interface ApplyDeps {
  readonly event: ApplyEvent;
  readonly port: ApplyPort;
  readonly store: LedgerStore;
  /** Local clone with the default branch's full history (checkout with fetch-depth: 0). */
  readonly repo: LocalRepo;
  /** The effectful provider for a target (src/providers/registry.ts `connect`, or a test's). */
  readonly connect: (target: Target) => Provider | Promise<Provider>;
  readonly actor: Omit<Actor, 'sha'>;
  readonly clock: Clock;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly logger: Logger;
  /** Critical repository settings that are unsafe or unreadable (`grantbook doctor`); empty when granting is safe. */
  readonly unsafeSettings: () => Promise<readonly Diagnostic[]>;
}

export interface AppliedRequest {
  readonly id: string;
  readonly outcome: 'granted' | 'refused' | 'failed';
  readonly expiresAt?: string;
  readonly reasons: readonly Diagnostic[];
}

export interface ApplyOutcome extends ModeResult {
  readonly applied: readonly AppliedRequest[];
}

/**
 * Merge grants (design §1, invariants 3, 4, 6): every request the push
 * landed is re-verified from scratch, then an `intent` is committed before
 * any provider call (so a crash is never a grant the ledger does not know),
 * the grant is applied all-or-nothing across targets, and `granted` is
 * committed with expires_at = apply time + duration. Anything that does not
 * re-verify is refused: a `grant_refused` event, a comment, an issue, a
 * failed step, and no provider call.
 */
export async function runApply(deps: ApplyDeps): Promise<ApplyOutcome> {
  const { event, logger } = deps;
  const tip = await deps.store.readTip(event.defaultBranch);
  const { chain } = await readChain(deps.store, tip.commitSha);
  if (!chain.ok) throw new Error('the ledger chain does not verify; run `grantbook audit verify`');
  const folded = fold(chain.events);
  const ledger = new RunLedger({ store: deps.store, clock: deps.clock, sleep: deps.sleep, random: deps.random }, event.defaultBranch, folded);
  const actor: Actor = { ...deps.actor, sha: event.tip };

  const interrupted = interruptedIntents(folded);
  const repaired =
    interrupted.length === 0
      ? []
      : await logger.group('Interrupted earlier runs', () =>
          repairInterrupted(
            {
              repo: deps.repo,
              tip: event.tip,
              connect: deps.connect,
              actor,
              now: deps.clock.now(),
              logger,
              record: (message, drafts) => ledger.record(message, drafts),
              tellPull: (pull, id, text) => deps.port.upsertComment(pull, applyMarker(id), applyBody(id, text)),
              raiseIssue: async (id, title, text) => {
                await deps.port.raiseIssue(applyMarker(id), { title, body: applyBody(id, text), labels: ['grantbook'] });
              },
              breakGlassReview: (id, pull, expiresAt) => raiseBreakGlassReview(deps.port, id, pull, expiresAt),
            },
            interrupted,
          ),
        );

  const history = new FirstParentChain(deps.repo, event.tip, DEFAULT_WALK_LIMIT);
  const discovery = await logger.group('Requests landed by this push', () =>
    discoverRequests({ repo: deps.repo, chain: history, before: event.before, knownIds: folded.knownIds, logger }),
  );
  const applied: AppliedRequest[] = repaired.map(asApplied);
  const unsafeSettings = settingsGate(deps.unsafeSettings, logger);
  const heldBack: string[] = [];
  for (const candidate of discovery.candidates) {
    if (ledger.current.knownIds.has(candidate.id)) {
      if (repaired.some((r) => r.id === candidate.id)) continue;
      const recorded = ledger.current.states.get(candidate.id)?.grant?.request_blob;
      if (recorded === undefined || recorded === candidate.file.blobSha) {
        logger.info(`${candidate.id}: already in the ledger; nothing to do.`);
        continue;
      }
      // A different file under an id the ledger already holds: ids are never
      // reused, and the ledger's history of that id must not be mixed with it.
      const reasons = [diagnostic('E_APPLY_ID_REUSED', `request id ${candidate.id} was used before; nothing was granted`, { file: safePath(candidate.path) })];
      logger.error(`${candidate.id}: refused (E_APPLY_ID_REUSED)`);
      const issue = idReusedIssue(candidate.id, safePath(candidate.path));
      await deps.port.raiseIssue(issue.marker, { title: issue.title, body: issue.body, labels: ['grantbook'] });
      applied.push({ id: candidate.id, outcome: 'refused', reasons });
      continue;
    }
    const unsafe = await unsafeSettings();
    if (unsafe.length > 0) {
      heldBack.push(candidate.id);
      applied.push({ id: candidate.id, outcome: 'refused', reasons: unsafe });
      continue;
    }
    applied.push(await logger.group(`Request ${candidate.id}`, () => applyOne(deps, ledger, candidate)));
  }
  if (heldBack.length > 0) await reportHeldBack(deps.port, heldBack, await unsafeSettings());

  const granted = applied.filter((a) => a.outcome === 'granted');
  const bad = applied.filter((a) => a.outcome !== 'granted');
  const reasonCodes = [...new Set(bad.flatMap((a) => a.reasons.map((r) => r.code)))].sort();
  const decision = bad.length > 0 ? (bad.some((a) => a.outcome === 'failed') ? 'failed' : 'refused') : granted.length > 0 ? 'granted' : 'nothing-to-do';
  const summary = applySummary(applied);
  const result: ApplyOutcome = { decision, reasonCodes, requests: applied.map((a) => a.id), summary, applied };
  return bad.length > 0
    ? { ...result, failure: `${bad.length} request(s) were not granted; see the job summary, the ledger and the issue opened for each.` }
    : result;
}

async function applyOne(deps: ApplyDeps, ledger: RunLedger, candidate: Candidate): Promise<AppliedRequest> {
  const now = deps.clock.now();
  const verified = await verifyCandidate({
    candidate,
    port: deps.port,
    repo: deps.repo,
    owner: deps.event.owner,
    name: deps.event.repo,
    defaultBranch: deps.event.defaultBranch,
    now,
  });
  const actor: Actor = { ...deps.actor, sha: deps.event.tip };
  const refusal = verified.ok ? extendsProblem(verified.request, verified.policy, ledger.current.states, candidate.path) : undefined;
  if (verified.ok && refusal !== undefined) {
    const reasons = [refusal];
    await ledger.record(`Refuse ${candidate.id}`, [refusedDraft(candidate.id, actor, reasons, verified.pull)]);
    await notifyRefusal(deps, candidate, reasons, verified.pull.number);
    return { id: candidate.id, outcome: 'refused', reasons };
  }
  if (!verified.ok) {
    deps.logger.error(`${candidate.id}: refused (${verified.reasons.map((r) => r.code).join(', ')})`);
    await ledger.record(`Refuse ${candidate.id}`, [refusedDraft(candidate.id, actor, verified.reasons, verified.pull)]);
    await notifyRefusal(deps, candidate, verified.reasons, verified.pull?.number);
    return { id: candidate.id, outcome: 'refused', reasons: verified.reasons };
  }

  const { judgement, request, pull, policy } = verified;
  const decision = judgement.decision;
  const duration = decision.window?.duration;
  const length = duration === undefined ? undefined : durationMs(duration);
  const expires = length === undefined ? undefined : addDuration(now, length);
  if (duration === undefined || expires === undefined) throw new Error('an approved decision without a finite window');
  const expiresAt = formatInstant(expires);
  const targetGrants = groupByTarget(decision, policy, expiresAt);
  const identity = policy.identities.find((i) => i.login.toLowerCase() === request.requester.toLowerCase());
  if (identity === undefined) throw new Error('an approved decision for an unknown requester');
  const body: Omit<GrantBody, 'grants'> = {
    pr: { number: pull.number, head_sha: pull.headSha, merge_sha: pull.mergeCommitSha ?? candidate.origin.sha },
    requester: { login: identity.login, id: identity.id },
    grantees: [{ login: identity.login, id: identity.id }],
    approvers: judgement.approvals.approvedBy.map((a) => ({ login: a.login, id: a.id, review_id: a.reviewId, commit_id: a.commitId })),
    profile: decision.profile,
    request_blob: candidate.file.blobSha,
    expires_at: expiresAt,
    duration,
    ...(request.ticket !== undefined ? { ticket: request.ticket } : {}),
    ...(request.reason !== undefined ? { reason: storableText(request.reason, LIMITS.reasonText) } : {}),
    ...(request.extends !== undefined ? { extends: request.extends } : {}),
  };

  const providers = new Map<string, Provider>();
  try {
    for (const tg of targetGrants) if (!providers.has(tg.target.name)) providers.set(tg.target.name, await deps.connect(tg.target));
    // Before anything is recorded or changed: what the person already holds (invariant 9).
    let observed: TargetGrant[];
    try {
      observed = await observeHeld(providers, targetGrants, ledger.current.states);
    } catch (error) {
      return await heldUnreadable(deps, ledger, { candidate, actor, pull, login: identity.login }, error);
    }
    const grants = ledgerGrants(
      decision.grants.map((g) => ({ target: g.target, provider: g.provider, principal: g.principal, spec: g.spec })),
      observed,
    );
    const unit: Unit = { candidate, actor, pull, breakGlass: decision.breakGlass, decision, body: { ...body, grants }, grantedAt: now };
    return await grantObserved(deps, ledger, unit, providers, observed);
  } finally {
    await Promise.all([...providers.values()].map((p) => p.close().catch(() => undefined)));
  }
}

/** One re-verified request, ready to record and grant. */
interface Unit {
  readonly candidate: Candidate;
  readonly actor: Actor;
  readonly pull: { readonly number: number; readonly headSha: string; readonly mergeCommitSha: string | null };
  readonly breakGlass: boolean;
  /** The decision re-made at the merge: its footprint says which tables have row filters to count. */
  readonly decision: Decision;
  readonly body: GrantBody;
  /** Epoch ms the run started on the request: expires_at is measured from it. */
  readonly grantedAt: number;
}

/** Intent, grant (all or nothing across targets, held parts left alone), granted. */
async function grantObserved(
  deps: ApplyDeps,
  ledger: RunLedger,
  u: Unit,
  providers: ReadonlyMap<string, Provider>,
  observed: readonly TargetGrant[],
): Promise<AppliedRequest> {
  const { candidate, actor, pull, body } = u;
  const expiresAt = body.expires_at;
  // Write-ahead: the intent lands before any provider is changed.
  await ledger.record(`Intent to grant ${candidate.id}`, [{ type: 'intent', request: candidate.id, actor, ...body }]);
  const baselines = await readBaselines(candidate.id, actor, providers, observed, deps.logger);
  const result = await applyRequest(providers, observed);
  const admitted = result.ok ? await admittedRowLines(u.decision, providers, observed, deps.logger) : [];
  if (!result.ok) return grantFailed(deps, ledger, u, observed, result);
  // What each target reported (its provider-side expiry) and the object the person uses, for the ledger and `audit show`.
  const applied = appliedTargets(observed, result.reported, activeRegistry());
  await ledger.record(`Grant ${candidate.id} until ${expiresAt}`, [
    { type: 'granted', request: candidate.id, actor, ...body, granted_at: formatInstant(u.grantedAt), ...(applied.length > 0 ? { applied } : {}) },
    ...baselines,
  ]);
  const uses = recordedUses({ grants: body.grants, expires_at: expiresAt, applied }, activeRegistry());
  await deps.port.upsertComment(pull.number, applyMarker(candidate.id), grantedComment(candidate.id, expiresAt, body.grants, admitted, uses));
  if (u.breakGlass) await raiseBreakGlassReview(deps.port, candidate.id, pull.number, expiresAt);
  deps.logger.info(`${candidate.id}: granted until ${expiresAt}.`);
  return { id: candidate.id, outcome: 'granted', expiresAt, reasons: [] };
}

/**
 * A provider failed partway and applyRequest rolled back every target it had
 * touched. The record says, target by target, what was rolled back and what
 * was not: each target whose rollback failed gets a `revoke_failed` event, so
 * the request stays live in the ledger and the next revoke run removes what
 * is left there (the intent names every target), retrying on every run until
 * the provider confirms it gone. The comment and the issue say the same.
 */
async function grantFailed(
  deps: ApplyDeps,
  ledger: RunLedger,
  u: Unit,
  observed: readonly TargetGrant[],
  result: Extract<ApplyResult, { ok: false }>,
): Promise<AppliedRequest> {
  const { candidate, actor, pull } = u;
  const file = safePath(candidate.path);
  const targets = rollbackStatuses(observed, result);
  const left = targets.filter((t): t is Extract<RollbackStatus, { status: 'not_rolled_back' }> => t.status === 'not_rolled_back');
  const failed = { target: result.failure.target, reason: storableText(result.failure.reason, LIMITS.message) };
  const leftReason = (t: { target: string; reason: string }): string =>
    storableText(`target ${t.target} was not rolled back and may still hold the grant: ${t.reason}`, LIMITS.message);
  const reasons = [
    diagnostic('E_APPLY_PROVIDER_FAILED', storableText(`granting on target ${failed.target} failed: ${failed.reason}`, LIMITS.message), { file }),
    ...left.map((t) => diagnostic('E_APPLY_ROLLBACK_FAILED', leftReason(t), { file })),
  ];
  deps.logger.error(`${candidate.id}: granting on ${failed.target} failed (E_APPLY_PROVIDER_FAILED): ${failed.reason}`);
  for (const t of targets) {
    if (t.status === 'not_rolled_back') deps.logger.error(`${candidate.id}: ${t.target} was not rolled back (E_APPLY_ROLLBACK_FAILED): ${t.reason}`);
    else deps.logger.info(`${candidate.id}: ${t.target} ${t.status === 'rolled_back' ? 'rolled back, verified' : 'not attempted'}.`);
  }
  await ledger.record(`Grant of ${candidate.id} failed`, [
    refusedDraft(candidate.id, actor, reasons, pull),
    ...left.map((t): EventDraft => ({
      type: 'revoke_failed',
      request: candidate.id,
      actor,
      target: t.target,
      reason: { code: 'E_APPLY_ROLLBACK_FAILED', message: leftReason(t) },
      attempts: 1,
    })),
  ]);
  const text = grantFailedText({ id: candidate.id, path: file, failed, targets });
  await deps.port.upsertComment(pull.number, text.marker, text.body);
  await deps.port.raiseIssue(text.marker, { title: text.title, body: text.body, labels: ['grantbook'] });
  return { id: candidate.id, outcome: 'failed', reasons };
}

/** Every target of the request, in apply order, with what its rollback did (applyRequest lists only those it touched). */
function rollbackStatuses(observed: readonly TargetGrant[], result: Extract<ApplyResult, { ok: false }>): RollbackStatus[] {
  const out: RollbackStatus[] = [];
  for (const g of observed) {
    const target = g.target.name;
    if (out.some((t) => t.target === target)) continue;
    const done = result.compensated.find((c) => c.target === target);
    if (done === undefined) out.push({ target, status: 'untouched' });
    else if (done.status === 'revoked') out.push({ target, status: 'rolled_back' });
    else out.push({ target, status: 'not_rolled_back', reason: storableText(done.reason, LIMITS.message) });
  }
  return out;
}

/** Every emergency grant gets its follow-up review issue (design §2, break-glass profiles). */
async function raiseBreakGlassReview(port: Pick<ApplyPort, 'raiseIssue'>, id: string, pull: number, expiresAt: string): Promise<void> {
  const issue = breakGlassReviewIssue(id, pull, expiresAt);
  await port.raiseIssue(issue.marker, { title: issue.title, body: issue.body, labels: ['grantbook', 'break-glass'] });
}

function asApplied(r: RepairOutcome): AppliedRequest {
  if (r.outcome === 'completed') return { id: r.id, outcome: 'granted', expiresAt: r.expiresAt, reasons: [] };
  return { id: r.id, outcome: r.outcome === 'abandoned' ? 'refused' : 'failed', reasons: r.reasons };
}

function refusedDraft(
  id: string,
  actor: Actor,
  reasons: readonly Diagnostic[],
  pull?: { number: number; headSha: string; mergeCommitSha: string | null },
): EventDraft {
  return {
    type: 'grant_refused',
    request: id,
    actor,
    reasons: reasons.slice(0, 20).map((r) => ({ code: r.code, message: storableText(r.message, LIMITS.message) })),
    ...(pull !== undefined ? { pr: { number: pull.number, head_sha: pull.headSha, merge_sha: pull.mergeCommitSha ?? actor.sha } } : {}),
  };
}

/** GitHub failures that pass by themselves: a later run may well read what this one could not. */
const TRANSIENT: ReadonlySet<string> = new Set(['E_GITHUB_UNAVAILABLE', 'E_GITHUB_RATE_LIMITED', 'E_GITHUB_LIST_TRUNCATED', 'E_GITHUB_LIST_INCONSISTENT']);

/**
 * What the grantee already holds could not be read, so nothing may be
 * granted (invariant 9 needs it first). A provider's own refusal keeps its
 * code and is recorded like any refusal, and so is GitHub refusing the read
 * (403, 404, an answer we cannot use): neither passes by itself. A transient
 * GitHub failure (an outage, a rate limit) is recorded nowhere: the request
 * id is not spent, and the next apply run, which catches up every request
 * file the ledger lacks, tries it again. Anything else is a bug and fails
 * the run (nothing recorded for this request either).
 */
async function heldUnreadable(
  deps: ApplyDeps,
  ledger: RunLedger,
  r: { readonly candidate: Candidate; readonly actor: Actor; readonly pull: Unit['pull']; readonly login: string },
  error: unknown,
): Promise<AppliedRequest> {
  const { candidate } = r;
  const file = safePath(candidate.path);
  if (error instanceof ProviderError) {
    const reasons = [diagnostic(error.code, storableText(error.message, LIMITS.message), { file })];
    await ledger.record(`Refuse ${candidate.id}`, [refusedDraft(candidate.id, r.actor, reasons, r.pull)]);
    await notifyRefusal(deps, candidate, reasons, r.pull.number);
    return { id: candidate.id, outcome: 'failed', reasons };
  }
  if (!(error instanceof GithubError)) throw error;
  if (!TRANSIENT.has(error.code)) {
    const reasons = [diagnostic('E_APPLY_HELD_UNREADABLE', `GitHub refused to say what ${r.login} already holds (${error.code})`, { file })];
    await ledger.record(`Grant of ${candidate.id} failed`, [refusedDraft(candidate.id, r.actor, reasons, r.pull)]);
    await notifyRefusal(deps, candidate, reasons, r.pull.number);
    return { id: candidate.id, outcome: 'failed', reasons };
  }
  const message = `GitHub could not say for now what ${r.login} already holds (${error.code}); nothing was granted or recorded, and the next apply run tries again`;
  const reason = diagnostic('E_APPLY_HELD_UNAVAILABLE', message, { file });
  deps.logger.error(`${candidate.id}: not granted yet (E_APPLY_HELD_UNAVAILABLE, ${error.code}); the next apply run tries again.`);
  await deps.port.upsertComment(r.pull.number, applyMarker(candidate.id), heldUnavailableComment(candidate.id, file, reason));
  return { id: candidate.id, outcome: 'failed', reasons: [reason] };
}

/** A refusal is loud: a comment where there is a PR, and an issue either way. */
async function notifyRefusal(deps: ApplyDeps, candidate: Candidate, reasons: readonly Diagnostic[], pullNumber: number | undefined): Promise<void> {
  const text = refusedText(candidate.id, safePath(candidate.path), reasons);
  if (pullNumber !== undefined) await deps.port.upsertComment(pullNumber, text.marker, text.body);
  await deps.port.raiseIssue(text.marker, { title: text.title, body: text.body, labels: ['grantbook'] });
}

/**
 * An extension supersedes the grant it names (the revoke job then retires
 * that one), so it may only name a live grant of the same person: otherwise a
 * request could end someone else's access.
 */
function extendsProblem(
  request: { readonly extends?: string; readonly requester: string },
  policy: { readonly identities: readonly { readonly login: string; readonly id: number }[] },
  states: Folded['states'],
  path: string,
): Diagnostic | undefined {
  if (request.extends === undefined) return undefined;
  const identity = policy.identities.find((i) => i.login.toLowerCase() === request.requester.toLowerCase());
  const earlier = states.get(request.extends);
  const ok = identity !== undefined && earlier !== undefined && isLive(earlier) && earlier.grant.requester.id === identity.id;
  return ok
    ? undefined
    : diagnostic('E_APPLY_EXTENDS_UNKNOWN', `extends ${request.extends}, which is not a live grant of the requester`, { file: safePath(path) });
}
