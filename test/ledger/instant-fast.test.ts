import { describe, expect, it } from 'vitest';
import { instantMs, instantMsBytes } from '../../src/ledger/instant-fast.js';
import { parseInstant } from '../../src/time/instant.js';

/** Deterministic pseudo-random numbers so a failure reproduces. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('instantMs', () => {
  it('agrees with parseInstant on edge cases', () => {
    const cases = [
      '2025-01-31T22:00:00Z',
      '2024-02-29T23:59:59.999Z',
      '2023-02-29T00:00:00Z',
      '2100-02-29T00:00:00Z',
      '2000-02-29T00:00:00Z',
      '2025-04-31T00:00:00Z',
      '2025-12-31T24:00:00Z',
      '2025-12-31T23:60:00Z',
      '2025-12-31T23:59:60Z',
      '2025-00-10T00:00:00Z',
      '2025-13-10T00:00:00Z',
      '2025-01-00T00:00:00Z',
      '0099-01-01T00:00:00Z',
      '0999-12-31T23:59:59Z',
      '1000-01-01T00:00:00Z',
      '1969-12-31T23:59:59.9Z',
      '1970-01-01T00:00:00.05Z',
      '9999-12-31T23:59:59.999Z',
      '2025-01-31T22:00:00',
      '2025-01-31 22:00:00Z',
      '2025-01-31T22:00:00.Z',
      '2025-01-31T22:00:00.1234Z',
      '2025-1-31T22:00:00Z',
      '+02025-01-31T22:00:00Z',
      '２０２５-01-31T22:00:00Z',
      '2025-01-31T22:00:0aZ',
      '2025-01-31T22:00:00z',
      '',
      'NaN',
      'Infinity',
      '2025-01-31T22:00:00.1aZ',
    ];
    for (const text of cases) {
      expect(instantMs(text), text).toBe(parseInstant(text));
      expect(instantMsBytes(Buffer.from(`"${text}"`, 'latin1'), 1, 1 + text.length), text).toBe(parseInstant(text));
    }
  });

  it('agrees with parseInstant on 50,000 random and mutated timestamps', () => {
    const random = lcg(20_250_131);
    const alphabet = '0123456789-T:.Z ';
    for (let i = 0; i < 50_000; i += 1) {
      const value = Math.floor(random() * 2 * 8.64e12) - 8.64e12 + 3e12 * random();
      let text = new Date(value).toISOString();
      if (random() < 0.5) text = text.replace('.000Z', 'Z');
      const mutations = Math.floor(random() * 3);
      for (let m = 0; m < mutations; m += 1) {
        const at = Math.floor(random() * text.length);
        const ch = alphabet[Math.floor(random() * alphabet.length)] ?? '0';
        text = random() < 0.8 ? text.slice(0, at) + ch + text.slice(at + 1) : text.slice(0, at) + text.slice(at + 1);
      }
      expect(instantMs(text), text).toBe(parseInstant(text));
      expect(instantMsBytes(Buffer.from(`x${text}y`, 'latin1'), 1, 1 + text.length), text).toBe(parseInstant(text));
    }
  });
});
