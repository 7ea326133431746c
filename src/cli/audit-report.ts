import { parsePeriod } from '../audit-view/period.js';
import { readProfileFacts } from '../audit-view/profiles.js';
import { writeReport } from '../audit-view/report-html.js';
import { formatDiagnostic } from '../diagnostics.js';
import { DEFAULT_SCHEDULE_MINUTES } from '../modes/revoke/heartbeat.js';
import { escapeForLog } from '../report/escape.js';
import { parseCommandArgs } from './args.js';
import { followUpLookup, outputPath, repositoryOf, usageProblem, viewedLedger, writeVerified } from './audit-view-io.js';
import { EXIT, type CliIo } from './io.js';

export const AUDIT_REPORT_USAGE = 'grantbook audit report --out <file>.html [--since <date>] [--until <date>] [--schedule-minutes N] [--repo owner/name]';

export const AUDIT_REPORT_HELP = [
  `Usage: ${AUDIT_REPORT_USAGE}`,
  '',
  'The access report to look at: one self-contained HTML file (no network requests, opens',
  'from disk, prints cleanly) with a timeline of grants by person and by target (live and',
  'break-glass grants marked), revocation lateness (the distribution, and every grant',
  'revoked more than one schedule interval late), break-glass uses and their follow-up',
  'reviews, refused and interrupted requests, limit alerts and drift, and the chain',
  'verification result; filters by person, target and profile.',
  '',
  'The hash chain is verified first; a chain that does not verify is refused and no file is',
  'written. --since/--until as for `audit export` (default: the whole ledger up to now).',
  `--schedule-minutes: the revoke workflow's interval (default ${DEFAULT_SCHEDULE_MINUTES}, as the shipped cron).`,
  '--repo owner/name is shown in the title (the page holds no links: it makes no request). With',
  "a token in GITHUB_TOKEN or GH_TOKEN, each break-glass grant's follow-up review issue is",
  'looked up on GitHub while the report is made, and its state shown.',
].join('\n');

export async function auditReport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    out: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    'schedule-minutes': { type: 'string' },
    repo: { type: 'string' },
  });
  if (!parsed.ok || parsed.positionals.length > 0 || parsed.values.out === undefined) {
    io.err(
      `grantbook audit report: ${!parsed.ok ? parsed.message : parsed.values.out === undefined ? '--out <file>.html is required' : 'takes no positional arguments'}; usage: ${AUDIT_REPORT_USAGE}`,
    );
    return EXIT.usage;
  }
  const v = parsed.values;
  const minutes = v['schedule-minutes'] === undefined ? DEFAULT_SCHEDULE_MINUTES : Number(v['schedule-minutes']);
  if (!(Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60)) {
    io.err('grantbook audit report: --schedule-minutes must be a whole number of minutes from 1 to 1440');
    return EXIT.usage;
  }
  const now = io.clock.now();
  const period = parsePeriod(v.since, v.until, now);
  if (!period.ok) return usageProblem('audit report', period.problem, io);
  const target = outputPath(io.cwd, v.out ?? '', '.html');
  if (!target.ok) return usageProblem('audit report', target.problem, io);
  const repository = await repositoryOf(v.repo, io);
  if (typeof repository === 'string') {
    io.err(`grantbook audit report: ${repository}`);
    return EXIT.usage;
  }
  const facts = await readProfileFacts(io.cwd);
  for (const p of facts.problems) io.err(escapeForLog(`warning: ${formatDiagnostic(p)}`));
  const followUps = followUpLookup(v.repo, io.env);
  if (typeof followUps === 'string') io.err(`note: break-glass follow-up reviews are not looked up on GitHub (${followUps})`);
  let figures = '';
  const result = await writeVerified('audit report', target.path, io, async (sink) => {
    const outcome = await writeReport(viewedLedger(io), sink, {
      period: period.period,
      now,
      intervalMs: minutes * 60_000,
      facts,
      ...(repository.name !== undefined ? { repository: repository.name } : {}),
      ...(repository.ref !== undefined ? { ledgerRef: repository.ref } : {}),
      ...(typeof followUps !== 'string' ? { followUps } : {}),
    });
    const h = outcome.headline;
    figures = `${h.grants} grant(s), ${h.live} live, ${h.revokedLate} revoked late, ${h.breakGlass} break-glass, ${h.refused} refused, ${h.alerts} alert(s)`;
    return outcome;
  });
  if (result.code === EXIT.ok && result.verdict !== undefined) {
    io.err(escapeForLog(`ok: ${figures}; ${result.verdict.events} event(s) verified; written to ${v.out ?? ''}`));
  }
  return result.code;
}
