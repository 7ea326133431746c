import { repoSlug } from '../shared/patterns.js';
import { execFileSync } from 'node:child_process';
import type { ErrorCode } from '../shared/codes/index.js';
import type { Diagnostic } from '../diagnostics.js';
import { sortDiagnostics } from '../diagnostics.js';
import { loadRepoFiles } from '../policy/load-repo.js';
import type { SourceFile } from '../load/source.js';
import type { Decision } from '../policy/decision.js';
import { evaluate } from '../policy/evaluate.js';
import type { PolicySet } from '../policy/types.js';
import type { ProviderCatalog } from '../policy/provider-rules.js';
import type { AccessRequest } from '../request/types.js';
import type { CliIo } from './io.js';

/*
 * The verdict a person can get before opening a pull request: the same
 * loader and the same policy evaluation the PR check runs (src/modes/check/
 * judge.ts calls `evaluate` with the pull request's facts), with the facts a
 * working tree has. Only approvals, and what only GitHub can answer, are left
 * to the check.
 */

/** `owner/name` of a GitHub repository (src/shared/patterns.ts). */
export const REPO_RE = { test: (value: string): boolean => repoSlug(value) !== undefined } as const;

/**
 * Reasons that rest on a fact only GitHub has: whether the requester is an
 * active member of a requester team, and whether a repository is the one
 * holding the requests when that repository is not known here. `plan` shows
 * them as the evaluation gives them; `validate` and `request` report them as
 * warnings, because the PR check looks them up and the requester cannot fix
 * them in the file.
 */
export const NEEDS_GITHUB: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED', 'E_POLICY_CONTROL_REPO_UNKNOWN']);

export interface OfflineFacts {
  readonly now: number;
  /** `owner/name` of the repository holding the requests, when known. */
  readonly controlRepo?: string;
}

/** The policy decision on one request with the facts a working tree has: what `plan` shows. */
export function offlineDecision(request: AccessRequest, policy: PolicySet, facts: OfflineFacts): Decision {
  return evaluate(request, policy, { now: facts.now, ...(facts.controlRepo !== undefined ? { controlRepo: facts.controlRepo } : {}) });
}

/** A decision's reasons as validate reports them: those that need GitHub become warnings. */
export function offlineReasons(decision: Decision): Diagnostic[] {
  return decision.reasons.map((r) => (r.severity === 'error' && NEEDS_GITHUB.has(r.code) ? { ...r, severity: 'warning' as const } : r));
}

export type RequestVerdict = 'allowed' | 'refused' | 'invalid' | 'not-judged';

export interface JudgedRequest {
  readonly path: string;
  readonly id?: string;
  /** invalid: the file does not load; not-judged: the policy does not load, or only the format was checked. */
  readonly verdict: RequestVerdict;
  readonly diagnostics: readonly Diagnostic[];
}

export interface RepoVerdict {
  readonly requests: readonly JudgedRequest[];
  /** Problems of the policy files and of the listing, not owned by one request. */
  readonly other: readonly Diagnostic[];
}

/**
 * Every request of a repository loaded and, unless `formatOnly`, judged
 * against its policies. A reason that points into a profile (an unusable
 * ticket pattern, say) stays with the request it was found for.
 */
export function judgeRepo(
  files: readonly SourceFile[],
  facts: OfflineFacts,
  options: { readonly formatOnly: boolean; readonly providers: ProviderCatalog },
): RepoVerdict {
  const loaded = loadRepoFiles(files, options.providers);
  const policy = loaded.policy;
  const requests = loaded.requests.map(({ path, result }): JudgedRequest => {
    if (!result.ok) return { path, verdict: 'invalid', diagnostics: result.diagnostics };
    const id = result.value.id;
    if (options.formatOnly || !policy.ok) return { path, id, verdict: 'not-judged', diagnostics: [] };
    const diagnostics = offlineReasons(offlineDecision(result.value, policy.value, facts));
    return { path, id, verdict: diagnostics.some((d) => d.severity === 'error') ? 'refused' : 'allowed', diagnostics };
  });
  return { requests, other: policy.ok ? policy.warnings : policy.diagnostics };
}

/** All diagnostics of a verdict, or of the given paths only; sorted, each reported once. */
export function verdictDiagnostics(verdict: RepoVerdict, only?: ReadonlySet<string>): Diagnostic[] {
  const all = [
    ...verdict.requests.filter((r) => only === undefined || only.has(r.path)).flatMap((r) => r.diagnostics),
    ...verdict.other.filter((d) => only === undefined || (d.file !== undefined && only.has(d.file))),
  ];
  const seen = new Set<string>();
  return sortDiagnostics(all).filter((d) => {
    const key = [d.code, d.file, d.line, d.column, d.pointer, d.message, d.severity].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The repository holding the requests: the one given, else `$GITHUB_REPOSITORY`,
 * else the origin remote when it is a GitHub-style URL. Undefined when none
 * is known; a given value that is not owner/name is reported by the caller.
 */
export function controlRepoOf(io: Pick<CliIo, 'cwd' | 'env'>, given: string | undefined): string | undefined {
  return given ?? io.env.GITHUB_REPOSITORY ?? originRepo(io.cwd);
}

function originRepo(cwd: string): string | undefined {
  try {
    const url = execFileSync('git', ['-C', cwd, 'remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const match = /[:/]([A-Za-z0-9-]{1,39})\/([A-Za-z0-9_.-]{1,100}?)(?:\.git)?$/.exec(url);
    // A remote that names no GitHub repository (a local path such as `/work/repo/.`) gives no default.
    const slug = match === null ? undefined : `${match[1]}/${match[2]}`;
    return slug !== undefined && REPO_RE.test(slug) ? slug : undefined;
  } catch {
    return undefined;
  }
}
