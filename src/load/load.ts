import { failed, ok, type Result } from '../diagnostics.js';
import type { Locate } from './pointer.js';
import { MAX_NODES_POLICY, MAX_NODES_REQUEST, POLICY_MAX_BYTES, REQUEST_MAX_BYTES } from './limits.js';
import { displayPath } from './paths.js';
import { lazyLocate } from './pointer.js';
import type { RawByKind } from './raw.js';
import { schemaDiagnostics } from './schema-errors.js';
import { schemaRegistry } from './schemas.js';
import type { FileKind, SourceFile } from './source.js';
import { decodeText } from './text.js';
import { credentialDiagnostics, decodedTextDiagnostics } from './values.js';
import { parseStrictYaml } from './yaml.js';

export function maxBytesFor(kind: FileKind): number {
  return kind === 'request' ? REQUEST_MAX_BYTES : POLICY_MAX_BYTES;
}

function maxNodesFor(kind: FileKind): number {
  return kind === 'request' ? MAX_NODES_REQUEST : MAX_NODES_POLICY;
}

/** A file that passed bytes, text, YAML and schema checks. */
export interface LoadedFile<K extends FileKind> {
  /** The path as it may be shown (see displayPath). */
  readonly file: string;
  readonly data: RawByKind[K];
  readonly locate: Locate;
}

/**
 * The whole safe-loading pipeline for one file, pure: size cap, strict UTF-8
 * and character scan, strict YAML, the character scan again on every decoded
 * string, then credentials (requests) and schema together. Each stage runs
 * only on what the previous one accepted; the first failing stage reports all
 * it found.
 */
export function loadFile<K extends FileKind>(source: SourceFile, kind: K): Result<LoadedFile<K>> {
  const file = displayPath(source.path);
  const text = decodeText(source.bytes, file, maxBytesFor(kind));
  if (!text.ok) return failed(text.diagnostics);
  const yaml = parseStrictYaml(text.value, file, maxNodesFor(kind));
  if (!yaml.ok) return failed(yaml.diagnostics);
  const ctx = { file, doc: yaml.value.doc, text: text.value };
  const decoded = decodedTextDiagnostics(yaml.value.value, ctx);
  if (decoded.length > 0) return failed(decoded);
  // Requests are the files anyone may write; credentials are looked for there,
  // alongside the schema, so one run reports both.
  const secrets = kind === 'request' ? credentialDiagnostics(yaml.value.value, ctx) : [];
  const validate = schemaRegistry().validator(kind);
  const data = yaml.value.value;
  if (!validate(data)) return failed([...secrets, ...schemaDiagnostics({ kind, ...ctx }, validate.errors ?? [])]);
  if (secrets.length > 0) return failed(secrets);
  return ok({ file, data, locate: lazyLocate(text.value) });
}
