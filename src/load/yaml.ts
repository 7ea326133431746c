import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type ErrorCode as YamlErrorCode, type YAMLMap } from 'yaml';
import { diagnostic, failed, ok, type Diagnostic, type Result } from '../diagnostics.js';
import type { LoadCode } from '../shared/codes/load.js';
import { MAX_DEPTH, MAX_DIAGNOSTICS_PER_FILE, MAX_MAPPING_KEYS } from './limits.js';
import { FILE_START, positionAt } from './source.js';

/**
 * YAML 1.2 core schema, nothing that makes data out of more than what is
 * written: no merge keys, no directives, and (checked while building values)
 * no anchors, aliases or tags. `uniqueKeys` is off only because the library
 * checks it in quadratic time (a key flood costs seconds); duplicate keys are
 * refused below in linear time with the same equality (resolved key text).
 */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  strict: true,
  uniqueKeys: false,
  prettyErrors: false,
  intAsBigInt: false,
  logLevel: 'silent',
} as const;

export type ParsedDocument = Document.Parsed;

/** A document's value: mappings are null-prototype objects with own keys only. */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };
export type YamlMapping = { [key: string]: YamlValue };

export function isMapping(value: YamlValue | undefined): value is YamlMapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const DEFAULT_TAG_HANDLES = JSON.stringify({ '!!': 'tag:yaml.org,2002:' });

const PARSER_CODES: Partial<Record<YamlErrorCode, LoadCode>> = {
  DUPLICATE_KEY: 'E_YAML_DUPLICATE_KEY',
  TAG_RESOLVE_FAILED: 'E_YAML_TAG',
  MULTIPLE_TAGS: 'E_YAML_TAG',
  BAD_DIRECTIVE: 'E_YAML_DIRECTIVE',
  MULTIPLE_DOCS: 'E_YAML_MULTI_DOCUMENT',
  TAB_AS_INDENT: 'E_TEXT_TAB',
  BAD_ALIAS: 'E_YAML_ALIAS',
  ALIAS_PROPS: 'E_YAML_ALIAS',
  MULTIPLE_ANCHORS: 'E_YAML_ALIAS',
  NON_STRING_KEY: 'E_YAML_KEY_NOT_STRING',
  // The library's own guard: composing ran out of stack on deep nesting.
  RESOURCE_EXHAUSTION: 'E_YAML_TOO_DEEP',
};

const PARSER_MESSAGES: Partial<Record<LoadCode, string>> = {
  E_YAML_DUPLICATE_KEY: 'A mapping has the same key twice.',
  E_YAML_TAG: 'Explicit YAML tags are not accepted.',
  E_YAML_DIRECTIVE: 'YAML directives are not accepted.',
  E_YAML_MULTI_DOCUMENT: 'The file holds more than one YAML document.',
  E_TEXT_TAB: 'Tabs are not accepted.',
  E_YAML_ALIAS: 'YAML anchors and aliases are not accepted.',
  E_YAML_KEY_NOT_STRING: 'A mapping key is not text.',
  E_YAML_TOO_DEEP: `The YAML nests deeper than ${MAX_DEPTH} levels.`,
};

class Abort extends Error {}

interface Walk {
  readonly file: string;
  readonly text: string;
  readonly maxNodes: number;
  nodes: number;
  readonly found: Diagnostic[];
}

function report(w: Walk, code: LoadCode, message: string, offset: number | undefined): void {
  w.found.push(diagnostic(code, message, { file: w.file, pointer: '', position: positionAt(w.text, offset ?? 0) }));
  if (w.found.length >= MAX_DIAGNOSTICS_PER_FILE) throw new Abort();
}

function startOf(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] | null } | null)?.range;
  return range?.[0];
}

/** Refuses what would let a file say more than it spells out; true when the node may be read. */
function plainNode(w: Walk, node: unknown): boolean {
  if (isAlias(node)) {
    report(w, 'E_YAML_ALIAS', 'YAML aliases (*name) are not accepted.', startOf(node));
    return false;
  }
  const props = node as { anchor?: unknown; tag?: unknown } | null;
  let clean = true;
  if (typeof props?.anchor === 'string') {
    report(w, 'E_YAML_ALIAS', 'YAML anchors (&name) are not accepted.', startOf(node));
    clean = false;
  }
  if (typeof props?.tag === 'string') {
    report(w, 'E_YAML_TAG', 'Explicit YAML tags are not accepted.', startOf(node));
    clean = false;
  }
  return clean;
}

