import {
  ledgerFilesFrom,
  streamLedgerDir,
  type ChainBreak,
  type EventType,
  type LedgerDiagnostic,
  type LedgerEvent,
  type LedgerReader,
  type Where,
} from '../ledger/index.js';
import { recordsHeld } from '../providers/planners.js';

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

/** Called once per verified event, in chain order, with the file and line it stands at. */
export type OnEvent = (event: LedgerEvent, where: Where) => void;

/**
 * Which events a consumer takes, asked of each line whose chain facts hold
 * (its type and its bytes) before it is decoded: the others are verified
 * like every line and never decoded. Only a line that cannot be what the
 * consumer reads may be declined (a view that counts every event takes all).
 */
export type TakesEvent = (type: EventType, bytes: Buffer, lineStart: number, lineEnd: number) => boolean;

/** A ledger as a stream of events plus the verdict at the end. */
export type LedgerSource = (onEvent: OnEvent, takes?: TakesEvent) => Promise<ChainVerdict>;

/** Where the chain goes on past the checkout: the ledger at a later commit of the same branch. */
export interface LaterCommit {
  readonly store: LedgerReader;
  readonly commitSha: string;
}

/**
 * The ledger of a checkout at `root` (its audit/ directory), streamed from
 * genesis one file at a time and verified as `audit verify` does (held
 * flags and intents included): memory is a few segments, never the history.
 * With `later`, the chain goes on with that commit's segments from the
 * checkout's newest one (the revoke job's checkout plus what runs committed
 * since, read through the API: a handful of files, not the history); from a
 * checkout with no ledger, the whole ledger at that commit.
 * Callers never keep the events they are given, and treat a verdict that is
 * not `ok` as a refusal of everything they were fed before it.
 */
export function checkoutLedger(root: string, later?: LaterCommit): LedgerSource {
  return async (onEvent, takes) => {
    const listing: LedgerDiagnostic[] = [];
    const verdict = await streamLedgerDir(root, onEvent, {
      recordsHeld,
      // The views' consumers are synchronous: each event is handed over as it is read and let go.
      direct: true,
      ...(takes !== undefined ? { hands: takes } : {}),
      ...(later !== undefined ? { tail: (fromSeq: number | undefined) => ledgerFilesFrom(later.store, later.commitSha, fromSeq, listing) } : {}),
    });
    const problems = [...listing, ...verdict.problems];
    const first = problems[0];
    return {
      ok: first === undefined,
      events: verdict.eventCount,
      ...(verdict.tip.seq >= 0 ? { tip: { seq: verdict.tip.seq, hash: verdict.tip.hash } } : {}),
      ...(first !== undefined
        ? { firstBroken: verdict.firstBroken ?? { file: first.file ?? 'audit', line: first.line ?? 0, code: first.code, message: first.message } }
        : {}),
      problems,
    };
  };
}

/** `audit/2025-01.jsonl:17 E_LEDGER_HASH_MISMATCH the line does not match its recorded hash`. */
export function describeBreak(verdict: ChainVerdict): string {
  const first = verdict.firstBroken ?? verdict.problems[0];
  if (first === undefined) return 'the chain does not verify';
  return `${first.file ?? 'audit'}:${first.line ?? 0} ${first.code} ${first.message}`;
}
