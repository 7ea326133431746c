import type { Diagnostic } from '../../diagnostics.js';
import type { Reporter } from '../../load/report.js';
import { sameName } from '../../policy/rules/reasons.js';
import { assertNever } from '../../shared/never.js';
import type { RawObject } from '../../shared/provider-shapes.js';
import type { ProviderDescriptor } from '../descriptor.js';
import { githubPlanner } from './plan.js';
import { checkRepoGrant, checkTeamGrant } from './rules.js';
import { GITHUB_ALLOW_KEYS, GITHUB_DEFS, GITHUB_TARGET_SCHEMA, REPO_GRANT_SCHEMA, REPO_SPEC_SCHEMA, TEAM_GRANT_SCHEMA, TEAM_SPEC_SCHEMA } from './schema.js';
import type { GithubGrant, GithubRule, GithubSpec, GithubTarget } from './types.js';
import { GITHUB_REPO_PERMISSIONS } from './vocabulary.js';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A rule on its own: repositories listed once (GitHub names compare case-insensitively). */
function allowCheck(rule: RawObject, at: string, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const repoNames = new Set<string>();
  readRepos(rule['repos']).forEach((repo, i) => {
    const key = repo.name.toLowerCase();
    if (repoNames.has(key)) out.push(report('E_PROFILE_DUPLICATE_ENTRY', `Repository ${repo.name} is listed twice.`, `${at}/repos/${i}/name`));
    repoNames.add(key);
  });
  return out;
}

/** A rule against its target: teams and/or repositories only, none the target protects. */
function allowTargetCheck(rule: RawObject, target: GithubTarget, at: string, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const foreign = Object.keys(rule).filter((k) => k !== 'target' && k !== 'teams' && k !== 'repos');
  if (foreign.length > 0 || (rule['teams'] === undefined && rule['repos'] === undefined)) {
    out.push(
      report('E_PROFILE_ALLOW_PROVIDER', `Target ${target.name} is a github target: its rule needs teams and/or repos, and no privileges or tables.`, at),
    );
  }
  const protectedTeams = new Set(target.protectedTeams.map((t) => t.toLowerCase()));
  strings(rule['teams']).forEach((team, i) => {
    if (protectedTeams.has(team.toLowerCase()))
      out.push(report('E_PROFILE_ALLOWS_PROTECTED', `Team ${team} is protected on ${target.name}.`, `${at}/teams/${i}`));
  });
  const protectedRepos = new Set(target.protectedRepos.map((r) => r.toLowerCase()));
  readRepos(rule['repos']).forEach((repo, i) => {
    if (protectedRepos.has(repo.name.toLowerCase())) {
      out.push(report('E_PROFILE_ALLOWS_PROTECTED', `Repository ${repo.name} is protected on ${target.name}.`, `${at}/repos/${i}/name`));
    }
  });
  return out;
}

function readRepos(value: unknown): GithubRule['repos'] {
  if (!Array.isArray(value)) return [];
  return value.map((r: unknown) => {
    const o = (typeof r === 'object' && r !== null ? r : {}) as RawObject;
    return { name: text(o['name']), permissions: strings(o['permissions']) };
  });
}

function misfits(grant: GithubGrant, rule: GithubRule): string[] {
  switch (grant.kind) {
    case 'team':
      return rule.teams.includes(grant.team) ? [] : [`team ${grant.team} is not allowed`];
    case 'repo': {
      const repo = rule.repos.find((r) => r.name.toLowerCase() === grant.repo.toLowerCase());
      if (repo === undefined) return [`repository ${grant.repo} is not allowed`];
      return repo.permissions.includes(grant.permission) ? [] : [`permission ${grant.permission} on ${grant.repo} is not allowed`];
    }
    default:
      return assertNever(grant, 'grant kind');
  }
}

