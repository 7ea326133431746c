import type { Clock } from '../time/clock.js';
import { LEDGER_DIR, appendEvents, verifyChain, type ChainResult, type LedgerFile, type SealedEvent } from './chain.js';
import type { ChainTip, EventDraft, LedgerEvent } from './events.js';
import { LedgerError, ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';

/**
 * The few git operations committing to the ledger needs. The GitHub adapter
 * implements it with the Git Data API (blobs, trees, commits, a non-forced ref
 * update); tests implement it over a real bare repository.
 */
export interface LedgerStore {
  readTip(branch: string): Promise<{ readonly commitSha: string; readonly treeSha: string }>;
  /** A regular file's text at a commit, or undefined when the path holds no file. */
  readFile(commitSha: string, path: string): Promise<string | undefined>;
  /** Every path under audit/ at a commit (ledger files or not: the chain check judges the names). */
  listLedgerFiles(commitSha: string): Promise<readonly string[]>;
  /** Blobs + a tree on top of `baseTreeSha` + a commit with one parent. `content: null` deletes. */
  writeCommit(input: {
    readonly parentSha: string;
    readonly baseTreeSha: string;
    readonly files: readonly FileChange[];
    readonly message: string;
  }): Promise<string>;
  /** Moves the branch to `commitSha` only if that is a fast-forward; never forces. */
  fastForward(branch: string, commitSha: string): Promise<'ok' | 'not-fast-forward'>;
}

export interface FileChange {
  readonly path: string;
  readonly content: string | null;
}

/** The ledger as it stands at the tip an attempt builds on. */
export interface LedgerView {
  readonly commitSha: string;
  readonly events: readonly LedgerEvent[];
  readonly tip: ChainTip;
}

export interface PreparedChanges {
  readonly drafts: readonly EventDraft[];
  /** Other files changed in the same commit (the revoke job deletes expired requests). Never under audit/. */
  readonly extraChanges?: readonly FileChange[];
}

export interface CommitDeps {
  readonly store: LedgerStore;
  readonly clock: Clock;
  readonly sleep: (ms: number) => Promise<void>;
  /** [0, 1), for jitter. */
  readonly random: () => number;
}

export interface CommitOptions {
  readonly branch: string;
  /**
   * Data, or a function of the ledger at the tip being built on. Use the
   * function form when a concurrent writer may already have recorded the same
   * thing (two revoke runs): it is called again on every retry, so the second
   * run drops a `revoked` the first already wrote instead of duplicating it.
   */
  readonly changes: PreparedChanges | ((view: LedgerView) => PreparedChanges | Promise<PreparedChanges>);
  readonly message: string | ((events: readonly LedgerEvent[]) => string);
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** An event the branch's ledger must already hold (a tip seen earlier in this run). */
  readonly anchor?: Pick<ChainTip, 'seq' | 'hash'>;
}

export interface CommitResult {
  /** The branch tip after the commit; the tip read when there was nothing to write. */
  readonly commitSha: string;
  readonly events: readonly LedgerEvent[];
  readonly attempts: number;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/**
 * Appends events (and optional file changes) in one commit, racing safely with
 * other writers: build on the tip, fast-forward, and on losing the race re-read
 * the chain at the new tip and recompute seq/prev/hash (and, in the function
 * form, the drafts themselves) on top of it. Jittered exponential backoff,
 * bounded attempts, then E_LEDGER_COMMIT_CONFLICT. Refuses to extend a broken
 * chain or one that lost an event seen on an earlier attempt.
 */
export async function commitEvents(deps: CommitDeps, options: CommitOptions): Promise<CommitResult> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const base = options.baseDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 8_000;
  let anchor = options.anchor;
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const head = await deps.store.readTip(options.branch);
    const { chain, texts } = await readChain(deps.store, head.commitSha, anchor);
    if (!chain.ok) throw new LedgerError(nonEmpty(chain.problems));
    const view: LedgerView = { commitSha: head.commitSha, events: chain.events, tip: chain.tip };
    const prepared = typeof options.changes === 'function' ? await options.changes(view) : options.changes;
    const extra = await extraChanges(deps.store, head.commitSha, prepared.extraChanges ?? []);
    if (prepared.drafts.length === 0 && extra.length === 0) return { commitSha: head.commitSha, events: [], attempts: attempt };

    const sealed = appendEvents(chain.tip, prepared.drafts, deps.clock);
    const events = sealed.map((s) => s.event);
    const files = [...ledgerChanges(sealed, texts), ...extra];
    const message = typeof options.message === 'function' ? options.message(events) : options.message;
    const commitSha = await deps.store.writeCommit({ parentSha: head.commitSha, baseTreeSha: head.treeSha, files, message });
    if ((await deps.store.fastForward(options.branch, commitSha)) === 'ok') return { commitSha, events, attempts: attempt };

    // Lost the race: whatever lands next must still hold what we saw.
    anchor = chain.tip.seq >= 0 ? chain.tip : anchor;
    if (attempt < maxAttempts) await deps.sleep(Math.floor(deps.random() * Math.min(cap, base * 2 ** (attempt - 1))));
  }
  throw new LedgerError([
    ledgerDiagnostic('E_LEDGER_COMMIT_CONFLICT', `the branch moved on each of ${maxAttempts} attempts to commit the ledger`),
  ]);
}

