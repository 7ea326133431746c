import { existsSync } from 'node:fs';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic } from '../diagnostics.js';
import { fold, isLive, requestLedgerDir, type GrantState } from '../ledger/index.js';
import { readRepoFile } from '../load/fs.js';
import { REQUESTS_DIR } from '../load/paths.js';
import { matches } from '../shared/patterns.js';
import { planRequest } from '../plan/request-plan.js';
import type { Decision } from '../policy/decision.js';
import { evaluate } from '../policy/evaluate.js';
import type { PolicySet } from '../policy/types.js';
import { planFor } from '../providers/registry.js';
import { escapeForLog } from '../report/escape.js';
import { renderPlanText } from '../report/plan-text.js';
import { parseRequestFile } from '../request/parse.js';
import type { AccessRequest } from '../request/types.js';
import { parseCommandArgs } from './args.js';
import { EXIT, type CliCommand, type CliIo } from './io.js';
import { readPolicy } from './profiles.js';
import { lazyPrompter, PromptAborted, type Prompter } from './prompt.js';
import { Answers, askNew, askWhenAndWhy, UsageError } from './request-ask.js';
import { checkDraft, draftYaml, rawGrants, refuse, RequestRefused, type RequestDraft } from './request-draft.js';
import { branchExists, commitOnNewBranch, gitConfig, GitFailed, git } from './request-git.js';
import { offerFlags } from './request-flags.js';
import { extensionId, naturalId, uniqueId, usedRequestIds } from './request-id.js';
import { controlRepoOf, REPO_RE, type OfflineFacts } from './verdict.js';

const HELP = [
  'Usage: grantbook request new [options]',
  '       grantbook request extend <id> [--requester login] [--duration D] [--reason TEXT] [--ticket T] [--id ID] [--branch]',
  '       grantbook request relinquish <id> [--branch]',
  '',
  'new: writes access-requests/<id>.yaml for the repository in the current directory and',
  'prints its plan (what `grantbook plan` shows). On a terminal it asks for whatever the',
  'flags leave open, offering what the policies allow you (sensitive columns marked);',
  'otherwise a missing flag is a usage error (exit 2) naming it. The file is checked',
  'exactly as `grantbook validate` and the pull request check will check it, and is not',
  'written when they would refuse it.',
  '',
  '  --requester login   your GitHub login (default: `git config github.user`)',
  '  --profile NAME      a profile under policies/ (`grantbook profiles` lists them)',
  '  --target NAME       a target the profile allows',
  '  --bundle NAME       a bundle the profile defines',
  '  --<kind> NAME       one of what the profile allows on the target (`grantbook profiles`), by',
  '                      the grant kind its provider declares, and its fields as flags:',
  '                      --table S.T with --columns a,b (or --all-columns) and --privileges SELECT;',
  "                      --team SLUG; --repo NAME with --permission P; --iam N (the profile's",
  '                      statement N) with --actions a,b and --resources arn,arn (inside its own)',
  "  --duration D        e.g. 30m, 2h, 1d (default: the profile's default)",
  '  --reason TEXT       why you need it (never a secret: credentials are refused)',
  '  --ticket ID         e.g. INC-4211',
  '  --id ID             the request id (default: <login>-<ticket>, made unique)',
  '  --branch            create branch access-request/<id> and commit the file there (never pushes)',
  '',
  'extend <id>: a new request with the same profile and grants that extends your active',
  'grant <id> (it needs fresh approval). relinquish <id>: deletes the request file, which',
  'revokes the grant once the deletion is merged.',
  '',
  'Ids are never reused: not one under access-requests/, in the ledger (audit/), or in the',
  'git history of any branch this clone knows.',
].join('\n');

/** The options of `request new` whatever the policies say; the grant kinds' own come from them (request-flags.ts). */
const NEW_OPTIONS = {
  requester: { type: 'string' },
  profile: { type: 'string' },
  target: { type: 'string' },
  bundle: { type: 'string' },
  duration: { type: 'string' },
  reason: { type: 'string' },
  ticket: { type: 'string' },
  id: { type: 'string' },
  branch: { type: 'boolean' },
} as const;

