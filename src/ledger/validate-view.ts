import { MASK_NAMES, ROW_LIMITS } from '../request/view-grant.js';
import { instantMs } from './instant-fast.js';
import { array, checkKeys, fail, integer, object, oneOf, patterned, shape, unique, type Json } from './validate-kit.js';

const VALUES = shape('column', 'values');
const RANGE = shape('column', 'from', 'to');
const MASKED = shape('column', 'mask');

/**
 * A table grant's `rows` and `masked` (src/request/view-grant.ts), as the
 * request had them after the policy: lists of small objects, never keyed by
 * column, so every object has a fixed shape. Returns the members of the
 * objects walked (validate.ts sums them; see checkEvent).
 */
export function viewSpecMembers(s: Json, at: string): number {
  let members = 0;
  if (s.rows !== undefined) {
    const rows = array(s.rows, at, 'rows', 1, ROW_LIMITS.conditions);
    const columns: unknown[] = [];
    for (let i = 0; i < rows.length; i += 1) {
      const p = `${at}/rows/${i}`;
      const c = object(rows[i], p);
      members += checkKeys(c, Object.hasOwn(c, 'values') ? VALUES : RANGE, p);
      columns.push(patterned(c.column, p, 'column', 'identifier'));
      if (c.values !== undefined) {
        const values = array(c.values, p, 'values', 1, ROW_LIMITS.values);
        for (let k = 0; k < values.length; k += 1) {
          if (typeof values[k] === 'number') integer(values[k], `${p}/values`, String(k), 0);
          else patterned(values[k], `${p}/values`, k, 'rowText');
        }
        unique(values, p, 'values');
      } else {
        const from = instantMs(patterned(c.from, p, 'from', 'instant'));
        const to = instantMs(patterned(c.to, p, 'to', 'instant'));
        if (from === undefined || to === undefined || from >= to) fail(`${p}/to`, 'is not an instant after from');
      }
    }
    unique(columns, at, 'rows');
  }
  if (s.masked !== undefined) {
    const masked = array(s.masked, at, 'masked', 1, ROW_LIMITS.masked);
    const columns: unknown[] = [];
    for (let i = 0; i < masked.length; i += 1) {
      const p = `${at}/masked/${i}`;
      const m = object(masked[i], p);
      members += checkKeys(m, MASKED, p);
      columns.push(patterned(m.column, p, 'column', 'identifier'));
      oneOf(m.mask, p, 'mask', MASK_NAMES);
    }
    unique(columns, at, 'masked');
  }
  return members;
}
