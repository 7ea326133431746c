import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LocalRepo } from '../../../src/git/local-repo.js';
import { createGithubClient } from '../../../src/github/index.js';
import { memoryLogger } from '../logger.js';
import { parsePullRequestPayload, type PullRequestEvent } from '../../../src/modes/event.js';
import { githubCheckPort, type CheckPort } from '../../../src/modes/check/port.js';
import { runCheck, type CheckOutcome } from '../../../src/modes/check/run.js';
import { fixedClock } from '../clock.js';
import { GithubStandIn, type FileSpec } from '../github/index.js';
import { EXTRA_PROFILES } from './requests.js';

const run = promisify(execFile);

/** The repository root: the nearest directory up with package.json (also from a bundled bench). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('no package.json above this file');
  }
}
export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** 2026-11-20T09:00:00Z: every in-process check runs at this instant. */
export const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
export const TOKEN = 'check-token';
export const READ_TOKEN = 'check-read-token';

/** People of the fixture. The first four carry the ids of policies/identities.yaml. */
export const PEOPLE = {
  alice: 583231, // requester
  bob: 1024025, // payments-leads
  carol: 2107411, // writer on the repository, owns nothing
  dave: 3141592, // payments-leads
  erin: 4000001, // payments-leads
  frank: 4000002, // payments-leads, invitation pending
  sam: 4000003, // security
} as const;
export type Person = keyof typeof PEOPLE;

export interface OpenedPull {
  readonly number: number;
  readonly branch: string;
  readonly head: string;
}

export interface CheckFixture {
  readonly gh: GithubStandIn;
  /** Local clone the check reads policy from; it only ever holds base commits. */
  readonly clone: string;
  /** `membersToken`: the token team look-ups use (the action's members-token); default `token`. */
  port(token?: string, membersToken?: string): CheckPort;
  /** A branch from `base` with `files` committed by `author`, and a pull request of it. */
  openPull(files: Readonly<Record<string, FileSpec>>, o?: { author?: Person; base?: string }): Promise<OpenedPull>;
  /** GitHub's event payload for the pull request as it is now. */
  payload(number: number, event?: 'pull_request' | 'pull_request_review'): Promise<Record<string, unknown>>;
  event(number: number, event?: 'pull_request' | 'pull_request_review'): Promise<PullRequestEvent>;
  /** Fetches the base into the clone and runs the check in-process. */
  check(
    number: number,
    o?: { event?: 'pull_request' | 'pull_request_review'; token?: string; membersToken?: string; pull?: PullRequestEvent },
  ): Promise<CheckRun>;
  /** Comments on the PR carrying the check's marker. */
  checkComments(number: number): { id: number; body: string }[];
  /** Makes the clone hold `branch` of the stand-in (only base branches are ever fetched). */
  fetch(branch: string): Promise<void>;
  stop(): Promise<void>;
}

export interface CheckRun {
  readonly outcome: CheckOutcome;
  readonly log: readonly string[];
}

/** The repository's own policies/ and CODEOWNERS, plus the extra profiles. */
export async function seedFiles(extra: Readonly<Record<string, FileSpec>> = EXTRA_PROFILES): Promise<Record<string, FileSpec>> {
  const files: Record<string, FileSpec> = {};
  for (const name of await readdir(path.join(ROOT, 'policies'))) {
    files[`policies/${name}`] = await readFile(path.join(ROOT, 'policies', name), 'utf8');
  }
  files['.github/CODEOWNERS'] = await readFile(path.join(ROOT, '.github/CODEOWNERS'), 'utf8');
  files['README.md'] = 'Access requests for acme.\n';
  return { ...files, ...extra };
}