export const requestCommand: CliCommand = {
  name: 'request',
  summary: 'Write a new request, an extension, or give access up (new | extend | relinquish)',
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'new' && sub !== 'extend' && sub !== 'relinquish') {
      io.err('grantbook request: give a subcommand: new, extend or relinquish');
      return EXIT.usage;
    }
    const prompter = lazyPrompter(io.prompter);
    try {
      if (sub === 'relinquish') return await relinquish(rest, io);
      return await (sub === 'new' ? requestNew(rest, io, prompter) : extend(rest, io, prompter));
    } catch (error) {
      if (error instanceof UsageError || error instanceof PromptAborted) {
        io.err(`grantbook request ${sub}: ${error.message}`);
        return EXIT.usage;
      }
      const refusal = error instanceof GitFailed ? refuse('E_REQUEST_GIT_FAILED', error.message) : error;
      if (!(refusal instanceof RequestRefused)) throw error;
      for (const d of refusal.diagnostics) io.err(escapeForLog(formatDiagnostic(d)));
      io.err(refusal.leftBehind ?? 'Nothing was written.');
      return EXIT.refused;
    } finally {
      prompter?.close();
    }
  },
};

function parse<T extends Partial<typeof NEW_OPTIONS>>(args: readonly string[], options: T, positionals: number) {
  const parsed = parseCommandArgs(args, options);
  if (!parsed.ok) throw new UsageError(parsed.message);
  if (parsed.positionals.length !== positionals) throw new UsageError(positionals === 0 ? 'takes no positional arguments' : 'give exactly one request id');
  return parsed;
}

async function requesterOf(io: CliIo, given: string | undefined, prompter: Prompter | undefined): Promise<string> {
  const login =
    given ??
    (await gitConfig(io, 'github.user')) ??
    (await prompter?.text('Your GitHub login', { required: true, check: (v) => (matches('login', v) ? undefined : 'Not a GitHub login.') }));
  if (login === undefined)
    throw new UsageError('missing --requester (and `git config github.user` is not set; stdin is not a terminal, so nothing can be asked)');
  if (!matches('login', login)) throw new UsageError('--requester must be a GitHub login');
  return login;
}

async function context(io: CliIo): Promise<{ policy: PolicySet; facts: OfflineFacts }> {
  const policy = await readPolicy(io);
  if (!policy.ok) throw new RequestRefused(policy.diagnostics);
  const controlRepo = controlRepoOf(io, undefined);
  const facts = { now: io.clock.now(), ...(controlRepo !== undefined && REPO_RE.test(controlRepo) ? { controlRepo } : {}) };
  return { policy: policy.value, facts };
}

async function chooseId(io: CliIo, wanted: string | undefined, natural: string): Promise<string> {
  const used = await usedRequestIds(io);
  for (const note of used.notes) io.err(`note: ${note}`);
  if (wanted === undefined) return uniqueId(natural, used.ids);
  if (!matches('requestId', wanted)) throw new UsageError('--id: lowercase letters, digits and inner hyphens, at most 48');
  if (used.ids.has(wanted)) throw refuse('E_REQUEST_ID_IN_USE', `request id ${wanted} is already used (access-requests/, the ledger or the git history)`);
  return wanted;
}

async function requestNew(args: readonly string[], io: CliIo, prompter: Prompter | undefined): Promise<number> {
  // The policies first: the flags a grant kind brings are those its offers name.
  const { policy, facts } = await context(io);
  const extra = offerFlags(policy, new Set(Object.keys(NEW_OPTIONS)));
  const parsed = parseCommandArgs(args, { ...extra, ...NEW_OPTIONS });
  if (!parsed.ok) throw new UsageError(parsed.message);
  if (parsed.positionals.length > 0) throw new UsageError('takes no positional arguments');
  const { values } = parsed;
  const all: Readonly<Record<string, string | boolean | undefined>> = values;
  const fields = Object.fromEntries(Object.keys(extra).map((k) => [k, all[k]]));
  const requester = await requesterOf(io, values.requester, prompter);
  const answers = new Answers(prompter, (t) => io.err(escapeForLog(t)));
  const draft = await askNew(answers, { ...values, fields }, policy, requester);
  const id = await chooseId(
    io,
    values.id,
    naturalId({ requester, profile: draft.profile, now: facts.now, ...(draft.ticket !== undefined ? { ticket: draft.ticket } : {}) }),
  );
  return finish(io, { policy, facts, id, draft, branch: values.branch === true, message: `Request access: ${id} (${draft.profile})` });
}

