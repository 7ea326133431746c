import { isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Position } from '../diagnostics.js';
import { positionAt } from './source.js';
import { YAML_OPTIONS, type ParsedDocument } from './yaml.js';

/** Maps a JSON pointer into the file to where it was written, for diagnostics. */
export type Locate = (pointer: string) => Position | undefined;

/** RFC 6901 segments, or undefined for a malformed pointer. */
export function pointerSegments(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(base: string, ...segments: readonly (string | number)[]): string {
  return base + segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function startOf(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] | null } | null)?.range;
  return range?.[0];
}

/** An empty value (`key:` with nothing after it) has no useful position of its own. */
function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && (node as { source?: unknown }).source === '';
}

export interface NodeOffsets {
  /** Where the value at the pointer (or its nearest existing ancestor) starts. */
  readonly value: number;
  /** Where the key of the last mapping entry on the path starts, if any. */
  readonly key?: number;
  /** False when the pointer leaves the document and an ancestor was used. */
  readonly exact: boolean;
}

/** Walks the parsed YAML along a JSON pointer to the source offsets of the node. */
export function offsetsAt(doc: ParsedDocument, pointer: string): NodeOffsets {
  let node: unknown = doc.contents;
  let best = startOf(node) ?? 0;
  let key: number | undefined;
  const segments = pointerSegments(pointer);
  if (segments === undefined) return { value: best, exact: false };
  for (const segment of segments) {
    let next: unknown;
    let nextKey: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
      if (pair === undefined) return { value: best, ...(key !== undefined ? { key } : {}), exact: false };
      next = pair.value;
      nextKey = startOf(pair.key);
    } else if (isSeq(node) && /^(?:0|[1-9][0-9]*)$/.test(segment)) {
      next = node.items[Number(segment)];
      if (next === undefined) return { value: best, exact: false };
      nextKey = undefined;
    } else {
      return { value: best, exact: false };
    }
    node = next;
    key = nextKey;
    const start = isEmptyScalar(node) ? undefined : startOf(node);
    best = start ?? nextKey ?? best;
  }
  return { value: best, ...(key !== undefined ? { key } : {}), exact: true };
}

export function positionOf(doc: ParsedDocument, text: string, pointer: string, part: 'value' | 'key' = 'value'): Position {
  const hit = offsetsAt(doc, pointer);
  return positionAt(text, part === 'key' ? (hit.key ?? hit.value) : hit.value);
}

/**
 * A `Locate` for a file that loaded cleanly. Positions are needed only when
 * something is reported, so the text is kept and parsed again on first use
 * rather than holding every document's node tree in memory. A pointer that
 * leaves the document maps to its nearest existing ancestor.
 */
export function lazyLocate(text: string): Locate {
  let doc: ParsedDocument | undefined;
  return (pointer: string) => {
    doc ??= parseAllDocuments(text, YAML_OPTIONS)[0];
    return doc === undefined ? undefined : positionOf(doc, text, pointer);
  };
}
