import type { Operation, Plan } from '../contract.js';
import { formatAccount, qualifiedTable, quoteAccount, quoteId, quoteLiteral } from './names.js';
import { flavourReadBacks, stateReadsBefore } from './readback.js';
import type { MysqlTargetGrant } from './types.js';
import { checkGrant, type CheckedGrant, type TableGrant } from './validate.js';

/** The tag table in the grantor's database (docs/mysql-grantor.sql creates it). */
export const TAG_TABLE = 'grants';

/** How long revocation waits for each ended session to leave the process list. */
export const KILL_WAIT_MS = 5000;

/**
 * What every connection runs first, per flavour: expiry instants are written
 * in UTC; the driver's string escaping assumes backslash escapes are on, so
 * the sql_mode is pinned without NO_BACKSLASH_ESCAPES or ANSI_QUOTES; and on
 * MariaDB with NO_AUTO_CREATE_USER, without which GRANT ... TO an account
 * that does not exist would create it, without a password. (MySQL 8 removed
 * that mode and never creates accounts by GRANT.)
 */
export const SESSION_SETUP = {
  mariadb: "SET SESSION time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION,NO_AUTO_CREATE_USER'",
  mysql: "SET SESSION time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION'",
} as const;

const sql = (text: string, why: string): Operation => ({ kind: 'sql', text, why });
const read = (text: string, why: string): Operation => ({ kind: 'sql', text, why, readOnly: true });

/**
 * `2030-01-01T00:00:00Z` -> `'2030-01-01 00:00:00'`, read in the session's
 * UTC time zone. Fractions of a second are dropped: the event then fires up
 * to a second early, never late.
 */
export function sqlInstant(expiresAt: string): string {
  return quoteLiteral(expiresAt.replace('T', ' ').replace(/(?:\.[0-9]+)?Z$/u, ''));
}

function privilegeList(t: TableGrant): string {
  if (t.columns.length === 0) return t.privileges.join(', ');
  const columns = t.columns.map(quoteId).join(', ');
  return t.privileges.map((p) => `${p} (${columns})`).join(', ');
}

export function tagTable(checked: CheckedGrant): string {
  return qualifiedTable(checked.metadata, TAG_TABLE);
}

export function eventName(checked: CheckedGrant): string {
  return qualifiedTable(checked.metadata, checked.role);
}

/** The statement that lists the principal's sessions; revocation ends each (KILL CONNECTION). */
export function sessionsOf(checked: CheckedGrant, exceptSelf: boolean): string {
  return (
    `SELECT ID FROM information_schema.PROCESSLIST WHERE USER = ${quoteLiteral(checked.principal.user)}` + (exceptSelf ? ' AND ID <> CONNECTION_ID()' : '')
  );
}

/**
 * The one-shot event that revokes at expiry inside the server, whatever
 * happens to the revoke job. It runs as its definer, the grantor: the same
 * revocation as revoke(), then it drops itself (ON COMPLETION NOT PRESERVE).
 * The tag row goes only when every step succeeded, so a failure leaves the
 * grant to the next revoke run, which finds it by that row.
 */
export function expiryEvent(grant: MysqlTargetGrant, checked: CheckedGrant): string {
  const role = quoteId(checked.role);
  const account = quoteAccount(checked.principal);
  const comment = quoteLiteral(`grantbook: ${grant.requestId}`);
  return [
    `CREATE EVENT IF NOT EXISTS ${eventName(checked)} ON SCHEDULE AT ${sqlInstant(grant.expiresAt)} ON COMPLETION NOT PRESERVE ENABLE COMMENT ${comment} DO BEGIN`,
    '  DECLARE done INT DEFAULT 0;',
    '  DECLARE failed INT DEFAULT 0;',
    '  DECLARE tid BIGINT UNSIGNED;',
    `  DECLARE sessions CURSOR FOR ${sessionsOf(checked, false)};`,
    '  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;',
    // 1094: the session ended between the read and the kill.
    '  DECLARE CONTINUE HANDLER FOR 1094 BEGIN END;',
    '  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET failed = 1;',
    `  REVOKE ${role} FROM ${account};`,
    '  OPEN sessions;',
    '  ending: LOOP',
    '    FETCH sessions INTO tid;',
    '    IF done = 1 THEN LEAVE ending; END IF;',
    '    KILL CONNECTION tid;',
    '  END LOOP;',
    '  CLOSE sessions;',
    `  DROP ROLE IF EXISTS ${role};`,
    `  IF failed = 0 THEN DELETE FROM ${tagTable(checked)} WHERE role = ${quoteLiteral(checked.role)}; END IF;`,
    'END',
  ].join('\n');
}