/** GitHub: team memberships and repository collaborator permissions in one organisation. */
export const githubDescriptor: ProviderDescriptor<GithubTarget, GithubSpec, GithubRule, GithubGrant> = {
  id: 'github',
  title: 'GitHub',
  schema: { target: GITHUB_TARGET_SCHEMA, allowKeys: GITHUB_ALLOW_KEYS, defs: GITHUB_DEFS },
  kinds: [
    {
      name: 'team',
      requestSchema: TEAM_GRANT_SCHEMA,
      bundleSchema: TEAM_SPEC_SCHEMA,
      read: (raw) => ({ kind: 'team', team: text(raw['team']), role: text(raw['role']) }),
    },
    {
      name: 'repo',
      requestSchema: REPO_GRANT_SCHEMA,
      bundleSchema: REPO_SPEC_SCHEMA,
      read: (raw) => ({ kind: 'repo', repo: text(raw['repo']), permission: text(raw['permission']) }),
    },
  ],
  // A team or a repository's collaborators are shared: another live grant may hold the same membership.
  traits: { sharedObjects: true, recordsHeld: true, providerExpiry: false },

  target: (name, raw) => ({
    name,
    provider: 'github',
    ...(typeof raw['description'] === 'string' ? { description: raw['description'] } : {}),
    org: text(raw['org']),
    tokenEnv: text(raw['token_env']),
    protectedTeams: strings(raw['protected_teams']),
    protectedRepos: strings(raw['protected_repos']),
  }),
  credential: (target) => ({ field: 'token_env', env: target.tokenEnv }),
  principal: {
    pattern: 'login',
    caseInsensitive: true,
    words: { format: 'a GitHub login', missing: 'GitHub login' },
    declaredProtected: () => false,
    protectedReason: () => undefined,
  },
  allow: {
    keys: ['teams', 'repos'],
    check: allowCheck,
    checkTarget: allowTargetCheck,
    read: (rule) => ({ target: text(rule['target']), teams: strings(rule['teams']), repos: readRepos(rule['repos']) }),
    checkBundleGrant(grant, rule, where) {
      const problems = misfits(grant, rule);
      return problems.map((problem) =>
        where.report('E_PROFILE_BUNDLE_NOT_ALLOWED', `${where.label}: ${problem} by the allow rule for ${where.target}.`, where.at),
      );
    },
  },

  checkGrant(grant, ctx) {
    switch (grant.kind) {
      case 'team': {
        const spec = checkTeamGrant(grant, ctx);
        return spec === undefined ? {} : { spec };
      }
      case 'repo': {
        const spec = checkRepoGrant(grant, ctx);
        return spec === undefined ? {} : { spec };
      }
      default:
        return assertNever(grant, 'grant kind');
    }
  },
  duplicate(grant) {
    switch (grant.kind) {
      case 'team':
        return { key: JSON.stringify(['team', grant.team.toLowerCase()]), text: `team "${grant.team}"` };
      case 'repo':
        return { key: JSON.stringify(['repo', grant.repo.toLowerCase()]), text: `repository "${grant.repo}"` };
      default:
        return assertNever(grant, 'grant kind');
    }
  },
  offers(rule) {
    const teams = strings(rule['teams']).map((team) => ({
      kind: 'team',
      name: team,
      label: `team ${team}`,
      note: 'membership',
      lines: [`team ${team}: membership`],
      grant: { team, role: 'member' },
      fields: [],
    }));
    const repos = readRepos(rule['repos']).map((r) => ({
      kind: 'repo',
      name: r.name,
      label: `repository ${r.name}`,
      note: r.permissions.join(', '),
      lines: [`repository ${r.name}: ${r.permissions.join(', ')}`],
      grant: { repo: r.name, permission: null },
      fields: [{ path: ['permission'], label: `Permission on ${r.name}`, many: false, choices: r.permissions.map((p) => ({ value: p })) }],
    }));
    return { lines: [], offers: [...teams, ...repos] };
  },
  footprint(target, spec) {
    const base = { target, kind: spec.kind, sensitive: [], hasSensitive: false, notes: [] };
    switch (spec.kind) {
      case 'team':
        return { ...base, line: [{ text: 'team membership ' }, { code: spec.team }] };
      case 'repo':
        return { ...base, line: [{ text: 'repository ' }, { code: spec.repo }, { text: `: ${spec.permission}` }] };
      default:
        return assertNever(spec, 'grant kind');
    }
  },

  ledger: {
    validate(s, kind, at, kit) {
      if (kind === 'team') {
        const members = kit.checkKeys(s, ['kind', 'org', 'role', 'team'], at);
        kit.patterned(s['org'], at, 'org', 'login');
        if (s['role'] !== 'member') kit.fail(`${at}/role`, 'is not member');
        kit.patterned(s['team'], at, 'team', 'teamSlug');
        return members;
      }
      if (kind === 'repo') {
        const members = kit.checkKeys(s, ['kind', 'owner', 'permission', 'repo'], at);
        kit.patterned(s['owner'], at, 'owner', 'login');
        kit.oneOf(s['permission'], at, 'permission', GITHUB_REPO_PERMISSIONS);
        kit.patterned(s['repo'], at, 'repo', 'repoName');
        return members;
      }
      return kit.fail(`${at}/kind`, 'does not belong to the provider');
    },
  },
  describe(spec, principal, target) {
    switch (spec.kind) {
      case 'team':
        return `${target}: ${principal} member of ${spec.org}/${spec.team}`;
      case 'repo':
        return `${target}: ${principal} ${spec.permission} on ${spec.owner}/${spec.repo}`;
      default:
        return assertNever(spec, 'grant kind');
    }
  },

  audit: {
    describe(spec, principal, target) {
      switch (spec.kind) {
        case 'team':
          return `${target}: ${principal} ${spec.role} of ${spec.org}/${spec.team}`;
        case 'repo':
          return `${target}: ${principal} ${spec.permission} on ${spec.owner}/${spec.repo}`;
        default:
          return assertNever(spec, 'grant kind');
      }
    },
    covers(spec) {
      switch (spec.kind) {
        case 'team':
          return { team: `${spec.org}/${spec.team} (${spec.role})` };
        case 'repo':
          return { repository: `${spec.owner}/${spec.repo} (${spec.permission})` };
        default:
          return assertNever(spec, 'grant kind');
      }
    },
  },

  resource(spec) {
    switch (spec.kind) {
      case 'team':
        return ['team', spec.org.toLowerCase(), spec.team.toLowerCase()].join('\u0000');
      case 'repo':
        return ['repo', spec.owner.toLowerCase(), spec.repo.toLowerCase()].join('\u0000');
      default:
        return assertNever(spec, 'grant kind');
    }
  },

  planner: githubPlanner,
  async connect(target, secret, deps) {
    if (deps.githubAccess === undefined) throw new Error('github targets need the GitHub port (ConnectDeps.githubAccess)');
    const { createGithubProvider } = await import('./provider.js');
    return createGithubProvider(target, deps.githubAccess(secret, target));
  },
};

/** For tests of the rules alone: whether two names are the same GitHub name. */
export { sameName };
