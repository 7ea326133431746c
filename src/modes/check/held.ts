import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import { REGULAR_FILE_MODES, type LocalRepo } from '../../git/local-repo.js';
import { fold, LEDGER_DIR, MAX_LEDGER_FILE_BYTES, verifyChain, type LedgerFile } from '../../ledger/index.js';
import type { TargetPlan } from '../../plan/request-plan.js';
import type { GithubReads } from '../../providers/contract.js';
import { planFor } from '../../providers/planners.js';
import { grantText } from '../../report/grant-text.js';
import { heldByLiveGrants, preexisting } from '../held.js';
import { safePath } from './changes.js';

/** What the check can see with its own token, and the ledger it trusts. */
export interface HeldSight {
  /** GitHub reads through the check's token; a read it may not make answers "not found". */
  readonly github: GithubReads;
  /** What live Grantbook grants hold, from the ledger at the base commit; undefined when it cannot be read. */
  readonly ours: () => Promise<ReadonlySet<string> | undefined>;
}

/**
 * Notes for reviewers (E_GRANT_ALREADY_HELD, a warning, never a refusal):
 * parts of the request the person already holds, as far as the check's
 * token can see, and not through a live Grantbook grant: merging grants
 * nothing for them and revocation leaves them in place. What the token
 * cannot see, and any part a live grant holds (an extension, an overlapping
 * request), gets no note: the check says nothing rather than guess. Apply
 * reads the provider again with its own credential and decides.
 */
export async function heldNotes(path: string, plans: readonly TargetPlan[], sight: HeldSight): Promise<Diagnostic[]> {
  const notes: Diagnostic[] = [];
  for (const { targetGrant } of plans) {
    const seenHeld = planFor(targetGrant.target).seenHeld;
    if (seenHeld === undefined) continue;
    const seen = await seenHeld(targetGrant, sight.github);
    if (seen.length === 0) continue;
    const ours = await sight.ours();
    if (ours === undefined) return [];
    for (const spec of preexisting(seen, targetGrant.target.name, targetGrant.principal, ours)) {
      const what = grantText({ target: targetGrant.target.name, principal: targetGrant.principal, spec });
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

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The access live grants hold according to the ledger at `commit`, read
 * from git objects like the policy. Undefined when any ledger file is not a
 * regular file, too large or not UTF-8, or the chain does not verify: then
 * nothing can be told apart, and the check says nothing.
 */
export async function liveHoldingsAt(repo: LocalRepo, commit: string): Promise<ReadonlySet<string> | undefined> {
  const files: LedgerFile[] = [];
  for (const f of await repo.readFiles(commit, [`${LEDGER_DIR}/`], MAX_LEDGER_FILE_BYTES)) {
    if (!REGULAR_FILE_MODES.has(f.mode) || f.bytes === undefined) return undefined;
    try {
      files.push({ path: f.path, text: decoder.decode(f.bytes) });
    } catch {
      return undefined;
    }
  }
  const chain = verifyChain(files);
  return chain.ok ? heldByLiveGrants(fold(chain.events).states) : undefined;
}
