// pg's own escaping, without loading the client: see pg-utils.d.ts.
import pgUtils from 'pg/lib/utils.js';
import type { Operation, Plan, Planner } from '../contract.js';
import type { PostgresSpec } from './types.js';
import { qualifiedTable } from './names.js';
import { formatTag } from './tag.js';
import { usesHashKey } from './view-check.js';
import { definitionReadBack, dropSchemaOperations, flattenViewStatements, pinSearchPath, viewStatements, type ViewStatements } from './view-plan.js';
import { schemasGoneReadBack, viewCatalogReadBack } from './view-readback.js';
import { checkGrant, type CheckedGrant, type PgTargetGrant, type PostgresTarget, type TableGrant } from './validate.js';

const { escapeIdentifier: ident, escapeLiteral: lit } = pgUtils;

/** How long revocation waits for each terminated session to end. */
export const TERMINATE_TIMEOUT_MS = 5000;

const sql = (text: string, why: string): Operation => ({ kind: 'sql', text, why });

function privilegeList(t: TableGrant): string {
  if (t.columns.length === 0) return t.privileges.join(', ');
  const columns = t.columns.map(ident).join(', ');
  return t.privileges.map((p) => `${p} (${columns})`).join(', ');
}

/** The statements a grant runs, in order, inside one transaction. */
export function grantStatements(
  grant: PgTargetGrant,
  checked: CheckedGrant = checkGrant(grant),
): {
  readonly begin: Operation;
  readonly createRole: Operation;
  /** The role's tag and its table privileges. */
  readonly changes: readonly Operation[];
  /** Schemas, key and views of a grant with row filters or masks (view-plan.ts). */
  readonly views?: ViewStatements;
  readonly membership: Operation;
  readonly commit: Operation;
} {
  const role = ident(checked.role);
  const tag = formatTag({
    request: grant.requestId,
    target: grant.target.name,
    principal: checked.principal,
    expiresAt: grant.expiresAt,
  });
  return {
    begin: sql('BEGIN', 'Everything below commits together or not at all.'),
    createRole: sql(`CREATE ROLE ${role} NOLOGIN`, 'One role per request; it cannot log in and holds only the privileges below.'),
    changes: [
      sql(
        `COMMENT ON ROLE ${role} IS ${lit(tag)}`,
        'Tags the role with the request and its expiry, so revocation can find it even if the ledger write is lost.',
      ),
      ...checked.tables.map((t) =>
        sql(
          `GRANT ${privilegeList(t)} ON TABLE ${qualifiedTable(t.schema, t.table)} TO ${role}`,
          t.columns.length === 0
            ? 'Whole-table privileges, as the profile allows for this table.'
            : 'Column privileges: only the listed columns, never "table minus columns".',
        ),
      ),
    ],
    ...(checked.views.length > 0 ? { views: viewStatements(checked, grant.expiresAt, tag) } : {}),
    membership: sql(
      `GRANT ${role} TO ${ident(checked.principal)} WITH INHERIT TRUE, SET FALSE, ADMIN FALSE`,
      'Usable without SET ROLE; SET FALSE: the grantee cannot become the role or own anything as it; ADMIN FALSE: cannot pass it on.',
    ),
    commit: sql('COMMIT', 'Applies the grant, only if the read-back shows every privilege in effect.'),
  };
}

/** Revocation, in order. Each numbered phase survives a failure of the next. */
export function revokeStatements(
  grant: PgTargetGrant,
  checked: CheckedGrant = checkGrant(grant),
): {
  readonly revokeMembership: Operation;
  readonly terminate: Operation;
  /** The role's drop, in one transaction: BEGIN, ..., COMMIT. */
  readonly drop: readonly Operation[];
  /** Run first inside that transaction when the request's schemas exist (or alone when the role is gone). */
  readonly dropSchemas: { readonly views: Operation; readonly key: Operation };
} {
  const role = ident(checked.role);
  return {
    revokeMembership: sql(
      `REVOKE ${role} FROM ${ident(checked.principal)}`,
      'Ends the membership first, on its own commit, so access stops even if a later step fails.',
    ),
    // A session is connected to one database and can use privileges on that
    // database's tables only, and the role was granted privileges in this one
    // only (any granted to it elsewhere by hand make DROP ROLE fail, loudly).
    // The grantee's sessions elsewhere (another target of the cluster, their
    // own databases) cannot use this grant and are left alone.
    terminate: sql(
      `SELECT pid, pg_terminate_backend(pid, ${TERMINATE_TIMEOUT_MS}) AS terminated FROM pg_stat_activity ` +
        `WHERE usename = ${lit(checked.principal)} AND datname = current_database() AND pid <> pg_backend_pid()`,
      "Ends the grantee's sessions in this database: an open cursor or transaction could otherwise keep reading.",
    ),
    drop: [
      sql('BEGIN', 'Drops the role atomically.'),
      sql(
        `GRANT ${role} TO ${ident(checked.grantor)} WITH INHERIT TRUE, SET FALSE, ADMIN FALSE`,
        'DROP OWNED needs the privileges of the role; the grantor holds them only inside this transaction.',
      ),
      sql(`DROP OWNED BY ${role}`, 'Revokes every privilege granted to the role here, following renamed tables. Refused beforehand if the role owns anything.'),
      sql(`DROP ROLE ${role}`, 'Removes the role and every membership in it.'),
      sql('COMMIT', 'Completes the revocation.'),
    ],
    dropSchemas: dropSchemaOperations(checked),
  };
}

