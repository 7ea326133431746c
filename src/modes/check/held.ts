import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import { REGULAR_FILE_MODES, type LocalRepo } from '../../git/local-repo.js';
import { fold, readChain, type LedgerReader } from '../../ledger/index.js';
import type { TargetPlan } from '../../plan/request-plan.js';
import { GithubError } from '../../github/index.js';
import type { Logger } from '../../logger.js';
import type { GrantSpec } from '../../policy/decision.js';
import type { GithubReads } from '../../providers/contract.js';
import { planFor } from '../../providers/planners.js';
import { grantText } from '../../report/grant-text.js';
import { heldByLiveGrants, preexisting } from '../held.js';
import { safePath } from './changes.js';

/** What the check can see with its own token, and the ledger it trusts. */
export interface HeldSight {
  /** GitHub reads through the check's token, unwrapped: any that fails is taken as "not seen" here. */
  readonly github: GithubReads;
  /** What live Grantbook grants hold, from the ledger at the base commit; undefined when it cannot be read. */
  readonly ours: () => Promise<ReadonlySet<string> | undefined>;
  readonly logger: Pick<Logger, 'debug' | 'warning'>;
}

/**
 * Notes for reviewers (E_GRANT_ALREADY_HELD, a warning, never a refusal):
 * parts of the request the person already holds, as far as the check's
 * token can see, and not through a live Grantbook grant: merging grants
 * nothing for them and revocation leaves them in place. What the token
 * cannot see, and any part a live grant holds (an extension, an overlapping
 * request), gets no note: the check says nothing rather than guess. Apply
 * reads the provider again with its own credential and decides.
 *
 * Being advisory, a note never fails the check: a read that fails, for any
 * reason, is "not seen" (a failed read can only take a note away, never add
 * one), and anything else that throws costs that target its notes alone.
 */
export async function heldNotes(path: string, plans: readonly TargetPlan[], sight: HeldSight): Promise<Diagnostic[]> {
  const github = unseenOnFailure(sight.github, sight.logger);
  const notes: Diagnostic[] = [];
  for (const { targetGrant } of plans) {
    const planner = planFor(targetGrant.target);
    if (planner.seenHeld === undefined) continue;
    const name = targetGrant.target.name;
    let seen: readonly GrantSpec[];
    let ours: ReadonlySet<string> | undefined;
    try {
      seen = await planner.seenHeld(targetGrant, github);
      if (seen.length === 0) continue;
      ours = await sight.ours();
    } catch (error) {
      sight.logger.warning(`No already-held note for target ${name}: ${failure(error)}`);
      continue;
    }
    // Nothing can be told apart from a live grant's access: no note for this target, the others stand.
    if (ours === undefined) continue;
    for (const spec of preexisting(seen, targetGrant.target, targetGrant.principal, ours)) {
      const what = grantText({ target: name, provider: targetGrant.target.provider, principal: targetGrant.principal, spec });
      notes.push(
        diagnostic(
          'E_GRANT_ALREADY_HELD',
          `already held, not through a live Grantbook grant: ${what}. Merging grants nothing for it, and revocation leaves it in place`,
          { file: safePath(path) },
          'warning',
        ),
      );
    }
  }
  return notes;
}

/**
 * The check's token is the workflow's own, read-only: reading another
 * repository's collaborators, its invitations or a team it is not in
 * answers 403 or 404, which is simply "not seen" (debug). Any other failure
 * (rate limit, 5xx after retries, an answer the port refuses) is "not seen"
 * too, with a warning: the note it would feed is not written.
 */
function unseenOnFailure(api: GithubReads, logger: Pick<Logger, 'debug' | 'warning'>): GithubReads {
  const read = async <T>(what: string, fallback: T, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      const expected = error instanceof GithubError && (error.code === 'E_GITHUB_FORBIDDEN' || error.code === 'E_GITHUB_NOT_FOUND');
      const message = `The check could not read ${what} (${failure(error)}); no already-held note depends on it.`;
      if (expected) logger.debug(message);
      else logger.warning(message);
      return fallback;
    }
  };
  return {
    getTeamMembership: (org, team, login) => read(`team ${org}/${team}`, undefined, () => api.getTeamMembership(org, team, login)),
    getCollaboratorPermission: (owner, repo, login) =>
      read(`a permission on ${owner}/${repo}`, undefined, () => api.getCollaboratorPermission(owner, repo, login)),
    listDirectCollaborators: (owner, repo) => read(`the collaborators of ${owner}/${repo}`, [], () => api.listDirectCollaborators(owner, repo)),
    listInvitations: (owner, repo) => read(`the invitations of ${owner}/${repo}`, [], () => api.listInvitations(owner, repo)),
  };
}

/** A GitHub code, or what else was thrown; names only, never response bodies. */
function failure(error: unknown): string {
  if (error instanceof GithubError) return error.code;
  return error instanceof Error ? `${error.name}: ${error.message}` : 'an unexpected error';
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The access live grants hold according to the ledger at `commit`, read
 * from git objects like the policy, through the ledger's own reader.
 * Undefined when the chain does not verify (a ledger file that is not a
 * regular file, too large or not UTF-8 included): then nothing can be told
 * apart, and the check says nothing.
 */
export async function liveHoldingsAt(repo: LocalRepo, commit: string): Promise<ReadonlySet<string> | undefined> {
  const { chain } = await readChain(ledgerAt(repo), commit);
  return chain.ok ? heldByLiveGrants(fold(chain.events).states) : undefined;
}

/**
 * audit/ at a commit of the checkout, from git objects (never the working
 * tree): a blob that is not UTF-8 is a TypeError, which the ledger's reader
 * names (E_LEDGER_FILE_ENCODING); a symlink or submodule is listed as such.
 */
function ledgerAt(repo: LocalRepo): LedgerReader {
  return {
    listDir: async (commit, dir) =>
      (await repo.listDir(commit, dir))?.map((f) => ({
        name: f.path.slice(f.path.lastIndexOf('/') + 1),
        kind: f.mode === '040000' ? ('directory' as const) : REGULAR_FILE_MODES.has(f.mode) ? ('file' as const) : ('other' as const),
        sha: f.blobSha,
        size: f.size,
      })),
    readBlob: async (sha) => decoder.decode(await repo.readBlob(sha)),
  };
}
