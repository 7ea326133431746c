import { isTableSpec } from '../../src/providers/postgres/spec.js';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/audit-view/export-record.js';
import { canonicalJson, fold, verifyLedgerDir, type GrantedEvent, type IntentEvent, type LedgerEvent } from '../../src/ledger/index.js';
import { lineBody, sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { fixedClock } from '../support/clock.js';
import { parseInstant } from '../../src/time/instant.js';
import { generateAuditLedger, TRICKY_REASONS } from '../support/audit-ledger.js';
import { BUILT_VERIFY_THREAD, runCli } from '../support/cli.js';
import { parseCsv, unguard } from '../support/csv-parse.js';

const GRANTS = 10_000;
let dir: string;
let events: LedgerEvent[];
let clock: ReturnType<typeof fixedClock>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'grantbook-export-'));
  cpSync('policies', path.join(dir, 'policies'), { recursive: true });
  const generated = generateAuditLedger(dir, { grants: GRANTS, live: 30 });
  clock = fixedClock(generated.end + 3_600_000);
  const chain = await verifyLedgerDir(dir);
  expect(chain.ok).toBe(true);
  events = [...chain.events];
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What each request's events say, read straight from the verified chain (not through the export's code). */
function recorded(): Map<string, { grant: GrantedEvent | IntentEvent; lateMs?: number; revokedSeq?: number }> {
  const out = new Map<string, { grant: GrantedEvent | IntentEvent; lateMs?: number; revokedSeq?: number }>();
  for (const [id, s] of fold(events).states) if (s.grant !== undefined) out.set(id, { grant: s.grant });
  for (const e of events) {
    const r = out.get(e.request);
    if (r === undefined || e.type !== 'revoked') continue;
    if (e.late_ms !== undefined) r.lateMs = Math.max(r.lateMs ?? 0, e.late_ms);
    // The generator revokes each grant whole at once; a later revocation (of a lingering grant found by a drift check) does not move its end.
    r.revokedSeq ??= e.seq;
  }
  return out;
}

/** No temporary file of this process (the CLI runs in it) is left in `where`; other test files running at once write theirs to the same temp directory. */
const noPartials = (where: string): void => expect(readdirSync(where).filter((f) => f.endsWith('.partial') && f.includes(`.${process.pid}.`))).toEqual([]);

