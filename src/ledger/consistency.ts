import { canonicalJson } from './canonical.js';
import { ledgerPath } from './chain.js';
import type { ProviderId } from '../shared/grants.js';
import type { IntentEvent, LedgerEvent } from './events.js';
import { ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';

/**
 * Facts about a verified chain that only apply could have written, for
 * `grantbook audit verify`. A hash chain re-computed after an edit verifies
 * again; these catch the edits that would change what revocation leaves in
 * place:
 * - a part marked `already_held` on a provider whose `held` is always empty
 *   (`recordsHeld(provider)` false): apply never writes one, and revocation
 *   would leave that access in place for good;
 * - a `granted` event whose grants, held flags included, are not those of the
 *   `intent` apply wrote for the same request before changing anything (crash
 *   repair copies the intent's). A `granted` with no intent before it (written
 *   before intents existed) is not compared.
 * Messages name the request and sequence number only. The events must be
 * those of a chain that verified (every line an event, in order).
 */
export function checkRecorded(events: readonly LedgerEvent[], recordsHeld: (provider: ProviderId) => boolean): LedgerDiagnostic[] {
  const problems: LedgerDiagnostic[] = [];
  const intents = new Map<string, IntentEvent>();
  // In a verified chain every line is an event, in order: its line is its place in its month file.
  const lines = new Map<string, number>();
  for (const e of events) {
    const file = ledgerPath(e.at);
    const line = (lines.get(file) ?? 0) + 1;
    lines.set(file, line);
    if (e.type !== 'intent' && e.type !== 'granted') continue;
    const where = { file, line };
    for (const [i, g] of e.grants.entries()) {
      if (g.already_held === true && !recordsHeld(g.provider)) {
        problems.push(
          ledgerDiagnostic('E_LEDGER_HELD_UNEXPECTED', `${e.type} of ${e.request} (seq ${e.seq}): grant ${i} on ${g.provider} target ${g.target} is marked already held, which that provider never records`, {
            ...where,
            pointer: `/grants/${i}/already_held`,
          }),
        );
      }
    }
    if (e.type === 'intent') {
      // The first intent is the one apply acted on; a request id is never reused.
      if (!intents.has(e.request)) intents.set(e.request, e);
      continue;
    }
    const intent = intents.get(e.request);
    if (intent !== undefined && canonicalJson(intent.grants) !== canonicalJson(e.grants)) {
      problems.push(
        ledgerDiagnostic('E_LEDGER_GRANT_MISMATCH', `granted of ${e.request} (seq ${e.seq}): its grants are not those of its intent (seq ${intent.seq})`, { ...where, pointer: '/grants' }),
      );
    }
  }
  return problems;
}
