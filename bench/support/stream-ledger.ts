import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import type { ChainVerdict, OnEvent } from '../../src/audit-view/ledger-stream.js';
import { GENESIS_PREV } from '../../src/ledger/events.js';
import { decodeLine } from '../../src/ledger/line.js';

/**
 * A minimal streaming chain reader, for the benchmark only: month files in
 * name order, read in chunks, each line decoded and hash-checked by the
 * ledger's own `decodeLine`, seq and prev links checked, every event handed
 * to `onEvent` and dropped. It stands in for the streaming reader the ledger
 * module is getting, so the benchmark can show what the export and the
 * report cost by themselves once the ledger streams. It is not the product's
 * verifier (no month, time-order or file-format checks).
 */
export function streamLedgerForBench(root: string, onEvent: OnEvent): ChainVerdict {
  const dir = path.join(root, 'audit');
  const names = readdirSync(dir).filter((n) => /^\d{4}-\d{2}\.jsonl$/.test(n)).sort();
  let seq = 0;
  let prev = GENESIS_PREV;
  const chunk = Buffer.alloc(4 * 1024 * 1024);
  for (const name of names) {
    const fd = openSync(path.join(dir, name), 'r');
    let carry = '';
    let line = 0;
    try {
      for (;;) {
        const n = readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        // Cut at the last newline of the chunk: a UTF-8 sequence never contains 0x0a.
        const cut = chunk.lastIndexOf(0x0a, n - 1);
        const text = carry + chunk.toString('utf8', 0, cut === -1 ? n : cut + 1);
        carry = cut === -1 ? '' : chunk.toString('utf8', cut + 1, n);
        let start = 0;
        for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
          line += 1;
          const decoded = decodeLine(text.slice(start, end));
          start = end + 1;
          const where = { file: `audit/${name}`, line };
          if (!decoded.ok) return broken(seq, decoded.code, decoded.message, where);
          const e = decoded.event;
          if (e.seq !== seq) return broken(seq, 'E_LEDGER_SEQ_GAP', `the event has seq ${e.seq} where ${seq} was expected`, where);
          if (e.prev !== prev) return broken(seq, 'E_LEDGER_PREV_MISMATCH', 'the event does not link to the hash of the event before it', where);
          onEvent(e);
          seq += 1;
          prev = e.hash;
        }
        carry = text.slice(start) + carry;
      }
    } finally {
      closeSync(fd);
    }
    if (carry !== '') return broken(seq, 'E_LEDGER_LINE_FORMAT', 'the last line has no final newline', { file: `audit/${name}`, line: line + 1 });
  }
  return { ok: true, events: seq, ...(seq > 0 ? { tip: { seq: seq - 1, hash: prev } } : {}), problems: [] };
}

function broken(events: number, code: ChainVerdict['problems'][number]['code'], message: string, where: { file: string; line: number }): ChainVerdict {
  return { ok: false, events, firstBroken: { ...where, code, message }, problems: [] };
}
