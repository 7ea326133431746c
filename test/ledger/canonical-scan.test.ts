import { describe, expect, it } from 'vitest';
import { sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { appendEvents } from '../../src/ledger/chain.js';
import { EMPTY_TIP } from '../../src/ledger/events.js';
import { decodeLine } from '../../src/ledger/line.js';
import { fixedClock } from '../support/clock.js';
import { grantedDraft, revokeFailedDraft, revokedDraft, T0 } from './fixtures.js';

/** Valid bodies (canonical JSON without hash), one with free text full of characters JSON escapes. */
function bodies(): string[] {
  const sealed = appendEvents(
    EMPTY_TIP,
    [
      grantedDraft('alice-inc-1', T0, 2, { reason: 'Quote " backslash \\ newline\nand ünïcødé, emoji 🚀 end' }),
      revokedDraft('alice-inc-1'),
      { ...revokeFailedDraft('alice-inc-1'), reason: { code: 'E_X', message: 'path C:\\tmp "quoted"' } },
    ],
    fixedClock(T0),
  );
  return sealed.map((s) => `${s.line.slice(0, s.line.length - 75)}}`);
}

function reseal(body: string): string {
  return sealLine(body, sha256Hex(body));
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('canonical form check', () => {
  it('accepts the lines the writer produces', () => {
    for (const body of bodies()) expect(decodeLine(reseal(body))).toMatchObject({ ok: true });
  });

  it('refuses each second spelling of a valid event, even correctly re-hashed', () => {
    const [granted = '', , failed = ''] = bodies();
    const variants = [
      granted.replace('"v":2', '"v": 2'),
      granted.replace('"v":2', '"v":2.0'),
      granted.replace('"v":2', '"v":2e0'),
      granted.replace('"number":42', '"number":4.2e1'),
      granted.replace('"id":583231', '"id":-0,"id":583231'),
      granted.replace('"profile":"orders-readonly"', '"profile":"orders-readonly","profile":"orders-readonly"'),
      granted.replace('"login":"alice"', '"login":"\\u0061lice"'),
      granted.replace('"duration":"2h"', '"duration":"2\\u0068"'),
      granted.replace('\\n', '\\u000a'),
      granted.replace('🚀', '\\ud83d\\ude80'),
      failed.replace('C:\\\\tmp', 'C:\\u005ctmp'),
      failed.replace('"attempts":3', '"attempts":3 '),
      `${granted.slice(0, -1)} }`,
    ];
    for (const variant of variants) {
      expect(variant).not.toBe(granted);
      const decoded = decodeLine(reseal(variant));
      expect(decoded.ok, variant.slice(0, 80)).toBe(false);
    }
  });

  it('never accepts a line that differs from JSON.stringify of what it parses to (fuzz, re-hashed)', () => {
    const random = lcg(42);
    const inserts = [' ', '\t', '-', '.', 'e', 'E', '0', '7', '+', '\\u0041', '\\/', '\\t', ',"v":2', 'null', 'true', ',', '"', ':', '{}', '[]'];
    const base = bodies();
    let accepted = 0;
    for (let i = 0; i < 20_000; i += 1) {
      let body = base[i % base.length] ?? '';
      const edits = 1 + Math.floor(random() * 2);
      for (let k = 0; k < edits; k += 1) {
        const at = 1 + Math.floor(random() * (body.length - 2));
        const piece = inserts[Math.floor(random() * inserts.length)] ?? ' ';
        body = random() < 0.7 ? body.slice(0, at) + piece + body.slice(at) : body.slice(0, at) + piece + body.slice(at + 1);
      }
      const line = reseal(body);
      if (decodeLine(line).ok) {
        accepted += 1;
        expect(JSON.stringify(JSON.parse(line)), line).toBe(line);
      }
    }
    // Some mutations are legitimately valid (a digit changed inside an id); the property must hold for all of them.
    expect(accepted).toBeGreaterThan(0);
  });
});
