/**
 * A strict RFC 4180 reader, written from the RFC for the export's tests (not
 * from the writer): records end with CRLF (the last one too), a field is
 * either plain (no quote, comma, CR or LF) or quoted with inner quotes
 * doubled, and a closing quote is followed by a comma or CRLF. Anything else
 * throws, with the offset: a lenient reader would hide a writer's mistake.
 * An optional UTF-8 byte order mark at the very start is reported, not kept.
 */
export function parseCsv(text: string): { readonly bom: boolean; readonly records: string[][] } {
  const bom = text.charCodeAt(0) === 0xfeff;
  const records: string[][] = [];
  let i = bom ? 1 : 0;
  let record: string[] = [];
  const fail = (what: string): never => {
    throw new Error(`CSV: ${what} at offset ${i}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) fail('unterminated quoted field');
        field += text.slice(i, quote);
        i = quote;
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        i += 1;
        break;
      }
    } else {
      const from = i;
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote inside a plain field');
        i += 1;
      }
      field = text.slice(from, i);
    }
    record.push(field);
    if (text[i] === ',') {
      i += 1;
      if (i >= text.length) fail('comma at the end of the text');
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      records.push(record);
      record = [];
      continue;
    }
    fail(i >= text.length ? 'last record without CRLF' : 'field not followed by a comma or CRLF');
  }
  if (record.length > 0) fail('last record without CRLF');
  return { bom, records };
}

/** The recorded text of a cell the export guarded against formula injection: one leading apostrophe dropped. */
export function unguard(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
