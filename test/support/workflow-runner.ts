import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { parseOutputs } from './check/action.js';
import type { GithubStandIn } from './github/index.js';
import type { PermissionLevel } from './github/state.js';

const git = promisify(execFile);

/**
 * Runs one job of a workflow file the way GitHub's runner would, as far as
 * Grantbook can tell: the job's steps in order, `if:` evaluated, every input
 * and env value taken from the YAML and its expressions resolved against the
 * event, the secrets, the variables and earlier steps' outputs (an
 * expression it cannot resolve fails the test: nothing is filled in by hand).
 * Grantbook's steps run the built action as a process; the two other steps
 * are played: actions/checkout fetches the stand-in's git into a fresh
 * clone, actions/create-github-app-token mints a stand-in token with
 * exactly the permissions its permission-* inputs ask for (refused when the
 * App was not given one), and the workflow token carries the workflow's
 * `permissions:`, never an organization permission or Administration, as
 * on GitHub. Action inputs left out take action.yml's defaults.
 */

/** A GitHub App as configured in the organization's settings: its identity and granted permissions. */
export interface AppConfig {
  readonly clientId: string;
  readonly privateKey: string;
  readonly bot: string;
  readonly permissions: Readonly<Record<string, 'read' | 'write'>>;
}

export interface RunnerWorld {
  readonly gh: GithubStandIn;
  /** dist/index.js of a fresh build. */
  readonly script: string;
  /** The `uses:` value that means Grantbook (owner/grantbook@sha, or ./). */
  readonly actionRef: string;
  readonly secrets: Readonly<Record<string, string>>;
  readonly vars: Readonly<Record<string, string>>;
  readonly apps: readonly AppConfig[];
}

export interface Event {
  readonly name: 'pull_request' | 'pull_request_review' | 'push' | 'schedule' | 'workflow_dispatch';
  readonly payload: Record<string, unknown>;
  /** GITHUB_SHA: the commit the event is about. */
  readonly sha: string;
}

export interface StepRun {
  readonly command: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Readonly<Record<string, string>>;
  /** Who the step's github-token and members-token act as. */
  readonly tokens: { readonly github: string; readonly members: string };
}

interface Step {
  readonly id?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly with?: Record<string, string | number | boolean>;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly permissions?: Record<string, string>;
  readonly steps: readonly Step[];
}
export interface Workflow {
  readonly permissions?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

const ACTION = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
let runs = 5000;
let minted = 0;

export function parseWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}

