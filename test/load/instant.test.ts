import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/time/instant.js';

describe('parseInstant (timestamps are UTC with a literal Z)', () => {
  const accepted: [string, number][] = [
    ['2024-03-01T12:00:00Z', Date.UTC(2024, 2, 1, 12)],
    ['2024-02-29T23:59:59Z', Date.UTC(2024, 1, 29, 23, 59, 59)],
    ['2024-03-01T12:00:00.5Z', Date.UTC(2024, 2, 1, 12, 0, 0, 500)],
    ['2024-03-01T12:00:00.123Z', Date.UTC(2024, 2, 1, 12, 0, 0, 123)],
  ];
  for (const [text, value] of accepted) it(`accepts ${text}`, () => expect(parseInstant(text)).toBe(value));

  const refused = [
    '2024-03-01T12:00:00',
    '2024-03-01T12:00:00+00:00',
    '2024-03-01T12:00:00z',
    '2024-03-01 12:00:00Z',
    '2024-03-01',
    '2023-02-29T00:00:00Z',
    '2024-02-30T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-04-31T00:00:00Z',
    '2024-03-01T24:00:00Z',
    '2024-03-01T12:60:00Z',
    '2024-03-01T12:00:60Z',
    '2024-03-01T12:00:00.1234Z',
    ' 2024-03-01T12:00:00Z',
    '1709294400',
    '',
  ];
  for (const text of refused) it(`refuses ${JSON.stringify(text)}`, () => expect(parseInstant(text)).toBeUndefined());
});
