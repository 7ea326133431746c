import { describe, expect, it } from 'vitest';
import { sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { appendEvents } from '../../src/ledger/chain.js';
import { EMPTY_TIP, type EventDraft } from '../../src/ledger/events.js';
import { decodeLine } from '../../src/ledger/line.js';
import { checkEvent } from '../../src/ledger/validate.js';
import { Invalid, checkKeys, shape, type Json, type Shape } from '../../src/ledger/validate-kit.js';
import { fixedClock } from '../support/clock.js';
import { ACTOR, grantedDraft, revokeFailedDraft, revokedDraft, T0 } from './fixtures.js';

const pull = { number: 7, head_sha: 'b'.repeat(40), merge_sha: 'c'.repeat(64) };
const reason = { code: 'E_X', message: 'why' };

/** Every event type, and each nested object a type may hold. */
const DRAFTS: EventDraft[] = [
  grantedDraft('a-1', T0, 2, {
    grantees: [
      { login: 'alice', id: 1 },
      { login: 'bob', id: 2 },
    ],
    approvers: [
      { login: 'carol', id: 3, review_id: 4, commit_id: 'b'.repeat(40) },
      { login: 'dave', id: 5, review_id: 6, commit_id: 'b'.repeat(64) },
    ],
    grants: [
      {
        target: 'orders-prod',
        provider: 'postgres',
        principal: 'alice',
        spec: { kind: 'table', privileges: ['SELECT', 'UPDATE'], schema: 'public', table: 'orders' },
      },
      {
        target: 'github-acme',
        provider: 'github',
        principal: 'alice',
        spec: { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' },
        already_held: true,
      },
      { target: 'github-acme', provider: 'github', principal: 'alice', spec: { kind: 'repo', owner: 'acme', repo: 'api', permission: 'pull' } },
    ],
    extends: 'a-0',
    applied: [
      { target: 'orders-prod', object: 'gb_1', backstop: { status: 'armed', by: 'grantbook.gb_1', until: '2025-02-01T00:00:00Z' } },
      { target: 'github-acme', backstop: { status: 'not_armed', by: 'x', until: '2025-02-01T00:00:00Z', reason: 'event_scheduler_off' } },
    ],
  }),
  (() => {
    const { granted_at: _, ...intent } = grantedDraft('a-2', T0) as Extract<EventDraft, { type: 'granted' }>;
    return { ...intent, type: 'intent' };
  })(),
  { type: 'grant_refused', request: 'm-1', actor: ACTOR, reasons: [reason, { code: 'E_Y', message: 'and why' }], pr: pull },
  { type: 'grant_refused', request: 'm-2', actor: ACTOR, reasons: [reason] },
  revokeFailedDraft('a-1'),
  revokedDraft('a-1'),
  { type: 'drift_found', request: 'a-1', actor: ACTOR, target: 'orders-prod', principal: 'alice', what: 'lingering' },
  { type: 'drift_found', request: 'a-1', actor: ACTOR, target: 'orders-prod', what: 'missing' },
  {
    type: 'activity',
    request: 'a-1',
    actor: ACTOR,
    kind: 'baseline',
    target: 'orders-prod',
    provider: 'postgres',
    principal: 'alice',
    status: 'observed',
    entries: [
      { id: '-77', calls: 1, rows: 1, time_ms: 0 },
      { id: '12', calls: 2, rows: 0, time_ms: 3 },
    ],
    totals: { calls: 3, rows: 1, time_ms: 3 },
  },
  {
    type: 'activity',
    request: 'a-1',
    actor: ACTOR,
    kind: 'summary',
    target: 'orders-prod',
    provider: 'postgres',
    principal: 'alice',
    status: 'observed',
    since: '2025-01-31T22:00:01Z',
    statements: [
      { text: 'SELECT 1', calls: 2, rows: 9, time_ms: 4 },
      { text: 'COPY (withheld)', withheld: true, writes: true, calls: 1, rows: 20, time_ms: 1 },
    ],
    others: { statements: 0, calls: 0, rows: 0, time_ms: 0 },
    totals: { calls: 3, rows: 29, time_ms: 5 },
    flags: ['counters_reset'],
  },
  {
    type: 'activity',
    request: 'a-1',
    actor: ACTOR,
    kind: 'summary',
    target: 'orders-prod',
    provider: 'postgres',
    principal: 'alice',
    status: 'not_observable',
    reason,
  },
  { type: 'alert', request: 'a-1', actor: ACTOR, target: 'orders-prod', principal: 'alice', limit: 'rows_read', observed: 9, allowed: 5, action: 'revoke' },
];

/** Members of every object in a parsed value, by the plain definition: what checkEvent must count. */
function parsedMembers(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += parsedMembers(item);
    return count;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) count += 1 + parsedMembers(record[key]);
  return count;
}

const lines = (): string[] => appendEvents(EMPTY_TIP, DRAFTS, fixedClock(T0)).map((s) => s.line);

describe('checkEvent member count', () => {
  it('equals the members of every object in the parsed event, for every event type and nested object', () => {
    const all = lines();
    expect(all).toHaveLength(DRAFTS.length);
    for (const line of all) {
      const parsed: unknown = JSON.parse(line);
      expect(checkEvent(parsed, 'read'), line.slice(0, 120)).toBe(parsedMembers(parsed));
    }
  });

  it('still catches a duplicated key inside each kind of nested object (re-hashed)', () => {
    const all = lines();
    const duplicates: [number, string, string][] = [
      [0, '"run_id":', '"run_id":"1","run_id":'],
      [0, '"kind":"table"', '"kind":"table","kind":"table"'],
      [0, '"org":"acme"', '"org":"acme","org":"acme"'],
      [0, '"owner":"acme"', '"owner":"acme","owner":"acme"'],
      [0, '"login":"dave"', '"login":"dave","login":"dave"'],
      [0, '"number":42', '"number":42,"number":42'],
      [0, '"object":"gb_1"', '"object":"gb_1","object":"gb_1"'],
      [0, '"status":"armed"', '"status":"armed","status":"armed"'],
      [2, '"code":"E_Y"', '"code":"E_Y","code":"E_Y"'],
      [2, '"number":7', '"number":7,"number":7'],
      [4, '"code":"E_PROVIDER', '"code":"E_Z","code":"E_PROVIDER'],
      [8, '"id":"12"', '"id":"12","id":"12"'],
      [8, '"totals":{"calls":3', '"totals":{"calls":3,"calls":3'],
      [9, '"withheld":true', '"withheld":true,"withheld":true'],
      [9, '"others":{"calls":0', '"others":{"calls":0,"calls":0'],
      [10, '"message":"why"', '"message":"why","message":"why"'],
    ];
    for (const [index, from, to] of duplicates) {
      const line = all[index] ?? '';
      expect(line, from).toContain(from);
      const body = `${line.replace(from, to).slice(0, -75)}}`;
      const decoded = decodeLine(sealLine(body, sha256Hex(body)));
      expect(decoded, to).toMatchObject({ ok: false, code: 'E_LEDGER_LINE_FORMAT', message: expect.stringContaining('canonical form') });
    }
  });
});

/** checkKeys as first written: a plain merge walk, comparing every key with the one before. */
function referenceCheckKeys(obj: Json, s: Shape, pointer: string, trailer?: string): number {
  const fail = (p: string, what: string): never => {
    throw new Invalid('E_LEDGER_EVENT_INVALID', p, what);
  };
  const missing = (name: string): never => {
    if (Object.hasOwn(obj, name)) fail(pointer, 'has fields out of canonical (sorted) order');
    return fail(`${pointer}/${name}`, 'is missing');
  };
  let j = 0;
  let members = 0;
  let previous = '';
  let trailerSeen = false;
  for (const key in obj) {
    members += 1;
    if (trailerSeen) fail(pointer, `has a field after \`${trailer ?? ''}\`; it must be the last field`);
    if (key === trailer) {
      trailerSeen = true;
      continue;
    }
    if (key <= previous) fail(pointer, 'has fields out of canonical (sorted) order');
    previous = key;
    while (j < s.names.length && (s.names[j] ?? '') < key) {
      if (s.required[j] === true) missing(s.names[j] ?? '');
      j += 1;
    }
    if (s.names[j] !== key) fail(pointer, 'has a field the format does not define');
    j += 1;
  }
  for (; j < s.names.length; j += 1) {
    if (s.required[j] === true) missing(s.names[j] ?? '');
  }
  if (trailer !== undefined && !trailerSeen) fail(`${pointer}/${trailer}`, 'is missing');
  return members;
}

function outcome(check: typeof checkKeys, obj: Json, s: Shape, trailer?: string): string {
  try {
    return `ok ${check(obj, s, '/x', trailer)}`;
  } catch (error) {
    if (error instanceof Invalid) return `${error.pointer} ${error.what}`;
    throw error;
  }
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('checkKeys', () => {
  it('reports exactly what the plain merge walk reports, on random key sequences (fuzz)', () => {
    const random = lcg(7);
    const pool = ['', 'a', 'b', 'c', 'd', 'e', 'hash', 'z'];
    const outcomes = new Set<string>();
    for (let i = 0; i < 20_000; i += 1) {
      const names = ['a', 'b', 'c', 'd', 'e'].filter(() => random() < 0.7);
      const s = shape(...names.map((n) => (random() < 0.5 ? `${n}?` : n)));
      const obj: Json = {};
      const count = Math.floor(random() * 7);
      for (let k = 0; k < count; k += 1) obj[pool[Math.floor(random() * pool.length)] ?? 'a'] = k;
      const trailer = random() < 0.5 ? 'hash' : undefined;
      const expected = outcome(referenceCheckKeys, obj, s, trailer);
      expect(outcome(checkKeys, obj, s, trailer), `${JSON.stringify(obj)} ${JSON.stringify(s)} ${trailer}`).toBe(expected);
      outcomes.add(expected.replace(/[0-9]+$/, 'n'));
    }
    // Every branch was exercised: success, out of order, unknown, missing, trailer misplaced or missing.
    expect([...outcomes].sort()).toEqual(
      expect.arrayContaining([
        'ok n',
        '/x has fields out of canonical (sorted) order',
        '/x has a field the format does not define',
        '/x has a field after `hash`; it must be the last field',
        '/x/hash is missing',
        '/x/a is missing',
      ]),
    );
  });
});