/** The read-back: is the role there, is the principal in it. One row, always. */
export function roleReadBack(checked: CheckedGrant): string {
  return (
    `SELECT r.oid::int8 AS role_oid, shobj_description(r.oid, 'pg_authid') AS tag, ` +
    `p.oid IS NOT NULL AS principal_exists, pg_has_role(p.oid, r.oid, 'MEMBER') AS member, pg_has_role(p.oid, r.oid, 'USAGE') AS inherits ` +
    `FROM (VALUES (1)) AS one(x) LEFT JOIN pg_roles r ON r.rolname = ${lit(checked.role)} LEFT JOIN pg_roles p ON p.rolname = ${lit(checked.principal)}`
  );
}

/**
 * The read-back of each planned privilege for the principal: one row per
 * (table, column or whole table, privilege). A missing table, column or
 * principal reads as NULL, i.e. not held.
 */
export function privilegeReadBack(checked: CheckedGrant): string {
  const rows = checked.tables.flatMap((t) =>
    t.privileges.flatMap((p) =>
      (t.columns.length === 0 ? [null] : t.columns).map((c) => `(${lit(t.schema)}, ${lit(t.table)}, ${c === null ? 'NULL' : lit(c)}, ${lit(p)})`),
    ),
  );
  return (
    `SELECT v.nsp, v.rel, v.col, v.priv, CASE WHEN v.col IS NULL THEN has_table_privilege(p.oid, c.oid, v.priv) ` +
    `ELSE has_column_privilege(p.oid, c.oid, a.attnum, v.priv) END AS held ` +
    `FROM (VALUES ${rows.join(', ')}) AS v(nsp, rel, col, priv) ` +
    `LEFT JOIN pg_roles p ON p.rolname = ${lit(checked.principal)} ` +
    `LEFT JOIN pg_namespace n ON n.nspname = v.nsp ` +
    `LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = v.rel ` +
    `LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = v.col AND a.attnum > 0 AND NOT a.attisdropped`
  );
}

/** The role and table read-backs, shown in the plan and run after grant (before COMMIT) and after revoke. */
export function readBackOperations(checked: CheckedGrant): readonly Operation[] {
  return [
    { ...sql(roleReadBack(checked), 'Read-back: the role, its tag and whether the grantee is a member.'), readOnly: true },
    ...(checked.tables.length === 0
      ? []
      : [{ ...sql(privilegeReadBack(checked), 'Read-back: each planned privilege as the grantee holds it now, whatever its source.'), readOnly: true }]),
  ];
}

/** Brackets the definition read-back inside the grant's transaction: its scratch views never commit. */
export const READBACK_SAVEPOINT = {
  open: { ...sql('SAVEPOINT grantbook_readback', 'Read-back: the scratch views below are undone at the end.'), readOnly: true },
  close: {
    ...sql('ROLLBACK TO SAVEPOINT grantbook_readback', 'Read-back: undoes the scratch views; nothing else happened since the savepoint.'),
    readOnly: true,
  },
} as const;

/** Every read-back of a grant, in the order it runs before COMMIT. */
export function grantReadBack(grant: PgTargetGrant, checked: CheckedGrant): readonly Operation[] {
  if (checked.views.length === 0) return readBackOperations(checked);
  const definitions = definitionReadBack(checked, grant.expiresAt);
  return [
    ...readBackOperations(checked),
    ...viewCatalogReadBack(checked),
    READBACK_SAVEPOINT.open,
    ...definitions.create,
    definitions.compare,
    READBACK_SAVEPOINT.close,
  ];
}

export function planPostgres(grant: PgTargetGrant): Plan {
  const checked = checkGrant(grant);
  const g = grantStatements(grant, checked);
  const r = revokeStatements(grant, checked);
  const [begin, ...roleDrop] = r.drop;
  const schemaDrops = checked.views.length === 0 ? [] : [r.dropSchemas.views, ...(usesHashKey(checked.views) ? [r.dropSchemas.key] : [])];
  return {
    grant: [
      g.begin,
      ...(g.views === undefined ? [] : [pinSearchPath]),
      g.createRole,
      ...g.changes,
      ...(g.views === undefined ? [] : flattenViewStatements(g.views)),
      g.membership,
      ...grantReadBack(grant, checked),
      g.commit,
    ],
    revoke: [
      r.revokeMembership,
      r.terminate,
      ...(begin === undefined ? [] : [begin]),
      ...schemaDrops,
      ...roleDrop,
      ...readBackOperations(checked),
      ...(checked.views.length === 0 ? [] : [schemasGoneReadBack(checked)]),
    ],
    ...(checked.views.length === 0 ? {} : { notes: viewNotes(checked) }),
  };
}

/** What the grantee queries instead of the tables. */
function viewNotes(checked: CheckedGrant): string[] {
  return checked.views.map((v) => `${v.schema}.${v.table} is read as ${checked.viewSchema}.${v.view}`);
}

export const postgresPlanner: Planner<PostgresTarget, PostgresSpec> = {
  id: 'postgres',
  kinds: ['table'],
  recordsHeld: false,
  plan: planPostgres,
};