function buildMap(w: Walk, node: YAMLMap<unknown, unknown>, depth: number): YamlMapping {
  if (node.items.length > MAX_MAPPING_KEYS) {
    report(w, 'E_YAML_TOO_MANY_KEYS', `A mapping has more than ${MAX_MAPPING_KEYS} keys.`, startOf(node));
    throw new Abort();
  }
  const out: YamlMapping = Object.create(null) as YamlMapping;
  for (const pair of node.items) {
    const key = pair.key;
    if (!isScalar(key) || typeof key.value !== 'string') {
      if (key !== null && !isAlias(key)) plainNode(w, key);
      report(w, 'E_YAML_KEY_NOT_STRING', 'A mapping key is not text.', startOf(key) ?? startOf(node));
      continue;
    }
    if (!plainNode(w, key)) continue;
    const name = key.value;
    if (RESERVED_KEYS.has(name)) {
      report(w, 'E_YAML_RESERVED_KEY', 'A mapping uses a reserved key (__proto__, constructor or prototype).', startOf(key));
      continue;
    }
    if (Object.hasOwn(out, name)) {
      report(w, 'E_YAML_DUPLICATE_KEY', 'A mapping has the same key twice.', startOf(key));
      continue;
    }
    out[name] = build(w, pair.value, depth + 1);
  }
  return out;
}

function build(w: Walk, node: unknown, depth: number): YamlValue {
  w.nodes += 1;
  if (w.nodes > w.maxNodes) {
    report(w, 'E_YAML_TOO_LARGE', `The file has more than ${w.maxNodes} values.`, startOf(node));
    throw new Abort();
  }
  if (depth > MAX_DEPTH) {
    report(w, 'E_YAML_TOO_DEEP', `The YAML nests deeper than ${MAX_DEPTH} levels.`, startOf(node));
    throw new Abort();
  }
  if (node === null || node === undefined) return null;
  if (!plainNode(w, node)) return null;
  if (isScalar(node)) {
    const v = node.value;
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
  }
  if (isSeq(node)) return node.items.map((item) => build(w, item, depth + 1));
  if (isMap(node)) return buildMap(w, node, depth);
  report(w, 'E_YAML_SYNTAX', 'The YAML has a node Grantbook does not read.', startOf(node));
  return null;
}

function parserDiagnostics(doc: ParsedDocument, file: string, text: string): Diagnostic[] {
  const problems = [...doc.errors, ...doc.warnings];
  // Once the stack ran out, everything after it is noise.
  const exhausted = problems.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of exhausted === undefined ? problems : [exhausted]) {
    const code = PARSER_CODES[e.code] ?? (e.name === 'YAMLWarning' ? 'E_YAML_WARNING' : 'E_YAML_SYNTAX');
    // Parser messages can quote the source (tag names, for one): only the
    // library's fixed error code is carried over.
    const message = PARSER_MESSAGES[code] ?? `The YAML parser refused the file here (${e.code}).`;
    const key = `${code}:${e.pos[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic(code, message, { file, pointer: '', position: positionAt(text, e.pos[0]) }));
    if (out.length >= MAX_DIAGNOSTICS_PER_FILE) break;
  }
  return out;
}

function hasDirectives(doc: ParsedDocument): boolean {
  const d = doc.directives;
  return d !== undefined && (d.yaml.explicit === true || JSON.stringify(d.tags) !== DEFAULT_TAG_HANDLES);
}

export interface StrictYaml {
  readonly doc: ParsedDocument;
  readonly value: YamlMapping;
}

/** Text -> one YAML mapping, or every reason it is not a plain, explicit one. */
export function parseStrictYaml(text: string, file: string, maxNodes: number): Result<StrictYaml> {
  const at = (offset: number | undefined) => ({ file, pointer: '', position: positionAt(text, offset ?? 0) });
  let docs: ParsedDocument[];
  try {
    docs = parseAllDocuments(text, YAML_OPTIONS) as ParsedDocument[];
  } catch (error) {
    // Deep flow nesting ([[[[...) can exhaust the parser's stack before our own depth check runs.
    if (error instanceof RangeError) {
      return failed([diagnostic('E_YAML_TOO_DEEP', `The YAML nests deeper than ${MAX_DEPTH} levels.`, { file, pointer: '', position: FILE_START })]);
    }
    throw error;
  }
  const doc = docs[0];
  if (doc === undefined) return failed([diagnostic('E_YAML_EMPTY', 'The file holds no YAML document.', at(0))]);
  if (docs.length > 1) {
    return failed([diagnostic('E_YAML_MULTI_DOCUMENT', 'The file holds more than one YAML document.', at(startOf(docs[1])))]);
  }
  if (hasDirectives(doc)) {
    return failed([diagnostic('E_YAML_DIRECTIVE', 'YAML directives (%YAML, %TAG) are not accepted.', at(0))]);
  }
  const parserProblems = parserDiagnostics(doc, file, text);
  if (parserProblems.length > 0) return failed(parserProblems);
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.tag === undefined && root.anchor === undefined)) {
    return failed([diagnostic('E_YAML_EMPTY', 'The file holds no YAML document.', at(startOf(root) ?? 0))]);
  }
  if (!isMap(root)) {
    return failed([diagnostic('E_YAML_TOP_LEVEL', 'The document is not a mapping of fields.', at(startOf(root)))]);
  }
  const walk: Walk = { file, text, maxNodes, nodes: 0, found: [] };
  let value: YamlValue = null;
  try {
    value = build(walk, root, 1);
  } catch (error) {
    if (!(error instanceof Abort)) throw error;
  }
  if (walk.found.length > 0 || !isMapping(value)) return failed(walk.found);
  return ok({ doc, value });
}
