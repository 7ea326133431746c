import type { RecordedBackstop } from '../../ledger/events.js';
import type { GrantUse, UsageCapability, UsageStep } from '../descriptor.js';
import { formatAccount, isRequestRoleName, parseAccount, quoteId, requestRoleName } from './names.js';
import type { CheckedGrant } from './validate.js';
import type { MysqlSpec, MysqlTarget, MysqlTargetGrant } from './types.js';

/**
 * How the person uses a MySQL/MariaDB grant, and the in-server backstop as
 * the ledger records it. A granted role is not active until the session
 * activates it: MariaDB only by SET ROLE (or a default role), MySQL 8 the
 * same unless the server sets activate_all_roles_on_login.
 */

/** Why the backstop is not armed, as recorded: `event_scheduler_off`, `event_scheduler_disabled`, `event_scheduler_unknown`. */
const SCHEDULER_REASON = /^event_scheduler_(off|disabled|unknown)$/u;

/** The one statement that activates the role in a session. */
function setRole(role: string): string {
  return `SET ROLE ${quoteId(role)};`;
}

/**
 * The steps for one grant. A default role is not suggested: it would
 * outlive the grant as a setting naming a role that no longer exists.
 */
function activationSteps(principal: string, role: string): readonly UsageStep[] {
  const account = parseAccount(principal);
  const who = account === undefined ? 'The grantee' : formatAccount(account);
  return [
    {
      say:
        `${who} activates the role in each session before using the grant ` +
        '(MariaDB activates granted roles only this way; MySQL 8 too, unless the server sets activate_all_roles_on_login):',
      code: [setRole(role)],
    },
  ];
}

export const mysqlUsage: UsageCapability<MysqlTarget, MysqlSpec> = {
  object: (grant: MysqlTargetGrant) => requestRoleName(grant.target.name, grant.requestId),
  steps: (use: GrantUse<MysqlSpec>) => (isRequestRoleName(use.object) ? activationSteps(use.principal, use.object) : []),
};

/** `expires_at` without its fraction: the event is scheduled at the whole second (plan.ts `sqlInstant`). */
function eventInstant(expiresAt: string): string {
  return expiresAt.replace(/\.[0-9]+Z$/u, 'Z');
}

/**
 * The backstop as the grant found it: the event is in place (created by the
 * grant) and runs only if the server's event_scheduler is ON, read in the
 * same run. `scheduler` is the server's answer (ON, OFF, DISABLED).
 */
export function recordedBackstop(grant: MysqlTargetGrant, checked: CheckedGrant, scheduler: string): RecordedBackstop {
  const by = `${checked.metadata}.${checked.role}`;
  const until = eventInstant(grant.expiresAt);
  if (scheduler === 'ON') return { status: 'armed', by, until };
  const state = scheduler === 'OFF' ? 'off' : scheduler === 'DISABLED' ? 'disabled' : 'unknown';
  return { status: 'not_armed', by, until, reason: `event_scheduler_${state}` };
}

export function describeMysqlBackstop(b: RecordedBackstop): string {
  if (b.status === 'armed') return `armed (MySQL event ${b.by} at ${b.until})`;
  const state = SCHEDULER_REASON.exec(b.reason ?? '')?.[1];
  const why =
    state === undefined ? 'the server did not say why' : state === 'unknown' ? 'event_scheduler was unreadable' : `event_scheduler is ${state.toUpperCase()}`;
  return `not armed: ${why} (the MySQL event ${b.by} will not run; access ends at the first revoke run after ${b.until})`;
}
