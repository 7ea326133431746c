import { activeRegistry } from '../providers/catalog.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, hasErrors } from '../diagnostics.js';
import { collectRepoFiles } from '../load/fs.js';
import { pathInside } from '../load/paths.js';
import { escapeForLog } from '../report/escape.js';
import { parseCommandArgs } from './args.js';
import { EXIT, type CliCommand } from './io.js';
import { controlRepoOf, judgeRepo, REPO_RE, verdictDiagnostics } from './verdict.js';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check request, profile, target and identity files, and judge every request',
  help: [
    'Usage: grantbook validate [paths...] [--repo owner/name] [--format-only] [--json]',
    '',
    'Checks every file under access-requests/ and policies/ of the repository in the',
    'current directory: encoding, YAML strictness, schemas, the rules that span files,',
    'no credentials and no hidden characters in any text, and then judges every request',
    'against the policies exactly as `grantbook plan` and the pull request check do, with',
    'the same codes, positions and fixes. Only approvals are left to the pull request.',
    'With paths, reports only those files (still checked against the rest of the repository).',
    '',
    'What only GitHub can answer (team membership of the requester; whether a repository',
    'is the one holding the requests, when that is not known here) is reported as a',
    'warning: the pull request check looks it up.',
    '',
    'Prints one line per problem: file:line:col CODE message — fix: ...',
    'Exits 1 when any error is found. Codes are listed by `grantbook codes`.',
    '',
    'Options:',
    '  --repo owner/name   the repository holding the requests (protects it from being',
    '                      granted); default: $GITHUB_REPOSITORY, then the origin remote',
    '  --format-only       check the files only, without judging requests against policy',
    '  --json              print {"ok": boolean, "diagnostics": [...], "requests": [...]} instead',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, 'format-only': { type: 'boolean' }, repo: { type: 'string' } });
    if (!parsed.ok) {
      io.err(`grantbook validate: ${parsed.message}`);
      return EXIT.usage;
    }
    const root = io.cwd;
    const wanted = parsed.positionals.map((p) => toRepoPath(root, p));
    if (wanted.some((p) => p === undefined)) {
      io.err('grantbook validate: paths must be inside the repository in the current directory');
      return EXIT.usage;
    }
    const absent = wanted.filter((p) => p !== undefined && !existsSync(path.join(root, p)));
    if (absent.length > 0) {
      io.err(`grantbook validate: no such file: ${absent.join(', ')}`);
      return EXIT.usage;
    }
    const formatOnly = parsed.values['format-only'] === true;
    const controlRepo = formatOnly ? undefined : controlRepoOf(io, parsed.values.repo);
    if (controlRepo !== undefined && !REPO_RE.test(controlRepo)) {
      io.err('grantbook validate: --repo must be owner/name');
      return EXIT.usage;
    }

    const collected = await collectRepoFiles(root);
    const verdict = judgeRepo(
      collected.files,
      { now: io.clock.now(), ...(controlRepo !== undefined ? { controlRepo } : {}) },
      { formatOnly, providers: io.providers ?? activeRegistry() },
    );
    const only = wanted.length > 0 ? new Set(wanted.filter((p) => p !== undefined)) : undefined;
    const diagnostics = verdictDiagnostics({ ...verdict, other: [...collected.diagnostics, ...verdict.other] }, only);
    const requests = verdict.requests.filter((r) => only === undefined || only.has(r.path));
    const failed = hasErrors(diagnostics);
    if (parsed.values.json === true) {
      const summary = requests.map((r) => ({ path: r.path, ...(r.id !== undefined ? { id: r.id } : {}), verdict: r.verdict }));
      io.out(JSON.stringify({ ok: !failed, diagnostics, requests: summary }, null, 2));
    } else {
      for (const d of diagnostics) io.out(escapeForLog(`${formatDiagnostic(d)}${d.severity === 'warning' ? ' (warning)' : ''}`));
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const judged = formatOnly
        ? 'every request and policy file is valid'
        : 'every file is valid and every request is allowed by policy (approvals are judged on the pull request)';
      io.err(failed ? `${errors} error(s)` : `ok: ${judged}`);
    }
    return failed ? EXIT.refused : EXIT.ok;
  },
};

/** A command-line path as a repository-relative `/` path, or undefined when it leaves the repository. */
export function toRepoPath(root: string, given: string): string | undefined {
  const relative = pathInside(root, path.resolve(root, given));
  if (relative === undefined || relative === '') return undefined;
  return relative.split(path.sep).join('/');
}
