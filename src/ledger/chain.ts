import type { Clock } from '../time/clock.js';
import { formatInstant, isFiniteInstant } from '../time/instant.js';
import { EMPTY_TIP, EVENT_VERSION, type ChainTip, type EventDraft, type LedgerEvent } from './events.js';
import { instantMs } from './instant-fast.js';
import { decodeLine, encodeLine } from './line.js';
import { LedgerError, ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';

export const LEDGER_DIR = 'audit';
/** `audit/YYYY-MM.jsonl`: one file per month of the events' `at`. */
export const LEDGER_FILE = /^audit\/([0-9]{4}-(?:0[1-9]|1[0-2]))\.jsonl$/;
/** Past this many problems the rest are counted, not listed. */
export const MAX_PROBLEMS = 50;

export function ledgerPath(at: string): string {
  return `${LEDGER_DIR}/${at.slice(0, 7)}.jsonl`;
}

export interface LedgerFile {
  readonly path: string;
  /** Undefined when the path exists but is not a regular file (symlink, directory, submodule). */
  readonly text: string | undefined;
}

export interface ChainBreak {
  readonly file: string;
  readonly line: number;
  readonly code: LedgerDiagnostic['code'];
  readonly message: string;
}

export interface ChainResult {
  readonly ok: boolean;
  /**
   * Every line that decoded to a valid event, in chain order, even when the
   * chain is broken elsewhere: the revoke job still needs to know what is due.
   */
  readonly events: readonly LedgerEvent[];
  /** The last decoded event; only meaningful to append to when `ok`. */
  readonly tip: ChainTip;
  readonly firstBroken?: ChainBreak;
  readonly problems: readonly LedgerDiagnostic[];
  /** Problems beyond MAX_PROBLEMS, not listed. */
  readonly moreProblems: number;
}

export interface VerifyOptions {
  /**
   * An event the chain must still contain (a tip seen earlier, e.g. before a
   * retry). A hash chain alone cannot notice its tail being cut off; this can.
   */
  readonly anchor?: Pick<ChainTip, 'seq' | 'hash'>;
}

/**
 * Reads the ledger files as one chain, in file-name order then line order,
 * recomputing every hash, `prev` link and `seq`. Format rules (so a file has
 * exactly one byte form): every line is one canonical event followed by LF;
 * no blank lines, no CR, no BOM, no empty file, and the file ends with LF.
 * Continues past a break to report the rest; `firstBroken` names the first.
 */
export function verifyChain(files: readonly LedgerFile[], options: VerifyOptions = {}): ChainResult {
  const problems: LedgerDiagnostic[] = [];
  let more = 0;
  const report = (d: LedgerDiagnostic): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(d);
    else more += 1;
  };
  const events: LedgerEvent[] = [];
  // After a line that does not decode, the next link cannot be checked: resync on it.
  let expectSeq: number | undefined = 0;
  let expectPrev: string | undefined = EMPTY_TIP.hash;
  let lastAt = EMPTY_TIP.at;
  let anchorFound = false;

  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const [f, { path, text }] of ordered.entries()) {
    const month = LEDGER_FILE.exec(path)?.[1];
    if (month === undefined || ordered[f + 1]?.path === path) {
      report(ledgerDiagnostic('E_LEDGER_FILE_NAME', 'is not a ledger file name (audit/YYYY-MM.jsonl), or is listed twice', { file: path }));
      continue;
    }
    if (text === undefined) {
      report(ledgerDiagnostic('E_LEDGER_FILE_TYPE', 'is not a regular file', { file: path }));
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) {
      report(ledgerDiagnostic('E_LEDGER_FILE_ENCODING', 'the file starts with a byte order mark', { file: path, line: 1 }));
      continue;
    }
    if (text.length === 0) {
      report(ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the file is empty; month files are created with their first event', { file: path, line: 1 }));
      continue;
    }
    const hasCr = text.includes('\r');
    // Lines are cut one at a time rather than split up front, so each dies
    // young: a million-line split array would be promoted and re-scanned by GC.
    const at = (line: number): { file: string; line: number } => ({ file: path, line });
    let start = 0;
    for (let i = 0; start < text.length; i += 1) {
      const newline = text.indexOf('\n', start);
      const last = newline === -1;
      const line = text.slice(start, last ? text.length : newline);
      start = last ? text.length : newline + 1;
      if (line.length === 0) {
        report(ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the line is blank', at(i + 1)));
        expectSeq = expectPrev = undefined;
        continue;
      }
      if (hasCr && line.includes('\r')) {
        report(ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the line contains a carriage return (CRLF line ending?)', at(i + 1)));
        expectSeq = expectPrev = undefined;
        continue;
      }
      if (last) {
        report(ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the last line has no final newline', at(i + 1)));
      }
      const decoded = decodeLine(line);
      if (!decoded.ok) {
        report(ledgerDiagnostic(decoded.code, decoded.message, { ...at(i + 1), ...(decoded.pointer !== undefined ? { pointer: decoded.pointer } : {}) }));
        expectSeq = expectPrev = undefined;
        continue;
      }
      const e = decoded.event;
      if (expectSeq !== undefined && e.seq !== expectSeq) {
        report(ledgerDiagnostic('E_LEDGER_SEQ_GAP', `the event has seq ${e.seq} where ${expectSeq} was expected`, at(i + 1)));
      }
      if (expectPrev !== undefined && e.prev !== expectPrev) {
        report(ledgerDiagnostic('E_LEDGER_PREV_MISMATCH', 'the event does not link to the hash of the event before it', at(i + 1)));
      }
      // `month` is exactly YYYY-MM: compared in place as the prefix of `at`, no substring per line.
      if (!e.at.startsWith(month)) {
        report(ledgerDiagnostic('E_LEDGER_FILE_MONTH', 'the event is dated outside the month its file is named for', at(i + 1)));
      }
      const atMs = instantMs(e.at) ?? Number.NaN;
      if (atMs < lastAt) report(ledgerDiagnostic('E_LEDGER_TIME_ORDER', 'the event is dated before the event preceding it', at(i + 1)));
      if (options.anchor !== undefined && e.seq === options.anchor.seq && e.hash === options.anchor.hash) anchorFound = true;
      events.push(e);
      expectSeq = e.seq + 1;
      expectPrev = e.hash;
      lastAt = atMs;
    }
  }
  if (options.anchor !== undefined && options.anchor.seq >= 0 && !anchorFound) {
    const last = ordered[ordered.length - 1]?.path;
    report(ledgerDiagnostic('E_LEDGER_TRUNCATED', `the ledger no longer holds event seq ${options.anchor.seq} seen before`, last === undefined ? {} : { file: last }));
  }
  const lastEvent = events[events.length - 1];
  const tip: ChainTip = lastEvent === undefined ? EMPTY_TIP : { seq: lastEvent.seq, hash: lastEvent.hash, at: lastAt };
  const first = problems[0];
  return {
    ok: first === undefined,
    events,
    tip,
    problems,
    moreProblems: more,
    ...(first === undefined
      ? {}
      : { firstBroken: { file: first.file ?? LEDGER_DIR, line: first.line ?? 0, code: first.code, message: first.message } }),
  };
}

export interface SealedEvent {
  readonly event: LedgerEvent;
  /** The stored line, without its LF. */
  readonly line: string;
  readonly path: string;
}

/**
 * Places drafts on the chain after `tip`: seq, prev, hash, and `at` from the
 * clock, but never before the tip's (a runner's clock may lag the last
 * writer's; the chain's time order and its month files stay consistent).
 * Every sealed line is read back through the strict reader in write mode, so
 * nothing is written that a later run could not read.
 */
export function appendEvents(tip: ChainTip, drafts: readonly EventDraft[], clock: Clock): SealedEvent[] {
  const atMs = Math.max(clock.now(), tip.at);
  if (!isFiniteInstant(atMs)) throw new RangeError('the clock returned a non-finite instant');
  const at = formatInstant(atMs);
  const sealed: SealedEvent[] = [];
  let seq = tip.seq;
  let prev = tip.hash;
  for (const draft of drafts) {
    seq += 1;
    let line: string;
    let hash: string;
    try {
      ({ line, hash } = encodeLine({ ...draft, v: EVENT_VERSION, seq, at, prev }));
    } catch (error) {
      const what = error instanceof Error ? error.message : 'cannot be serialised';
      throw new LedgerError([ledgerDiagnostic('E_LEDGER_DRAFT_INVALID', `the ${draft.type} event for request ${safeId(draft.request)}: ${what}`)]);
    }
    const decoded = decodeLine(line, 'write');
    if (!decoded.ok) {
      throw new LedgerError([
        ledgerDiagnostic('E_LEDGER_DRAFT_INVALID', `the ${draft.type} event for request ${safeId(draft.request)}: ${decoded.message}`, decoded.pointer === undefined ? {} : { pointer: decoded.pointer }),
      ]);
    }
    sealed.push({ event: decoded.event, line, path: ledgerPath(at) });
    prev = hash;
  }
  return sealed;
}

/** Request ids in messages only when they passed the id pattern. */
function safeId(id: unknown): string {
  return typeof id === 'string' && /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/.test(id) ? id : '(invalid id)';
}
