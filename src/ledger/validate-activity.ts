import { ACTIVITY_FLAGS, ACTIVITY_STATUSES, ACTIVITY_KINDS, ALERT_ACTIONS, LIMIT_KINDS } from './events.js';
import { specCatalog } from './spec-check.js';
import { array, checkKeys, fail, integer, object, oneOf, patterned, regex, shape, text, unique, type Json } from './validate-kit.js';

/** Bounds of activity records: a summary is a digest, never a log. */
export const ACTIVITY_LIMITS = {
  /** Baseline entries; past this a baseline keeps totals only (flag `baseline_partial`). */
  entries: 1000,
  statements: 50,
  statementText: 500,
} as const;

/** pg_stat_statements `queryid`: a signed 64-bit integer as text. */
const STATEMENT_ID = /^-?[0-9]{1,20}$/;
const COUNTERS = shape('calls', 'rows', 'time_ms');
const ENTRY = shape('calls', 'id', 'rows', 'time_ms');
const STATEMENT = shape('calls', 'rows', 'text', 'time_ms', 'withheld?', 'writes?');
const OTHERS = shape('calls', 'rows', 'statements', 'time_ms');

/**
 * The fields of an `activity` event past the common ones (see events.ts).
 * Returns the members of the objects nested in them (see checkEvent), as
 * `reasonCheck` returns those of the reason it checks.
 */
export function activityBody(
  e: Json,
  principal: RegExp,
  instant: (value: unknown, base: string, field: string) => number,
  reasonCheck: (value: unknown, pointer: string) => number,
): number {
  const kind = oneOf(e.kind, '', 'kind', ACTIVITY_KINDS);
  patterned(e.target, '', 'target', 'name');
  oneOf(e.provider, '', 'provider', specCatalog().ids);
  regex(e.principal, '', 'principal', principal, 'a principal name');
  const status = oneOf(e.status, '', 'status', ACTIVITY_STATUSES);
  if (e.flags !== undefined) {
    const flags = array(e.flags, '', 'flags', 1, ACTIVITY_FLAGS.length);
    for (let i = 0; i < flags.length; i += 1) oneOf(flags[i], '/flags', i, ACTIVITY_FLAGS);
    unique(flags, '', 'flags');
  }
  if (status === 'not_observable') {
    // Not observable says why and claims nothing else.
    const members = reasonCheck(e.reason, '/reason');
    for (const field of ['since', 'entries', 'statements', 'others', 'totals', 'flags'] as const) {
      if (e[field] !== undefined) fail(`/${field}`, 'is present in a record that is not observable');
    }
    return members;
  }
  if (e.reason !== undefined) fail('/reason', 'is present in an observable record');
  let members = counters(e.totals, '/totals');
  if (kind === 'baseline') {
    if (e.since !== undefined || e.statements !== undefined || e.others !== undefined) fail('', 'has summary fields in a baseline');
    if (e.entries !== undefined) {
      const entries = array(e.entries, '', 'entries', 0, ACTIVITY_LIMITS.entries);
      for (let i = 0; i < entries.length; i += 1) {
        const at = `/entries/${i}`;
        const entry = object(entries[i], at);
        members += checkKeys(entry, ENTRY, at);
        regex(entry.id, at, 'id', STATEMENT_ID, 'a statement id');
        countersOf(entry, at);
      }
    }
    return members;
  }
  if (e.entries !== undefined) fail('/entries', 'is present in a summary');
  instant(e.since, '', 'since');
  const statements = array(e.statements, '', 'statements', 0, ACTIVITY_LIMITS.statements);
  for (let i = 0; i < statements.length; i += 1) {
    const at = `/statements/${i}`;
    const s = object(statements[i], at);
    members += checkKeys(s, STATEMENT, at);
    text(s.text, at, 'text', ACTIVITY_LIMITS.statementText);
    if (s.withheld !== undefined && s.withheld !== true) fail(`${at}/withheld`, 'is not true');
    if (s.writes !== undefined && s.writes !== true) fail(`${at}/writes`, 'is not true');
    countersOf(s, at);
  }
  const others = object(e.others, '/others');
  members += checkKeys(others, OTHERS, '/others');
  countersOf(others, '/others');
  integer(others.statements, '/others', 'statements', 0);
  return members;
}

/** The fields of an `alert` event past the common ones (no nested objects). */
export function alertBody(e: Json, principal: RegExp): void {
  patterned(e.target, '', 'target', 'name');
  regex(e.principal, '', 'principal', principal, 'a principal name');
  oneOf(e.limit, '', 'limit', LIMIT_KINDS);
  integer(e.observed, '', 'observed', 0);
  integer(e.allowed, '', 'allowed', 0);
  oneOf(e.action, '', 'action', ALERT_ACTIONS);
}

function counters(value: unknown, pointer: string): number {
  const c = object(value, pointer);
  const members = checkKeys(c, COUNTERS, pointer);
  countersOf(c, pointer);
  return members;
}

function countersOf(c: Json, pointer: string): void {
  integer(c.calls, pointer, 'calls', 0);
  integer(c.rows, pointer, 'rows', 0);
  integer(c.time_ms, pointer, 'time_ms', 0);
}
