import {
  EventLines,
  ledgerFilesFrom,
  streamLedgerDir,
  type ChainBreak,
  type LedgerDiagnostic,
  type LedgerEvent,
  type LedgerReader,
  type LedgerVerdict,
  type TakesLine,
  type Where,
} from '../ledger/index.js';
import { recordsHeld } from '../providers/planners.js';
import { verifyOnThread } from './verify-thread.js';

/**
 * The chain's verdict, known only once every event has been read: the export
 * and the report consume events as they come and decide at the end whether
 * what they wrote may be kept.
 */
export interface ChainVerdict {
  readonly ok: boolean;
  /** Events read (all of them when `ok`). */
  readonly events: number;
  /** The last event's seq and hash: what an auditor re-verifying the chain should arrive at. */
  readonly tip?: { readonly seq: number; readonly hash: string };
  readonly firstBroken?: ChainBreak;
  readonly problems: readonly LedgerDiagnostic[];
}

/** Called once per event, in chain order, with the file and line it stands at. */
export type OnEvent = (event: LedgerEvent, where: Where) => void;

/** A ledger as a stream of events plus the verdict at the end. */
export type LedgerSource = (onEvent: OnEvent, takes?: TakesLine) => Promise<ChainVerdict>;

/** Where the chain goes on past the checkout: the ledger at a later commit of the same branch. */
export interface LaterCommit {
  readonly store: LedgerReader;
  readonly commitSha: string;
}

export interface CheckoutLedgerOptions {
  readonly later?: LaterCommit;
  /**
   * The verify thread's module (dist/ledger-verify.js next to the CLI): the
   * chain is then verified on a thread of its own, with the providers the
   * build ships, while this one reads the events out of the same bytes. Not
   * used with `later`, whose files come through the API client of this
   * thread.
   */
  readonly verifyThread?: URL;
}

/**
 * The ledger of a checkout at `root` (its audit/ directory), streamed from
 * genesis one file at a time and verified as `audit verify` does (held
 * flags and intents included): memory is a few segments, never the history.
 * The verifier reads each file first; the events are then read out of the
 * same bytes (EventLines) and handed to the consumer, on this thread, while
 * the verifier goes on with the next files on its own when it has one.
 * With `later`, the chain goes on with that commit's segments from the
 * checkout's newest one (the revoke job's checkout plus what runs committed
 * since, read through the API: a handful of files, not the history); from a
 * checkout with no ledger, the whole ledger at that commit.
 * Callers never keep the events they are given, and treat a verdict that is
 * not `ok` as a refusal of everything they were fed before it.
 */
export function checkoutLedger(root: string, options: CheckoutLedgerOptions = {}): LedgerSource {
  const { later, verifyThread } = options;
  return async (onEvent, takes) => {
    const lines = new EventLines(onEvent, takes);
    const withBytes = (file: string, bytes: Buffer): void => lines.file(file, bytes);
    const listing: LedgerDiagnostic[] = [];
    let verdict: LedgerVerdict;
    if (verifyThread !== undefined && later === undefined) {
      verdict = await verifyOnThread(verifyThread, { root }, withBytes);
    } else {
      verdict = await streamLedgerDir(root, undefined, {
        recordsHeld,
        withBytes,
        ...(later !== undefined ? { tail: (fromSeq: number | undefined) => ledgerFilesFrom(later.store, later.commitSha, fromSeq, listing) } : {}),
      });
    }
    const chainProblems = [...listing, ...verdict.problems];
    const problems = [...chainProblems, ...lines.problems];
    // The first place the ledger cannot be read whole: the chain's first break, or an event line before it that is not an event.
    const chainFirst: ChainBreak | undefined = verdict.firstBroken ?? (chainProblems[0] === undefined ? undefined : breakOf(chainProblems[0]));
    const eventFirst = lines.problems[0] === undefined ? undefined : breakOf(lines.problems[0]);
    const firstBroken =
      chainFirst === undefined || (eventFirst !== undefined && lines.position(eventFirst) < lines.position(chainFirst)) ? eventFirst : chainFirst;
    return {
      ok: problems.length === 0,
      events: verdict.eventCount,
      ...(verdict.tip.seq >= 0 ? { tip: { seq: verdict.tip.seq, hash: verdict.tip.hash } } : {}),
      ...(firstBroken !== undefined ? { firstBroken } : {}),
      problems,
    };
  };
}

const breakOf = (p: LedgerDiagnostic): ChainBreak => ({ file: p.file ?? 'audit', line: p.line ?? 0, code: p.code, message: p.message });

/** `audit/2025-01.jsonl:17 E_LEDGER_HASH_MISMATCH the line does not match its recorded hash`. */
export function describeBreak(verdict: ChainVerdict): string {
  const first = verdict.firstBroken ?? verdict.problems[0];
  if (first === undefined) return 'the chain does not verify';
  return `${first.file ?? 'audit'}:${first.line ?? 0} ${first.code} ${first.message}`;
}
