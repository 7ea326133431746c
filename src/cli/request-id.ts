import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { streamLedgerDir } from '../ledger/index.js';
import { REQUESTS_DIR } from '../load/paths.js';
import { matches } from '../shared/patterns.js';
import { historyRequestIds, type GitIo } from './request-git.js';

/** Room left under the 48-character id limit for a `-NNN` suffix. */
const BASE_MAX = 44;
const MAX_SUFFIX = 999;

export interface UsedIds {
  readonly ids: ReadonlySet<string>;
  /** What the search could not see, said to the person (a shallow clone, a broken ledger). */
  readonly notes: readonly string[];
}

/**
 * Every id already taken: a file under access-requests/ now, any event of the
 * ledger under audit/, and any request file in the history of any branch this
 * clone knows. Apply refuses a request under an id the ledger holds, and the
 * audit trail must never mix two requests under one id.
 */
export async function usedRequestIds(io: GitIo): Promise<UsedIds> {
  const ids = new Set<string>();
  const notes: string[] = [];
  try {
    for (const name of await readdir(path.join(io.cwd, REQUESTS_DIR))) {
      const stem = name.endsWith('.yaml') ? name.slice(0, -'.yaml'.length) : name;
      ids.add(stem);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Streamed: every id any event names (fold's knownIds), without holding the history.
  const ledger = await streamLedgerDir(io.cwd, (e) => void ids.add(e.request), { direct: true });
  if (!ledger.ok) notes.push('the ledger under audit/ does not verify (run `grantbook audit verify`); ids in its unreadable lines were not seen');
  const history = await historyRequestIds(io);
  for (const id of history.ids) ids.add(id);
  if (history.shallow)
    notes.push('this clone is shallow: ids of request files deleted before its first commit were not seen (the ledger still lists every applied one)');
  return { ids, notes };
}

/** Lower-case letters, digits and single inner hyphens, cut to `max`. */
function slug(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/**
 * The id a new request would naturally get: `<login>-<ticket>` like the
 * examples (`alice-inc-4211`), else `<login>-<profile>-<yyyymmdd>`.
 */
export function naturalId(o: { requester: string; profile: string; ticket?: string; now: number }): string {
  const day = new Date(o.now).toISOString().slice(0, 10).replaceAll('-', '');
  const tail = o.ticket !== undefined ? o.ticket : `${o.profile}-${day}`;
  return slug(`${o.requester}-${tail}`, BASE_MAX) || `request-${day}`;
}

/** An extension's id: the extended id with `-ext` (an extension of an extension does not grow `-ext-ext`). */
export function extensionId(extended: string): string {
  return `${slug(extended.replace(/-ext(?:-[0-9]+)?$/, ''), BASE_MAX - '-ext'.length)}-ext`;
}

/** `base`, or `base-2`, `base-3`, ...: the first that is not taken. */
export function uniqueId(base: string, used: ReadonlySet<string>): string {
  const root = slug(base, BASE_MAX);
  for (let n = 1; n <= MAX_SUFFIX; n += 1) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (matches('requestId', candidate) && !used.has(candidate)) return candidate;
  }
  throw new Error('no free request id: every suffix up to 999 is taken');
}
