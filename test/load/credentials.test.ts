import { describe, expect, it } from 'vitest';
import { findCredential } from '../../src/load/credentials.js';
import { loadFile } from '../../src/load/load.js';
import { SAMPLES } from './credential-samples.js';
import { codes, expectLocated, expectNoEcho, src } from './fixtures.js';

const LOOK_ALIKES: readonly string[] = [
  'Rotate the ghp_ tokens that the proxy rejects since the upgrade',
  'Deploy 3f9a2b1c broke the charge retries; compare with deadbeefcafe',
  'See https://tracker.example.com/browse/INC-4211 and https://user@git.example.com/org/repo',
  'The password reset flow fails for SSO users',
  'Password: the reset flow fails for SSO users',
  'Check the token expiry and the secret rotation job',
  'Tokenizer=broken after the upgrade; max_tokens=20 in the config',
  'The AKIA keys in the vault rotate monthly; xoxb- tokens too',
  'postgres://orders-prod/orders has slow queries on port 5432',
  'The connection uses postgres://app:****@db/orders with password=$PGPASSWORD',
  'secret=true in the feature flags; token=null on logout',
  'The JWT eyJhbGci header is logged truncated',
  'ssh://git@github.com:22/acme/orders.git clones fail',
  '-----BEGIN CERTIFICATE----- chains are fine',
];

describe('findCredential', () => {
  for (const s of SAMPLES) {
    it(`finds ${s.name} as ${s.kind}, alone and inside prose`, () => {
      expect(findCredential(s.value)).toBe(s.kind);
      expect(findCredential(`Debugging with ${s.value} for the investigation`)).toBe(s.kind);
    });
  }
  for (const text of LOOK_ALIKES) {
    it(`accepts prose: ${text.slice(0, 50)}`, () => {
      expect(findCredential(text)).toBeUndefined();
    });
  }

  it('stays linear on long hostile input', () => {
    const started = performance.now();
    for (const filler of ['a_'.repeat(30_000), 'x://'.repeat(15_000), 'eyJ'.repeat(20_000), `${'password'.repeat(8_000)}=`]) findCredential(filler);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

/** A request with one string field set to `value` (YAML-quoted so any text fits). */
function requestWith(field: 'reason' | 'ticket' | 'extends' | 'notes' | 'key' | 'table', value: string): string {
  const quoted = JSON.stringify(value);
  const lines = ['requester: alice', 'profile: orders-readonly', 'duration: 2h'];
  lines.push(field === 'reason' ? `reason: ${quoted}` : 'reason: Investigate duplicate charges reported in INC-4211');
  lines.push(field === 'ticket' ? `ticket: ${quoted}` : 'ticket: INC-4211');
  if (field === 'extends') lines.push(`extends: ${quoted}`);
  if (field === 'notes') lines.push(`notes: ${quoted}`);
  if (field === 'key') lines.push(`${quoted}: x`);
  lines.push('grants:', '  - target: orders-prod', '    privileges: [SELECT]', `    table: ${field === 'table' ? quoted : 'public.orders'}`, '');
  return lines.join('\n');
}

const FIELDS = [
  { field: 'reason', line: 4, shown: 'field "reason"' },
  { field: 'ticket', line: 5, shown: 'field "ticket"' },
  { field: 'extends', line: 6, shown: 'field "extends"' },
  { field: 'notes', line: 6, shown: 'field "notes"' },
  { field: 'key', line: 6, shown: 'the top level of the file' },
  { field: 'table', line: 9, shown: 'field "grants/0/table"' },
] as const;

describe('a request carrying a credential', () => {
  for (const s of SAMPLES) {
    for (const f of FIELDS) {
      it(`is refused with E_TEXT_CREDENTIAL for ${s.name} in ${f.field}, naming the field and kind, never the value`, () => {
        const r = loadFile(src('access-requests/alice-inc-1.yaml', requestWith(f.field, s.value)), 'request');
        expect(r.ok).toBe(false);
        if (r.ok) return;
        const hit = r.diagnostics.find((d) => d.code === 'E_TEXT_CREDENTIAL');
        expect(hit, codes(r.diagnostics).join()).toBeDefined();
        expect(hit?.line).toBe(f.line);
        expect(hit?.message).toContain(f.shown);
        expect(hit?.message).toMatch(/looks like (a|an) /);
        expectLocated(r.diagnostics);
        // Neither the whole value nor any distinctive piece of it.
        for (const piece of s.value.split(/[\s"{}]+/).filter((p) => p.length >= 8)) expectNoEcho(r.diagnostics, piece);
      });
    }
  }

  it('is accepted when the text only looks alike', () => {
    for (const text of LOOK_ALIKES) {
      const r = loadFile(src('access-requests/alice-inc-1.yaml', requestWith('reason', text)), 'request');
      expect(r.ok ? [] : codes(r.diagnostics), text).toEqual([]);
    }
  });

  it('is reported with the schema problems of the same file, in one run', () => {
    const r = loadFile(src('access-requests/alice-inc-1.yaml', requestWith('notes', SAMPLES[0]?.value ?? '')), 'request');
    expect(r.ok ? [] : codes(r.diagnostics).sort()).toEqual(['E_SCHEMA_UNKNOWN_FIELD', 'E_TEXT_CREDENTIAL']);
  });

  // Policy files are written by the security team, and a false positive there would stop every
  // grant and revocation at once; the request files anyone may write are the ones scanned.
  it('is not looked for in policy files', () => {
    const profile = `name: p\ndescription: "Rotate with token=abcd1234efgh"\nrequesters:\n  users: [alice]\napprovals:\n  min: 1\nduration:\n  max: 1h\nticket:\n  required: false\nreason:\n  required: false\nsensitive_columns: flag\nallow:\n  - target: t\n    teams: [x]\n`;
    expect(loadFile(src('policies/p.yaml', profile), 'profile').ok).toBe(true);
  });
});
