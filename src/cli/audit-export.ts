import { writeExport, EXPORT_FORMATS, type ExportFormat } from '../audit-view/export.js';
import { parsePeriod } from '../audit-view/period.js';
import type { DriftFact } from '../audit-view/grant-rows.js';
import { readProfileFacts } from '../audit-view/profiles.js';
import { formatDiagnostic } from '../diagnostics.js';
import { escapeForLog } from '../report/escape.js';
import { parseCommandArgs } from './args.js';
import { outputPath, repositoryOf, usageProblem, viewedLedger, writeVerified } from './audit-view-io.js';
import { EXIT, type CliIo } from './io.js';

export const AUDIT_EXPORT_USAGE = 'grantbook audit export [--since <date>] [--until <date>] [--format csv|json] [--out <file>] [--repo owner/name] [--no-bom]';

export const AUDIT_EXPORT_HELP = [
  `Usage: ${AUDIT_EXPORT_USAGE}`,
  '',
  'Evidence to hand over: one row per grant whose access overlapped the period, with who',
  'requested it, the profile, exactly what was granted (tables and columns, teams,',
  'repositories), the sensitive columns, reason and ticket, the approvers and the commit',
  'they approved, granted/expires/revoked at, how late the revocation was and why it',
  'ended, activity totals and alerts, and where each event sits in the ledger. With',
  '--repo (or an origin remote on GitHub) each row also links to the pull request, the',
  'workflow runs and the ledger lines; without it the export holds ids only.',
  '',
  'The hash chain of audit/ is verified first; a chain that does not verify is refused',
  '(exit 1, E_AUDIT_CHAIN_BROKEN, naming the first broken file:line) and nothing is written.',
  '',
  '  --since, --until  a day (YYYY-MM-DD, whole day included), a month (YYYY-MM) or an',
  '                    RFC 3339 instant in UTC; default: the whole ledger up to now',
  '  --format          csv (default: RFC 4180, UTF-8 with a byte order mark so Excel reads',
  "                    it as UTF-8, text cells starting with = + - @ prefixed with ') or json",
  '  --out             write to this file (only once complete); default: standard output',
  '  --no-bom          CSV without the byte order mark',
].join('\n');

export async function auditExport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    since: { type: 'string' },
    until: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    repo: { type: 'string' },
    'no-bom': { type: 'boolean' },
  });
  if (!parsed.ok || parsed.positionals.length > 0) {
    io.err(`grantbook audit export: ${parsed.ok ? 'takes no positional arguments' : parsed.message}; usage: ${AUDIT_EXPORT_USAGE}`);
    return EXIT.usage;
  }
  const v = parsed.values;
  const format = (v.format ?? 'csv') as ExportFormat;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    io.err(`grantbook audit export: --format must be one of ${EXPORT_FORMATS.join(', ')}`);
    return EXIT.usage;
  }
  const now = io.clock.now();
  const period = parsePeriod(v.since, v.until, now);
  if (!period.ok) return usageProblem('audit export', period.problem, io);
  const target = v.out === undefined ? undefined : outputPath(io.cwd, v.out);
  if (target !== undefined && !target.ok) return usageProblem('audit export', target.problem, io);
  const repository = await repositoryOf(v.repo, io);
  if (typeof repository === 'string') {
    io.err(`grantbook audit export: ${repository}`);
    return EXIT.usage;
  }
  const facts = await readProfileFacts(io.cwd);
  for (const p of facts.problems) io.err(escapeForLog(`warning: ${formatDiagnostic(p)}`));
  let rows = 0;
  let unattached: readonly DriftFact[] = [];
  const result = await writeVerified('audit export', target?.path, io, async (sink) => {
    const outcome = await writeExport(viewedLedger(io), sink, {
      period: period.period,
      format,
      bom: v['no-bom'] !== true,
      context: { facts, ...(repository.links !== undefined ? { links: repository.links } : {}) },
      now,
    });
    rows = outcome.rows;
    unattached = outcome.unattachedDrift;
    return outcome;
  });
  if (result.code === EXIT.ok && result.verdict !== undefined) {
    const tip = result.verdict.tip;
    io.err(
      escapeForLog(
        `ok: ${rows} grant(s) exported from ${result.verdict.events} verified event(s)${tip !== undefined ? ` (last seq ${tip.seq}, hash ${tip.hash})` : ''}${target !== undefined ? ` to ${v.out ?? ''}` : ''}${repository.links === undefined ? '; no repository known (--repo), so ids only' : ''}`,
      ),
    );
    if (unattached.length > 0) io.err(escapeForLog(unattachedWarning(unattached, format)));
  }
  return result.code;
}

/**
 * Drift found where no row can show it (after the grant's row was complete,
 * or on a grant the ledger never recorded): said, never left to the rows'
 * silence, since a `lingering` finding means access outlived its recorded
 * revocation.
 */
function unattachedWarning(found: readonly DriftFact[], format: ExportFormat): string {
  const shown = found.slice(0, 5).map((f) => `${f.request} on ${f.target} (${f.what}, ${f.spot.file}:${f.spot.line})`);
  const more = found.length > shown.length ? `, and ${found.length - shown.length} more` : '';
  const where =
    format === 'json'
      ? 'they are listed under unattached_drift'
      : 'the JSON export lists them (unattached_drift), and `grantbook audit report` under "Drift found by revoke runs"';
  return `warning: ${found.length} drift finding(s) of the period are counted on no row, because they came after the grant's row was complete or concern a grant the ledger never recorded: ${shown.join('; ')}${more}; ${where}`;
}
