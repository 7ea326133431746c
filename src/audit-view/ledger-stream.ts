import { verifyLedgerDir, type ChainBreak, type ChainResult, type LedgerDiagnostic, type LedgerEvent } from '../ledger/index.js';

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

/** Called once per verified event, in chain order. */
export type OnEvent = (event: LedgerEvent) => void;

/** A ledger as a stream of events plus the verdict at the end. */
export type LedgerSource = (onEvent: OnEvent) => Promise<ChainVerdict>;

/**
 * The ledger of a checkout at `root` (its audit/ directory), as a stream.
 *
 * This is the one seam between the audit views and the ledger reader: today
 * it sits on `verifyLedgerDir`, which reads and verifies every file first and
 * hands back all events at once (so the whole ledger is in memory here, for
 * the length of the call). A reader that streams (`streamLedgerDir(root,
 * onEvent, options) -> verdict`) drops in here unchanged for the callers:
 * they never keep the events they are given, and they treat a verdict that is
 * not `ok` as a refusal of everything they were fed before it.
 */
export function checkoutLedger(root: string): LedgerSource {
  return async (onEvent) => streamChainResult(await verifyLedgerDir(root), onEvent);
}

/**
 * An already-read chain (the revoke job reads the ledger through the GitHub
 * API) fed through the same contract. Events are fed even when the chain is
 * broken, as a streaming reader would feed those before the break: callers
 * must hold back until the verdict.
 */
export function streamChainResult(result: ChainResult, onEvent: OnEvent): ChainVerdict {
  for (const event of result.events) onEvent(event);
  const last = result.events[result.events.length - 1];
  return {
    ok: result.ok,
    events: result.events.length,
    ...(last !== undefined ? { tip: { seq: last.seq, hash: last.hash } } : {}),
    ...(result.firstBroken !== undefined ? { firstBroken: result.firstBroken } : {}),
    problems: result.problems,
  };
}

/** `audit/2025-01.jsonl:17 E_LEDGER_HASH_MISMATCH the line does not match its recorded hash`. */
export function describeBreak(verdict: ChainVerdict): string {
  const first = verdict.firstBroken ?? verdict.problems[0];
  if (first === undefined) return 'the chain does not verify';
  return `${first.file ?? 'audit'}:${first.line ?? 0} ${first.code} ${first.message}`;
}
