import type { GitRepo, Signature } from './git.js';
import type { PullRecord } from './state.js';
import { type TreeChange, buildTree, emptyTree } from './tree-builder.js';

export type MergeMethod = 'merge' | 'squash' | 'rebase';

export interface MergeInput {
  readonly git: GitRepo;
  readonly pr: PullRecord;
  readonly owner: string;
  readonly head: string;
  readonly base: string;
  readonly method: MergeMethod;
  /** The person pressing the button. */
  readonly merger: Signature;
  /** The pull request author, credited for a squash. */
  readonly author: Signature;
  readonly time: number;
}

export interface MergeOutput {
  /** The new tip of the base branch (GitHub's merge_commit_sha). */
  readonly tip: string;
  /** Commits on the base branch GitHub associates with the pull request. */
  readonly associated: readonly string[];
}

/** GitHub signs merges made in its UI as this committer. */
const WEB_FLOW = { name: 'GitHub', email: 'noreply@github.com' };

/**
 * The commits GitHub's merge button makes. Merge and squash take a real
 * three-way merge of the trees (`git merge-tree`); rebase replays each commit's
 * file changes onto the new base and refuses when a path changed on both sides.
 */
export async function mergeCommits(m: MergeInput): Promise<MergeOutput> {
  const { git, pr } = m;
  const committer = { ...WEB_FLOW, time: m.time };
  const prCommits = await git.commitsBetween(m.base, m.head);
  if (m.method === 'rebase') return rebase(m, prCommits, committer);
  const tree = await git.mergeTrees(m.base, m.head);
  if (tree === undefined) throw new Error(`pull request #${pr.number} has conflicts`);
  if (m.method === 'merge') {
    const message = `Merge pull request #${pr.number} from ${m.owner}/${pr.headRef}\n\n${pr.title}\n`;
    const tip = await git.commitTree({ tree, parents: [m.base, m.head], message, author: m.merger, committer });
    return { tip, associated: [tip, ...prCommits] };
  }
  const lines: string[] = [];
  for (const sha of prCommits) lines.push(`* ${(await git.readCommit(sha)).message.trim()}`);
  const message = `${pr.title} (#${pr.number})\n\n${lines.join('\n\n')}\n`;
  const tip = await git.commitTree({ tree, parents: [m.base], message, author: { ...m.author, time: m.time }, committer });
  return { tip, associated: [tip] };
}

async function rebase(m: MergeInput, prCommits: readonly string[], committer: Signature): Promise<MergeOutput> {
  const { git } = m;
  let tip = m.base;
  const created: string[] = [];
  for (const sha of prCommits) {
    const c = await git.readCommit(sha);
    if (c.parents.length > 1) throw new Error('rebase merge of a pull request with merge commits is not supported');
    const parentTree = c.parents[0] === undefined ? await emptyTree(git) : (await git.readCommit(c.parents[0])).tree;
    const tipTree = (await git.readCommit(tip)).tree;
    const tipEntries = new Map((await git.lsTree(tipTree, true)).map((e) => [e.path, `${e.mode} ${e.sha}`]));
    const parentEntries = new Map((await git.lsTree(parentTree, true)).map((e) => [e.path, `${e.mode} ${e.sha}`]));
    const changes = new Map<string, TreeChange>();
    for (const ch of await git.diff(parentTree, c.tree)) {
      const touched = ch.previousPath === undefined ? [ch.path] : [ch.previousPath, ch.path];
      for (const path of touched) {
        const theirs = path === ch.path && ch.status !== 'D' ? `${ch.newMode} ${ch.newSha}` : undefined;
        if (tipEntries.get(path) !== parentEntries.get(path) && tipEntries.get(path) !== theirs) {
          throw new Error(`pull request #${m.pr.number} cannot be rebased: ${path} changed on both sides`);
        }
      }
      if (ch.previousPath !== undefined) changes.set(ch.previousPath, null);
      changes.set(ch.path, ch.status === 'D' ? null : { mode: ch.newMode as '100644', sha: ch.newSha });
    }
    const tree = (await buildTree(git, tipTree, changes)) ?? (await emptyTree(git));
    tip = await git.commitTree({ tree, parents: [tip], message: c.message, author: c.author, committer });
    created.push(tip);
  }
  return { tip, associated: created };
}
