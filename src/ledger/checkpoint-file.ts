import { lineBody, sha256Hex } from './canonical.js';
import type { IntentEvent, LedgerEvent } from './events.js';
import { CHECKPOINT_PATH } from './layout.js';
import { decodeRecord } from './line.js';
import { ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';
import { partDigest, type CheckpointRecord } from './record.js';

/** One line of audit/checkpoint.jsonl: a copy of a chain line. */
export interface CheckpointLine {
  readonly seq: number;
  readonly hash: string;
  readonly request: string;
  readonly line: string;
}

const SHAPE = /^\{.*"hash":"([0-9a-f]{64})"\}$/;

/**
 * The lines of audit/checkpoint.jsonl, each proven to be the bytes its own
 * hash names (so a line equal in seq and hash to a chain line is that line).
 * Sequence numbers rise strictly within each part; where the parts meet is
 * the record's to say (`open_events`).
 */
export function readCheckpointFile(text: string): { readonly lines: readonly CheckpointLine[]; readonly problem?: LedgerDiagnostic } {
  const lines: CheckpointLine[] = [];
  if (text === '') return { lines };
  if (!text.endsWith('\n') || text.includes('\r') || text.charCodeAt(0) === 0xfeff) {
    return {
      lines,
      problem: ledgerDiagnostic('E_LEDGER_LINE_FORMAT', 'the checkpoint file is not LF-terminated canonical JSON lines', { file: CHECKPOINT_PATH, line: 1 }),
    };
  }
  const raw = text.slice(0, -1).split('\n');
  for (const [i, line] of raw.entries()) {
    const where = { file: CHECKPOINT_PATH, line: i + 1 };
    const hash = SHAPE.exec(line)?.[1];
    let parsed: { seq?: unknown; request?: unknown; type?: unknown } | undefined;
    try {
      parsed = hash === undefined ? undefined : (JSON.parse(line) as typeof parsed);
    } catch {
      parsed = undefined;
    }
    if (hash === undefined || parsed === undefined || typeof parsed.seq !== 'number' || typeof parsed.request !== 'string') {
      return { lines, problem: ledgerDiagnostic('E_LEDGER_CHECKPOINT_MISMATCH', 'the line is not an event of the chain', where) };
    }
    if (sha256Hex(lineBody(line)) !== hash)
      return { lines, problem: ledgerDiagnostic('E_LEDGER_CHECKPOINT_MISMATCH', 'the line does not match its recorded hash', where) };
    lines.push({ seq: parsed.seq, hash, request: parsed.request, line });
  }
  return { lines };
}

/** The file's text for the open and kept parts (each in sequence order). */
export function checkpointFileText(open: readonly string[], kept: readonly string[]): string {
  const all = [...open, ...kept];
  return all.length === 0 ? '' : `${all.join('\n')}\n`;
}

/**
 * The events a run seeds its view with: the file's lines decoded (a slim
 * granted takes its body from an intent before it in the file), held to the
 * record that opens the newest segment.
 */
export function checkpointEvents(
  record: CheckpointRecord,
  lines: readonly CheckpointLine[],
): { readonly events: readonly { readonly event: LedgerEvent; readonly line: string }[]; readonly problem?: LedgerDiagnostic } {
  const open = lines.slice(0, record.open_events);
  const kept = lines.slice(record.open_events);
  const where = { file: CHECKPOINT_PATH, line: 0 };
  const rising = (part: readonly CheckpointLine[]): boolean => part.every((l, i) => i === 0 || l.seq > (part[i - 1]?.seq ?? -1));
  if (
    open.length !== record.open_events ||
    kept.length !== record.kept_events ||
    !rising(open) ||
    !rising(kept) ||
    lines.some((l) => l.seq >= record.seq) ||
    partDigest(open.map((l) => l.hash)) !== record.open ||
    partDigest(kept.map((l) => l.hash)) !== record.kept
  ) {
    return {
      events: [],
      problem: ledgerDiagnostic(
        'E_LEDGER_CHECKPOINT_MISMATCH',
        "audit/checkpoint.jsonl does not hold the events the newest segment's checkpoint record commits to",
        where,
      ),
    };
  }
  // Decoded in sequence order across both parts: an intent always precedes the granted that leaves its body out.
  const ordered = [...lines].sort((a, b) => a.seq - b.seq);
  const intents = new Map<string, IntentEvent>();
  const events: { event: LedgerEvent; line: string }[] = [];
  for (const l of ordered) {
    const decoded = decodeRecord(l.line, 'read', { intentFor: (request) => intents.get(request) });
    if (!decoded.ok || decoded.kind !== 'event') {
      return {
        events: [],
        problem: ledgerDiagnostic(
          decoded.ok ? 'E_LEDGER_CHECKPOINT_MISMATCH' : decoded.code,
          decoded.ok ? 'the file holds a checkpoint record' : decoded.message,
          where,
        ),
      };
    }
    if (decoded.event.type === 'intent') intents.set(decoded.event.request, decoded.event);
    events.push({ event: decoded.event, line: l.line });
  }
  return { events };
}

/**
 * audit/checkpoint.jsonl held to the newest checkpoint record and the chain:
 * its open part the events the fold found open there (`openHashes`, in
 * order), its kept part the whole current state of each request it names
 * (`kept`), each line the chain's own. A file line is the bytes its hash
 * names (readCheckpointFile), so the same hashes in the same order are the
 * same events.
 */
export function fileAgainstRecord(
  file: readonly CheckpointLine[],
  record: CheckpointRecord,
  openHashes: string,
  kept: (requests: ReadonlySet<string>) => readonly { readonly seq: number; readonly hash: string }[],
): LedgerDiagnostic | undefined {
  const where = { file: CHECKPOINT_PATH, line: 0 };
  const open = file.slice(0, record.open_events);
  const keptLines = file.slice(record.open_events);
  const chainKept = kept(new Set(keptLines.map((l) => l.request)));
  const sameList = (a: readonly { seq: number; hash: string }[], b: readonly { seq: number; hash: string }[]): boolean =>
    a.length === b.length && a.every((x, i) => x.seq === b[i]?.seq && x.hash === b[i]?.hash);
  if (open.map((e) => e.hash).join('') !== openHashes || partDigest(open.map((e) => e.hash)) !== record.open) {
    return ledgerDiagnostic(
      'E_LEDGER_CHECKPOINT_MISMATCH',
      'the open events audit/checkpoint.jsonl holds are not those the newest checkpoint record commits to',
      where,
    );
  }
  if (!sameList(keptLines, chainKept) || partDigest(keptLines.map((e) => e.hash)) !== record.kept || keptLines.length !== record.kept_events) {
    return ledgerDiagnostic(
      'E_LEDGER_CHECKPOINT_MISMATCH',
      "the kept events audit/checkpoint.jsonl holds are not the chain's own, or not the whole state of the requests they belong to",
      where,
    );
  }
  return undefined;
}
