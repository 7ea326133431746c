import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { CREDENTIAL_KINDS, findCredential } from './credentials.js';
import { MAX_DIAGNOSTICS_PER_FILE } from './limits.js';
import { positionOf } from './pointer.js';
import { fieldLabel, shownPointer } from './shown-pointer.js';
import { visitStrings, type DocumentString } from './strings.js';
import { codePointLabel, findSuspects } from './text.js';
import type { ParsedDocument, YamlMapping } from './yaml.js';

interface Context {
  readonly file: string;
  readonly doc: ParsedDocument;
  readonly text: string;
}

function where(ctx: Context, s: DocumentString): { file: string; pointer: string; position: ReturnType<typeof positionOf> } {
  return { file: ctx.file, pointer: shownPointer(s.pointer), position: positionOf(ctx.doc, ctx.text, s.pointer, s.part) };
}

function subject(s: DocumentString): string {
  const label = fieldLabel(shownPointer(s.pointer));
  return s.part === 'key' ? `A key at ${label}` : `The value of ${label}`;
}

/**
 * The raw-text rules again, on every string after YAML decoding. A
 * double-quoted scalar turns `\x1b`, `\a`, `\N`, `\u202e` or `\u200b` into
 * the very characters the raw scan refuses, and the decoded string is what
 * reaches the PR comment, logs and the ledger. Same rule, same codes; the
 * position is the value's (or key's) start, where the escape was written.
 */
export function decodedTextDiagnostics(value: YamlMapping, ctx: Context): Diagnostic[] {
  const found: Diagnostic[] = [];
  visitStrings(value, (text, part, pointer) => {
    // One finding per string: the first character says what to fix there.
    const [first] = findSuspects(text, { fileStart: false, limit: 1 });
    if (first === undefined) return true;
    const s = { text, part, pointer: pointer() };
    found.push(
      diagnostic(first.code, `${subject(s)} contains ${first.what} (${codePointLabel(first.codePoint)}) once its YAML escapes are decoded.`, where(ctx, s)),
    );
    return found.length < MAX_DIAGNOSTICS_PER_FILE;
  });
  return found;
}

/**
 * Every string of a request, keys included (a misplaced field is free text
 * too), held against the credential rules. The message names the field and
 * the kind of credential; the value is never repeated anywhere.
 */
export function credentialDiagnostics(value: YamlMapping, ctx: Context): Diagnostic[] {
  const found: Diagnostic[] = [];
  visitStrings(value, (text, part, pointer) => {
    const kind = findCredential(text);
    if (kind === undefined) return true;
    const s = { text, part, pointer: pointer() };
    found.push(diagnostic('E_TEXT_CREDENTIAL', `${subject(s)} holds what looks like ${CREDENTIAL_KINDS[kind]}.`, where(ctx, s)));
    return found.length < MAX_DIAGNOSTICS_PER_FILE;
  });
  return found;
}
