import type { DuplicateKey } from '../provider-rules.js';
import { quoteList, type Reasons, type Site } from './reasons.js';

interface Seen {
  readonly label: string;
  readonly privileges?: readonly string[];
}

/**
 * Refuses a grant that repeats an earlier one (after bundle expansion).
 * Merging would show reviewers something other than what the file says, so
 * the requester merges instead. Grants whose provider names privileges clash
 * only when those overlap: `SELECT (id, status)` plus a table-level `DELETE`
 * needs two grants, because DELETE has no column form.
 */
export class DuplicateGrants {
  readonly #seen = new Map<string, Seen[]>();

  check(target: string, key: DuplicateKey, label: string, site: Site, reasons: Reasons): void {
    const id = JSON.stringify([target, key.key]);
    const earlier = this.#seen.get(id) ?? [];
    for (const seen of earlier) {
      if (key.privileges === undefined || seen.privileges === undefined) {
        reasons.error('E_POLICY_GRANT_DUPLICATE', `${label}: repeats ${seen.label} (${key.text} on target "${target}")`, site);
        break;
      }
      const overlap = key.privileges.filter((p) => seen.privileges?.includes(p) === true);
      if (overlap.length > 0) {
        reasons.error('E_POLICY_GRANT_DUPLICATE', `${label}: ${quoteList(overlap)} on ${key.text} is also asked for by ${seen.label}`, site);
        break;
      }
    }
    this.#seen.set(id, [...earlier, { label, ...(key.privileges !== undefined ? { privileges: key.privileges } : {}) }]);
  }
}
