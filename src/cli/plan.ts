import { formatDiagnostic } from '../diagnostics.js';
import { collectRepoFiles, readRepoFile } from '../load/fs.js';
import { classifyPath } from '../load/paths.js';
import { planRequest } from '../plan/request-plan.js';
import { loadPolicySet } from '../policy/load-set.js';
import { activeRegistry } from '../providers/catalog.js';
import { plannerOf } from '../providers/planners.js';
import { renderPlanText } from '../report/plan-text.js';
import { escapeForLog } from '../report/escape.js';
import { parseRequestFile } from '../request/parse.js';
import { parseCommandArgs } from './args.js';
import { withCounts } from './plan-count.js';
import { EXIT, type CliCommand } from './io.js';
import { toRepoPath } from './validate.js';
import { controlRepoOf, offlineDecision, REPO_RE } from './verdict.js';

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'Show the decision, footprint and exact operations for one request',
  help: [
    'Usage: grantbook plan <request-file> [--repo owner/name] [--count] [--json]',
    '',
    'Evaluates one request against the policies of the repository in the current',
    'directory and prints: the decision with every reason, who must approve, the expiry',
    'window it would get if applied now, the data footprint (columns, sensitive ones,',
    'a narrower grant when one would do) and the exact grant and revoke operations.',
    '',
    'Offline, team memberships cannot be looked up: a requester allowed only through a',
    'team is reported as unverified (the PR check looks it up).',
    '',
    'Options:',
    '  --repo owner/name   the repository holding the requests (protects it from being',
    '                      granted); default: $GITHUB_REPOSITORY, then the origin remote',
    "  --count             count the rows each row filter admits, with the target's",
    '                      credentials from the environment variable policies/targets.yaml',
    '                      names (an estimate, or count(*) where the profile allows it);',
    '                      the check on the pull request has no credentials and says',
    '                      "estimated at apply"',
    '  --json              print {"decision": ..., "plans": [...]} instead',
    '',
    'Exits 0 when the policy allows the request, 1 when it refuses it.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, repo: { type: 'string' }, count: { type: 'boolean' } });
    if (!parsed.ok || parsed.positionals.length !== 1) {
      io.err(`grantbook plan: ${parsed.ok ? 'give exactly one request file' : parsed.message}`);
      return EXIT.usage;
    }
    const repoPath = toRepoPath(io.cwd, parsed.positionals[0] ?? '');
    if (repoPath === undefined) {
      io.err('grantbook plan: the request file must be inside the repository in the current directory');
      return EXIT.usage;
    }
    const controlRepo = controlRepoOf(io, parsed.values.repo);
    if (controlRepo !== undefined && !REPO_RE.test(controlRepo)) {
      io.err('grantbook plan: --repo must be owner/name');
      return EXIT.usage;
    }

    const read = await readRepoFile(io.cwd, repoPath);
    const request = read.ok ? parseRequestFile(read.value) : read;
    const repoFiles = await collectRepoFiles(io.cwd);
    const providers = io.providers ?? activeRegistry();
    const policy = loadPolicySet(
      repoFiles.files.filter((f) => classifyPath(f.path).role !== 'request' && f.path.startsWith('policies/')),
      providers,
    );
    if (!request.ok || !policy.ok) {
      for (const d of [...(request.ok ? [] : request.diagnostics), ...(policy.ok ? [] : policy.diagnostics)]) {
        io.err(escapeForLog(formatDiagnostic(d)));
      }
      return EXIT.refused;
    }
    const evaluated = offlineDecision(request.value, policy.value, { now: io.clock.now(), ...(controlRepo !== undefined ? { controlRepo } : {}) });
    const plans = planRequest(evaluated, policy.value, plannerOf(providers));
    const decision = parsed.values.count === true ? await withCounts(evaluated, plans, io.env, providers) : evaluated;
    if (parsed.values.json === true) io.out(JSON.stringify({ decision, plans }, null, 2));
    else io.out(renderPlanText(decision, plans));
    return decision.outcome === 'allowed' ? EXIT.ok : EXIT.refused;
  },
};
