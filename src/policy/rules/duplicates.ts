import type { BundleGrant } from '../types.js';
import { quoteList, type Reasons, type Site } from './reasons.js';

interface Seen {
  readonly label: string;
  readonly privileges: readonly string[];
}

/**
 * Refuses a grant that repeats an earlier one (after bundle expansion).
 * Merging would show reviewers something other than what the file says, so
 * the requester merges instead. Two grants on one table are fine when their
 * privileges differ: `SELECT (id, status)` plus a table-level `DELETE` needs
 * two grants, because DELETE has no column form.
 */
export class DuplicateGrants {
  readonly #seen = new Map<string, Seen[]>();

  check(target: string, grant: BundleGrant, label: string, site: Site, reasons: Reasons): void {
    const key = keyOf(target, grant);
    const privileges = grant.kind === 'table' ? grant.privileges : [];
    const earlier = this.#seen.get(key) ?? [];
    for (const seen of earlier) {
      if (grant.kind !== 'table') {
        reasons.error('E_POLICY_GRANT_DUPLICATE', `${label}: repeats ${seen.label} (${describe(grant)} on target "${target}")`, site);
        break;
      }
      const overlap = privileges.filter((p) => seen.privileges.includes(p));
      if (overlap.length > 0) {
        reasons.error(
          'E_POLICY_GRANT_DUPLICATE',
          `${label}: ${quoteList(overlap)} on "${grant.table}" is also asked for by ${seen.label}`,
          site,
        );
        break;
      }
    }
    this.#seen.set(key, [...earlier, { label, privileges }]);
  }
}

function keyOf(target: string, grant: BundleGrant): string {
  switch (grant.kind) {
    case 'table':
      return JSON.stringify([target, 'table', grant.table]);
    case 'team':
      return JSON.stringify([target, 'team', grant.team.toLowerCase()]);
    case 'repo':
      return JSON.stringify([target, 'repo', grant.repo.toLowerCase()]);
  }
}

function describe(grant: Exclude<BundleGrant, { kind: 'table' }>): string {
  return grant.kind === 'team' ? `team "${grant.team}"` : `repository "${grant.repo}"`;
}
