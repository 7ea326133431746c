import { describe, expect, it } from 'vitest';
import { sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { appendEvents } from '../../src/ledger/chain.js';
import { EMPTY_TIP } from '../../src/ledger/events.js';
import { decodeLine } from '../../src/ledger/line.js';
import { checkEvent } from '../../src/ledger/validate.js';
import { fixedClock } from '../support/clock.js';
import { grantedDraft, T0 } from './fixtures.js';

const VIEW_SPEC = {
  kind: 'table',
  privileges: ['SELECT'],
  schema: 'public',
  table: 'orders',
  columns: ['id', 'customer_email'],
  rows: [
    { column: 'customer_id', values: [4211, 'ab-12'] },
    { column: 'created_at', from: '2026-05-01T00:00:00Z', to: '2026-05-02T00:00:00Z' },
  ],
  masked: [{ column: 'customer_email', mask: 'hash' }],
};

function line(spec: unknown): string {
  const draft = grantedDraft('v-1', T0, 2, { grants: [{ target: 'orders-prod', provider: 'postgres', principal: 'alice', spec }] });
  return appendEvents(EMPTY_TIP, [draft], fixedClock(T0))[0]?.line ?? '';
}

/** Re-seals an edited line, so only the edit can make it fail. */
function decodeEdited(text: string, from: string, to: string) {
  expect(text).toContain(from);
  const body = `${text.replace(from, to).slice(0, -75)}}`;
  return decodeLine(sealLine(body, sha256Hex(body)));
}

describe('ledger: table grants with rows and masked', () => {
  it('records the filter and masks as written, and reads them back with every member counted', () => {
    const text = line(VIEW_SPEC);
    const decoded = decodeLine(text);
    expect(decoded).toMatchObject({ ok: true });
    const parsed = JSON.parse(text) as { grants: { spec: unknown }[] };
    expect(parsed.grants[0]?.spec).toEqual(VIEW_SPEC);
    // rows and masked themselves, then the members of the objects in their lists (2 + 3 + 2).
    expect(checkEvent(parsed, 'read')).toBe(checkEvent(JSON.parse(line({ ...VIEW_SPEC, rows: undefined, masked: undefined })), 'read') + 2 + 7);
  });

  it.each([
    ['a mask that is not one of the four', '"mask":"hash"', '"mask":"md5"'],
    ['a value shaped like SQL', '"ab-12"', '"x\'; DROP"'],
    ['a backwards range', '"to":"2026-05-02T00:00:00Z"', '"to":"2026-04-02T00:00:00Z"'],
    ['a condition with both values and a range', '"column":"customer_id","values"', '"column":"customer_id","from":"2026-05-01T00:00:00Z","values"'],
    ['a column that is not an identifier', '"column":"customer_email"', '"column":"Customer Email"'],
    ['a duplicated key in a condition', '"column":"customer_id"', '"column":"customer_id","column":"customer_id"'],
  ])('refuses %s', (_, from, to) => {
    expect(decodeEdited(line(VIEW_SPEC), from, to)).toMatchObject({ ok: false });
  });

  it('is never written with more values than a request may hold', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    expect(() => line({ ...VIEW_SPEC, rows: [{ column: 'customer_id', values }] })).toThrow(/rows\/0\/values does not have 1\.\.100 items/);
  });
});
