import { joinPointer } from './pointer.js';
import type { YamlValue } from './yaml.js';

/** A text value of a parsed document: a mapping key or a string value, with where it sits. */
export interface DocumentString {
  readonly text: string;
  /** JSON pointer of the value, or of the entry whose key this is. */
  readonly pointer: string;
  readonly part: 'key' | 'value';
}

/**
 * Calls `visit` with every string of a parsed document, keys included, in
 * document order, until it returns false. The loader's node and depth limits
 * already bound the walk. Pointers are built only for the strings a visitor
 * keeps: the walk runs on every file, findings are rare.
 */
export function visitStrings(value: YamlValue, visit: (text: string, part: 'key' | 'value', pointer: () => string) => boolean): void {
  const walk = (node: YamlValue, path: readonly (string | number)[]): boolean => {
    if (typeof node === 'string') return visit(node, 'value', () => joinPointer('', ...path));
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i += 1) if (!walk(node[i] ?? null, [...path, i])) return false;
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        const at = [...path, key];
        if (!visit(key, 'key', () => joinPointer('', ...at))) return false;
        if (!walk(node[key] ?? null, at)) return false;
      }
    }
    return true;
  };
  walk(value, []);
}
