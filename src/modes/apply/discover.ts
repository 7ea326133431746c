import type { GitFile, LocalRepo } from '../../git/local-repo.js';
import { REQUEST_MAX_BYTES } from '../../load/limits.js';
import { classifyPath } from '../../load/paths.js';
import type { Logger } from '../../logger.js';
import { safePath } from '../check/changes.js';

export const REQUESTS_PREFIX = 'access-requests/';
/** git's well-known empty tree: what a root commit's files are added to. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/** How far back along the first-parent history a request's origin is looked for. */
export const DEFAULT_WALK_LIMIT = 500;

/** One commit of the default branch's first-parent history, newest first. */
export interface ChainLink {
  readonly sha: string;
  /** First parent; undefined for a root commit. */
  readonly parent: string | undefined;
  /** 0 for the tip. */
  readonly depth: number;
}

/**
 * The default branch's first-parent history, read lazily from the local
 * clone. Each link is a unit that landed on the branch: a merge commit, a
 * squash commit, one commit of a rebase merge, or a direct push.
 */
export class FirstParentChain {
  private readonly links: ChainLink[] = [];
  private ended = false;

  constructor(
    private readonly repo: LocalRepo,
    readonly tip: string,
    readonly limit: number,
  ) {}

  async at(depth: number): Promise<ChainLink | undefined> {
    while (this.links.length <= depth && !this.ended && this.links.length < this.limit) {
      const last = this.links[this.links.length - 1];
      const sha = last === undefined ? this.tip : last.parent;
      if (sha === undefined) {
        this.ended = true;
        break;
      }
      const [parent] = await this.repo.parents(sha);
      this.links.push({ sha, parent, depth: this.links.length });
    }
    return this.links[depth];
  }

  /** Depth of a commit already walked, or undefined. */
  depthOf(sha: string): number | undefined {
    return this.links.find((l) => l.sha === sha)?.depth;
  }

  /** Request paths a link added relative to its first parent. */
  async added(link: ChainLink): Promise<readonly string[]> {
    return this.repo.addedPaths(link.parent ?? EMPTY_TREE, link.sha, REQUESTS_PREFIX);
  }
}

/** A request file at the tip, with the link of the branch's history that added it. */
export interface Candidate {
  readonly path: string;
  readonly id: string;
  readonly origin: ChainLink;
  /** The file as the tip holds it (mode, blob SHA, bytes up to the request size cap). */
  readonly file: GitFile;
  /** True when the pushed commits added it; false when a catch-up found it unrecorded. */
  readonly pushed: boolean;
}

export interface Discovery {
  readonly candidates: readonly Candidate[];
  /** Files the pushed commits added under access-requests/ that are not `access-requests/<id>.yaml`. */
  readonly misnamed: readonly string[];
  /** Unrecorded request files whose adding commit was not found within the walk limit. */
  readonly unlocated: readonly { readonly path: string; readonly id: string }[];
}

/**
 * Which request files this run must decide, from git alone (a push payload
 * carries no file lists):
 * - every request file the pushed commits added that is still at the tip;
 * - every request file at the tip whose id the ledger has never recorded
 *   (a run that failed before recording anything is caught up by the next
 *   one, and a manual run catches up everything).
 * Each comes with the first-parent link that added it: where its pull
 * request is looked up and whose parent holds the trusted policy.
 */
export async function discoverRequests(input: {
  readonly repo: LocalRepo;
  readonly chain: FirstParentChain;
  readonly before: string | undefined;
  readonly knownIds: ReadonlySet<string>;
  readonly logger: Logger;
}): Promise<Discovery> {
  const { chain, logger } = input;
  const pushed = await pushedAdds(chain, input.before, logger);
  const atTip = await input.repo.readFiles(chain.tip, [REQUESTS_PREFIX], REQUEST_MAX_BYTES);
  const present = new Set(atTip.map((f) => f.path));
  for (const path of pushed.keys()) {
    if (!present.has(path)) logger.info(`${safePath(path)} was added and removed again by the pushed commits; nothing to apply.`);
  }

  const candidates: Candidate[] = [];
  const misnamed: string[] = [];
  const wanted = new Map<string, { id: string; file: GitFile }>();
  for (const file of atTip) {
    const role = classifyPath(file.path);
    const origin = pushed.get(file.path);
    if (role.role === 'placeholder') continue;
    if (role.role !== 'request') {
      if (origin !== undefined) misnamed.push(file.path);
      continue;
    }
    if (origin !== undefined) candidates.push({ path: file.path, id: role.id, origin, file, pushed: true });
    else if (!input.knownIds.has(role.id)) wanted.set(file.path, { id: role.id, file });
  }

  const unlocated: { path: string; id: string }[] = [];
  if (wanted.size > 0) {
    logger.info(`${wanted.size} request file(s) at the tip are not in the ledger; finding the commits that added them.`);
    const found = await locate(chain, new Set(wanted.keys()));
    for (const [path, { id, file }] of wanted) {
      const origin = found.get(path);
      if (origin === undefined) unlocated.push({ path, id });
      else candidates.push({ path, id, origin, file, pushed: false });
    }
  }
  // Oldest first: the ledger records requests in the order they landed.
  candidates.sort((a, b) => b.origin.depth - a.origin.depth || (a.path < b.path ? -1 : 1));
  return { candidates, misnamed, unlocated };
}

/**
 * Request paths added by the pushed commits (`before..tip` along first
 * parents), each with the newest link that added it. When `before` is not
 * on the walked history (a force push, a shallow clone) the pushed range is
 * unknown and nothing counts as pushed: the catch-up still finds every file
 * the ledger lacks, and nothing old is mistaken for a re-used id.
 */
async function pushedAdds(chain: FirstParentChain, before: string | undefined, logger: Logger): Promise<Map<string, ChainLink>> {
  const adds = new Map<string, ChainLink>();
  if (before === undefined) return adds;
  for (let depth = 0; ; depth += 1) {
    const link = await chain.at(depth);
    if (link === undefined) {
      logger.warning(
        'The commit before the push is not in the first-parent history of the pushed tip (force push or shallow checkout); only unrecorded request files are applied.',
      );
      return new Map();
    }
    if (link.sha === before) return adds;
    for (const path of await chain.added(link)) if (!adds.has(path)) adds.set(path, link);
  }
}

/** The newest link that added each path, walking back at most the chain's limit. */
async function locate(chain: FirstParentChain, paths: Set<string>): Promise<Map<string, ChainLink>> {
  const found = new Map<string, ChainLink>();
  for (let depth = 0; found.size < paths.size; depth += 1) {
    const link = await chain.at(depth);
    if (link === undefined) break;
    for (const path of await chain.added(link)) if (paths.has(path) && !found.has(path)) found.set(path, link);
  }
  return found;
}