async function readRequest(io: CliIo, id: string): Promise<AccessRequest> {
  if (!matches('requestId', id)) throw new UsageError('the request id is lowercase letters, digits and inner hyphens, at most 48');
  const file = `${REQUESTS_DIR}/${id}.yaml`;
  if (!existsSync(path.join(io.cwd, file))) throw refuse('E_REQUEST_UNKNOWN', `there is no ${file}`, file);
  const read = await readRepoFile(io.cwd, file);
  const parsed = read.ok ? parseRequestFile(read.value) : read;
  if (!parsed.ok) throw new RequestRefused(parsed.diagnostics);
  return parsed.value;
}

/** The request's state as the revoke job folds it: from its own events only (a state depends on no other), streamed. */
async function ledgerState(io: CliIo, id: string): Promise<GrantState | undefined> {
  return fold((await requestLedgerDir(io.cwd, id)).events).states.get(id);
}

async function extend(args: readonly string[], io: CliIo, prompter: Prompter | undefined): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      requester: NEW_OPTIONS.requester,
      duration: NEW_OPTIONS.duration,
      reason: NEW_OPTIONS.reason,
      ticket: NEW_OPTIONS.ticket,
      id: NEW_OPTIONS.id,
      branch: NEW_OPTIONS.branch,
    },
    1,
  );
  const earlier = await readRequest(io, positionals[0] ?? '');
  const { policy, facts } = await context(io);
  const requester = await requesterOf(io, values.requester, prompter);
  if (requester.toLowerCase() !== earlier.requester.toLowerCase()) {
    throw refuse('E_REQUEST_NOT_YOURS', `request ${earlier.id} is held by ${earlier.requester}, not ${requester}`, earlier.path);
  }
  // As apply will: the extended request must be a live grant of the same person (by id).
  const state = await ledgerState(io, earlier.id);
  const identity = policy.identities.find((i) => i.login.toLowerCase() === requester.toLowerCase());
  if (state === undefined || !isLive(state) || (identity !== undefined && state.grant.requester.id !== identity.id)) {
    throw refuse('E_REQUEST_NOT_LIVE', `request ${earlier.id} is not an active grant of ${requester} in the ledger of this checkout`, earlier.path);
  }
  const profile = policy.profiles.get(earlier.profile);
  const answers = new Answers(prompter, (t) => io.err(escapeForLog(t)));
  const asked: { duration?: string; reason?: string; ticket?: string } =
    profile === undefined ? {} : await askWhenAndWhy(answers, profile, values, earlier.ticket !== undefined ? { ticket: earlier.ticket } : {});
  answers.stopIfMissing();
  const draft: RequestDraft = {
    requester: earlier.requester,
    profile: earlier.profile,
    ...(asked.duration !== undefined ? { duration: asked.duration } : {}),
    ...(asked.reason !== undefined ? { reason: asked.reason } : {}),
    ...(asked.ticket !== undefined ? { ticket: asked.ticket } : {}),
    extends: earlier.id,
    grants: rawGrants(earlier.grants),
  };
  const id = await chooseId(io, values.id, extensionId(earlier.id));
  return finish(io, { policy, facts, id, draft, branch: values.branch === true, message: `Extend access: ${id} extends ${earlier.id}` });
}

/** A git step failed after the branch was made: say where that leaves the checkout. */
function partly(error: GitFailed, branch: string, state: string): RequestRefused {
  return new RequestRefused(refuse('E_REQUEST_GIT_FAILED', error.message).diagnostics, `You may be on the new branch ${branch}; ${state}. Nothing was pushed.`);
}

interface Finish {
  readonly policy: PolicySet;
  readonly facts: OfflineFacts;
  readonly id: string;
  readonly draft: RequestDraft;
  readonly branch: boolean;
  readonly message: string;
}

