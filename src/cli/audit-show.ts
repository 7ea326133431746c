import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { requestLedgerDir } from '../ledger/index.js';
import { matches } from '../shared/patterns.js';
import { renderStory, type RepoLinks } from '../report/audit-story.js';
import { escapeForLog } from '../report/escape.js';
import { parseCommandArgs } from './args.js';
import { EXIT, type CliIo } from './io.js';

const run = promisify(execFile);
const REPO = /^([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})$/;
/** https://host/owner/name(.git), git@host:owner/name(.git), ssh://git@host/owner/name(.git). */
const REMOTE =
  /^(?:https:\/\/(?:[^@/]+@)?([A-Za-z0-9.-]+)\/|git@([A-Za-z0-9.-]+):|ssh:\/\/git@([A-Za-z0-9.-]+)(?::\d+)?\/)([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100}?)(?:\.git)?\/?$/;

export const AUDIT_SHOW_USAGE = 'grantbook audit show <request> [--repo owner/name] [--json]';

/**
 * `grantbook audit show <request>`: one request's whole story from audit/ in
 * the working tree. Links need the access repository: `--repo`, else the
 * `origin` remote when it is a GitHub URL, else the story has SHAs only.
 * Exits 1 when the chain does not verify (the story is still printed, marked).
 */
export async function auditShow(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, repo: { type: 'string' } });
  const request = parsed.ok ? parsed.positionals[0] : undefined;
  if (!parsed.ok || parsed.positionals.length !== 1 || request === undefined) {
    io.err(`grantbook audit: usage: ${AUDIT_SHOW_USAGE}`);
    return EXIT.usage;
  }
  if (!matches('requestId', request)) {
    io.err('grantbook audit: the request id is not a valid request id (lowercase letters, digits and hyphens)');
    return EXIT.usage;
  }
  let links: RepoLinks | undefined;
  if (parsed.values.repo !== undefined) {
    const m = REPO.exec(parsed.values.repo);
    if (m === null) {
      io.err('grantbook audit: --repo must be owner/name');
      return EXIT.usage;
    }
    links = { server: io.env.GITHUB_SERVER_URL ?? 'https://github.com', owner: m[1] ?? '', repo: m[2] ?? '' };
  } else {
    links = await fromOrigin(io);
  }
  // Streamed: only this request's events are kept.
  const chain = await requestLedgerDir(io.cwd, request);
  const mine = chain.events;
  if (parsed.values.json === true) {
    io.out(JSON.stringify({ ok: chain.ok, request, events: mine }, null, 2));
  } else {
    if (!chain.ok)
      io.err(
        `warning: the ledger's hash chain does not verify (${chain.problems[0]?.code ?? 'unknown'}); run \`grantbook audit verify\`. The story below is what could be read.`,
      );
    io.out(escapeForLog(renderStory(request, mine, links).trimEnd()));
  }
  if (mine.length === 0) return EXIT.refused;
  return chain.ok ? EXIT.ok : EXIT.refused;
}

/** The `origin` remote, when it names a GitHub-like host; undefined otherwise (never an error). */
export async function fromOrigin(io: Pick<CliIo, 'cwd' | 'env'>): Promise<RepoLinks | undefined> {
  try {
    const { stdout } = await run('git', ['-C', io.cwd, 'remote', 'get-url', 'origin'], { timeout: 5000 });
    return parseRemote(stdout.trim(), io.env.GITHUB_SERVER_URL);
  } catch {
    return undefined;
  }
}

export function parseRemote(url: string, server?: string): RepoLinks | undefined {
  const m = REMOTE.exec(url);
  if (m === null) return undefined;
  const host = m[1] ?? m[2] ?? m[3] ?? 'github.com';
  return { server: server ?? `https://${host}`, owner: m[4] ?? '', repo: m[5] ?? '' };
}
