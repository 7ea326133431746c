import { crossCheckLedger, type AuditGithubPort } from '../audit/against-github.js';
import { formatDiagnostic } from '../diagnostics.js';
import { streamLedgerDir, type GrantedEvent, type StreamProgress } from '../ledger/index.js';
import { recordsHeld } from '../providers/planners.js';
import { escapeForLog } from '../report/escape.js';
import { parseCommandArgs } from './args.js';
import { AUDIT_EXPORT_HELP, AUDIT_EXPORT_USAGE, auditExport } from './audit-export.js';
import { AUDIT_REPORT_HELP, AUDIT_REPORT_USAGE, auditReport } from './audit-report.js';
import { AUDIT_SHOW_USAGE, auditShow } from './audit-show.js';
import { auditPort } from './github-access.js';
import { EXIT, type CliCommand } from './io.js';

export const auditCommand: CliCommand = {
  name: 'audit',
  summary:
    "audit verify: recompute the ledger hash chain under audit/ (and check it against GitHub); audit show: one request's story; audit export / report: evidence for auditors",
  help: [
    'Usage: grantbook audit verify [--json] [--deep] [--repo owner/name [--api-url URL]]',
    `       ${AUDIT_SHOW_USAGE}`,
    `       ${AUDIT_EXPORT_USAGE}`,
    `       ${AUDIT_REPORT_USAGE}`,
    '',
    'Reads the ledger under audit/ of the repository in the current directory (regular files',
    'only) from its first event, one segment at a time: recomputes every event hash and the',
    'link to the previous event, checks sequence numbers and file names, and holds every',
    'checkpoint to a fresh fold of the events before it. Exits 1 naming the first broken',
    'event as file:line. Shows progress on a terminal. Each line is read for what the chain',
    'needs; --deep also holds every event to the whole event schema (several times slower).',
    '',
    'With --repo, also holds every granted event against GitHub: the pull request is merged',
    "with the recorded head and merge commits, each recorded approval is that reviewer's",
    'approving review of the recorded commit, and the request file at the head is the',
    'recorded blob. The token comes from GITHUB_TOKEN or GH_TOKEN (read access to pull',
    'requests and contents), the API root from --api-url, else GITHUB_API_URL (default',
    'https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3). HTTPS_PROXY,',
    'HTTP_PROXY and NO_PROXY are honoured.',
    '',
    "audit show prints one request's whole story from audit/: the request, who approved it,",
    'the grant, the activity record and alerts, the revocation, with links to the pull',
    'request and commits (--repo, or the origin remote when it is a GitHub URL).',
    '',
    AUDIT_EXPORT_HELP,
    '',
    AUDIT_REPORT_HELP,
  ].join('\n'),
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'show') return auditShow(rest, io);
    if (sub === 'export') return auditExport(rest, io);
    if (sub === 'report') return auditReport(rest, io);
    const parsed =
      sub === 'verify'
        ? parseCommandArgs(rest, { json: { type: 'boolean' }, deep: { type: 'boolean' }, repo: { type: 'string' }, 'api-url': { type: 'string' } })
        : undefined;
    if (parsed === undefined || !parsed.ok || parsed.positionals.length > 0) {
      io.err('grantbook audit: usage: grantbook audit verify [--json] [--deep] [--repo owner/name [--api-url URL]]');
      return EXIT.usage;
    }
    const json = parsed.values.json === true;
    let port: AuditGithubPort | undefined;
    if (parsed.values['api-url'] !== undefined && parsed.values.repo === undefined) {
      io.err('grantbook audit: --api-url goes with --repo');
      return EXIT.usage;
    }
    if (parsed.values.repo !== undefined) {
      const made = auditPort(parsed.values.repo, io.env, parsed.values['api-url']);
      if (typeof made === 'string') {
        io.err(`grantbook audit: ${made}`);
        return EXIT.usage;
      }
      port = made;
    }
    // Streamed: only the granted events are kept, and only when they are to be held against GitHub.
    const granted: GrantedEvent[] = [];
    const result = await streamLedgerDir(io.cwd, port === undefined ? undefined : (e) => void (e.type === 'granted' && granted.push(e)), {
      depth: parsed.values.deep === true ? 'events' : 'chain',
      // Past the hash chain: what only apply could have written (a re-chained edit verifies again).
      recordsHeld,
      ...(io.progress !== undefined ? { onProgress: progressLine(io.progress) } : {}),
    });
    io.progress?.('');
    // Only a chain that verifies is worth holding against GitHub: its events are the ones in question.
    const crossCheck = result.ok && port !== undefined ? await crossCheckLedger(granted, port) : undefined;
    const ok = result.ok && (crossCheck?.problems.length ?? 0) === 0;
    if (json) {
      io.out(
        JSON.stringify(
          {
            ok,
            events: result.eventCount,
            firstBroken: result.firstBroken ?? null,
            problems: result.problems,
            ...(crossCheck !== undefined ? { github: crossCheck } : {}),
          },
          null,
          2,
        ),
      );
    } else if (!result.ok) {
      const first = result.firstBroken;
      if (first !== undefined) io.err(escapeForLog(`${first.file}:${first.line} ${first.code} ${first.message} (first broken event)`));
      for (const p of result.problems) io.err(escapeForLog(formatDiagnostic(p)));
    } else {
      io.out(`ok: ${result.eventCount} event(s), hash chain intact`);
      if (crossCheck !== undefined) {
        for (const p of crossCheck.problems) io.err(escapeForLog(`${p.code} ${p.message}`));
        const bad = new Set(crossCheck.problems.map((p) => p.seq)).size;
        io.out(`${bad === 0 ? 'ok' : 'FAILED'}: ${crossCheck.checked} granted event(s) held against GitHub, ${bad} with problems`);
      }
    }
    return ok ? EXIT.ok : EXIT.refused;
  },
};

function progressLine(write: (text: string) => void): (p: StreamProgress) => void {
  return (p) => write(`audit verify: ${p.records} record(s), ${Math.floor(p.bytes / 1048576)} MiB, file ${p.files} of ${p.totalFiles}`);
}