/** Checks the draft as validate would, writes it (on a new branch, committed, when asked) and prints its plan. */
async function finish(io: CliIo, f: Finish): Promise<number> {
  const file = `${REQUESTS_DIR}/${f.id}.yaml`;
  const text = draftYaml(f.draft);
  const checked = checkDraft(file, text, f.policy, f.facts);
  if (!checked.ok) throw new RequestRefused(checked.diagnostics);
  const write = async () => {
    await mkdir(path.join(io.cwd, REQUESTS_DIR), { recursive: true });
    // `wx`: a file that appeared meanwhile is never overwritten.
    await writeFile(path.join(io.cwd, file), text, { flag: 'wx' });
  };
  const branch = `access-request/${f.id}`;
  if (f.branch) {
    if (await branchExists(io, branch)) throw refuse('E_REQUEST_BRANCH_EXISTS', `branch ${branch} already exists`);
    const sha = await commitOnNewBranch(io, { branch, path: file, change: 'add', message: f.message, write }).catch((error: unknown) => {
      throw error instanceof GitFailed ? partly(error, branch, `${file} may be written but is not committed`) : error;
    });
    io.out(
      `Wrote ${file} and committed it (${sha.slice(0, 12)}) on the new branch ${branch}. Push it and open a pull request:\n  git push -u origin ${branch}`,
    );
  } else {
    await write();
    io.out(`Wrote ${file}. Commit it on a branch and open a pull request.`);
  }
  const shown = planned(checked.request, checked.decision, f.policy, f.facts);
  io.out('');
  if (shown.assumption !== undefined) io.out(escapeForLog(shown.assumption));
  io.out(renderPlanText(shown.decision, planRequest(shown.decision, f.policy, planFor)));
  for (const note of checked.notes.filter((n) => n.code === 'E_POLICY_CONTROL_REPO_UNKNOWN')) io.err(escapeForLog(`note: ${formatDiagnostic(note)}`));
  return EXIT.ok;
}

/**
 * The decision to show. When the only refusal is that team membership could
 * not be looked up here, the plan is shown as it would be for a member, and
 * says so: the pull request check decides membership.
 */
function planned(request: AccessRequest, decision: Decision, policy: PolicySet, facts: OfflineFacts): { decision: Decision; assumption?: string } {
  const errors = decision.reasons.filter((r) => r.severity === 'error');
  const teams = policy.profiles.get(request.profile)?.requesters.teams ?? [];
  if (errors.length === 0 || teams.length === 0 || errors.some((r) => r.code !== 'E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED')) return { decision };
  const assumed = evaluate(request, policy, {
    now: facts.now,
    requesterTeams: new Set(teams),
    ...(facts.controlRepo !== undefined ? { controlRepo: facts.controlRepo } : {}),
  });
  return {
    decision: assumed,
    assumption: `Assuming ${request.requester} is an active member of team ${teams.join(' or ')}: the pull request check looks it up.`,
  };
}

async function relinquish(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { branch: NEW_OPTIONS.branch }, 1);
  const id = positionals[0] ?? '';
  if (!matches('requestId', id)) throw new UsageError('the request id is lowercase letters, digits and inner hyphens, at most 48');
  const file = `${REQUESTS_DIR}/${id}.yaml`;
  if (!existsSync(path.join(io.cwd, file))) throw refuse('E_REQUEST_UNKNOWN', `there is no ${file}`, file);
  const state = await ledgerState(io, id);
  const remove = () => unlink(path.join(io.cwd, file));
  if (values.branch === true) {
    const tracked = await git(io, ['ls-files', '--error-unmatch', '--', file]).then(
      () => true,
      () => false,
    );
    if (!tracked) throw refuse('E_REQUEST_GIT_FAILED', `${file} was never committed: delete it, there is nothing to relinquish`, file);
    const branch = `access-request/relinquish-${id}`;
    if (await branchExists(io, branch)) throw refuse('E_REQUEST_BRANCH_EXISTS', `branch ${branch} already exists`);
    const sha = await commitOnNewBranch(io, { branch, path: file, change: 'remove', message: `Relinquish access: ${id}`, write: remove }).catch(
      (error: unknown) => {
        throw error instanceof GitFailed ? partly(error, branch, `${file} may be deleted but the deletion is not committed`) : error;
      },
    );
    io.out(`Deleted ${file} in a commit (${sha.slice(0, 12)}) on the new branch ${branch}. Push it and open a pull request:\n  git push -u origin ${branch}`);
  } else {
    await remove();
    io.out(`Deleted ${file}. Commit the deletion on a branch and open a pull request.`);
  }
  if (state !== undefined && isLive(state)) {
    const targets = [...new Set(state.grant.grants.map((g) => g.target))].join(', ');
    io.out(
      `Once merged, the revoke job revokes ${id} on ${targets} at its next run (it would expire at ${state.grant.expires_at}). No approval is needed to give access up.`,
    );
  } else {
    io.out(`${id} is not an active grant in the ledger of this checkout: merging the deletion withdraws the request.`);
  }
  return EXIT.ok;
}
