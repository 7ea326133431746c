import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ALWAYS_REFUSED } from '../../../src/providers/aws/refused.js';

describe('docs/aws.md', () => {
  it('lists exactly the always-refused actions of src/providers/aws/refused.ts, in its order, with why', async () => {
    const text = await readFile('docs/aws.md', 'utf8');
    const table = text.slice(text.indexOf('<!-- refused:start -->'), text.indexOf('<!-- refused:end -->'));
    const rows = [...table.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map((m) => ({ action: m[1], why: m[2] }));
    expect(rows).toEqual(ALWAYS_REFUSED.map((r) => ({ action: r.action, why: r.why })));
  });
});
