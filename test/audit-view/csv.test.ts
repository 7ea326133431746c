import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, guardFormula, UTF8_BOM } from '../../src/audit-view/csv.js';
import { parseCsv, unguard } from '../support/csv-parse.js';

/** A small deterministic generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['a', 'Z', '0', ' ', ',', '"', '""', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', "'", ';', 'é', '支', '😀', '<', '>', '&'];

describe('CSV cells', () => {
  it('neutralise text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(guardFormula(`${start}SUM(A1:A2)`)).toBe(`'${start}SUM(A1:A2)`);
    }
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField("'=already quoted")).toBe("''=already quoted");
    expect(csvField("'tis")).toBe("''tis");
    expect(csvField('a=b')).toBe('a=b');
  });

  it('write numbers as numbers and leave missing values empty', () => {
    expect(csvRecord([1, 0, 12.5, undefined, null, Number.NaN, true, ''])).toBe('1,0,12.5,,,,true,\r\n');
  });

  it('quote exactly the fields that hold a comma, a quote, CR or LF', () => {
    expect(csvRecord(['a,b', 'say "hi"', 'two\nlines', 'x'])).toBe('"a,b","say ""hi""","two\nlines",x\r\n');
  });

  it('round-trip 5,000 random records through a strict RFC 4180 reader', () => {
    const next = random(20_251_205);
    const records: string[][] = [];
    for (let r = 0; r < 5000; r += 1) {
      const fields: string[] = [];
      const width = 1 + Math.floor(next() * 6);
      for (let f = 0; f < width; f += 1) {
        let text = '';
        const length = Math.floor(next() * 8);
        for (let c = 0; c < length; c += 1) text += ALPHABET[Math.floor(next() * ALPHABET.length)] ?? '';
        fields.push(text);
      }
      records.push(fields);
    }
    const text = UTF8_BOM + records.map(csvRecord).join('');
    const parsed = parseCsv(text);
    expect(parsed.bom).toBe(true);
    expect(parsed.records.length).toBe(records.length);
    parsed.records.forEach((cells, r) => {
      expect(cells.map(unguard), `record ${r}`).toEqual(records[r]);
      // Nothing a spreadsheet would evaluate survives, whatever the text was.
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });
  });

  it('the reader refuses what RFC 4180 does not allow (so the round trip can fail)', () => {
    expect(() => parseCsv('a,b\n')).toThrow(/CSV/);
    expect(() => parseCsv('a"b\r\n')).toThrow(/quote inside/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/not followed/);
    expect(() => parseCsv('"open\r\n')).toThrow(/unterminated/);
    expect(() => parseCsv('a,b')).toThrow(/without CRLF/);
    expect(parseCsv('a,"b\r\nc"\r\n').records).toEqual([['a', 'b\r\nc']]);
  });
});
