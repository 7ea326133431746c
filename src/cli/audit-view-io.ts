import { repoSlug } from '../shared/patterns.js';
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { githubFollowUps } from '../audit/break-glass-reviews.js';
import { checkoutLedger, describeBreak, type ChainVerdict, type LedgerSource } from '../audit-view/ledger-stream.js';
import { exportLinks, type ExportLinks } from '../audit-view/links.js';
import { PendingFile, type TextSink } from '../audit-view/output.js';
import type { FollowUpLookup } from '../audit-view/report-model.js';
import { diagnostic, formatDiagnostic, UserError, type Diagnostic } from '../diagnostics.js';
import { createGithubClient } from '../github/index.js';
import { LEDGER_DIR } from '../ledger/index.js';
import { pathInside } from '../load/paths.js';
import { apiBaseUrl } from '../modes/api-url.js';
import { escapeForLog } from '../report/escape.js';
import { fromOrigin } from './audit-show.js';
import { EXIT, type CliIo } from './io.js';

const run = promisify(execFile);

/** The access repository for links: `--repo`, else the origin remote; the ledger is linked at the checkout's HEAD. */
export async function repositoryOf(repoFlag: string | undefined, io: CliIo): Promise<{ links?: ExportLinks; name?: string; ref?: string } | string> {
  const ref = await headCommit(io.cwd);
  let owner: string;
  let repo: string;
  let server = io.env.GITHUB_SERVER_URL ?? 'https://github.com';
  if (repoFlag !== undefined) {
    const slug = repoSlug(repoFlag);
    if (slug === undefined) return '--repo must be owner/name';
    owner = slug.owner;
    repo = slug.repo;
  } else {
    const origin = await fromOrigin(io);
    if (origin === undefined) return ref === undefined ? {} : { ref };
    ({ owner, repo, server } = origin);
  }
  const links = exportLinks(server, owner, repo, ref);
  if (links === undefined) return 'GITHUB_SERVER_URL must be an http(s) URL of a GitHub server (e.g. https://github.com)';
  return { links, name: `${owner}/${repo}`, ...(ref !== undefined ? { ref } : {}) };
}

async function headCommit(cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', cwd, 'rev-parse', '--verify', 'HEAD^{commit}'], { timeout: 5000 });
    const sha = stdout.trim();
    return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** The output path, inside or outside the checkout but never under audit/, where a stray file would break the chain. */
export function outputPath(cwd: string, out: string, extension?: string): { ok: true; path: string } | { ok: false; problem: Diagnostic } {
  const absolute = path.resolve(cwd, out);
  const ledger = path.join(cwd, LEDGER_DIR);
  // Also with symbolic links resolved: a link to audit/ (or a checkout reached through one) must not lead the file there.
  if (
    pathInside(ledger, absolute) !== undefined ||
    pathInside(realOr(ledger), path.join(realOr(path.dirname(absolute)), path.basename(absolute))) !== undefined
  ) {
    return {
      ok: false,
      problem: diagnostic('E_AUDIT_OUTPUT_INVALID', `--out is inside ${LEDGER_DIR}/, which holds only ledger files`, { pointer: '/options/out' }),
    };
  }
  if (extension !== undefined && !absolute.toLowerCase().endsWith(extension)) {
    return { ok: false, problem: diagnostic('E_AUDIT_OUTPUT_INVALID', `--out must name a ${extension} file`, { pointer: '/options/out' }) };
  }
  return { ok: true, path: absolute };
}

/** The path with its symbolic links resolved; as given when it does not exist (then nothing can be written through it). */
function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Runs a view into `target` (or stdout) and keeps the output only when the
 * chain verified: the file appears under its name at the end, or not at all.
 */
export async function writeVerified(
  command: string,
  target: string | undefined,
  io: CliIo,
  produce: (sink: TextSink) => Promise<{ readonly verdict: ChainVerdict }>,
): Promise<{ code: number; verdict?: ChainVerdict }> {
  let file: PendingFile;
  try {
    file = target === undefined ? PendingFile.spool() : new PendingFile(target);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? 'an error';
    io.err(
      escapeForLog(
        `grantbook ${command}: ${formatDiagnostic(diagnostic('E_AUDIT_OUTPUT_INVALID', `the output file cannot be created (${why}); does its directory exist?`, { pointer: '/options/out' }))}`,
      ),
    );
    return { code: EXIT.usage };
  }
  let verdict: ChainVerdict;
  try {
    ({ verdict } = await produce(file));
  } catch (error) {
    file.abort();
    throw error;
  }
  if (!verdict.ok) {
    file.abort();
    const first = verdict.firstBroken;
    const where = first === undefined ? {} : { file: first.file, position: { line: first.line, column: 1 } };
    const problem = diagnostic(
      'E_AUDIT_CHAIN_BROKEN',
      `the ledger's hash chain does not verify; first broken place: ${describeBreak(verdict)}. Nothing was written`,
      where,
    );
    io.err(escapeForLog(`grantbook ${command}: ${formatDiagnostic(problem)}`));
    return { code: EXIT.refused, verdict };
  }
  if (target === undefined) file.drainTo((text) => io.out(text));
  else {
    try {
      file.commit();
    } catch (error) {
      // The target cannot take the file (a directory, no permission): commit left nothing behind, and the fix is the user's.
      const why = (error as NodeJS.ErrnoException).code;
      if (why === undefined) throw error;
      io.err(
        escapeForLog(
          `grantbook ${command}: ${formatDiagnostic(diagnostic('E_AUDIT_OUTPUT_INVALID', `the output file cannot be put in place (${why}); ${why === 'EISDIR' ? '--out names a directory: name a file' : '--out must name a file this user may write'}`, { pointer: '/options/out' }))}`,
        ),
      );
      return { code: EXIT.usage, verdict };
    }
  }
  return { code: EXIT.ok, verdict };
}

/**
 * The checkout's ledger as the views read it: the chain verified on the
 * verify thread when the CLI has one, unless the commands run with
 * providers of their own (the thread knows those the build ships, and the
 * views must hold grants to what `audit verify` holds them to).
 */
export function viewedLedger(io: CliIo): LedgerSource {
  return checkoutLedger(io.cwd, io.verifyThread !== undefined && io.providers === undefined ? { verifyThread: io.verifyThread } : {});
}

export function usageProblem(command: string, problem: Diagnostic, io: CliIo): number {
  io.err(escapeForLog(`grantbook ${command}: ${formatDiagnostic(problem)}`));
  return EXIT.usage;
}

/**
 * Break-glass follow-up reviews are looked up on GitHub when the repository
 * is named with --repo and a token is in GITHUB_TOKEN or GH_TOKEN (read
 * access to issues); otherwise the report says they were not. A string is
 * the reason they are not looked up.
 */
export function followUpLookup(repoFlag: string | undefined, env: NodeJS.ProcessEnv): FollowUpLookup | string {
  const slug = repoFlag === undefined ? undefined : repoSlug(repoFlag);
  if (slug === undefined) return 'no --repo';
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
  if (token.trim() === '') return 'no token in GITHUB_TOKEN or GH_TOKEN';
  let baseUrl: string;
  try {
    baseUrl = apiBaseUrl(env);
  } catch (error) {
    return error instanceof UserError ? error.message : 'GITHUB_API_URL is not usable';
  }
  return githubFollowUps(createGithubClient({ token, baseUrl }), slug);
}
