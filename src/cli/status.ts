import { activeGrants, fold, readLedgerViewDir } from '../ledger/index.js';
import { heartbeatWarning } from '../modes/revoke/heartbeat.js';
import { formatDuration } from '../time/duration.js';
import { escapeForLog } from '../report/escape.js';
import { parseCommandArgs } from './args.js';
import { EXIT, type CliCommand } from './io.js';

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'List active grants with the time they have left',
  help: [
    'Usage: grantbook status [--last-sweep <RFC 3339>] [--schedule-minutes N] [--json]',
    '',
    'Folds the ledger under audit/ of the repository in the current directory (its newest',
    'checkpoint and the events after it, as the revoke job does) and lists every grant still',
    'in effect (or whose revocation failed), soonest to expire first.',
    "With --last-sweep (the revoke job's `last-sweep` output), warns when the last sweep",
    'is older than twice the schedule (default 30 minutes) and exits 1.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, 'last-sweep': { type: 'string' }, 'schedule-minutes': { type: 'string' } });
    if (!parsed.ok || parsed.positionals.length > 0) {
      io.err(`grantbook status: ${parsed.ok ? 'takes no positional arguments' : parsed.message}`);
      return EXIT.usage;
    }
    const schedule = parsed.values['schedule-minutes'] === undefined ? undefined : Number(parsed.values['schedule-minutes']);
    if (schedule !== undefined && !(Number.isInteger(schedule) && schedule > 0)) {
      io.err('grantbook status: --schedule-minutes must be a positive whole number');
      return EXIT.usage;
    }
    const result = (await readLedgerViewDir(io.cwd)).chain;
    const now = io.clock.now();
    const grants = activeGrants(fold(result.events).states, now);
    const lastSweep = parsed.values['last-sweep'];
    const warning = lastSweep === undefined ? undefined : heartbeatWarning(lastSweep, now, schedule);
    if (parsed.values.json === true) {
      io.out(JSON.stringify({ chainOk: result.ok, grants, heartbeatWarning: warning ?? null }, null, 2));
    } else {
      if (!result.ok) io.err('warning: the ledger chain does not verify; run `grantbook audit verify`');
      if (grants.length === 0) io.out('No active grants.');
      for (const g of grants) {
        const left = g.remainingMs > 0 ? `${formatDuration(Math.ceil(g.remainingMs / 60_000) * 60_000)} left` : 'DUE for revocation';
        const failed = g.failures > 0 ? `, ${g.failures} failed revocation attempt(s)` : '';
        io.out(escapeForLog(`${g.request}  ${g.requester}  ${g.profile}  ${g.targets.join(',')}  until ${g.expiresAt}  (${left}${failed})`));
      }
      if (warning !== undefined) io.err(`warning: ${warning}`);
    }
    return result.ok && warning === undefined ? EXIT.ok : EXIT.refused;
  },
};