export async function startCheckFixture(o: { seed?: Record<string, FileSpec>; checkSchemas?: boolean; pathPrefix?: string } = {}): Promise<CheckFixture> {
  const gh = await GithubStandIn.start({
    now: () => NOW,
    checkSchemas: o.checkSchemas ?? true,
    ...(o.pathPrefix !== undefined ? { pathPrefix: o.pathPrefix } : {}),
  });
  gh.addUser({ login: 'github-actions[bot]', type: 'Bot' });
  gh.addUser({ login: 'review-bot', type: 'Bot' });
  gh.addToken(TOKEN, 'github-actions[bot]', 'write');
  gh.addToken(READ_TOKEN, 'github-actions[bot]', 'read');
  for (const [login, id] of Object.entries(PEOPLE)) {
    gh.addUser({ login, id });
    gh.addOrgMember(login);
  }
  for (const team of ['payments-leads', 'security', 'payments-eng', 'incident-commanders']) gh.addTeam(team);
  for (const login of ['bob', 'dave', 'erin']) gh.setTeamMember('payments-leads', login);
  gh.setTeamMember('payments-leads', 'frank', { state: 'pending' });
  gh.setTeamMember('security', 'sam');
  gh.setCollaborator('carol', 'push');
  await gh.commit({ branch: 'main', author: 'sam', message: 'Policies', files: o.seed ?? (await seedFiles()) });

  const clone = await mkdtemp(path.join(tmpdir(), 'grantbook-check-clone-'));
  await run('git', ['init', '--quiet', clone]);
  let branches = 0;

  const clientOf = (token: string) => createGithubClient({ token, baseUrl: gh.url, waitScale: 0.005, spaceWrites: false });
  const port = (token = TOKEN, membersToken?: string) =>
    githubCheckPort(clientOf(token), { owner: gh.owner, repo: gh.repo }, membersToken === undefined ? undefined : clientOf(membersToken));

  const payload = async (number: number, event: 'pull_request' | 'pull_request_review' = 'pull_request') => {
    const res = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/pulls/${number}`, { headers: { authorization: `token ${TOKEN}` } });
    const pr = (await res.json()) as Record<string, unknown>;
    if (event === 'pull_request') return { action: 'synchronize', number, pull_request: pr };
    // A review event carries the simple pull request shape: no counts.
    for (const key of [
      'merged',
      'mergeable',
      'rebaseable',
      'mergeable_state',
      'merged_by',
      'comments',
      'review_comments',
      'maintainer_can_modify',
      'commits',
      'additions',
      'deletions',
      'changed_files',
    ]) {
      delete pr[key];
    }
    return { action: 'submitted', review: { state: 'approved' }, pull_request: pr };
  };
  const event = async (number: number, kind: 'pull_request' | 'pull_request_review' = 'pull_request') =>
    parsePullRequestPayload(await payload(number, kind), `${gh.owner}/${gh.repo}`);
  const fetchBranch = async (branch: string) => {
    await run('git', ['-C', clone, 'fetch', '--quiet', gh.gitOf().dir, `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  };

  return {
    gh,
    clone,
    port,
    payload,
    event,
    fetch: fetchBranch,
    async openPull(files, opts = {}) {
      const branch = `request-${++branches}`;
      const base = opts.base ?? 'main';
      const author = opts.author ?? 'alice';
      const from = await gh.refSha(base);
      if (from === undefined) throw new Error(`no branch ${base}`);
      const head = await gh.commit({ branch, from, files, author, message: 'Request access' });
      const number = await gh.openPull({ head: branch, base, author });
      return { number, branch, head };
    },
    async check(number, opts = {}) {
      await fetchBranch(gh.pull(number).baseRef);
      const logger = memoryLogger();
      const pull = opts.pull ?? (await event(number, opts.event));
      const outcome = await runCheck({ pull, port: port(opts.token, opts.membersToken), repo: new LocalRepo(clone), clock: fixedClock(NOW), logger });
      return { outcome, log: logger.lines };
    },
    checkComments: (number) =>
      gh.state.comments.filter((c) => c.issue === number && c.body.includes('<!-- grantbook:check -->')).map((c) => ({ id: c.id, body: c.body })),
    async stop() {
      const errors = gh.serverErrors.map((e) => e.message);
      await gh.stop();
      await rm(clone, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`stand-in errors:\n${errors.join('\n')}`);
    },
  };
}
