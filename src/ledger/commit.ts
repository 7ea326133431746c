import type { Clock } from '../time/clock.js';
import type { ChainResult } from './chain.js';
import type { ChainTip, EventDraft, LedgerEvent } from './events.js';
import { LEDGER_DIR } from './layout.js';
import { LedgerError, ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';
import { planWrite } from './segment-writer.js';
import type { FileChange, LedgerReader, LedgerStore } from './store.js';
import { readLedger, type LedgerRead } from './view.js';

export type { FileChange, LedgerEntry, LedgerStore } from './store.js';

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
  /** Where a segment closes; SEGMENT_TARGET_BYTES unless a test wants many small ones. */
  readonly segmentBytes?: number;
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
    const { chain, read } = await readChain(deps.store, head.commitSha, anchor);
    if (!chain.ok) throw new LedgerError(nonEmpty(chain.problems));
    const view: LedgerView = { commitSha: head.commitSha, events: chain.events, tip: chain.tip };
    const prepared = typeof options.changes === 'function' ? await options.changes(view) : options.changes;
    const extra = await extraChanges(deps.store, head.commitSha, prepared.extraChanges ?? []);
    if (prepared.drafts.length === 0 && extra.length === 0) return { commitSha: head.commitSha, events: [], attempts: attempt };

    const plan =
      prepared.drafts.length === 0
        ? { files: [], sealed: [] }
        : await planWrite(deps.store, head.commitSha, read, prepared.drafts, deps.clock, options.segmentBytes);
    const events = plan.sealed.map((s) => s.event);
    const files = [...plan.files, ...extra];
    const message = typeof options.message === 'function' ? options.message(events) : options.message;
    const commitSha = await deps.store.writeCommit({ parentSha: head.commitSha, baseTreeSha: head.treeSha, files, message });
    if ((await deps.store.fastForward(options.branch, commitSha)) === 'ok') return { commitSha, events, attempts: attempt };

    // Lost the race: whatever lands next must still hold what we saw.
    anchor = chain.tip.seq >= 0 ? chain.tip : anchor;
    if (attempt < maxAttempts) await deps.sleep(Math.floor(deps.random() * Math.min(cap, base * 2 ** (attempt - 1))));
  }
  throw new LedgerError([ledgerDiagnostic('E_LEDGER_COMMIT_CONFLICT', `the branch moved on each of ${maxAttempts} attempts to commit the ledger`)]);
}

/**
 * The ledger at a commit as a run sees it (view.ts): the newest checkpoint's
 * events and every event after it, verified; `chain.events` is that view.
 */
export async function readChain(
  store: LedgerReader,
  commitSha: string,
  anchor?: Pick<ChainTip, 'seq' | 'hash'>,
): Promise<{ readonly chain: ChainResult; readonly read: LedgerRead }> {
  const read = await readLedger(store, commitSha, anchor === undefined ? {} : { anchor });
  return { chain: read.chain, read };
}

/** Plain relative paths outside audit/: the ledger is written only through events. */
const SAFE_PATH = /^(?!\.{1,2}(?:\/|$))(?!.*\/\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

async function extraChanges(store: LedgerStore, commitSha: string, changes: readonly FileChange[]): Promise<FileChange[]> {
  const out: FileChange[] = [];
  const seen = new Set<string>();
  // One listing per directory, not one look-up per file: a mass expiry deletes hundreds of request files.
  const listings = new Map<string, Promise<ReadonlySet<string>>>();
  const present = async (path: string): Promise<boolean> => {
    const slash = path.lastIndexOf('/');
    const dir = slash === -1 ? '' : path.slice(0, slash);
    let names = listings.get(dir);
    if (names === undefined) {
      names = store.listDir(commitSha, dir).then((entries) => new Set((entries ?? []).filter((e) => e.kind === 'file').map((e) => e.name)));
      listings.set(dir, names);
    }
    return (await names).has(path.slice(slash + 1));
  };
  for (const change of changes) {
    if (!SAFE_PATH.test(change.path) || change.path.startsWith(`${LEDGER_DIR}/`) || seen.has(change.path)) {
      throw new Error(`refusing a ledger commit change to an unsafe, ledger or duplicate path: ${JSON.stringify(change.path)}`);
    }
    seen.add(change.path);
    // Deleting what a concurrent run already deleted is done, not an error.
    if (change.content === null && !(await present(change.path))) continue;
    out.push(change);
  }
  return out;
}

function nonEmpty(problems: readonly LedgerDiagnostic[]): [LedgerDiagnostic, ...LedgerDiagnostic[]] {
  const [first, ...rest] = problems;
  return [first ?? ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the ledger could not be read'), ...rest];
}
