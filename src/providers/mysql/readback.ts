import type { Operation } from '../contract.js';
import { qualifiedTable, quoteLiteral } from './names.js';
import type { Flavour } from './types.js';
import type { CheckedGrant } from './validate.js';

/** The tag table's name; kept here too so the read-backs need nothing of plan.ts. */
const TAG_TABLE = 'grants';

/**
 * Where each flavour keeps role memberships and how it names a role's host.
 * MariaDB: mysql.roles_mapping, a role's privilege rows have Host ''.
 * MySQL 8: mysql.role_edges, a role is an account with Host '%', and roles
 * are accounts in mysql.user.
 */
interface FlavourCatalog {
  readonly roleHost: string;
  roleExists(role: string): string;
  member(role: string, user: string, host: string): string;
}

const CATALOGS: Readonly<Record<Flavour['kind'], FlavourCatalog>> = {
  mariadb: {
    roleHost: '',
    roleExists: (role) => `EXISTS (SELECT 1 FROM mysql.roles_mapping WHERE Role = ${role})`,
    member: (role, user, host) => `EXISTS (SELECT 1 FROM mysql.roles_mapping WHERE Role = ${role} AND User = ${user} AND Host = ${host})`,
  },
  mysql: {
    roleHost: '%',
    roleExists: (role) => `EXISTS (SELECT 1 FROM mysql.user WHERE User = ${role} AND Host = '%')`,
    member: (role, user, host) =>
      `EXISTS (SELECT 1 FROM mysql.role_edges WHERE FROM_USER = ${role} AND FROM_HOST = '%' AND TO_USER = ${user} AND TO_HOST = ${host})`,
  },
};

const LABEL: Readonly<Record<Flavour['kind'], string>> = { mariadb: 'MariaDB', mysql: 'MySQL 8' };

/** One row: does the role exist, is the principal a member, is the expiry event there, and the tag row. */
export function stateReadBack(flavour: Flavour['kind'], checked: CheckedGrant): string {
  const c = CATALOGS[flavour];
  const role = quoteLiteral(checked.role);
  return (
    `SELECT ${c.roleExists(role)} AS role_exists, ` +
    `${c.member(role, quoteLiteral(checked.principal.user), quoteLiteral(checked.principal.host))} AS member, ` +
    `EXISTS (SELECT 1 FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ${quoteLiteral(checked.metadata)} AND EVENT_NAME = ${role}) AS event_exists, ` +
    't.target, t.request, t.principal, t.expires_at, t.backstop FROM (SELECT 1 AS one) AS x ' +
    `LEFT JOIN ${qualifiedTable(checked.metadata, TAG_TABLE)} AS t ON t.role = ${role}`
  );
}

/** Every table and column privilege the role holds, whatever gave it. */
export function privilegesReadBack(flavour: Flavour['kind'], checked: CheckedGrant): string {
  const role = quoteLiteral(checked.role);
  const host = quoteLiteral(CATALOGS[flavour].roleHost);
  return (
    `SELECT Db AS db, Table_name AS tbl, NULL AS col, Table_priv AS privs FROM mysql.tables_priv WHERE User = ${role} AND Host = ${host} ` +
    `UNION ALL SELECT Db, Table_name, Column_name, Column_priv FROM mysql.columns_priv WHERE User = ${role} AND Host = ${host}`
  );
}

/** Read-back operations for one flavour, as they run. */
export function readBacksFor(flavour: Flavour['kind'], checked: CheckedGrant): readonly Operation[] {
  const on = LABEL[flavour];
  return [
    { kind: 'sql', text: stateReadBack(flavour, checked), why: `Read-back on ${on}: the role, the membership, the expiry event and the tag.`, readOnly: true },
    { kind: 'sql', text: privilegesReadBack(flavour, checked), why: `Read-back on ${on}: every privilege the role holds.`, readOnly: true },
  ];
}

/** The read before any change, on each flavour: a role or tag row that is not this request's stops the grant there. */
export function stateReadsBefore(checked: CheckedGrant): readonly Operation[] {
  return (['mariadb', 'mysql'] as const).map((flavour) => ({
    kind: 'sql',
    text: stateReadBack(flavour, checked),
    why: `Before any change, on ${LABEL[flavour]}: a role without this request's tag row, or a tag row for another request, target or grantee, stops the grant.`,
    readOnly: true,
  }));
}

/** The plan is made without a server, so it shows the read-backs of both flavours; the server's runs. */
export function flavourReadBacks(checked: CheckedGrant): readonly Operation[] {
  return [...readBacksFor('mariadb', checked), ...readBacksFor('mysql', checked)];
}
