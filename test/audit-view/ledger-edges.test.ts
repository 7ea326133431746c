import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../src/ledger/index.js';
import { DRIFT_HOLD_MS } from '../../src/audit-view/grant-rows.js';
import { parsePeriod } from '../../src/audit-view/period.js';
import { formatInstant } from '../../src/time/instant.js';
import { ACTOR, grantedDraft, HOUR, revokedDraft, sealBatches, T0, toFiles } from '../ledger/fixtures.js';
import { fixedClock } from '../support/clock.js';
import { BUILT_VERIFY_THREAD, runCli } from '../support/cli.js';

type Batches = { at: number; drafts: EventDraft[] }[];

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'grantbook-view-edges-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A checkout whose audit/ holds these batches as the writer seals them (month files). */
function checkout(batches: Batches): string {
  const dir = mkdtempSync(path.join(work, 'checkout-'));
  mkdirSync(path.join(dir, 'audit'));
  for (const f of toFiles(sealBatches(batches))) writeFileSync(path.join(dir, f.path), f.text ?? '');
  return dir;
}

function intentDraft(request: string, start: number, hours = 2, extra: Partial<Record<string, unknown>> = {}): EventDraft {
  const granted = grantedDraft(request, start, hours, extra);
  if (granted.type !== 'granted') throw new Error('fixture');
  const { granted_at: _, ...body } = granted;
  return { ...body, type: 'intent' };
}

const interrupted = (request: string): EventDraft => ({
  type: 'grant_refused',
  request,
  actor: ACTOR,
  reasons: [{ code: 'E_APPLY_INTERRUPTED', message: `${request}: an earlier apply run stopped before it was fully granted` }],
});

interface JsonRow {
  request: string;
  status: string;
  cause: string | null;
  superseded_by: string | null;
  drift_findings: number;
}

/** `audit export --format json` of the checkout, on one thread and on the built verify thread: both must say the same. */
async function exportRows(dir: string, period: readonly string[] = []): Promise<JsonRow[]> {
  const clock = fixedClock(T0 + 48 * HOUR);
  const one = await runCli(['audit', 'export', '--format', 'json', ...period], { cwd: dir, clock });
  const threaded = await runCli(['audit', 'export', '--format', 'json', ...period], { cwd: dir, clock, verifyThread: BUILT_VERIFY_THREAD });
  expect(one.code, one.stderr).toBe(0);
  expect(threaded.stdout).toBe(one.stdout);
  return (JSON.parse(one.stdout) as { grants: JsonRow[] }).grants;
}

describe('extensions in the export agree with the revoke job', () => {
  it('an extension abandoned after its intent supersedes nothing', async () => {
    // An extension whose apply was interrupted and abandoned was never granted: the older grant's row must not name it.
    const dir = checkout([
      { at: T0, drafts: [grantedDraft('alice-1', T0, 4)] },
      { at: T0 + HOUR, drafts: [intentDraft('alice-2', T0 + HOUR, 4, { extends: 'alice-1' })] },
      { at: T0 + HOUR + 60_000, drafts: [interrupted('alice-2')] },
      { at: T0 + HOUR + 120_000, drafts: [{ ...revokedDraft('alice-2'), cause: 'drift' }] },
      { at: T0 + 4 * HOUR, drafts: [revokedDraft('alice-1')] },
    ]);
    const rows = await exportRows(dir);
    const older = rows.find((r) => r.request === 'alice-1');
    expect(older?.cause).toBe('expired');
    expect(older?.superseded_by).toBeNull();
  });

  it('an extension granted after the period still names the grant it superseded', async () => {
    // A row in the period that ended superseded names its extension, also one granted after --until.
    const dir = checkout([
      { at: T0, drafts: [grantedDraft('alice-1', T0, 4)] },
      { at: T0 + 2 * HOUR, drafts: [intentDraft('alice-2', T0 + 2 * HOUR, 4, { extends: 'alice-1' })] },
      { at: T0 + 2 * HOUR + 1000, drafts: [grantedDraft('alice-2', T0 + 2 * HOUR + 1000, 4, { extends: 'alice-1' })] },
      { at: T0 + 2 * HOUR + 2000, drafts: [{ ...revokedDraft('alice-1'), cause: 'superseded' }] },
    ]);
    const rows = await exportRows(dir, ['--since', formatInstant(T0), '--until', formatInstant(T0 + HOUR)]);
    expect(rows.map((r) => r.request)).toEqual(['alice-1']);
    expect(rows[0]?.cause).toBe('superseded');
    expect(rows[0]?.superseded_by).toBe('alice-2');
  });
});