describe('grantbook audit export', () => {
  it('CSV of 10,000 grants: parses as RFC 4180, one row per grant, every field as recorded', async () => {
    const { code, stderr } = await runCli(['audit', 'export', '--out', 'all.csv', '--repo', 'acme/access'], { cwd: dir, clock });
    expect(stderr).toContain('ok: ');
    expect(code).toBe(0);
    const { bom, records } = parseCsv(readFileSync(path.join(dir, 'all.csv'), 'utf8'));
    expect(bom).toBe(true);
    const [header, ...rows] = records;
    expect(header).toEqual(CSV_COLUMNS);
    const truth = recorded();
    const states = fold(events).states;
    expect(rows.length).toBe(truth.size);
    expect(rows.length).toBeGreaterThan(9_500);
    const col = (name: string): number => CSV_COLUMNS.indexOf(name);
    // One comparison of every row, field by field: the CSV as read back against the chain as recorded.
    const actual: Record<string, unknown>[] = [];
    const expected: Record<string, unknown>[] = [];
    for (const cells of rows) {
      expect(cells.length).toBe(CSV_COLUMNS.length);
      const get = (name: string): string => unguard(cells[col(name)] ?? '');
      const id = get('request');
      const t = truth.get(id);
      const s = states.get(id);
      const g = t?.grant;
      if (g === undefined || s === undefined) throw new Error(`${id}: not a grant of the ledger`);
      const coversEmail = g.grants.some((x) => isTableSpec(x.spec) && x.spec.table === 'orders' && (x.spec.columns?.includes('customer_email') ?? true));
      actual.push({
        id,
        status: get('status'),
        requester: get('requester'),
        requesterId: Number(get('requester_id')),
        profile: get('profile'),
        reason: get('reason'),
        ticket: get('ticket'),
        duration: get('duration'),
        pull: Number(get('pull_request')),
        head: get('head_sha'),
        merge: get('merge_sha'),
        blob: get('request_blob'),
        approvers: get('approvers'),
        approvedCommits: get('approved_commits'),
        grantedAt: get('granted_at'),
        expiresAt: get('expires_at'),
        revokedAt: get('revoked_at'),
        cause: get('cause'),
        lateMs: get('late_ms'),
        failures: Number(get('revoke_failures')),
        grants: JSON.parse(get('grants_json')) as unknown,
        hash: get('granted_hash'),
        seq: Number(get('granted_seq')),
        revokedSeq: get('revoked_seq'),
        pullUrl: get('pull_request_url'),
        runUrl: get('granted_run_url'),
        breakGlass: get('break_glass'),
        email: get('sensitive_columns').includes('orders-prod:public.orders.customer_email'),
      });
      expected.push({
        id,
        status: s.status,
        requester: g.requester.login,
        requesterId: g.requester.id,
        profile: g.profile,
        reason: g.reason ?? '',
        ticket: g.ticket ?? '',
        duration: g.duration,
        pull: g.pr.number,
        head: g.pr.head_sha,
        merge: g.pr.merge_sha,
        blob: g.request_blob,
        approvers: g.approvers.map((a) => `${a.login} (id ${a.id}, review ${a.review_id})`).join('; '),
        approvedCommits: [...new Set(g.approvers.map((a) => a.commit_id))].join('; '),
        grantedAt: g.type === 'granted' ? g.granted_at : g.at,
        expiresAt: g.expires_at,
        revokedAt: s.revokedAt ?? '',
        cause: s.cause ?? '',
        lateMs: t?.lateMs === undefined ? '' : String(t.lateMs),
        failures: s.failures,
        grants: JSON.parse(canonicalJson(g.grants)) as unknown,
        hash: g.hash,
        seq: g.seq,
        revokedSeq: t?.revokedSeq === undefined || s.status !== 'revoked' ? '' : String(t.revokedSeq),
        pullUrl: `https://github.com/acme/access/pull/${g.pr.number}`,
        runUrl: `https://github.com/acme/access/actions/runs/${g.actor.run_id}`,
        // The profiles at the checkout mark break-glass and customer_email as sensitive.
        breakGlass: g.profile === 'break-glass' ? 'yes' : 'no',
        email: coversEmail,
      });
    }
    expect(actual).toEqual(expected);
    expect(new Set(actual.map((a) => a.id)).size).toBe(rows.length);
    expect(actual.some((a) => a.status === 'active') && actual.some((a) => a.breakGlass === 'yes') && actual.some((a) => a.lateMs !== '')).toBe(true);
  }, 120_000);

  it('neutralises cells that start like a formula, and nothing else changes', async () => {
    await runCli(['audit', 'export', '--out', 'all.csv'], { cwd: dir, clock });
    const text = readFileSync(path.join(dir, 'all.csv'), 'utf8');
    const { records } = parseCsv(text);
    const reasonAt = CSV_COLUMNS.indexOf('reason');
    const reasons = records.slice(1).map((r) => r[reasonAt] ?? '');
    expect(reasons).toContain(`'${TRICKY_REASONS[0]}`);
    expect(reasons).toContain(`'${TRICKY_REASONS[1]}`);
    expect(reasons).toContain(`'${TRICKY_REASONS[2]}`);
    expect(reasons).toContain(`'${TRICKY_REASONS[3]}`);
    expect(reasons).toContain(TRICKY_REASONS[4]);
    const live = records.flatMap((r) => r.filter((cell) => /^[=+\-@\t\r]/.test(cell)));
    expect(live).toEqual([]);
    // Without --repo (and no GitHub origin) there are ids, never guessed links.
    expect(text).not.toContain('https://');
  });

  it('JSON keeps the recorded objects as recorded, with the chain verdict', async () => {
    const { code } = await runCli(['audit', 'export', '--format', 'json', '--out', 'all.json', '--since', '2025-01-10', '--until', '2025-01-12'], {
      cwd: dir,
      clock,
    });
    expect(code).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(dir, 'all.json'), 'utf8')) as {
      period: { since: string; until: string };
      grants: { request: string; grants: unknown; approvers: unknown; pr: unknown; requester: unknown; reason: string | null }[];
      rows: number;
      chain: { ok: boolean; events: number; tip: { seq: number; hash: string } };
    };
    expect(doc.period).toEqual({ since: '2025-01-10T00:00:00Z', until: '2025-01-13T00:00:00Z' });
    expect(doc.chain).toEqual({ ok: true, events: events.length, tip: { seq: events.length - 1, hash: events[events.length - 1]?.hash } });
    expect(doc.rows).toBe(doc.grants.length);
    const truth = recorded();
    const since = parseInstant('2025-01-10T00:00:00Z') ?? 0;
    const until = parseInstant('2025-01-13T00:00:00Z') ?? 0;
    const states = fold(events).states;
    const expected = [...truth.keys()].filter((id) => {
      const s = states.get(id);
      const g = truth.get(id)?.grant;
      if (s === undefined || g === undefined) return false;
      const start = parseInstant(g.type === 'granted' ? g.granted_at : g.at) ?? 0;
      const end = s.status === 'revoked' ? (parseInstant(s.revokedAt ?? '') ?? 0) : Number.POSITIVE_INFINITY;
      return start < until && end > since;
    });
    expect(doc.grants.map((g) => g.request).sort()).toEqual(expected.sort());
    for (const row of doc.grants) {
      const g = truth.get(row.request)?.grant;
      expect(row.grants).toEqual(g?.grants);
      expect(row.approvers).toEqual(g?.approvers);
      expect(row.pr).toEqual(g?.pr);
      expect(row.requester).toEqual(g?.requester);
      expect(row.reason).toBe(g?.reason ?? null);
    }
  });

  it('standard output carries the same bytes as --out; --no-bom leaves the mark out', async () => {
    const period = ['--since', '2025-01-15', '--until', '2025-01-15'];
    await runCli(['audit', 'export', ...period, '--out', 'day.csv'], { cwd: dir, clock });
    const out = await runCli(['audit', 'export', ...period], { cwd: dir, clock });
    expect(out.code).toBe(0);
    expect(`${out.stdout}\n`).toBe(readFileSync(path.join(dir, 'day.csv'), 'utf8'));
    const plain = await runCli(['audit', 'export', ...period, '--no-bom'], { cwd: dir, clock });
    expect(plain.stdout.charCodeAt(0)).not.toBe(0xfeff);
    expect(`\ufeff${plain.stdout}`).toBe(`${out.stdout}`);
    noPartials(dir);
    noPartials(tmpdir());
  });

  it('refuses a tampered ledger, naming the first broken place, and leaves no file behind', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'grantbook-export-tampered-'));
    try {
      cpSync(path.join(dir, 'audit'), path.join(copy, 'audit'), { recursive: true });
      const file = path.join(copy, 'audit', '2025-01.jsonl');
      const lines = readFileSync(file, 'utf8').split('\n');
      const at = lines.findIndex((l, i) => i > 5000 && l.includes('"type":"granted"'));
      lines[at] = (lines[at] ?? '').replace('"duration":"', '"duration":"1');
      writeFileSync(file, lines.join('\n'));
      writeFileSync(path.join(copy, 'kept.csv'), 'an older export\n');
      for (const args of [['--out', 'new.csv'], ['--out', 'kept.csv'], ['--format', 'json'], []]) {
        const { code, stdout, stderr } = await runCli(['audit', 'export', ...args], { cwd: copy, clock });
        expect(code, args.join(' ')).toBe(1);
        expect(stdout).toBe('');
        expect(stderr).toContain('E_AUDIT_CHAIN_BROKEN');
        expect(stderr).toContain(`audit/2025-01.jsonl:${at + 1} E_LEDGER_HASH_MISMATCH`);
      }
      expect(existsSync(path.join(copy, 'new.csv'))).toBe(false);
      expect(readFileSync(path.join(copy, 'kept.csv'), 'utf8')).toBe('an older export\n');
      noPartials(copy);
      const report = await runCli(['audit', 'report', '--out', 'r.html'], { cwd: copy, clock });
      expect(report.code).toBe(1);
      expect(report.stderr).toContain(`audit/2025-01.jsonl:${at + 1}`);
      expect(existsSync(path.join(copy, 'r.html'))).toBe(false);
      noPartials(copy);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses, with file and line, an event it reads that is sealed with a valid hash but malformed; a record it never reads passes as in audit verify', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'grantbook-export-malformed-'));
    try {
      cpSync(path.join(dir, 'policies'), path.join(copy, 'policies'), { recursive: true });
      cpSync(path.join(dir, 'audit'), path.join(copy, 'audit'), { recursive: true });
      const file = path.join(copy, 'audit', '2025-01.jsonl');
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l !== '');
      // Resealed in place and the chain ended right after it, so every hash and link still holds.
      const reseal = (at: number, from: string, to: string): void => {
        const body = lineBody(lines[at] ?? '');
        expect(body).toContain(from);
        const edited = body.replace(from, to);
        lines[at] = sealLine(edited, sha256Hex(edited));
        writeFileSync(file, `${lines.slice(0, at + 1).join('\n')}\n`);
        for (const f of readdirSync(path.join(copy, 'audit'))) if (f > '2025-01.jsonl') rmSync(path.join(copy, 'audit', f));
      };
      const baseline = lines.findIndex((l, i) => i > 3000 && l.includes('"kind":"baseline"'));
      reseal(baseline, '"status":"observed"', '"status":"made-up"');
      const verify = await runCli(['audit', 'verify'], { cwd: copy, clock });
      expect(verify.code, verify.stderr).toBe(0);
      const passed = await runCli(['audit', 'export', '--out', 'passed.csv'], { cwd: copy, clock });
      expect(passed.code, passed.stderr).toBe(0);

      // Before the baseline record: the file now ends at this line.
      const revoked = lines.findIndex((l, i) => i > 1000 && l.includes('"type":"revoked"') && l.includes('"cause":"expired"'));
      expect(revoked).toBeLessThan(baseline);
      reseal(revoked, '"cause":"expired"', '"cause":"made-up"');
      for (const [command, threaded] of [
        [['export', '--out', 'new.csv'], false],
        [['export', '--format', 'json'], false],
        [['report', '--out', 'r.html'], false],
        [['export', '--out', 'new.csv'], true],
        [['report', '--out', 'r.html'], true],
      ] as const) {
        const { code, stdout, stderr } = await runCli(['audit', ...command], { cwd: copy, clock, ...(threaded ? { verifyThread: BUILT_VERIFY_THREAD } : {}) });
        expect(code, command.join(' ')).toBe(1);
        expect(stdout).toBe('');
        expect(stderr).toContain('E_AUDIT_CHAIN_BROKEN');
        expect(stderr).toContain(`audit/2025-01.jsonl:${revoked + 1} E_LEDGER_EVENT_INVALID`);
      }
      expect(existsSync(path.join(copy, 'new.csv'))).toBe(false);
      expect(existsSync(path.join(copy, 'r.html'))).toBe(false);
      noPartials(copy);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("links ledger lines at the checkout's commit when the checkout is a git repository", async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'grantbook-export-git-'));
    try {
      const small = generateAuditLedger(repo, { grants: 30, live: 3 });
      const git = (...args: string[]): string =>
        execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' }).trim();
      git('init', '--quiet');
      git('add', 'audit');
      git('commit', '--quiet', '-m', 'ledger');
      const head = git('rev-parse', 'HEAD');
      const { code, stdout } = await runCli(['audit', 'export', '--repo', 'acme/access', '--format', 'json'], { cwd: repo, clock: fixedClock(small.end) });
      expect(code).toBe(0);
      const doc = JSON.parse(stdout) as { grants: { ledger: { granted: { file: string; line: number } }; links: { granted_event: string } }[] };
      const first = doc.grants[0];
      expect(first?.links.granted_event).toBe(`https://github.com/acme/access/blame/${head}/${first?.ledger.granted.file}#L${first?.ledger.granted.line}`);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it("says what is wrong with the options, with a code where the input is the user's", async () => {
    const bad = async (...args: string[]) => runCli(['audit', 'export', ...args], { cwd: dir, clock });
    for (const [args, text] of [
      [['--since', '2025-13-01'], 'E_AUDIT_PERIOD_INVALID'],
      [['--since', '2025-02-01', '--until', '2025-01-01'], 'E_AUDIT_PERIOD_INVALID'],
      [['--until', 'yesterday'], 'E_AUDIT_PERIOD_INVALID'],
      [['--out', 'audit/2099-01.jsonl'], 'E_AUDIT_OUTPUT_INVALID'],
      [['--out', 'no/such/dir/x.csv'], 'E_AUDIT_OUTPUT_INVALID'],
      [['--format', 'xlsx'], '--format must be one of csv, json'],
      [['--repo', 'not a repo'], '--repo must be owner/name'],
      [['--bogus'], 'Unknown option'],
    ] as const) {
      const { code, stderr } = await bad(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toContain(text);
    }
    expect(existsSync(path.join(dir, 'audit', '2099-01.jsonl'))).toBe(false);
  });
});
