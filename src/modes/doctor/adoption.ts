import { getBlob, getRef, GithubError, isTeamVisible, listDirectory, type GithubClient, type RepoRef } from '../../github/index.js';
import { classifyPath } from '../../load/paths.js';
import { parseCodeowners } from '../../policy/codeowners.js';
import { readProfile } from '../../policy/load-profile.js';
import type { DoctorPort } from './port.js';
import type { DoctorTarget } from './read.js';
import { attempt } from './read.js';
import type { CodeownersSnapshot, Read } from './snapshot.js';
import { describeWorkflows, type WorkflowFacts } from './workflows.js';

/**
 * What doctor reads to tell whether the setup works as written, beyond the
 * settings apply also checks: the required status checks, the workflows on
 * the default branch, and every team CODEOWNERS and the profiles name, with
 * whether the token can see it.
 */
export interface AdoptionPort {
  /** Regular files directly under `dir` at the tip of `branch` (none when it is absent); larger than `maxBytes` are left out. */
  filesUnder(branch: string, dir: string, maxBytes: number): Promise<readonly { readonly path: string; readonly bytes: Uint8Array }[]>;
  /** Whether this token can see the team (false: GitHub answers 404 for it). */
  teamVisible(org: string, slug: string): Promise<boolean>;
}

export interface NamedTeam {
  readonly org: string;
  readonly slug: string;
  /** Files that name it: .github/CODEOWNERS, policies/<profile>.yaml. */
  readonly namedIn: readonly string[];
  readonly visible: boolean;
}

export interface AdoptionSnapshot {
  /** Every required status check name of the default branch, classic protection and rulesets together. */
  readonly requiredChecks: Read<readonly string[]>;
  readonly workflows: Read<WorkflowFacts>;
  readonly teams: Read<readonly NamedTeam[]>;
}

const WORKFLOW_MAX_BYTES = 512 * 1024;
const PROFILE_MAX_BYTES = 256 * 1024;

export function githubAdoptionPort(client: GithubClient, repo: RepoRef): AdoptionPort {
  return {
    filesUnder: async (branch, dir, maxBytes) => {
      const tip = await getRef(client, repo, `heads/${branch}`);
      if (tip === undefined) throw new GithubError('E_GITHUB_NOT_FOUND', 'the default branch does not exist', { status: 404 });
      const entries = (await listDirectory(client, repo, tip, dir)) ?? [];
      const files: { path: string; bytes: Uint8Array }[] = [];
      for (const e of entries) {
        if (e.kind !== 'file' || e.size === undefined || e.size > maxBytes) continue;
        files.push({ path: e.path, bytes: (await getBlob(client, repo, e.sha)).bytes });
      }
      return files;
    },
    teamVisible: (org, slug) => isTeamVisible(client, org, slug),
  };
}

export async function readAdoption(
  settings: Pick<DoctorPort, 'branchProtection' | 'branchRules'>,
  port: AdoptionPort,
  t: Pick<DoctorTarget, 'owner' | 'defaultBranch'>,
  codeowners: Read<CodeownersSnapshot>,
): Promise<AdoptionSnapshot> {
  const [requiredChecks, workflows, profiles] = await Promise.all([
    attempt('GET .../branches/{branch}/protection and .../rules/branches/{branch}', async () => {
      const [classic, rules] = await Promise.all([settings.branchProtection(t.defaultBranch), settings.branchRules(t.defaultBranch)]);
      const names = [...(classic.kind === 'protected' ? classic.requiredChecks : []), ...rules.flatMap((r) => r.requiredChecks ?? [])];
      return [...new Set(names)];
    }),
    attempt('the workflows under .github/workflows/ on the default branch', async () => {
      const files = await port.filesUnder(t.defaultBranch, '.github/workflows', WORKFLOW_MAX_BYTES);
      const decoder = new TextDecoder('utf-8', { fatal: true });
      const texts: { path: string; text: string }[] = [];
      const unreadable: string[] = [];
      for (const f of files.filter((x) => /\.ya?ml$/.test(x.path))) {
        try {
          texts.push({ path: f.path, text: decoder.decode(f.bytes) });
        } catch {
          unreadable.push(f.path);
        }
      }
      const facts = describeWorkflows(texts);
      return { jobs: facts.jobs, unreadable: [...unreadable, ...facts.unreadable] };
    }),
    attempt('the profiles under policies/ on the default branch', () => port.filesUnder(t.defaultBranch, 'policies', PROFILE_MAX_BYTES)),
  ]);
  const teams = codeowners.ok ? (profiles.ok ? await visibility(port, namedTeams(t.owner, codeowners.value, profiles.value)) : profiles) : codeowners;
  return { requiredChecks, workflows, teams };
}

function namedTeams(
  owner: string,
  codeowners: CodeownersSnapshot,
  profiles: readonly { path: string; bytes: Uint8Array }[],
): Map<string, { org: string; slug: string; namedIn: Set<string> }> {
  const teams = new Map<string, { org: string; slug: string; namedIn: Set<string> }>();
  const add = (org: string, slug: string, where: string) => {
    const key = `${org}/${slug}`.toLowerCase();
    const team = teams.get(key) ?? { org: org.toLowerCase(), slug: slug.toLowerCase(), namedIn: new Set<string>() };
    team.namedIn.add(where);
    teams.set(key, team);
  };
  const file = codeowners.file;
  if (file?.bytes !== undefined) {
    const parsed = parseCodeowners(file.bytes, file.path);
    for (const rule of parsed.rules) for (const o of rule.owners) if (o.kind === 'team') add(o.org, o.slug, file.path);
  }
  for (const source of profiles) {
    if (classifyPath(source.path).role !== 'profile') continue;
    // A profile that does not load is validate's to report; its teams cannot be known.
    const profile = readProfile(source).profile;
    if (profile === undefined) continue;
    for (const slug of profile.requesters.teams) add(owner, slug, source.path);
    for (const g of profile.approvals.groups) if (g.team !== undefined) add(owner, g.team, source.path);
  }
  return teams;
}

async function visibility(port: AdoptionPort, teams: ReadonlyMap<string, { org: string; slug: string; namedIn: Set<string> }>): Promise<Read<NamedTeam[]>> {
  const out: NamedTeam[] = [];
  for (const t of [...teams.values()].sort((a, b) => `${a.org}/${a.slug}`.localeCompare(`${b.org}/${b.slug}`))) {
    out.push({ org: t.org, slug: t.slug, namedIn: [...t.namedIn].sort(), visible: await port.teamVisible(t.org, t.slug) });
  }
  return { ok: true, value: out };
}
