import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../diagnostics.js';
import { validateRepo } from '../load/fs.js';
import { escapeForLog } from '../report/escape.js';
import { parseCommandArgs } from './args.js';
import { EXIT, type CliCommand } from './io.js';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check request, profile, target and identity files',
  help: [
    'Usage: grantbook validate [paths...] [--json]',
    '',
    'Checks every file under access-requests/ and policies/ of the repository in the',
    'current directory: encoding, YAML strictness, schemas and the rules that span files.',
    'With paths, reports only those files (still checked against the rest of the repository).',
    '',
    'Prints one line per problem: file:line:col CODE message — fix: ...',
    'Exits 1 when any error is found. Codes are listed by `grantbook codes`.',
    '',
    'Options:',
    '  --json    print {"ok": boolean, "diagnostics": [...]} instead',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
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
    let diagnostics: Diagnostic[] = await validateRepo(root);
    if (wanted.length > 0) {
      const set = new Set(wanted);
      diagnostics = diagnostics.filter((d) => d.file !== undefined && set.has(d.file));
    }
    const failed = hasErrors(diagnostics);
    if (parsed.values.json === true) {
      io.out(JSON.stringify({ ok: !failed, diagnostics }, null, 2));
    } else {
      for (const d of diagnostics) io.out(escapeForLog(`${formatDiagnostic(d)}${d.severity === 'warning' ? ' (warning)' : ''}`));
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      io.err(failed ? `${errors} error(s)` : 'ok: every request and policy file is valid');
    }
    return failed ? EXIT.refused : EXIT.ok;
  },
};

/** A command-line path as a repository-relative `/` path, or undefined when it leaves the repository. */
export function toRepoPath(root: string, given: string): string | undefined {
  const relative = path.relative(root, path.resolve(root, given));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