/** Runs `jobId` of `workflow` (file `file`) for `event`; returns what each Grantbook step did. */
export async function runJob(world: RunnerWorld, file: string, workflow: Workflow, jobId: string, event: Event): Promise<StepRun[]> {
  const job = workflow.jobs[jobId];
  if (job === undefined) throw new Error(`${file} has no job ${jobId}`);
  const { gh } = world;
  const repository = `${gh.owner}/${gh.repo}`;
  const workflowToken = mint(gh, 'github-actions[bot]', job.permissions ?? workflow.permissions ?? {}, 'workflow');
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-job-'));
  const workspace = path.join(dir, 'workspace');
  const outputs = new Map<string, Record<string, string>>();
  const results: StepRun[] = [];
  runs += 1;
  try {
    await writeFile(path.join(dir, 'event.json'), JSON.stringify(event.payload));
    const expr = (value: string): string => resolve(value, { world, event, workflowToken, outputs });
    for (const step of job.steps) {
      if (step.if !== undefined && expr(step.if.includes('${{') ? step.if : `\${{ ${step.if} }}`) !== 'true') continue;
      const uses = step.uses ?? '';
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expr(String(v))]));
      if (uses.startsWith('actions/checkout@')) {
        await checkout(gh, workspace, inputs.ref !== undefined && inputs.ref !== '' ? inputs.ref : event.sha);
      } else if (uses.startsWith('actions/upload-artifact@')) {
        // The artifact itself is GitHub's business; what the workflow promises is that the file is there.
        const file = inputs.path ?? '';
        if (inputs['if-no-files-found'] === 'error') await access(file);
      } else if (uses.startsWith('actions/create-github-app-token@')) {
        if (step.id === undefined) throw new Error('an App token step without an id: its token cannot be used');
        outputs.set(step.id, { token: appToken(world, inputs) });
      } else if (uses === world.actionRef) {
        const given = { ...inputs };
        for (const [name, spec] of Object.entries(ACTION.inputs)) if (!(name in given) && spec.default !== undefined) given[name] = expr(spec.default);
        const env: NodeJS.ProcessEnv = {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: dir,
          RUNNER_TEMP: dir,
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_EVENT_NAME: event.name,
          GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
          GITHUB_SHA: event.sha,
          GITHUB_API_URL: gh.url,
          GITHUB_SERVER_URL: gh.url.replace(/\/api\/v3$/, ''),
          GITHUB_REPOSITORY: repository,
          GITHUB_RUN_ID: String(runs),
          GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/${file}@refs/heads/main`,
          GITHUB_OUTPUT: path.join(dir, 'output'),
          GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
          ...Object.fromEntries(Object.entries(given).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
          ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expr(v)])),
        };
        await writeFile(path.join(dir, 'output'), '');
        await writeFile(path.join(dir, 'summary.md'), '');
        const r = await spawn(world.script, env, workspace);
        const who = (token: string | undefined) => gh.state.tokens.get(token ?? '')?.login ?? '(none)';
        results.push({
          command: given.command ?? '',
          ...r,
          outputs: parseOutputs(await readFile(path.join(dir, 'output'), 'utf8')),
          tokens: { github: who(given['github-token']), members: who(given['members-token'] || given['github-token']) },
        });
        if (step.id !== undefined) outputs.set(step.id, results.at(-1)?.outputs ?? {});
      } else {
        throw new Error(`${file}: no stand-in for step ${uses}`);
      }
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Scope {
  readonly world: RunnerWorld;
  readonly event: Event;
  readonly workflowToken: string;
  readonly outputs: ReadonlyMap<string, Record<string, string>>;
}

function resolve(value: string, scope: Scope): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_m, e: string) => evaluate(e, scope));
}

function evaluate(e: string, s: Scope): string {
  // `a && b`: the only operator the workflows use besides comparisons with ''.
  const both = e.split(/\s+&&\s+/);
  if (both.length > 1) return String(both.every((part) => evaluate(part, s) === 'true'));
  const compared = /^(.+?)\s*(==|!=)\s*''$/.exec(e);
  if (compared !== null) return String((evaluate(compared[1] ?? '', s) === '') === (compared[2] === '=='));
  if (e === 'github.token') return s.workflowToken;
  if (e === '!cancelled()' || e === 'always()') return 'true';
  let m = /^secrets\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(e);
  if (m !== null) return s.world.secrets[m[1] ?? ''] ?? '';
  m = /^vars\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(e);
  if (m !== null) return s.world.vars[m[1] ?? ''] ?? '';
  m = /^steps\.([A-Za-z_][\w-]*)\.outputs\.([\w-]+)$/.exec(e);
  if (m !== null) return s.outputs.get(m[1] ?? '')?.[m[2] ?? ''] ?? '';
  m = /^github\.event\.([\w.]+)$/.exec(e);
  if (m !== null) {
    let v: unknown = s.event.payload;
    for (const key of (m[1] ?? '').split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
    if (v === undefined || v === null) return '';
    // GitHub renders an object as JSON; the workflows under test only read scalars.
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  }
  throw new Error(`the runner stand-in cannot evaluate \${{ ${e} }}`);
}

/**
 * The keys a workflow's `permissions:` may name: no organization permission, no Administration, no Environments
 * (https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions).
 */
export const WORKFLOW_TOKEN_SCOPES = new Set([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]);

function mint(gh: GithubStandIn, bot: string, permissions: Readonly<Record<string, string>>, kind: 'workflow' | 'app'): string {
  if (gh.state.users.get(bot.toLowerCase()) === undefined) gh.addUser({ login: bot, type: 'Bot' });
  const level = (name: string): PermissionLevel => (permissions[name] === 'write' ? 'write' : permissions[name] === 'read' ? 'read' : 'none');
  const repoWrite = Object.entries(permissions).some(([k, v]) => k !== 'members' && v === 'write');
  const token = `${kind}-token-${++minted}`;
  gh.addToken(token, bot, repoWrite ? 'write' : 'read', {
    members: kind === 'workflow' ? 'none' : level('members'),
    administration: kind === 'workflow' || level('administration') === 'none' ? 'none' : 'read',
  });
  return token;
}

/** actions/create-github-app-token: a token with the permission-* inputs given, each of which the App must have. */
function appToken(world: RunnerWorld, inputs: Readonly<Record<string, string>>): string {
  const app = world.apps.find((a) => a.clientId === inputs['client-id'] && a.privateKey === inputs['private-key']);
  if (app === undefined) throw new Error('create-github-app-token: no App with this client-id and private-key (a variable or secret is missing)');
  const asked = Object.fromEntries(
    Object.entries(inputs)
      .filter(([k]) => k.startsWith('permission-'))
      .map(([k, v]) => [k.slice('permission-'.length), v]),
  );
  const rank = { read: 1, write: 2 } as const;
  for (const [name, level] of Object.entries(asked)) {
    const has = app.permissions[name];
    if (has === undefined || rank[level as 'read' | 'write'] > rank[has]) throw new Error(`create-github-app-token: the App was not granted ${name}: ${level}`);
  }
  return mint(world.gh, app.bot, Object.keys(asked).length > 0 ? asked : app.permissions, 'app');
}

async function checkout(gh: GithubStandIn, workspace: string, ref: string): Promise<void> {
  await rm(workspace, { recursive: true, force: true });
  await git('git', ['init', '--quiet', workspace]);
  await git('git', ['-C', workspace, 'fetch', '--quiet', gh.gitOf().dir, '+refs/heads/*:refs/remotes/origin/*']);
  await git('git', ['-C', workspace, '-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', ref]);
}

function spawn(script: string, env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [script], { env, cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}
