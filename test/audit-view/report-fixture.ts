import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fold, verifyLedgerDir, type LedgerEvent } from '../../src/ledger/index.js';
import { fixedClock } from '../support/clock.js';
import { parseInstant } from '../../src/time/instant.js';
import { generateAuditLedger } from '../support/audit-ledger.js';
import { runCli, type CliRun } from '../support/cli.js';

/** The report's period in these tests: three whole days of a ledger of about three and a half, up to its live grants. */
export const SINCE = '2025-01-07';
export const UNTIL = '2025-01-09';
const FROM = parseInstant('2025-01-07T00:00:00Z') ?? 0;
const TO = parseInstant('2025-01-10T00:00:00Z') ?? 0;

export interface ReportFixture {
  readonly dir: string;
  readonly file: string;
  readonly html: string;
  readonly run: CliRun;
  readonly events: readonly LedgerEvent[];
  /** Request ids whose access overlapped the period, worked out from the revoke job's fold. */
  readonly inRange: ReadonlySet<string>;
  /** Grantee logins of each of them. */
  readonly person: ReadonlyMap<string, string>;
  readonly targets: ReadonlyMap<string, readonly string[]>;
}

export async function makeReport(extra: readonly string[] = []): Promise<ReportFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), 'grantbook-report-'));
  cpSync('policies', path.join(dir, 'policies'), { recursive: true });
  // 1,500 grants from 2025-01-06 08:00, one every 3 minutes: the last ones are still live at "now".
  const generated = generateAuditLedger(dir, { grants: 1500, live: 12 });
  const run = await runCli(['audit', 'report', '--out', 'report.html', '--since', SINCE, '--until', UNTIL, '--repo', 'acme/access', ...extra], {
    cwd: dir,
    clock: fixedClock(generated.end + 60_000),
  });
  const file = path.join(dir, 'report.html');
  const chain = await verifyLedgerDir(dir);
  const inRange = new Set<string>();
  const person = new Map<string, string>();
  const targets = new Map<string, readonly string[]>();
  for (const s of fold(chain.events).states.values()) {
    if (s.grant === undefined) continue;
    const start = parseInstant(s.grant.type === 'granted' ? s.grant.granted_at : s.grant.at) ?? 0;
    const end = s.status === 'revoked' ? (parseInstant(s.revokedAt ?? '') ?? 0) : Number.POSITIVE_INFINITY;
    if (!(start < TO && end > FROM)) continue;
    inRange.add(s.request);
    person.set(s.request, s.grant.grantees.map((g) => g.login).join(', '));
    targets.set(s.request, [...new Set(s.grant.grants.map((g) => g.target))]);
  }
  let html = '';
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    // Left empty: the test that made it says why the run failed.
  }
  return { dir, file, html, run, events: chain.events, inRange, person, targets };
}

/** The text of the element with this id in the report, found the way a browser's parser ends a script: at the first `</script`. */
export function scriptText(html: string, id: string): string {
  const open = `<script type="application/json" id="${id}">`;
  const start = html.indexOf(open);
  if (start === -1) throw new Error(`no ${id} block`);
  const from = start + open.length;
  return html.slice(from, html.indexOf('</script', from));
}