/** What reading the ledger needs of a store: a checkout's git objects serve too. */
export type LedgerReader = Pick<LedgerStore, 'listLedgerFiles' | 'readFile'>;

/** The chain at a commit, verified, with each file's text for appending. */
export async function readChain(
  store: LedgerReader,
  commitSha: string,
  anchor?: Pick<ChainTip, 'seq' | 'hash'>,
): Promise<{ readonly chain: ChainResult; readonly texts: ReadonlyMap<string, string> }> {
  const paths = await store.listLedgerFiles(commitSha);
  const files: LedgerFile[] = [];
  const texts = new Map<string, string>();
  for (const path of paths) {
    // Listed but not a regular file: undefined, and the chain check names it.
    const text = await store.readFile(commitSha, path);
    files.push({ path, text });
    if (text !== undefined) texts.set(path, text);
  }
  return { chain: verifyChain(files, anchor === undefined ? {} : { anchor }), texts };
}

function ledgerChanges(sealed: readonly SealedEvent[], texts: ReadonlyMap<string, string>): FileChange[] {
  const byPath = new Map<string, string[]>();
  for (const s of sealed) {
    const lines = byPath.get(s.path) ?? [];
    lines.push(s.line);
    byPath.set(s.path, lines);
  }
  return [...byPath].map(([path, lines]) => ({ path, content: `${texts.get(path) ?? ''}${lines.join('\n')}\n` }));
}

/** Plain relative paths outside audit/: the ledger is written only through events. */
const SAFE_PATH = /^(?!\.{1,2}(?:\/|$))(?!.*\/\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

async function extraChanges(store: LedgerStore, commitSha: string, changes: readonly FileChange[]): Promise<FileChange[]> {
  const out: FileChange[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    if (!SAFE_PATH.test(change.path) || change.path.startsWith(`${LEDGER_DIR}/`) || seen.has(change.path)) {
      throw new Error(`refusing a ledger commit change to an unsafe, ledger or duplicate path: ${JSON.stringify(change.path)}`);
    }
    seen.add(change.path);
    // Deleting what a concurrent run already deleted is done, not an error.
    if (change.content === null && (await store.readFile(commitSha, change.path)) === undefined) continue;
    out.push(change);
  }
  return out;
}

function nonEmpty(problems: readonly LedgerDiagnostic[]): [LedgerDiagnostic, ...LedgerDiagnostic[]] {
  const [first, ...rest] = problems;
  return [first ?? ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the ledger could not be read'), ...rest];
}
