import { parse } from 'yaml';

/**
 * What doctor needs to know about the workflows on the default branch, read
 * from their YAML: which check run each job reports on a pull request, which
 * of them a path filter can skip, and which token each Grantbook step reads
 * team membership with. Pure: the files are all it reads.
 */

export interface WorkflowFile {
  readonly path: string;
  readonly text: string;
}

/** The token a Grantbook step reads team membership with. */
export type MembersToken =
  /** `${{ github.token }}` or `${{ secrets.GITHUB_TOKEN }}` (also the action's default): it can never see a team. */
  | { readonly kind: 'workflow-token' }
  /**
   * An actions/create-github-app-token step's output. `members` is the
   * step's permission-members input; 'unrestricted' when it names no
   * permission-* at all (the token then has every permission of the App).
   */
  | { readonly kind: 'app'; readonly step: string; readonly members: 'none' | 'read' | 'write' | 'unrestricted' }
  /** Anything else (a secret holding a token): not knowable from the file. */
  | { readonly kind: 'other' };

export interface GrantbookStep {
  readonly command: string;
  readonly membersToken: MembersToken;
}

export interface JobFacts {
  /** Repository path of the workflow file. */
  readonly workflow: string;
  readonly id: string;
  /**
   * The check run the job reports: its `name:`, else its id
   * (https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idname).
   * Undefined when an expression, a matrix or a called workflow makes the name unknowable here.
   */
  readonly checkName: string | undefined;
  /** The workflow runs on pull_request (or pull_request_target). */
  readonly onPullRequest: boolean;
  /**
   * Its pull_request trigger has `paths:` or `paths-ignore:`. GitHub then
   * skips the workflow for pull requests outside the filter and a required
   * check it reports stays "Pending" on them
   * (https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/troubleshooting-required-status-checks#handling-skipped-but-required-checks).
   */
  readonly pathFilter: boolean;
  readonly grantbook: readonly GrantbookStep[];
}

export interface WorkflowFacts {
  readonly jobs: readonly JobFacts[];
  /** Workflow files that are not YAML doctor can read (GitHub would not run them either). */
  readonly unreadable: readonly string[];
}

type Dict = Readonly<Record<string, unknown>>;

const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);

const COMMANDS = new Set(['check', 'apply', 'revoke']);
const WORKFLOW_TOKEN = /^\$\{\{\s*(?:github\.token|secrets\.GITHUB_TOKEN)\s*\}\}$/;
const STEP_TOKEN = /^\$\{\{\s*steps\.([A-Za-z_][A-Za-z0-9_-]*)\.outputs\.token\s*\}\}$/;
const APP_TOKEN_ACTION = /^actions\/create-github-app-token@/;

export function describeWorkflows(files: readonly WorkflowFile[]): WorkflowFacts {
  const jobs: JobFacts[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    let doc: unknown;
    try {
      doc = parse(file.text);
    } catch {
      unreadable.push(file.path);
      continue;
    }
    if (!isDict(doc) || !isDict(doc.jobs)) {
      unreadable.push(file.path);
      continue;
    }
    const trigger = pullRequestTrigger(doc.on);
    for (const [id, job] of Object.entries(doc.jobs)) {
      if (!isDict(job)) continue;
      jobs.push({
        workflow: file.path,
        id,
        checkName: checkName(id, job),
        onPullRequest: trigger.on,
        pathFilter: trigger.pathFilter,
        grantbook: grantbookSteps(job),
      });
    }
  }
  return { jobs, unreadable };
}

function pullRequestTrigger(on: unknown): { on: boolean; pathFilter: boolean } {
  const events = ['pull_request', 'pull_request_target'];
  if (typeof on === 'string') return { on: events.includes(on), pathFilter: false };
  if (Array.isArray(on)) return { on: on.some((e) => typeof e === 'string' && events.includes(e)), pathFilter: false };
  if (!isDict(on)) return { on: false, pathFilter: false };
  const present = events.filter((e) => e in on);
  const filtered = present.some((e) => {
    const spec = on[e];
    return isDict(spec) && ('paths' in spec || 'paths-ignore' in spec);
  });
  return { on: present.length > 0, pathFilter: filtered };
}

function checkName(id: string, job: Dict): string | undefined {
  // A called workflow's jobs report as "caller / callee"; a matrix adds its values.
  if ('uses' in job) return undefined;
  if (isDict(job.strategy) && 'matrix' in job.strategy) return undefined;
  if (!('name' in job)) return id;
  const name = str(job.name);
  return name === undefined || name.includes('${{') ? undefined : name;
}

function grantbookSteps(job: Dict): GrantbookStep[] {
  const steps = Array.isArray(job.steps) ? job.steps.filter(isDict) : [];
  const out: GrantbookStep[] = [];
  for (const step of steps) {
    const uses = str(step.uses) ?? '';
    const inputs = isDict(step.with) ? step.with : {};
    const command = str(inputs.command)?.trim() ?? '';
    // This repository's own action, or OWNER/grantbook@<sha> as `grantbook init` writes it (a fork's name may differ around it).
    const ours = uses === './' || /^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]*grantbook[A-Za-z0-9_.-]*$/i.test(uses.split('@')[0] ?? '');
    if (!ours || !COMMANDS.has(command)) continue;
    const raw = str(inputs['members-token'])?.trim() || str(inputs['github-token'])?.trim() || '${{ github.token }}';
    out.push({ command, membersToken: tokenSource(raw, steps) });
  }
  return out;
}

function tokenSource(expression: string, steps: readonly Dict[]): MembersToken {
  if (WORKFLOW_TOKEN.test(expression)) return { kind: 'workflow-token' };
  const id = STEP_TOKEN.exec(expression)?.[1];
  const step = id === undefined ? undefined : steps.find((s) => str(s.id) === id);
  if (id === undefined || step === undefined || !APP_TOKEN_ACTION.test(str(step.uses) ?? '')) return { kind: 'other' };
  const inputs = isDict(step.with) ? step.with : {};
  const limited = Object.keys(inputs).some((k) => k.startsWith('permission-'));
  const members = str(inputs['permission-members'])?.trim();
  if (members === 'read' || members === 'write') return { kind: 'app', step: id, members };
  return { kind: 'app', step: id, members: limited ? 'none' : 'unrestricted' };
}
