import { describe, expect, it } from 'vitest';
import { canonicalJson, lineBody, sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { verifyChain, type LedgerFile } from '../../src/ledger/chain.js';
import { editLine, grantedDraft, sealBatches, T0, toFiles, twoMonthLedger } from './fixtures.js';

const JAN = 'audit/2025-01.jsonl';
const FEB = 'audit/2025-02.jsonl';

function file(files: readonly LedgerFile[], path: string): string {
  const text = files.find((f) => f.path === path)?.text;
  if (text === undefined) throw new Error(`no ${path}`);
  return text;
}

function replace(files: readonly LedgerFile[], path: string, text: string): LedgerFile[] {
  return files.map((f) => (f.path === path ? { path, text } : f));
}

/** Re-seals a line after editing its body, as someone covering their tracks would. */
function resealed(line: string, edit: (event: Record<string, unknown>) => void): string {
  const event = JSON.parse(line) as Record<string, unknown>;
  delete event.hash;
  edit(event);
  const body = canonicalJson(event);
  return sealLine(body, sha256Hex(body));
}

describe('verifyChain', () => {
  it('accepts a valid chain across two month files, in file-name order whatever the input order', () => {
    const { files, sealed } = twoMonthLedger();
    expect(files.map((f) => f.path)).toEqual([JAN, FEB]);
    const result = verifyChain([...files].reverse());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.events.map((e) => e.hash)).toEqual(sealed.map((s) => s.event.hash));
    expect(result.tip.seq).toBe(5);
    expect(result.events[0]?.prev).toBe('0'.repeat(64));
  });

  it('names the file and line of a line with one field tampered', () => {
    const { files } = twoMonthLedger();
    const text = editLine(file(files, FEB), 2, (l) => l.replace('"duration":"4h"', '"duration":"9h"'));
    const result = verifyChain(replace(files, FEB, text));
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ file: FEB, line: 2, code: 'E_LEDGER_HASH_MISMATCH' });
    expect(result.problems).toHaveLength(1);
  });

  it('names a tampered line even when its own hash was recomputed (the next link breaks)', () => {
    const { files } = twoMonthLedger();
    const text = editLine(file(files, JAN), 1, (l) => resealed(l, (e) => (e.expires_at = '2026-01-01T00:00:00Z')));
    const result = verifyChain(replace(files, JAN, text));
    expect(result.firstBroken).toMatchObject({ file: JAN, line: 2, code: 'E_LEDGER_PREV_MISMATCH' });
  });

  it('catches a deleted line at the line after the gap', () => {
    const { files } = twoMonthLedger();
    const text = editLine(file(files, JAN), 2, () => undefined);
    const result = verifyChain(replace(files, JAN, text));
    expect(result.firstBroken).toMatchObject({ file: JAN, line: 2, code: 'E_LEDGER_SEQ_GAP' });
    expect(result.problems.map((p) => p.code)).toEqual(['E_LEDGER_SEQ_GAP', 'E_LEDGER_PREV_MISMATCH']);
  });

  it('catches two swapped lines', () => {
    const { files } = twoMonthLedger();
    const lines = file(files, FEB).split('\n');
    [lines[0], lines[1]] = [lines[1] ?? '', lines[0] ?? ''];
    const result = verifyChain(replace(files, FEB, lines.join('\n')));
    expect(result.firstBroken).toMatchObject({ file: FEB, line: 1, code: 'E_LEDGER_SEQ_GAP' });
    expect(result.problems.some((p) => p.code === 'E_LEDGER_PREV_MISMATCH' && p.line === 1)).toBe(true);
  });

  it('catches an edited line in an earlier month file', () => {
    const { files } = twoMonthLedger();
    const text = editLine(file(files, JAN), 3, (l) => l.replace('"cause":"expired"', '"cause":"relinquished"'));
    const result = verifyChain(replace(files, JAN, text));
    expect(result.firstBroken).toMatchObject({ file: JAN, line: 3, code: 'E_LEDGER_HASH_MISMATCH' });
  });

  it('catches a whole earlier month file removed, at the first line of the next', () => {
    const { files } = twoMonthLedger();
    const result = verifyChain(files.filter((f) => f.path !== JAN));
    expect(result.firstBroken).toMatchObject({ file: FEB, line: 1, code: 'E_LEDGER_SEQ_GAP' });
  });

  it('catches a cut-off tail only against an anchor seen earlier', () => {
    const { files, sealed } = twoMonthLedger();
    const last = sealed[sealed.length - 1]?.event;
    if (last === undefined) throw new Error('empty');
    const cut = replace(files, FEB, editLine(file(files, FEB), 3, () => undefined).replace(/\n\n$/, '\n'));
    expect(verifyChain(cut).ok).toBe(true);
    expect(verifyChain(files, { anchor: last }).ok).toBe(true);
    const result = verifyChain(cut, { anchor: last });
    expect(result.firstBroken).toMatchObject({ file: FEB, code: 'E_LEDGER_TRUNCATED' });
  });

  it('refuses a line whose hash is not the sha256 of its canonical body', () => {
    const { files } = twoMonthLedger();
    const line = file(files, JAN).split('\n')[0] ?? '';
    expect(sha256Hex(lineBody(line))).toBe((JSON.parse(line) as { hash: string }).hash);
    const event = JSON.parse(line) as Record<string, unknown>;
    delete event.hash;
    expect(lineBody(line)).toBe(canonicalJson(event));
  });

  describe('refuses any second byte form of a file', () => {
    const cases: [string, (text: string) => string, string, number][] = [
      ['a blank line', (t) => t.replace('\n', '\n\n'), 'E_LEDGER_LINE_FORMAT', 2],
      ['CRLF line endings', (t) => t.replace(/\n/g, '\r\n'), 'E_LEDGER_LINE_FORMAT', 1],
      ['a missing final newline', (t) => t.slice(0, -1), 'E_LEDGER_LINE_FORMAT', 3],
      ['trailing text after the event', (t) => editLine(t, 2, (l) => `${l} `), 'E_LEDGER_LINE_FORMAT', 2],
      ['trailing garbage', (t) => editLine(t, 2, (l) => `${l}{}`), 'E_LEDGER_LINE_FORMAT', 2],
      ['whitespace inside the JSON', (t) => editLine(t, 1, (l) => l.replace('"v":2', '"v": 2')), 'E_LEDGER_LINE_FORMAT', 1],
      ['a duplicated key', (t) => editLine(t, 1, (l) => l.replace('"v":2', '"v":2,"v":2')), 'E_LEDGER_LINE_FORMAT', 1],
      ['a non-canonical escape', (t) => editLine(t, 1, (l) => l.replace('"alice"', '"\\u0061lice"')), 'E_LEDGER_LINE_FORMAT', 1],
      ['a byte order mark', (t) => `\uFEFF${t}`, 'E_LEDGER_FILE_ENCODING', 1],
      ['an empty file', () => '', 'E_LEDGER_LINE_FORMAT', 1],
      ['a line that is not JSON', (t) => editLine(t, 2, () => 'not json,"hash":"' + '0'.repeat(64) + '"}'), 'E_LEDGER_LINE_FORMAT', 2],
    ];
    for (const [what, mutate, code, line] of cases) {
      it(what, () => {
        const { files } = twoMonthLedger();
        const result = verifyChain(replace(files, JAN, mutate(file(files, JAN))));
        expect(result.firstBroken).toMatchObject({ file: JAN, line, code });
      });
    }
  });

  it('refuses fields out of canonical order even when the hash matches', () => {
    const { files } = twoMonthLedger();
    const text = editLine(file(files, JAN), 1, (l) => {
      const { v, ...rest } = JSON.parse(l) as Record<string, unknown>;
      delete rest.hash;
      const body = JSON.stringify({ v, ...(JSON.parse(canonicalJson(rest)) as object) });
      return sealLine(body, sha256Hex(body));
    });
    const result = verifyChain(replace(files, JAN, text));
    expect(result.firstBroken).toMatchObject({ file: JAN, line: 1, code: 'E_LEDGER_EVENT_INVALID' });
    expect(result.firstBroken?.message).toMatch(/canonical \(sorted\) order/);
  });

  it('refuses an unknown field, an unknown type and a newer version, naming file:line and the field', () => {
    const { files } = twoMonthLedger();
    const base = file(files, JAN);
    const unknownField = verifyChain(
      replace(
        files,
        JAN,
        editLine(base, 1, (l) => resealed(l, (e) => (e.zzz_secret = 'hunter2'))),
      ),
    );
    expect(unknownField.firstBroken).toMatchObject({ file: JAN, line: 1, code: 'E_LEDGER_EVENT_INVALID' });
    expect(JSON.stringify(unknownField.problems)).not.toContain('hunter2');
    expect(JSON.stringify(unknownField.problems)).not.toContain('zzz_secret');
    const unknownType = verifyChain(
      replace(
        files,
        JAN,
        editLine(base, 2, (l) => resealed(l, (e) => (e.type = 'granted_forever'))),
      ),
    );
    expect(unknownType.firstBroken).toMatchObject({ file: JAN, line: 2, code: 'E_LEDGER_EVENT_INVALID', message: expect.stringContaining('/type') as unknown });
    const version = verifyChain(
      replace(
        files,
        JAN,
        editLine(base, 1, (l) => resealed(l, (e) => (e.v = 3))),
      ),
    );
    expect(version.firstBroken).toMatchObject({ file: JAN, line: 1, code: 'E_LEDGER_VERSION' });
  });

  it('refuses an event filed under the wrong month and time running backwards', () => {
    const { files } = twoMonthLedger();
    const jan = file(files, JAN);
    const feb = file(files, FEB);
    const moved = verifyChain([{ path: JAN, text: jan + feb }]);
    expect(moved.firstBroken).toMatchObject({ file: JAN, line: 4, code: 'E_LEDGER_FILE_MONTH' });

    const sealed = sealBatches([{ at: T0, drafts: [grantedDraft('a-1', T0)] }]);
    const back = sealBatches([{ at: T0 - 60_000, drafts: [grantedDraft('b-2', T0 - 60_000)] }], {
      seq: 0,
      hash: sealed[0]?.event.hash ?? '',
      at: Number.NEGATIVE_INFINITY,
    });
    const result = verifyChain(toFiles([...sealed, ...back]));
    expect(result.firstBroken).toMatchObject({ file: JAN, line: 2, code: 'E_LEDGER_TIME_ORDER' });
  });

  it('refuses files that are not month files, and still reads the real ones', () => {
    const { files } = twoMonthLedger();
    const result = verifyChain([...files, { path: 'audit/notes.txt', text: 'x\n' }, { path: 'audit/2025-13.jsonl', text: '' }]);
    expect(result.problems.map((p) => [p.code, p.file])).toEqual([
      ['E_LEDGER_FILE_NAME', 'audit/2025-13.jsonl'],
      ['E_LEDGER_FILE_NAME', 'audit/notes.txt'],
    ]);
    expect(result.events).toHaveLength(6);
  });
});
