import { describe, expect, it } from 'vitest';
import { canonicalJson, sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { appendEvents, verifyChain } from '../../src/ledger/chain.js';
import { EMPTY_TIP, type EventDraft } from '../../src/ledger/events.js';
import { decodeLine } from '../../src/ledger/line.js';
import { LedgerError } from '../../src/ledger/problem.js';
import { LIMITS } from '../../src/ledger/validate.js';
import { storableText } from '../../src/ledger/validate-kit.js';
import { fixedClock } from '../support/clock.js';
import { ACTOR, grantedDraft, revokedDraft, revokeFailedDraft, T0, toFiles } from './fixtures.js';

const ALL_TYPES: EventDraft[] = [
  intentDraft(),
  grantedDraft('alice-inc-1', T0, 2, { extends: 'alice-inc-0' }),
  {
    type: 'grant_refused',
    request: 'mallory-1',
    actor: ACTOR,
    reasons: [{ code: 'E_APPROVAL_MISSING', message: 'no approval at the merged head' }],
  },
  revokeFailedDraft('alice-inc-1', 'github-acme'),
  revokedDraft('alice-inc-1', ['orders-prod'], 0),
  { type: 'drift_found', request: 'alice-inc-1', actor: ACTOR, target: 'orders-prod', principal: 'alice', what: 'lingering' },
];

/** Seals an already-built event body the way appendEvents does, skipping draft validation. */
function appendLike(body: Record<string, unknown>): string {
  const text = canonicalJson(body);
  return sealLine(text, sha256Hex(text));
}

function intentDraft(): EventDraft {
  const granted = grantedDraft('alice-inc-1', T0);
  if (granted.type !== 'granted') throw new Error('fixture');
  const { granted_at: _, ...body } = granted;
  return { ...body, type: 'intent' };
}

function sealOne(draft: EventDraft): string {
  const [sealed] = appendEvents(EMPTY_TIP, [draft], fixedClock(T0));
  if (sealed === undefined) throw new Error('nothing sealed');
  return sealed.line;
}

function refusal(draft: EventDraft): LedgerError {
  try {
    appendEvents(EMPTY_TIP, [draft], fixedClock(T0));
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error('draft was accepted');
}

describe('event format', () => {
  it('seals every event type into a line the strict reader accepts', () => {
    const sealed = appendEvents(EMPTY_TIP, ALL_TYPES, fixedClock(T0));
    expect(sealed.map((s) => s.event.type)).toEqual(['intent', 'granted', 'grant_refused', 'revoke_failed', 'revoked', 'drift_found']);
    expect(sealed.map((s) => s.event.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(sealed.every((s) => s.event.at === '2025-01-31T22:00:00Z' && s.event.v === 2)).toBe(true);
    const result = verifyChain(toFiles(sealed));
    expect(result.problems).toEqual([]);
    expect(result.events).toEqual(sealed.map((s) => s.event));
  });

  it('writes the line as canonical JSON with the hash last', () => {
    const line = sealOne(revokedDraft('alice-inc-1'));
    expect(line).toMatch(/^\{"actor":\{"run_id":"9876543210","sha":"a{40}","workflow":"[^"]+"\},"at":"2025-01-31T22:00:00Z","cause":"expired",/);
    expect(line).toMatch(/,"v":2,"verified":true,"hash":"[0-9a-f]{64}"\}$/);
  });

  it('refuses to write an event with a non-finite or unparseable expiry, or one not after granted_at', () => {
    for (const expires of ['', 'never', '2025-02-30T00:00:00Z', '+275760-09-13T00:00:00.001Z']) {
      const error = refusal(grantedDraft('alice-inc-1', T0, 2, { expires_at: expires }));
      expect(error.code).toBe('E_LEDGER_DRAFT_INVALID');
      expect(error.diagnostics[0]?.pointer).toBe('/expires_at');
    }
    expect(refusal(grantedDraft('alice-inc-1', T0, 2, { expires_at: '2025-01-31T22:00:00Z' })).code).toBe('E_LEDGER_DRAFT_INVALID');
    expect(refusal(grantedDraft('alice-inc-1', T0, 2, { seq_extra: 1 })).diagnostics[0]?.message).toMatch(/field the format does not define/);
  });

  it('reads back an event with an unparseable expiry (it then folds as expired, see fold tests)', () => {
    const line = sealOne(grantedDraft('alice-inc-1', T0));
    const event = JSON.parse(line) as Record<string, unknown>;
    delete event.hash;
    event.expires_at = 'NaN';
    const decoded = decodeLine(appendLike(event));
    expect(decoded.ok).toBe(true);
  });

  it('refuses values outside the strict patterns without echoing them', () => {
    const cases: [EventDraft, string][] = [
      [grantedDraft('alice-inc-1', T0, 2, { reason: 'ok\u202Eevil' }), '/reason'],
      [grantedDraft('alice-inc-1', T0, 2, { reason: 'x'.repeat(1001) }), '/reason'],
      [grantedDraft('alice-inc-1', T0, 2, { ticket: 'INC 1; DROP' }), '/ticket'],
      [grantedDraft('alice-inc-1', T0, 2, { requester: { login: '-alice', id: 1 } }), '/requester/login'],
      [grantedDraft('alice-inc-1', T0, 2, { requester: { login: 'alice', id: 1.5 } }), '/requester/id'],
      [grantedDraft('alice-inc-1', T0, 2, { approvers: [] }), '/approvers'],
      [
        grantedDraft('alice-inc-1', T0, 2, {
          grants: [
            {
              target: 'orders-prod',
              provider: 'github',
              principal: 'alice',
              spec: { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders' },
            },
          ],
        }),
        '/grants/0/spec/kind',
      ],
      [
        grantedDraft('alice-inc-1', T0, 2, {
          grants: [
            {
              target: 'orders-prod',
              provider: 'postgres',
              principal: 'alice',
              spec: { kind: 'table', privileges: ['SELECT', 'CREATE'], schema: 'public', table: 'orders' },
            },
          ],
        }),
        '/grants/0/spec/privileges/1',
      ],
      [{ ...revokedDraft('x-1'), verified: false } as unknown as EventDraft, '/verified'],
      [{ ...revokeFailedDraft('x-1'), reason: { code: 'oops', message: 'm' } }, '/reason/code'],
      [{ ...revokedDraft('x-1'), request: 'Bad_Id' }, '/request'],
    ];
    for (const [draft, pointer] of cases) {
      const error = refusal(draft);
      expect(error.diagnostics[0]?.pointer, pointer).toBe(pointer);
      expect(error.message).not.toMatch(/evil|DROP|-alice|Bad_Id|CREATE/);
    }
  });
});

describe('storableText', () => {
  it('turns any provider message into one the ledger accepts', () => {
    const raw = `permission denied\r\n\u0000\u202Erole "x"\t${'é'.repeat(600)}${'🚀'.repeat(400)}\uD800`;
    const message = storableText(raw, LIMITS.message);
    expect(message.length).toBeLessThanOrEqual(LIMITS.message);
    expect(message.startsWith('permission denied?\n??role "x"?é')).toBe(true);
    const sealed = appendEvents(EMPTY_TIP, [{ ...revokeFailedDraft('a-1'), reason: { code: 'E_X', message } }], fixedClock(T0));
    expect(sealed).toHaveLength(1);
    // Whatever the cut point, never half a surrogate pair.
    for (let max = 990; max <= LIMITS.message; max += 1) {
      const cut = storableText(raw, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut), String(max)).toBe(false);
    }
    expect(storableText('', 10)).toBe('?');
  });
});

describe('canonicalJson', () => {
  it('is stable under key order at every level', () => {
    const a = { b: 1, a: { d: [{ y: 1, x: 2 }], c: 'é' }, z: null };
    const b = { z: null, a: { c: 'é', d: [{ x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"é","d":[{"x":2,"y":1}]},"b":1,"z":null}');
  });

  it('omits undefined members and refuses what JSON would silently change', () => {
    expect(canonicalJson({ a: undefined, b: true })).toBe('{"b":true}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(RangeError);
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ a: new Date(0) })).toThrow(TypeError);
  });
});

describe('already_held on a grant', () => {
  const TEAM = {
    target: 'github-acme',
    provider: 'github',
    principal: 'alice',
    spec: { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' },
  } as const;
  const REPO = {
    target: 'github-acme',
    provider: 'github',
    principal: 'alice',
    spec: { kind: 'repo', owner: 'acme', repo: 'api', permission: 'pull' },
  } as const;

  it('is written and read back on intent and granted events, and events without it still verify', () => {
    const withHeld = grantedDraft('alice-inc-2', T0, 2, { grants: [{ ...TEAM, already_held: true }, REPO] });
    const { granted_at: _, ...body } = withHeld as Extract<EventDraft, { type: 'granted' }>;
    const sealed = appendEvents(EMPTY_TIP, [{ ...body, type: 'intent' }, withHeld, grantedDraft('alice-inc-3', T0)], fixedClock(T0));
    expect(sealed[0]?.line).toContain('{"already_held":true,"principal":"alice","provider":"github","spec":{"kind":"team"');
    const result = verifyChain(toFiles(sealed));
    expect(result.problems).toEqual([]);
    const grants = result.events.map((e) => (e.type === 'granted' || e.type === 'intent' ? e.grants.map((g) => g.already_held) : []));
    expect(grants).toEqual([
      [true, undefined],
      [true, undefined],
      [undefined, undefined],
    ]);
  });

  it('is refused when it is anything but true, on write and on read', () => {
    for (const value of [false, 'true', 1, null]) {
      const draft = grantedDraft('alice-inc-4', T0, 2, { grants: [REPO, { ...TEAM, already_held: value }] });
      expect(refusal(draft).diagnostics[0]?.pointer).toBe('/grants/1/already_held');
      const event = JSON.parse(sealOne(grantedDraft('alice-inc-4', T0, 2, { grants: [REPO, TEAM] }))) as Record<string, unknown>;
      delete event.hash;
      (event.grants as Record<string, unknown>[])[1] = { ...TEAM, already_held: value };
      expect(decodeLine(appendLike(event))).toMatchObject({ ok: false, code: 'E_LEDGER_EVENT_INVALID', pointer: '/grants/1/already_held' });
    }
  });
});
