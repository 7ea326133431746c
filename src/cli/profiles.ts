import { failed, formatDiagnostic, type Result } from '../diagnostics.js';
import { collectRepoFiles } from '../load/fs.js';
import { classifyPath } from '../load/paths.js';
import { matches } from '../shared/patterns.js';
import { catalog, type CatalogProfile, type CatalogTarget } from './catalog.js';
import { loadPolicySet } from '../policy/load-set.js';
import { activeRegistry } from '../providers/catalog.js';
import type { BundleGrant, PolicySet } from '../policy/types.js';
import { escapeForLog } from '../report/escape.js';
import { parseCommandArgs } from './args.js';
import { EXIT, type CliCommand, type CliIo } from './io.js';

export const profilesCommand: CliCommand = {
  name: 'profiles',
  summary: 'What may be requested: profiles, targets, tables, columns, durations, approvers',
  help: [
    'Usage: grantbook profiles [--requester login] [--json]',
    '',
    'Reads policies/ of the repository in the current directory and prints, per profile:',
    'who may request it, who must approve, the default and maximum duration, the ticket',
    'and reason rules, and per target what may be granted, as its provider lists it (tables',
    'and their columns with sensitive ones marked, teams, repositories with their permissions,',
    'IAM statements, ...), and bundles.',
    '',
    'Options:',
    '  --requester login   only the profiles this person may use (directly, or through a',
    '                      requester team: the pull request check looks membership up)',
    '  --json              print the same as JSON',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, requester: { type: 'string' } });
    if (!parsed.ok || parsed.positionals.length > 0) {
      io.err(`grantbook profiles: ${parsed.ok ? 'takes no positional arguments' : parsed.message}`);
      return EXIT.usage;
    }
    const requester = parsed.values.requester;
    if (requester !== undefined && !matches('login', requester)) {
      io.err('grantbook profiles: --requester must be a GitHub login');
      return EXIT.usage;
    }
    const policy = await readPolicy(io);
    if (!policy.ok) {
      for (const d of policy.diagnostics) io.err(escapeForLog(formatDiagnostic(d)));
      return EXIT.refused;
    }
    const profiles = catalog(policy.value, requester);
    if (parsed.values.json === true) {
      io.out(JSON.stringify({ profiles }, null, 2));
      return EXIT.ok;
    }
    if (profiles.length === 0) {
      io.out(requester === undefined ? 'No profiles under policies/.' : `No profile lets ${requester} request access.`);
      return EXIT.ok;
    }
    io.out(escapeForLog(profiles.map(renderProfile).join('\n\n')));
    return EXIT.ok;
  },
};

/** The working tree's policies/, loaded as every mode loads them. */
export async function readPolicy(io: Pick<CliIo, 'cwd' | 'providers'>): Promise<Result<PolicySet>> {
  const repo = await collectRepoFiles(io.cwd);
  const files = repo.files.filter((f) => f.path.startsWith('policies/') && classifyPath(f.path).role !== 'placeholder');
  const loaded = loadPolicySet(files, io.providers ?? activeRegistry());
  // A link or special file under policies/ is not read: the policy is incomplete, so it does not load.
  const unread = repo.diagnostics.filter((d) => d.file?.startsWith('policies') === true);
  return unread.length > 0 ? failed([...unread, ...(loaded.ok ? [] : loaded.diagnostics)]) : loaded;
}

export function renderProfile(p: CatalogProfile): string {
  const lines = [
    `${p.name}${p.breakGlass ? ' (break-glass: a follow-up review issue is opened for every grant)' : ''}${p.description !== undefined ? ` — ${p.description}` : ''}`,
  ];
  if (p.access === 'team') lines.push(`  you: only through team membership (${p.requesters.teams.join(', ')}); the pull request check looks it up`);
  const who = [
    ...(p.requesters.users.length > 0 ? [`users ${p.requesters.users.join(', ')}`] : []),
    ...(p.requesters.teams.length > 0 ? [`teams ${p.requesters.teams.join(', ')}`] : []),
  ];
  lines.push(`  who may request: ${who.join('; ')}`);
  const groups = p.approvals.groups.map((g) => `${g.min} from ${g.team !== undefined ? `team ${g.team}` : `one of ${g.users.join(', ')}`}`);
  lines.push(`  approvals: ${p.approvals.min} code owner(s) of the request file${groups.length > 0 ? `, including ${groups.join(' and ')}` : ''}`);
  lines.push(`  duration: ${p.duration.default !== undefined ? `default ${p.duration.default}, ` : 'no default (give one), '}at most ${p.duration.max}`);
  lines.push(`  ticket: ${p.ticket.required ? 'required' : 'optional'}${p.ticket.pattern !== undefined ? `, matching ${p.ticket.pattern}` : ''}`);
  lines.push(`  reason: ${p.reason.required ? 'required' : 'optional'}, ${p.reason.minLength}-${p.reason.maxLength} characters`);
  lines.push(`  at most ${p.maxGrants} grant(s) per request; sensitive columns are ${p.sensitiveColumns === 'refuse' ? 'refused' : 'flagged to reviewers'}`);
  for (const t of p.targets) lines.push(...renderTarget(t));
  return lines.join('\n');
}

function renderTarget(t: CatalogTarget): string[] {
  const lines = [`  ${t.target} (${t.provider ?? 'unknown provider'})${t.description !== undefined ? ` — ${t.description}` : ''}`];
  for (const line of t.lines) lines.push(`    ${line}`);
  for (const offer of t.offers) for (const line of offer.lines) lines.push(`    ${line}`);
  for (const b of t.bundles) lines.push(`    bundle ${b.name}: ${b.grants.map(bundleGrantText).join('; ')}`);
  return lines;
}

export function bundleGrantText(g: BundleGrant): string {
  const r = g.raw;
  const text = (key: string): string => (typeof r[key] === 'string' ? r[key] : '');
  const list = (key: string): string[] | undefined => (Array.isArray(r[key]) ? r[key].map(String) : undefined);
  if (Object.hasOwn(r, 'table')) {
    const columns = list('columns');
    return `${(list('privileges') ?? []).join(', ')} on ${text('table')}${columns !== undefined ? ` (${columns.join(', ')})` : ' (whole table)'}`;
  }
  if (Object.hasOwn(r, 'team')) return `team ${text('team')} (${text('role')})`;
  if (Object.hasOwn(r, 'repo')) return `repository ${text('repo')} (${text('permission')})`;
  return Object.keys(r).sort().join(', ');
}
