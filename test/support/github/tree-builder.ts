import type { EntryType, FileMode, GitRepo } from './git.js';

/** What to put at a path: a blob (by content or sha), a submodule commit, or null to delete. */
export type TreeChange =
  | { readonly mode: Exclude<FileMode, '040000'>; readonly sha: string }
  | { readonly mode: Exclude<FileMode, '040000' | '160000'>; readonly content: string | Buffer }
  | { readonly mode: '040000'; readonly sha: string }
  | null;

interface Entry {
  mode: FileMode;
  type: EntryType;
  sha: string;
}

function typeOf(mode: FileMode): EntryType {
  return mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
}

/**
 * Writes a new tree from `base` plus changes keyed by slash-separated paths,
 * the way GitHub's POST /git/trees with base_tree does: intermediate
 * directories are created, emptied directories disappear. Only touched
 * directories are rewritten, so a change costs a few git calls, not one per file.
 */
export async function buildTree(git: GitRepo, base: string | undefined, changes: ReadonlyMap<string, TreeChange>): Promise<string | undefined> {
  const entries = new Map<string, Entry>();
  if (base !== undefined) {
    for (const e of await git.lsTree(base, false)) entries.set(e.path, { mode: e.mode, type: e.type, sha: e.sha });
  }
  const nested = new Map<string, Map<string, TreeChange>>();
  for (const [path, change] of changes) {
    const slash = path.indexOf('/');
    if (slash === -1) {
      await applyLeaf(git, entries, path, change);
      continue;
    }
    const dir = path.slice(0, slash);
    const sub = nested.get(dir) ?? new Map<string, TreeChange>();
    sub.set(path.slice(slash + 1), change);
    nested.set(dir, sub);
  }
  for (const [dir, sub] of nested) {
    const existing = entries.get(dir);
    if (existing !== undefined && existing.type !== 'tree') throw new Error(`path conflict: ${dir} is not a directory`);
    const subtree = await buildTree(git, existing?.sha, sub);
    if (subtree === undefined) entries.delete(dir);
    else entries.set(dir, { mode: '040000', type: 'tree', sha: subtree });
  }
  if (entries.size === 0) return undefined;
  return git.mktree([...entries].map(([name, e]) => ({ name, ...e })));
}

async function applyLeaf(git: GitRepo, entries: Map<string, Entry>, name: string, change: TreeChange): Promise<void> {
  if (name === '' || name === '.' || name === '..') throw new Error(`invalid path segment: ${JSON.stringify(name)}`);
  if (change === null) {
    entries.delete(name);
    return;
  }
  const sha = 'content' in change ? await git.hashBlob(change.content) : change.sha;
  entries.set(name, { mode: change.mode, type: typeOf(change.mode), sha });
}

/** An empty tree, for a first commit that adds nothing. */
export async function emptyTree(git: GitRepo): Promise<string> {
  return git.mktree([]);
}
