import { canonicalJson } from './canonical.js';
import type { GrantedEvent, IntentEvent } from './events.js';
import { ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';

/** Whether a provider can ever record a part as already held (its planner's `recordsHeld`). */
export type RecordsHeld = (provider: string) => boolean;

/**
 * Facts about an event of a verified chain that only apply could have
 * written, for `grantbook audit verify`. A hash chain re-computed after an
 * edit verifies again; these catch the edits that would change what
 * revocation leaves in place:
 * - a part marked `already_held` on a provider whose `held` is always empty
 *   (`recordsHeld(provider)` false): apply never writes one, and revocation
 *   would leave that access in place for good;
 * - a `granted` event whose grants, held flags included, are not those of the
 *   `intent` apply wrote for the same request before changing anything (crash
 *   repair copies the intent's). A `granted` with no intent before it (written
 *   before intents existed) is not compared; a slim one takes its intent's
 *   grants and agrees by construction.
 * The reader calls this for every intent and granted event it decodes, and
 * decodes (rather than scans) every line these checks could fault, so memory
 * stays that of the open requests. Messages name the request and sequence
 * number only.
 */
export function checkRecorded(
  event: IntentEvent | GrantedEvent,
  where: { readonly file: string; readonly line: number },
  intent: IntentEvent | undefined,
  recordsHeld: RecordsHeld,
): LedgerDiagnostic[] {
  const problems: LedgerDiagnostic[] = [];
  const at = { file: where.file, line: where.line };
  for (const [i, g] of event.grants.entries()) {
    if (g.already_held === true && !recordsHeld(g.provider)) {
      problems.push(
        ledgerDiagnostic(
          'E_LEDGER_HELD_UNEXPECTED',
          `${event.type} of ${event.request} (seq ${event.seq}): grant ${i} on ${g.provider} target ${g.target} is marked already held, which that provider never records`,
          {
            ...at,
            pointer: `/grants/${i}/already_held`,
          },
        ),
      );
    }
  }
  if (event.type === 'granted' && intent !== undefined && canonicalJson(intent.grants) !== canonicalJson(event.grants)) {
    problems.push(
      ledgerDiagnostic(
        'E_LEDGER_GRANT_MISMATCH',
        `granted of ${event.request} (seq ${event.seq}): its grants are not those of its intent (seq ${intent.seq})`,
        { ...at, pointer: '/grants' },
      ),
    );
  }
  return problems;
}
