import { isRange, type RowCondition, type RowValue } from '../../request/view-grant.js';

/** A filter column's type as the catalog has it (domains resolved to their base type). */
export interface ColumnType {
  /** `format_type` of the column, for messages. */
  readonly shown: string;
  /** pg_type.typname of the base type. */
  readonly base: string;
  /** pg_type.typtype of the base type (`e`: an enum). */
  readonly typtype: string;
  /** An enum's labels. */
  readonly labels: readonly string[] | null;
}

const INTEGER_BOUNDS: Readonly<Record<string, readonly [bigint, bigint]>> = {
  int2: [-32768n, 32767n],
  int4: [-2147483648n, 2147483647n],
  int8: [-9223372036854775808n, 9223372036854775807n],
};
const TEXT_TYPES: ReadonlySet<string> = new Set(['text', 'varchar', 'bpchar', 'citext']);
const TIME_TYPES: ReadonlySet<string> = new Set(['timestamptz', 'timestamp']);
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const INTEGER_TEXT = /^-?[0-9]{1,19}$/;
const DECIMAL_TEXT = /^-?[0-9]{1,30}(?:\.[0-9]{1,30})?$/;

/**
 * Does every value of the condition read as the column's type? The server
 * would type the literals itself when creating the view, but its error would
 * quote the value; this says what is wrong in words, with a code, before any
 * change. Undefined when the condition fits; never mentions a value.
 */
export function filterTypeProblem(condition: RowCondition, type: ColumnType): string | undefined {
  if (isRange(condition)) return TIME_TYPES.has(type.base) ? undefined : `a time range needs a timestamp column, and it is ${type.shown}`;
  const misfit = condition.values.findIndex((v) => !fits(v, type));
  if (misfit >= 0 && !supported(type)) return `columns of type ${type.shown} cannot be filtered`;
  return misfit < 0 ? undefined : `value ${misfit + 1} is not ${expected(type)}`;
}

function supported(type: ColumnType): boolean {
  return type.typtype === 'e' || type.base in INTEGER_BOUNDS || type.base === 'numeric' || TEXT_TYPES.has(type.base) || type.base === 'uuid';
}

function expected(type: ColumnType): string {
  if (type.typtype === 'e') return `one of the labels of enum ${type.shown}`;
  if (type.base in INTEGER_BOUNDS) return `a whole number within ${type.shown}`;
  if (type.base === 'numeric') return 'a number';
  if (type.base === 'uuid') return 'a UUID';
  return 'text (quote it)';
}

function fits(value: RowValue, type: ColumnType): boolean {
  if (type.typtype === 'e') return typeof value === 'string' && (type.labels ?? []).includes(value);
  const bounds = INTEGER_BOUNDS[type.base];
  if (bounds !== undefined) {
    const text = typeof value === 'number' ? String(value) : value;
    if (!INTEGER_TEXT.test(text)) return false;
    const n = BigInt(text);
    return n >= bounds[0] && n <= bounds[1];
  }
  if (type.base === 'numeric') return typeof value === 'number' || DECIMAL_TEXT.test(value);
  // A number for a text column lost its leading zeros to YAML already: it must be quoted.
  if (TEXT_TYPES.has(type.base)) return typeof value === 'string';
  if (type.base === 'uuid') return typeof value === 'string' && UUID.test(value);
  return false;
}
