/**
 * CSV as RFC 4180 writes it and spreadsheets read it: fields separated by
 * commas, records ended by CRLF, a field quoted (with inner quotes doubled)
 * exactly when it holds a comma, a quote, CR or LF.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula
 * (and some strip a leading tab or CR first), so a reason or ticket written
 * by a requester could run in the auditor's spreadsheet ("CSV injection").
 * Such a text cell gets a leading apostrophe: spreadsheets show it as text,
 * and the apostrophe marks the one change made to the recorded text. A text
 * that starts with an apostrophe itself gets one too, so the rule reverses
 * exactly: drop one leading apostrophe to get the recorded text back. Numbers
 * are written as numbers and never guarded (none in the export is negative).
 * The JSON export is never altered.
 */
const FORMULA_START = /^[=+\-@\t\r']/;
const NEEDS_QUOTES = /[",\r\n]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** 1 at the first characters guardFormula acts on, as char codes: = + - @ tab CR and the apostrophe. */
const GUARDED = new Uint8Array(128);
for (const c of [0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d, 0x27]) GUARDED[c] = 1;

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  // Text first: most cells are. The same rule as guardFormula, by char code: this runs for every cell of every row.
  if (typeof value === 'string') {
    const first = value.charCodeAt(0);
    const text = first < 128 && GUARDED[first] === 1 ? `'${value}` : value;
    return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

export function csvRecord(values: readonly CsvValue[]): string {
  // join builds one flat string; `+=` over sixty cells builds a rope the writer then has to flatten.
  const cells = new Array<string>(values.length);
  for (let i = 0; i < values.length; i += 1) cells[i] = csvField(values[i]);
  return `${cells.join(',')}\r\n`;
}

/**
 * The UTF-8 byte order mark. Written first by default: Excel reads a CSV
 * without it in the machine's legacy code page, which garbles every
 * non-ASCII name. RFC 4180 parsers and LibreOffice and Google Sheets accept
 * it; `--no-bom` leaves it out for tools that do not.
 */
export const UTF8_BOM = '\ufeff';
