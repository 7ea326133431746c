import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendEvents } from '../../src/ledger/chain.js';
import { EMPTY_TIP, type AppliedTarget, type EventDraft, type LedgerEvent } from '../../src/ledger/events.js';
import { fixedClock } from '../support/clock.js';
import { streamLedgerDir, verifyLedgerDir } from '../../src/ledger/verify-dir.js';
import { assertEvent, isRecordableBackstop } from '../../src/ledger/validate.js';
import { grantedDraft, sealBatches, T0, toFiles } from './fixtures.js';

/**
 * `applied` on a `granted` event: per target, the object the person uses and
 * the provider-side expiry as read while granting. Optional (events before
 * it stay valid), strict when present, and kept by a slim `granted`.
 */
const EXPIRES = '2025-02-01T00:00:00Z';
const armed: AppliedTarget = {
  target: 'orders-prod',
  object: 'gb_587d35c66f5_f2fc95cc97718f05',
  backstop: { status: 'armed', by: 'grantbook.gb_587d35c66f5_f2fc95cc97718f05', until: EXPIRES },
};
const notArmed: AppliedTarget = {
  target: 'github-acme',
  backstop: { status: 'not_armed', by: 'grantbook.gb_x', until: EXPIRES, reason: 'event_scheduler_off' },
};

const intentOf = (draft: EventDraft): EventDraft => {
  const { granted_at: _, applied: _a, ...body } = draft as Extract<EventDraft, { type: 'granted' }>;
  return { ...body, type: 'intent' };
};

/** The sealed line's event, re-checked as a reader would: throws with the field's pointer when invalid. */
function sealedWith(applied: unknown): LedgerEvent {
  const [sealed] = sealBatches([{ at: T0, drafts: [grantedDraft('a-1', T0, 2, { applied })] }]);
  if (sealed === undefined) throw new Error('nothing sealed');
  const parsed: unknown = JSON.parse(sealed.line);
  assertEvent(parsed, 'read');
  return parsed;
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('granted.applied', () => {
  it('records armed and not-armed backstops and the object, and a granted event without it is still valid', () => {
    const event = sealedWith([armed, notArmed]);
    expect(event.type === 'granted' && event.applied).toEqual([armed, notArmed]);
    expect(sealBatches([{ at: T0, drafts: [grantedDraft('a-2', T0)] }])[0]?.event).not.toHaveProperty('applied');
  });

  it.each([
    [
      'a not-armed backstop without its reason',
      [{ target: 'orders-prod', backstop: { status: 'not_armed', by: 'x', until: EXPIRES } }],
      '/applied/0/backstop/reason',
    ],
    [
      'an armed backstop with a reason',
      [{ target: 'orders-prod', backstop: { status: 'armed', by: 'x', until: EXPIRES, reason: 'event_scheduler_off' } }],
      '/applied/0/backstop/reason',
    ],
    ['a boolean in place of the status', [{ target: 'orders-prod', backstop: { status: true, by: 'x', until: EXPIRES } }], '/applied/0/backstop/status'],
    ['a target none of its grants names', [{ target: 'other-prod', object: 'x' }], '/applied/0/target'],
    [
      'the same target twice',
      [
        { target: 'orders-prod', object: 'x' },
        { target: 'orders-prod', object: 'y' },
      ],
      '/applied',
    ],
    ['an object with a backtick', [{ target: 'orders-prod', object: 'gb`; DROP' }], '/applied/0/object'],
    ['an object with a space', [{ target: 'orders-prod', object: 'role x' }], '/applied/0/object'],
    ['a backstop until that is no instant', [{ target: 'orders-prod', backstop: { status: 'armed', by: 'x', until: 'soon' } }], '/applied/0/backstop/until'],
    [
      'a reason that is not a token',
      [{ target: 'orders-prod', backstop: { status: 'not_armed', by: 'x', until: EXPIRES, reason: 'Scheduler OFF' } }],
      '/applied/0/backstop/reason',
    ],
    ['a field the format does not define', [{ target: 'orders-prod', object: 'x', armed: true }], '/applied/0'],
    ['an empty list', [], '/applied'],
  ])('refuses %s', (_what, applied, pointer) => {
    let thrown: unknown;
    try {
      sealedWith(applied);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'E_LEDGER_DRAFT_INVALID', diagnostics: [{ pointer }] });
  });

  it('a backstop a provider reports is recordable exactly when the sealed event would take it, in any key order', () => {
    const backstops: unknown[] = [
      armed.backstop,
      notArmed.backstop,
      { until: EXPIRES, by: 'x', status: 'armed' },
      { status: 'armed', by: 'x', until: 'soon' },
      { status: 'not_armed', by: 'x', until: EXPIRES },
      { status: 'armed', by: 'x', until: EXPIRES, reason: 'event_scheduler_off' },
      { status: 'armed', by: 'has space', until: EXPIRES },
      { status: 'armed', by: 'x', until: EXPIRES, extra: 1 },
    ];
    for (const backstop of backstops) {
      const seals = ((): boolean => {
        try {
          sealedWith([{ target: 'orders-prod', backstop }]);
          return true;
        } catch {
          return false;
        }
      })();
      expect(isRecordableBackstop(backstop), JSON.stringify(backstop)).toBe(seals);
    }
    expect(backstops.filter(isRecordableBackstop)).toHaveLength(3);
  });

  it('a slim granted keeps it: stored without the body, read back whole with applied, at chain and events depth', async () => {
    const granted = grantedDraft('a-3', T0 + 1000, 2, { applied: [armed, notArmed] });
    const intent = appendEvents(EMPTY_TIP, [intentOf(granted)], fixedClock(T0));
    const first = intent[0]?.event;
    if (first?.type !== 'intent') throw new Error('no intent');
    const sealed = [...intent, ...appendEvents({ seq: first.seq, hash: first.hash, at: T0 }, [granted], fixedClock(T0 + 1000), { intentFor: () => first })];
    const line = sealed[1]?.line ?? '';
    expect(line).not.toContain('"grants"');
    expect(line).toContain('"applied":[{"backstop":{"by":"grantbook.gb_587d35c66f5_f2fc95cc97718f05","status":"armed"');
    const root = await mkdtemp(path.join(tmpdir(), 'grantbook-applied-'));
    dirs.push(root);
    await mkdir(path.join(root, 'audit'));
    for (const f of toFiles(sealed)) await writeFile(path.join(root, f.path), f.text ?? '');
    for (const depth of ['chain', 'events'] as const) {
      expect(await verifyLedgerDir(root, { depth })).toMatchObject({ ok: true });
      const events: LedgerEvent[] = [];
      await streamLedgerDir(root, (e) => void events.push(e), { depth });
      const whole = events.find((e) => e.type === 'granted');
      expect(whole?.type === 'granted' && whole.applied).toEqual([armed, notArmed]);
      expect(whole?.type === 'granted' && whole.grants.map((g) => g.target)).toEqual(['orders-prod', 'github-acme']);
    }
  });
});