/** The statements a grant runs, in order; each commits on its own (MySQL DDL cannot be rolled back). */
export function grantStatements(grant: MysqlTargetGrant, checked: CheckedGrant = checkGrant(grant)) {
  const role = quoteId(checked.role);
  return {
    scheduler: read(
      'SELECT @@GLOBAL.event_scheduler AS scheduler',
      'Reads whether the server runs events: the expiry backstop below is armed only when this is ON.',
    ),
    tag: sql(
      `INSERT INTO ${tagTable(checked)} (role, target, request, principal, expires_at, backstop) VALUES (` +
        [checked.role, grant.target.name, grant.requestId, formatAccount(checked.principal), grant.expiresAt].map(quoteLiteral).join(', ') +
        ", @@GLOBAL.event_scheduler = 'ON')",
      'Tags the role first, so a grant interrupted at any later step is found and revoked by the next run; records whether the backstop below is armed.',
    ),
    createRole: sql(`CREATE ROLE ${role}`, 'One role per request; it holds only the privileges below.'),
    privileges: checked.tables.map((t) =>
      sql(
        `GRANT ${privilegeList(t)} ON ${qualifiedTable(t.database, t.table)} TO ${role}`,
        t.columns.length === 0 ? 'Whole-table privileges, as the profile allows for this table.' : 'Column privileges: only the listed columns.',
      ),
    ),
    event: sql(
      expiryEvent(grant, checked),
      'The backstop: at expires_at the server itself revokes the role, ends the sessions and drops the role, even if no revoke job runs.',
    ),
    membership: sql(`GRANT ${role} TO ${quoteAccount(checked.principal)}`, 'Gives the person the role, without ADMIN OPTION: they cannot pass it on.'),
  } as const;
}

/** Revocation, in order; each step survives a failure of the next, and the first ends access for new statements. */
export function revokeStatements(checked: CheckedGrant) {
  const role = quoteId(checked.role);
  return {
    revokeMembership: sql(`REVOKE ${role} FROM ${quoteAccount(checked.principal)}`, 'Ends the membership first, so access stops even if a later step fails.'),
    sessions: read(sessionsOf(checked, true), "Lists the person's sessions: a session that ran SET ROLE keeps the role's privileges until it ends."),
    kill: sql(
      'KILL CONNECTION ?',
      `Run once per session listed above (its ID in place of ?), then waits up to ${KILL_WAIT_MS / 1000}s for each to leave the process list.`,
    ),
    dropEvent: sql(`DROP EVENT IF EXISTS ${eventName(checked)}`, 'The backstop is no longer needed.'),
    dropRole: sql(`DROP ROLE IF EXISTS ${role}`, 'Removes the role and every privilege it held.'),
    untag: sql(
      `DELETE FROM ${tagTable(checked)} WHERE role = ${quoteLiteral(checked.role)}`,
      'Last: until now the tag let the next run find and finish this revocation.',
    ),
  } as const;
}

export function backstopNote(grant: MysqlTargetGrant, checked: CheckedGrant, armed?: boolean): string {
  const event = `The event ${checked.metadata}.${checked.role} revokes the grant inside the server at ${grant.expiresAt}`;
  if (armed === undefined) return `${event} if the server's event_scheduler is ON at grant time (read then, and recorded).`;
  return armed
    ? `Backstop armed: event_scheduler is ON. ${event}, even if no revoke job runs.`
    : `Backstop NOT armed: event_scheduler is not ON on this server. The event is created but will not run unless the scheduler is turned on; access ends when the revoke job runs.`;
}

export function planMysql(grant: MysqlTargetGrant): Plan {
  const checked = checkGrant(grant);
  const g = grantStatements(grant, checked);
  const r = revokeStatements(checked);
  const readBacks = flavourReadBacks(checked);
  return {
    grant: [
      read(SESSION_SETUP.mariadb, 'Every connection on MariaDB first pins UTC and the sql_mode (no account is ever created by GRANT; the quoting holds).'),
      read(SESSION_SETUP.mysql, 'Every connection on MySQL 8 first pins UTC and the sql_mode the quoting relies on.'),
      g.scheduler,
      ...stateReadsBefore(checked),
      g.tag,
      g.createRole,
      ...g.privileges,
      g.event,
      g.membership,
      ...readBacks,
    ],
    revoke: [...stateReadsBefore(checked), r.revokeMembership, r.sessions, r.kill, r.dropEvent, r.dropRole, r.untag, ...readBacks],
    // How the person uses the grant is the descriptor's `usage` (usage.ts), shown in its own section.
    notes: [backstopNote(grant, checked)],
  };
}