describe('drift in the export', () => {
  it('counts drift found within DRIFT_HOLD_MS of the revocation on the row, and says where a later finding is', async () => {
    // A lingering grant is found by the next revoke runs, and counted on its row; one found after DRIFT_HOLD_MS cannot be (the row is written), so it is listed and warned of.
    const lingering = (request: string, principal: string): EventDraft[] => [
      { type: 'drift_found', request, actor: ACTOR, target: 'orders-prod', principal, what: 'lingering' },
      { ...revokedDraft(request, ['orders-prod'], 0), cause: 'drift' },
    ];
    const dir = checkout([
      { at: T0, drafts: [grantedDraft('alice-1', T0, 1), grantedDraft('bob-2', T0, 3), grantedDraft('carol-3', T0, 1)] },
      { at: T0 + HOUR, drafts: [revokedDraft('alice-1'), revokedDraft('carol-3')] },
      {
        at: T0 + 2 * HOUR,
        drafts: [
          ...lingering('alice-1', 'alice'),
          { type: 'drift_found', request: 'bob-2', actor: ACTOR, target: 'orders-prod', principal: 'bob', what: 'missing' },
        ],
      },
      { at: T0 + 3 * HOUR, drafts: [revokedDraft('bob-2')] },
      { at: T0 + HOUR + DRIFT_HOLD_MS + 1000, drafts: lingering('carol-3', 'carol') },
    ]);
    const rows = await exportRows(dir);
    // In the order they were revoked, as before the hold.
    expect(rows.map((r) => [r.request, r.drift_findings])).toEqual([
      ['alice-1', 1],
      ['carol-3', 0],
      ['bob-2', 1],
    ]);
    const clock = fixedClock(T0 + 48 * HOUR);
    const json = await runCli(['audit', 'export', '--format', 'json'], { cwd: dir, clock });
    const listed = (JSON.parse(json.stdout) as { unattached_drift: { request: string; what: string }[] }).unattached_drift;
    expect(listed.map((f) => [f.request, f.what])).toEqual([['carol-3', 'lingering']]);
    expect(json.stderr).toMatch(
      /warning: 1 drift finding\(s\) of the period are counted on no row.*carol-3 on orders-prod \(lingering, audit\/[^:]+:\d+\).*listed under unattached_drift/,
    );
    const csv = await runCli(['audit', 'export'], { cwd: dir, clock });
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stderr).toMatch(/warning: 1 drift finding\(s\).*carol-3 on orders-prod.*the JSON export lists them/);
    // Nothing to say when every finding of the period is on a row.
    const before = await runCli(['audit', 'export', '--until', formatInstant(T0 + HOUR + DRIFT_HOLD_MS)], { cwd: dir, clock });
    expect(before.code, before.stderr).toBe(0);
    expect(before.stderr).not.toContain('warning');
  });
});

describe('the report headline', () => {
  it('counts people, not lists of grantees', async () => {
    // Each grantee is a person: alice+bob, alice and bob are 2 people, not 3 lists.
    const bob = { login: 'bob', id: 583233 };
    const alice = { login: 'alice', id: 583231 };
    const dir = checkout([
      { at: T0, drafts: [grantedDraft('pair-1', T0, 4, { grantees: [alice, bob] })] },
      { at: T0 + 1000, drafts: [grantedDraft('alice-2', T0 + 1000, 4, { grantees: [alice] })] },
      { at: T0 + 2000, drafts: [grantedDraft('bob-3', T0 + 2000, 4, { grantees: [bob] })] },
    ]);
    const { code, stderr } = await runCli(['audit', 'report', '--out', 'r.html'], { cwd: dir, clock: fixedClock(T0 + HOUR) });
    expect(code, stderr).toBe(0);
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<dt>Grants</dt><dd>3</dd>');
    expect(html).toContain('<dt>People</dt><dd>2</dd>');
  });
});

describe('the output file', () => {
  const partials = (where: string): string[] => readdirSync(where).filter((f) => f.endsWith('.partial'));
  const one: Batches = [{ at: T0, drafts: [grantedDraft('alice-1', T0, 4)] }];

  it('an --out that cannot take the file is refused with a code, and leaves nothing behind', async () => {
    // --out naming an existing directory fails at the final rename: a usage problem with its code (not an internal error), and no .partial file left.
    const dir = checkout(one);
    mkdirSync(path.join(dir, 'taken.csv'));
    const run = await runCli(['audit', 'export', '--out', 'taken.csv'], { cwd: dir, clock: fixedClock(T0 + HOUR) });
    expect(partials(dir)).toEqual([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('E_AUDIT_OUTPUT_INVALID');
    expect(run.stderr).toContain('(EISDIR); --out names a directory: name a file');
  });

  it('never writes under audit/, even through a symbolic link', async () => {
    // --out through a link to audit/ is under audit/ all the same: refused before anything is written, so the ledger still verifies.
    const dir = checkout(one);
    symlinkSync('audit', path.join(dir, 'evidence'));
    const run = await runCli(['audit', 'export', '--out', 'evidence/x.csv'], { cwd: dir, clock: fixedClock(T0 + HOUR) });
    expect(existsSync(path.join(dir, 'audit', 'x.csv'))).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('E_AUDIT_OUTPUT_INVALID');
    const verify = await runCli(['audit', 'verify'], { cwd: dir, clock: fixedClock(T0 + HOUR) });
    expect(verify.code, verify.stderr).toBe(0);
  });

  it('takes a name under audit/ that starts with two dots for what it is: under audit/', async () => {
    // `audit/..x.csv` leaves nothing: it names a file in audit/, and is refused before anything is written there.
    const dir = checkout(one);
    const run = await runCli(['audit', 'export', '--out', 'audit/..x.csv'], { cwd: dir, clock: fixedClock(T0 + HOUR) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('E_AUDIT_OUTPUT_INVALID');
    expect(readdirSync(path.join(dir, 'audit')).filter((f) => !f.endsWith('.jsonl'))).toEqual([]);
  });
});

describe('the period', () => {
  it('refuses a month of a year before 100, as it refuses a day of it', () => {
    // Date.UTC maps years 0-99 to 1900-1999: a month of such a year must be refused as its day is, not read as 19xx.
    const now = Date.UTC(2026, 0, 1);
    expect(parsePeriod('0025-07-01', undefined, now).ok).toBe(false);
    expect(parsePeriod('0025-07', undefined, now).ok).toBe(false);
    expect(parsePeriod(undefined, '0099-12', now).ok).toBe(false);
  });
});
