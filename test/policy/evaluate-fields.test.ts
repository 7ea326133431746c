import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import type { EvaluationFacts } from '../../src/policy/decision.js';
import type { TypedProfile as Profile, TypedRequest as AccessRequest } from '../support/policy-fixtures.js';
import { errorCodes, makeRequest, NOW, scenario, warningCodes, without } from '../support/policy-fixtures.js';

function decide(parts: { request?: Partial<AccessRequest>; profile?: Partial<Profile>; facts?: Partial<EvaluationFacts> }) {
  const s = scenario(parts);
  return evaluate(s.request, s.policy, s.facts);
}

/** The example request without the given optional keys. */
function decideWithout(keys: ('duration' | 'ticket' | 'reason')[], profile: Partial<Profile> = {}) {
  const s = scenario({ profile });
  return evaluate(without(makeRequest(), ...keys), s.policy, s.facts);
}

describe('evaluate: duration and window', () => {
  it('computes the window from now', () => {
    expect(decide({ request: { duration: '90m' } }).window).toEqual({
      duration: '90m',
      durationMs: 5_400_000,
      startsAt: '2025-01-15T09:00:00Z',
      expiresAt: '2025-01-15T10:30:00Z',
    });
  });

  it("uses the profile's default when the request has none", () => {
    const decision = decideWithout(['duration']);
    expect(decision.outcome).toBe('allowed');
    expect(decision.window).toMatchObject({ duration: '1h', expiresAt: '2025-01-15T10:00:00Z' });
  });

  it('refuses a missing duration when the profile has no default', () => {
    const decision = decideWithout(['duration'], { duration: { max: '4h' } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_DURATION_REQUIRED']);
    expect(decision.window).toBeUndefined();
  });

  it.each(['0h', '1.5h', '2 h', '1y', '12345m', ''])('refuses duration %j outside the grammar', (duration) => {
    const decision = decide({ request: { duration } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_DURATION_INVALID']);
    expect(decision.reasons[0]?.pointer).toBe('/duration');
  });

  it('never echoes a duration outside the grammar', () => {
    const decision = decide({ request: { duration: '2h::warning::owned' } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_DURATION_INVALID']);
    expect(JSON.stringify(decision.reasons)).not.toContain('owned');
  });

  it("refuses a duration over the profile's max, and accepts one at it", () => {
    const over = decide({ request: { duration: '241m' } });
    expect(errorCodes(over)).toEqual(['E_POLICY_DURATION_TOO_LONG']);
    expect(over.window).toBeUndefined();
    expect(decide({ request: { duration: '240m' } }).outcome).toBe('allowed');
  });

  it('refuses over the hard limit of 90 days whatever the profile allows', () => {
    const lax = { duration: { max: '9999d' } };
    expect(errorCodes(decide({ request: { duration: '91d' }, profile: lax }))).toEqual(['E_POLICY_DURATION_OVER_HARD_MAX']);
    expect(decide({ request: { duration: '90d' }, profile: lax }).window?.expiresAt).toBe('2025-04-15T09:00:00Z');
  });

  it("reports an unusable profile max as the profile's error", () => {
    const decision = decide({ profile: { duration: { max: 'forever' } } });
    expect(decision.reasons.map((r) => [r.code, r.file, r.pointer])).toEqual([['E_POLICY_PROFILE_INVALID', 'policies/orders-readonly.yaml', '/duration/max']]);
  });

  it('points an unusable profile default at the profile', () => {
    const s = scenario({ profile: { duration: { default: '1 hour', max: '4h' } } });
    const decision = evaluate(without(s.request, 'duration'), s.policy, s.facts);
    expect(decision.reasons.map((r) => [r.code, r.file, r.pointer])).toEqual([
      ['E_POLICY_DURATION_INVALID', 'policies/orders-readonly.yaml', '/duration/default'],
    ]);
  });

  it.each([
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['at the end of representable time', 8.64e15 - 1000],
  ])('refuses when now is %s', (_name, now) => {
    const decision = decide({ facts: { now } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_INSTANT_NOT_FINITE']);
    expect(decision.window).toBeUndefined();
  });
});

describe('evaluate: ticket', () => {
  it('refuses a missing ticket when required, and accepts none when not', () => {
    expect(errorCodes(decideWithout(['ticket']))).toEqual(['E_POLICY_TICKET_REQUIRED']);
    expect(decideWithout(['ticket'], { ticket: { required: false, pattern: '^INC-[0-9]+$' } }).outcome).toBe('allowed');
  });

  it("refuses a ticket that does not match the profile's pattern", () => {
    const decision = decide({ request: { ticket: 'OPS-4211' } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_TICKET_MISMATCH']);
    expect(decision.reasons[0]?.pointer).toBe('/ticket');
  });

  it('accepts any ticket when the profile has no pattern', () => {
    expect(decide({ request: { ticket: 'OPS-4211' }, profile: { ticket: { required: true } } }).outcome).toBe('allowed');
  });

  it('compiles the pattern in unicode mode', () => {
    // \p{Lu} is a property escape only with the `u` flag; without it the pattern would match "pLu".
    const profile = { ticket: { required: true, pattern: '^\\p{Lu}+-[0-9]+$' } };
    expect(decide({ request: { ticket: 'INC-1' }, profile }).outcome).toBe('allowed');
  });

  it("refuses with the profile's error when the pattern does not compile", () => {
    const decision = decide({ profile: { ticket: { required: true, pattern: '^(INC-[0-9]+$' } } });
    expect(decision.reasons.map((r) => [r.code, r.file, r.pointer])).toEqual([
      ['E_POLICY_PROFILE_INVALID', 'policies/orders-readonly.yaml', '/ticket/pattern'],
    ]);
    expect(decision.reasons[0]?.message).not.toContain('INC-');
  });
});

describe('evaluate: reason', () => {
  it('refuses a missing reason when required, and accepts none when not', () => {
    expect(errorCodes(decideWithout(['reason']))).toEqual(['E_POLICY_REASON_REQUIRED']);
    expect(decideWithout(['reason'], { reason: { required: false, minLength: 1, maxLength: 1000 } }).outcome).toBe('allowed');
  });

  it('counts code points, not UTF-16 units', () => {
    const profile = { reason: { required: true, minLength: 5, maxLength: 6 } };
    // Six astral characters: twelve UTF-16 units.
    expect(decide({ request: { reason: '🔥🔥🔥🔥🔥🔥' }, profile }).outcome).toBe('allowed');
    expect(errorCodes(decide({ request: { reason: '🔥🔥🔥🔥' }, profile }))).toEqual(['E_POLICY_REASON_TOO_SHORT']);
  });

  it('refuses a reason outside min_length..max_length and accepts the bounds', () => {
    const profile = { reason: { required: true, minLength: 10, maxLength: 12 } };
    expect(errorCodes(decide({ request: { reason: 'a'.repeat(9) }, profile }))).toEqual(['E_POLICY_REASON_TOO_SHORT']);
    expect(errorCodes(decide({ request: { reason: 'a'.repeat(13) }, profile }))).toEqual(['E_POLICY_REASON_TOO_LONG']);
    expect(decide({ request: { reason: 'a'.repeat(10) }, profile }).outcome).toBe('allowed');
    expect(decide({ request: { reason: 'a'.repeat(12) }, profile }).outcome).toBe('allowed');
    const long = decide({ request: { reason: 'a'.repeat(13) }, profile });
    expect(long.reasons[0]?.pointer).toBe('/reason');
    expect(long.reasons[0]?.message).toContain('13');
  });
});

describe('evaluate: extends, break-glass and approvals', () => {
  it('refuses a request that extends itself', () => {
    const decision = decide({ request: { extends: 'alice-inc-4211' } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_EXTENDS_SELF']);
    expect(decision.reasons[0]?.pointer).toBe('/extends');
  });

  it('notes that an extension needs fresh approval', () => {
    const decision = decide({ request: { extends: 'alice-inc-4200' } });
    expect(decision.outcome).toBe('allowed');
    expect(warningCodes(decision)).toEqual(['E_POLICY_EXTENDS_NEEDS_APPROVAL']);
    expect(decision.reasons[0]?.message).toContain('alice-inc-4200');
  });

  it('marks a break-glass request and notes the follow-up review issue', () => {
    const decision = decide({ profile: { breakGlass: true } });
    expect(decision.outcome).toBe('allowed');
    expect(decision.breakGlass).toBe(true);
    expect(warningCodes(decision)).toEqual(['E_POLICY_BREAK_GLASS']);
    expect(decision.reasons[0]?.message).toMatch(/follow-up review issue/);
  });

  it('is not break-glass otherwise', () => {
    const decision = decide({});
    expect(decision.breakGlass).toBe(false);
    expect(decision.reasons).toEqual([]);
  });

  it("carries the profile's approval rule", () => {
    const approvals = { min: 2, groups: [{ users: ['carol', 'dave'], min: 1 }] };
    expect(decide({ profile: { approvals } }).approvals).toEqual(approvals);
  });

  it('keeps the window independent of other refusals', () => {
    const decision = decide({ request: { ticket: 'OPS-1' }, facts: { now: NOW } });
    expect(decision.outcome).toBe('refused');
    expect(decision.window?.duration).toBe('2h');
  });
});
