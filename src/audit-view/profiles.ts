import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { listRepoFiles, readRepoFile } from '../load/fs.js';
import { classifyPath } from '../load/paths.js';
import { readProfile } from '../policy/load-profile.js';
import type { Profile } from '../policy/types.js';
import { activeRegistry } from '../providers/catalog.js';

/**
 * Two facts the ledger does not record but an auditor asks for: whether a
 * profile is break-glass, and which columns it marks sensitive. They come
 * from the profiles at the checkout, so they describe the policy as it
 * stands now, not necessarily as it stood at grant time; the views say so.
 */
export interface ProfileFact {
  readonly breakGlass: boolean;
  /** `target` NUL `schema.table` -> sensitive columns. */
  readonly sensitive: ReadonlyMap<string, readonly string[]>;
  /** `target` NUL `schema.table` -> every column the profile allows (what a whole-table grant covers). */
  readonly columns: ReadonlyMap<string, readonly string[]>;
}

export interface ProfileFacts {
  readonly profiles: ReadonlyMap<string, ProfileFact>;
  readonly problems: readonly Diagnostic[];
}

export const NO_PROFILE_FACTS: ProfileFacts = { profiles: new Map(), problems: [] };

export function tableKey(target: string, schemaTable: string): string {
  return `${target}\u0000${schemaTable}`;
}

export function profileFact(profile: Profile): ProfileFact {
  const sensitive = new Map<string, readonly string[]>();
  const columns = new Map<string, readonly string[]>();
  // The readers of the providers whose rules name tables: sensitive columns are the table rules' (a rule without tables has none).
  const views = activeRegistry().descriptors.flatMap((d) => (d.audit?.ruleTables !== undefined ? [d.audit] : []));
  for (const rule of profile.allow) {
    // The table readers read a rule's tables alike: the first that finds any has read them.
    for (const view of views) {
      const tables = view.ruleTables?.(rule.raw) ?? [];
      for (const table of tables) {
        sensitive.set(tableKey(rule.target, table.name), table.sensitive);
        columns.set(tableKey(rule.target, table.name), table.columns);
      }
      if (tables.length > 0) break;
    }
  }
  return { breakGlass: profile.breakGlass, sensitive, columns };
}

/**
 * The profiles under policies/ of a checkout. A profile that does not read is
 * a problem to show, never a reason to refuse the export: the ledger is the
 * evidence, these are annotations.
 */
export async function readProfileFacts(root: string): Promise<ProfileFacts> {
  const listing = await listRepoFiles(root);
  const profiles = new Map<string, ProfileFact>();
  const problems: Diagnostic[] = [];
  for (const path of listing.paths) {
    const role = classifyPath(path);
    if (role.role !== 'profile') continue;
    const read = await readRepoFile(root, path);
    const profile = read.ok ? readProfile(read.value).profile : undefined;
    if (profile === undefined) {
      problems.push(
        diagnostic(
          'E_AUDIT_PROFILE_UNREADABLE',
          'the profile could not be read; its grants show break-glass and sensitive columns as unknown',
          { file: path },
          'warning',
        ),
      );
      continue;
    }
    profiles.set(profile.name, profileFact(profile));
  }
  return { profiles, problems };
}
