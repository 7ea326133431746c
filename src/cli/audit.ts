import { formatDiagnostic } from '../diagnostics.js';
import { verifyLedgerDir } from '../ledger/index.js';
import { escapeForLog } from '../report/escape.js';
import { EXIT, type CliCommand } from './io.js';

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'audit verify: recompute the ledger hash chain under audit/',
  help: [
    'Usage: grantbook audit verify [--json]',
    '',
    'Reads audit/*.jsonl of the repository in the current directory (regular files only),',
    'recomputes every event hash and the link to the previous event, and checks sequence',
    'numbers and file names. Exits 1 naming the first broken event as file:line.',
  ].join('\n'),
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'verify' || rest.some((a) => a !== '--json')) {
      io.err('grantbook audit: usage: grantbook audit verify [--json]');
      return EXIT.usage;
    }
    const result = await verifyLedgerDir(io.cwd);
    if (rest.includes('--json')) {
      io.out(JSON.stringify({ ok: result.ok, events: result.events.length, firstBroken: result.firstBroken ?? null, problems: result.problems }, null, 2));
    } else if (result.ok) {
      io.out(`ok: ${result.events.length} event(s), hash chain intact`);
    } else {
      const first = result.firstBroken;
      if (first !== undefined) io.err(escapeForLog(`${first.file}:${first.line} ${first.code} ${first.message} (first broken event)`));
      for (const p of result.problems) io.err(escapeForLog(formatDiagnostic(p)));
    }
    return result.ok ? EXIT.ok : EXIT.refused;
  },
};
