import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  esm_default
} from "./chunk-CLYHETN7.js";
import {
  notObservable
} from "./chunk-DJFWHSM6.js";
import {
  HASH_KEY_TABLE,
  LEGACY_ROLE_PREFIX,
  PIN_SEARCH_PATH_SQL,
  READBACK_SAVEPOINT,
  checkGrant,
  conditionSql,
  definitionReadBack,
  grantStatements,
  isRange,
  keyCountReadBack,
  keyTableReadBack,
  legacyRoleName,
  parseRoleName,
  parseTag,
  pinSearchPath,
  planPostgres,
  privilegeReadBack,
  qualifiedTable,
  revokeStatements,
  roleReadBack,
  schemaReadBack,
  targetDigest,
  targetRolePrefix,
  usesHashKey,
  viewObjectReadBack
} from "./chunk-DYIKSZD5.js";
import {
  parseInstant
} from "./chunk-VIPNLK4T.js";
import {
  ProviderError,
  RevokeNotVerified,
  describeError
} from "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-VBI6FCSW.js";
import "./chunk-GOSKQMZY.js";

// src/providers/postgres/catalog.ts
function assertOurRole(grant, checked, tag, forRevoke) {
  const target = grant.target.name;
  if (tag.kind === "none") {
    throw new ProviderError("E_PG_ROLE_FOREIGN", target, `role ${checked.role} exists without a Grantbook tag`);
  }
  if (tag.kind === "unreadable") {
    if (forRevoke) return;
    throw new ProviderError("E_PG_ROLE_CONFLICT", target, `role ${checked.role} carries an unreadable Grantbook tag; revoke it first`);
  }
  const { request, target: tagged, principal } = tag.tag;
  const conflict = () => new ProviderError("E_PG_ROLE_CONFLICT", target, `role ${checked.role} is tagged for request ${request} on target ${tagged} for ${principal}`);
  if (!forRevoke) {
    if (request !== grant.requestId || tagged !== target || principal !== checked.principal) throw conflict();
    return;
  }
  if (tagged === target) return;
  if (parseRoleName(checked.role)?.kind === "current" && targetDigest(tagged) !== targetDigest(target)) return;
  throw conflict();
}
async function readGrantState(session, grant, checked) {
  const target = grant.target.name;
  const { rows } = await session.query(
    `WITH RECURSIVE guarded AS (
       SELECT oid FROM pg_roles WHERE rolname = current_user OR rolname = ANY($3::text[])
     ), below(member, top) AS (
       SELECT m.member, m.roleid FROM pg_auth_members m JOIN guarded g ON m.roleid = g.oid
       UNION
       SELECT m.member, b.top FROM pg_auth_members m JOIN below b ON m.roleid = b.member
     )
     SELECT r.oid IS NOT NULL AS role_exists, shobj_description(r.oid, 'pg_authid') AS tag,
            p.oid IS NOT NULL AS principal_exists, p.rolsuper, p.rolcreaterole, p.rolbypassrls, p.rolreplication, p.rolcanlogin,
            EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = p.oid) AS has_members,
            (SELECT min(t.rolname) FROM below b JOIN pg_roles t ON t.oid = b.top WHERE b.member = p.oid) AS inside
       FROM (VALUES (1)) AS one(x) LEFT JOIN pg_roles r ON r.rolname = $1 LEFT JOIN pg_roles p ON p.rolname = $2`,
    [checked.role, checked.principal, [...grant.target.protectedRoles]]
  );
  const row = rows[0];
  if (row?.principal_exists !== true) {
    throw new ProviderError("E_PG_PRINCIPAL_NOT_FOUND", target, `login role ${checked.principal} does not exist`);
  }
  const reasons = [
    row.rolsuper === true && "is a superuser",
    row.rolcreaterole === true && "has CREATEROLE",
    row.rolbypassrls === true && "has BYPASSRLS",
    row.rolreplication === true && "has REPLICATION",
    row.rolcanlogin !== true && "cannot log in (a group role would pass the grant to all its members)",
    row.has_members === true && "has member roles that would inherit the grant",
    row.inside !== null && `is a member of ${row.inside === checked.grantor ? "the grantor role" : `protected role ${row.inside}`}`
  ].filter((r) => typeof r === "string");
  if (reasons.length > 0) {
    throw new ProviderError("E_PG_PRINCIPAL_UNSAFE", target, `principal ${checked.principal}: ${reasons.join("; ")}`, reasons);
  }
  return { exists: row.role_exists, tag: parseTag(row.tag) };
}
async function assertTablesGrantable(session, grant, checked) {
  const target = grant.target.name;
  for (const t of checked.tables) {
    const name = `${t.schema}.${t.table}`;
    const { rows } = await session.query(
      `SELECT c.relkind,
              ARRAY(SELECT col FROM unnest($3::text[]) AS col WHERE NOT EXISTS (
                SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped)) AS missing,
              ARRAY(SELECT pr FROM unnest($4::text[]) AS pr WHERE NOT CASE
                WHEN cardinality($3::text[]) = 0 THEN has_table_privilege(c.oid, pr || ' WITH GRANT OPTION')
                ELSE coalesce((SELECT bool_and(has_column_privilege(c.oid, a.attnum, pr || ' WITH GRANT OPTION'))
                                 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = ANY($3::text[]) AND a.attnum > 0 AND NOT a.attisdropped), false)
                END) AS no_option,
              has_schema_privilege((SELECT oid FROM pg_roles WHERE rolname = $5), n.oid, 'USAGE') AS schema_usage
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')`,
      [t.schema, t.table, [...t.columns], [...t.privileges], checked.principal]
    );
    const row = rows[0];
    if (row === void 0) throw new ProviderError("E_PG_TABLE_NOT_FOUND", target, `table ${name} does not exist`);
    if (row.missing.length > 0) {
      throw new ProviderError("E_PG_COLUMN_NOT_FOUND", target, `${name} has no column ${row.missing.join(", ")}`);
    }
    if (row.no_option.length > 0) {
      throw new ProviderError(
        "E_PG_GRANTOR_NO_GRANT_OPTION",
        target,
        `grantor ${checked.grantor} cannot grant ${row.no_option.join(", ")} on ${name}${t.columns.length > 0 ? ` (${t.columns.join(", ")})` : ""}`
      );
    }
    if (row.schema_usage !== true) {
      throw new ProviderError("E_PG_SCHEMA_USAGE_MISSING", target, `${checked.principal} has no USAGE on schema ${t.schema}`);
    }
  }
}
async function ownedObjects(session, role) {
  const { rows } = await session.query(
    `SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS what
       FROM pg_shdepend d JOIN pg_roles r ON r.oid = d.refobjid
      WHERE r.rolname = $1 AND d.refclassid = 'pg_authid'::regclass AND d.deptype = 'o'
        AND d.dbid IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
      ORDER BY 1`,
    [role]
  );
  return rows.map((r) => r.what);
}

// src/providers/postgres/activity.ts
var ACTIVITY_READ_CAP = 2e3;
var ACTIVITY_TIMEOUT_MS = 5e3;
var NOT_IN_PREREQUISITE_STATE = "55000";
async function readPgActivity(session, principal, options) {
  let open = false;
  try {
    await session.query("BEGIN READ ONLY");
    open = true;
    await session.query(`SET LOCAL statement_timeout = '${ACTIVITY_TIMEOUT_MS}ms'`);
    return await readCounters(session, principal, options);
  } catch (error) {
    const code = error.code;
    if (code === NOT_IN_PREREQUISITE_STATE)
      return notObservable("E_ACTIVITY_NOT_LOADED", "pg_stat_statements is installed but not loaded through shared_preload_libraries");
    return notObservable(
      "E_ACTIVITY_READ_FAILED",
      `reading pg_stat_statements failed${typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? ` (SQLSTATE ${code})` : ""}`
    );
  } finally {
    if (open) await session.query("ROLLBACK").catch(() => void 0);
  }
}
async function readCounters(session, principal, options) {
  const cap = options.cap ?? ACTIVITY_READ_CAP;
  const { rows: ext } = await session.query(
    `SELECT n.nspname AS schema, pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') AS allowed
       FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
      WHERE e.extname = 'pg_stat_statements'`
  );
  const found = ext[0];
  if (found === void 0) return notObservable("E_ACTIVITY_EXTENSION_MISSING", "pg_stat_statements is not installed in the target database");
  if (!found.allowed) return notObservable("E_ACTIVITY_NO_PRIVILEGE", "the grantor role is not a member of pg_read_all_stats");
  const view = `${esm_default.escapeIdentifier(found.schema)}.pg_stat_statements`;
  const where = `s.userid = (SELECT oid FROM pg_roles WHERE rolname = $1)
      AND s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND s.toplevel AND s.queryid IS NOT NULL`;
  const { rows: totals } = await session.query(
    `SELECT count(*)::text AS n, sum(s.calls)::text AS calls, sum(s.rows)::text AS rows, sum(s.total_exec_time) AS time
       FROM ${view}(false) s WHERE ${where}`,
    [principal]
  );
  const { rows } = await session.query(
    `SELECT s.queryid::text AS id, s.calls::text AS calls, s.rows::text AS rows, s.total_exec_time AS time,
            ${options.withText ? "s.query" : "NULL::text"} AS query
       FROM ${view}($2) s WHERE ${where}
      ORDER BY s.queryid LIMIT $3`,
    [principal, options.withText, cap + 1]
  );
  const statements = rows.slice(0, cap).map((r) => ({
    id: r.id,
    calls: Number(r.calls),
    rows: Number(r.rows),
    timeMs: Number(r.time),
    ...r.query !== null ? { text: r.query } : {}
  }));
  const t = totals[0];
  return {
    observable: true,
    statements,
    totals: { calls: Number(t?.calls ?? 0), rows: Number(t?.rows ?? 0), timeMs: Number(t?.time ?? 0) },
    complete: rows.length <= cap
  };
}

// src/providers/postgres/view-count.ts
var EXACT_TIMEOUT_MS = 1e4;
function countQueries(v) {
  const from = `FROM ${qualifiedTable(v.schema, v.table)} AS t WHERE ${v.rows.map(conditionSql).join(" AND ")}`;
  return { estimate: `EXPLAIN (FORMAT JSON) SELECT 1 ${from}`, exact: `SELECT count(*)::int8 AS n ${from}` };
}
var sqlState = (error) => {
  const code = error.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? ` (SQLSTATE ${code})` : "";
};
async function countAdmittedRows(session, views, exact) {
  const out = [];
  for (const v of views.filter((x) => x.rows.length > 0)) {
    const table = `${v.schema}.${v.table}`;
    const q = countQueries(v);
    try {
      await session.query("BEGIN READ ONLY");
      await session.query(`SET LOCAL statement_timeout = '${EXACT_TIMEOUT_MS}ms'`);
      await session.query(PIN_SEARCH_PATH_SQL);
      const { rows } = await session.query(q.estimate);
      const estimate = Math.round(rows[0]?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? Number.NaN);
      let count = Number.isFinite(estimate) ? { rows: estimate, exact: false } : { rows: null, exact: false, note: "the planner gave no estimate" };
      if (exact.has(table)) {
        await session.query("SAVEPOINT grantbook_count");
        try {
          const n = (await session.query(q.exact)).rows[0]?.n;
          count = { rows: Number(n), exact: true };
        } catch (error) {
          await session.query("ROLLBACK TO SAVEPOINT grantbook_count");
          count = { ...count, note: `count(*) did not finish${sqlState(error)}; the estimate stands` };
        }
      }
      out.push({ table, count });
    } catch (error) {
      out.push({ table, count: { rows: null, exact: false, note: `the database could not count them${sqlState(error)}` } });
    } finally {
      await session.query("ROLLBACK").catch(() => void 0);
    }
  }
  return out;
}

// src/providers/postgres/view-types.ts
var INTEGER_BOUNDS = {
  int2: [-32768n, 32767n],
  int4: [-2147483648n, 2147483647n],
  int8: [-9223372036854775808n, 9223372036854775807n]
};
var TEXT_TYPES = /* @__PURE__ */ new Set(["text", "varchar", "bpchar", "citext"]);
var TIME_TYPES = /* @__PURE__ */ new Set(["timestamptz", "timestamp"]);
var UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
var INTEGER_TEXT = /^-?[0-9]{1,19}$/;
var DECIMAL_TEXT = /^-?[0-9]{1,30}(?:\.[0-9]{1,30})?$/;
function filterTypeProblem(condition, type) {
  if (isRange(condition)) return TIME_TYPES.has(type.base) ? void 0 : `a time range needs a timestamp column, and it is ${type.shown}`;
  const misfit = condition.values.findIndex((v) => !fits(v, type));
  if (misfit >= 0 && !supported(type)) return `columns of type ${type.shown} cannot be filtered`;
  return misfit < 0 ? void 0 : `value ${misfit + 1} is not ${expected(type)}`;
}
function supported(type) {
  return type.typtype === "e" || type.base in INTEGER_BOUNDS || type.base === "numeric" || TEXT_TYPES.has(type.base) || type.base === "uuid";
}
function expected(type) {
  if (type.typtype === "e") return `one of the labels of enum ${type.shown}`;
  if (type.base in INTEGER_BOUNDS) return `a whole number within ${type.shown}`;
  if (type.base === "numeric") return "a number";
  if (type.base === "uuid") return "a UUID";
  return "text (quote it)";
}
function fits(value, type) {
  if (type.typtype === "e") return typeof value === "string" && (type.labels ?? []).includes(value);
  const bounds = INTEGER_BOUNDS[type.base];
  if (bounds !== void 0) {
    const text = typeof value === "number" ? String(value) : value;
    if (!INTEGER_TEXT.test(text)) return false;
    const n = BigInt(text);
    return n >= bounds[0] && n <= bounds[1];
  }
  if (type.base === "numeric") return typeof value === "number" || DECIMAL_TEXT.test(value);
  if (TEXT_TYPES.has(type.base)) return typeof value === "string";
  if (type.base === "uuid") return typeof value === "string" && UUID.test(value);
  return false;
}

// src/providers/postgres/view-catalog.ts
async function assertViewsGrantable(session, grant, checked) {
  const target = grant.target.name;
  const { rows: db } = await session.query(`SELECT has_database_privilege(current_database(), 'CREATE') AS can_create`);
  if (db[0]?.can_create !== true) {
    throw new ProviderError("E_PG_GRANTOR_NO_CREATE", target, `grantor ${checked.grantor} may not create the request's schema in this database`);
  }
  for (const v of checked.views) {
    const name = `${v.schema}.${v.table}`;
    const read = [.../* @__PURE__ */ new Set([...v.columns, ...v.rows.map((r) => r.column)])];
    const filtered = v.rows.map((r) => r.column);
    const { rows } = await session.query(
      `SELECT c.relkind, c.relrowsecurity AS rls,
              ARRAY(SELECT col FROM unnest($3::text[]) AS col WHERE NOT EXISTS (
                SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped)) AS missing,
              ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = ANY ($3::text[]) AND a.attnum > 0
                      AND NOT a.attisdropped AND NOT has_column_privilege(c.oid, a.attnum, 'SELECT WITH GRANT OPTION') ORDER BY a.attnum) AS no_option,
              (SELECT json_agg(json_build_object('name', a.attname, 'shown', format_type(a.atttypid, a.atttypmod), 'base', b.typname, 'typtype', b.typtype,
                        'labels', CASE WHEN b.typtype = 'e' THEN ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = b.oid ORDER BY e.enumsortorder) END))
                 FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
                 JOIN pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                WHERE a.attrelid = c.oid AND a.attname = ANY ($4::text[]) AND a.attnum > 0 AND NOT a.attisdropped) AS types
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')`,
      [v.schema, v.table, read, filtered]
    );
    const row = rows[0];
    if (row === void 0) throw new ProviderError("E_PG_TABLE_NOT_FOUND", target, `table ${name} does not exist`);
    if (row.missing.length > 0) throw new ProviderError("E_PG_COLUMN_NOT_FOUND", target, `${name} has no column ${row.missing.join(", ")}`);
    if (row.rls) throw new ProviderError("E_PG_VIEW_TABLE_RLS", target, `${name} has row-level security enabled`);
    if (row.no_option.length > 0) {
      throw new ProviderError(
        "E_PG_GRANTOR_NO_GRANT_OPTION",
        target,
        `grantor ${checked.grantor} cannot grant SELECT on ${name} (${row.no_option.join(", ")}), which its view reads`
      );
    }
    for (const condition of v.rows) {
      const type = (row.types ?? []).find((t) => t.name === condition.column);
      const problem = type === void 0 ? "its type cannot be read" : filterTypeProblem(condition, type);
      if (problem !== void 0) throw new ProviderError("E_PG_FILTER_TYPE", target, `the filter on ${name} (${condition.column}): ${problem}`);
    }
  }
}
async function readViewObjects(session, grant, checked, forRevoke) {
  const { rows } = await session.query(
    `SELECT n.nspname, n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) AS mine, obj_description(n.oid, 'pg_namespace') AS tag,
            ARRAY(SELECT c.relname::text FROM pg_class c WHERE c.relnamespace = n.oid ORDER BY 1) AS relations
       FROM pg_namespace n WHERE n.nspname IN ($1, $2)`,
    [checked.viewSchema, checked.keySchema]
  );
  const state = (name) => {
    const row = rows.find((r) => r.nspname === name);
    if (row === void 0) return "absent";
    const tag = parseTag(row.tag);
    if (!row.mine || tag.kind === "none") return "foreign";
    if (tag.kind === "unreadable") return forRevoke ? "ours" : "foreign";
    return tag.tag.request === grant.requestId && tag.tag.target === grant.target.name ? "ours" : "foreign";
  };
  const viewSchema = state(checked.viewSchema);
  const keySchema = state(checked.keySchema);
  return {
    viewSchema,
    keySchema,
    views: viewSchema === "ours" ? rows.find((r) => r.nspname === checked.viewSchema)?.relations ?? [] : [],
    keyTable: keySchema === "ours" && (rows.find((r) => r.nspname === checked.keySchema)?.relations ?? []).includes(HASH_KEY_TABLE)
  };
}
async function externalDependents(session, checked) {
  const { rows } = await session.query(
    `SELECT DISTINCT pg_describe_object(d.classid, d.objid, d.objsubid) AS what
       FROM pg_depend d
       JOIN pg_class ref ON d.refclassid = 'pg_class'::regclass AND d.refobjid = ref.oid
       JOIN pg_namespace rn ON rn.oid = ref.relnamespace AND rn.nspname IN ($1, $2)
       LEFT JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
       LEFT JOIN pg_class dep ON dep.oid = coalesce(rw.ev_class, CASE WHEN d.classid = 'pg_class'::regclass THEN d.objid END)
       LEFT JOIN pg_namespace dn ON dn.oid = dep.relnamespace
      WHERE d.deptype = 'n' AND (dn.nspname IS NULL OR dn.nspname NOT IN ($1, $2))
      ORDER BY 1`,
    [checked.viewSchema, checked.keySchema]
  );
  return rows.map((r) => r.what);
}

// src/providers/postgres/view-inspect.ts
async function inspectViews(session, grant, checked, inGrant, details) {
  const objects = await readViewObjects(session, grant, checked, true);
  const gone = objects.viewSchema !== "ours" && objects.keySchema !== "ours";
  if (objects.viewSchema === "ours") details.push(`schema ${checked.viewSchema} exists`);
  if (objects.keySchema === "ours") details.push(`schema ${checked.keySchema} exists`);
  if (checked.views.length === 0) return { present: true, gone };
  if (objects.viewSchema !== "ours") return { present: false, gone };
  const before = details.length;
  const hash = usesHashKey(checked.views);
  const ours = (tag) => {
    const t = parseTag(tag);
    return t.kind === "ok" && t.tag.request === grant.requestId && t.tag.target === grant.target.name;
  };
  const schemas = (await session.query(schemaReadBack(checked))).rows;
  for (const s of schemas) {
    const wanted = s.nspname === checked.viewSchema || hash;
    if (!wanted) {
      if (s.present) details.push(`schema ${s.nspname} exists though no view hashes`);
      continue;
    }
    if (!s.present) details.push(`schema ${s.nspname} is missing`);
    else {
      if (s.owner !== checked.grantor || !ours(s.tag)) details.push(`schema ${s.nspname} is not the grantor's with this request's tag`);
      const relations = s.nspname === checked.viewSchema ? checked.views.length : 1;
      if (s.relations !== relations) details.push(`schema ${s.nspname} holds ${s.relations ?? 0} relations, not ${relations}`);
      for (const e of s.extra) details.push(`schema ${s.nspname}: ${e} is not planned`);
    }
  }
  if (schemas[0]?.usable !== true) details.push(`${checked.principal} cannot use schema ${checked.viewSchema}`);
  for (const v of (await session.query(viewObjectReadBack(checked))).rows) {
    const name = `${checked.viewSchema}.${v.name}`;
    if (!v.present || v.relkind !== "v") details.push(`view ${name} is missing`);
    else {
      if (v.owner !== checked.grantor) details.push(`view ${name} is owned by ${v.owner ?? "nobody"}`);
      if (!v.barrier) details.push(`view ${name} is not security_barrier`);
      if (v.selectable !== true) details.push(`${checked.principal} cannot read view ${name}`);
      for (const e of v.extra) details.push(`view ${name}: ${e} is not planned`);
    }
  }
  if (hash) await inspectKey(session, checked, details);
  if (details.length === before) await compareDefinitions(session, grant, checked, inGrant, details);
  return { present: details.length === before, gone };
}
async function inspectKey(session, checked, details) {
  const key = (await session.query(keyTableReadBack(checked))).rows[0];
  if (key?.present !== true) {
    details.push(`the hash key table of ${checked.keySchema} is missing`);
    return;
  }
  if (key.owner !== checked.grantor) details.push(`the hash key table is owned by ${key.owner ?? "nobody"}`);
  for (const e of key.extra) details.push(`the hash key table: ${e} is not planned`);
  const count = (await session.query(keyCountReadBack(checked))).rows[0]?.keys;
  if (count !== 1) details.push(`the hash key table holds ${count ?? 0} keys, not 1`);
}
async function compareDefinitions(session, grant, checked, inGrant, details) {
  const ops = definitionReadBack(checked, grant.expiresAt);
  await session.undone(READBACK_SAVEPOINT, async () => {
    try {
      if (!inGrant) await session.query(PIN_SEARCH_PATH_SQL);
      for (const op of ops.create) await (inGrant ? session.run(op) : session.query(op.text));
      const { rows } = await (inGrant ? session.run(ops.compare) : session.query(ops.compare.text));
      for (const r of rows) if (!r.same) details.push(`view ${checked.viewSchema}.${r.name} is not defined as planned`);
    } catch (error) {
      details.push(`the planned views could not be compared: ${describeError(error)}`);
    }
  });
}

// src/providers/postgres/inspect.ts
async function inspectPostgres(session, grant, checked, inGrant = false) {
  const roleRow = (await session.query(roleReadBack(checked))).rows[0];
  const privileges = checked.tables.length === 0 ? [] : (await session.query(privilegeReadBack(checked))).rows;
  const details = [];
  const roleExists = roleRow?.role_oid !== null && roleRow?.role_oid !== void 0;
  const tag = parseTag(roleRow?.tag);
  const ours = tag.kind === "ok" && tag.tag.request === grant.requestId && tag.tag.target === grant.target.name;
  const allHeld = privileges.every((p) => p.held === true);
  if (!roleExists) {
    details.push(`role ${checked.role} does not exist`);
    for (const p of privileges.filter((row) => row.held === true)) {
      details.push(`note: ${checked.principal} holds ${describe(p)} through grants not made by this request`);
    }
    const views2 = await inspectViews(session, grant, { ...checked, views: [] }, inGrant, details);
    return { present: false, absent: views2.gone, details };
  }
  if (!ours) details.push(`role ${checked.role} exists but is not tagged for this request on this target`);
  if (roleRow?.principal_exists !== true) details.push(`principal ${checked.principal} does not exist`);
  else if (roleRow.member !== true) details.push(`${checked.principal} is not a member of ${checked.role}`);
  else if (roleRow.inherits !== true) details.push(`${checked.principal} is a member of ${checked.role} without INHERIT`);
  for (const p of privileges.filter((row) => row.held !== true)) details.push(`${checked.principal} lacks ${describe(p)}`);
  const views = checked.views.length === 0 ? { present: true } : await inspectViews(session, grant, checked, inGrant, details);
  const present = ours && roleRow?.inherits === true && allHeld && views.present;
  if (!present) details.push(...await roleHoldings(session, checked.role));
  return { present, absent: false, details };
}
function describe(p) {
  return `${p.priv} on ${p.nsp}.${p.rel}${p.col === null ? "" : ` (${p.col})`}`;
}
async function roleHoldings(session, role) {
  const { rows } = await session.query(
    `WITH r AS (SELECT oid FROM pg_roles WHERE rolname = $1),
     d AS (SELECT d.classid, d.objid, d.objsubid FROM pg_shdepend d, r
            WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid AND d.deptype = 'a'
              AND d.dbid IN (0, (SELECT oid FROM pg_database WHERE datname = current_database())))
     SELECT format('role holds %s on %s (granted by %s)', a.privilege_type, c.oid::regclass, a.grantor::regrole) AS line
       FROM d JOIN pg_class c ON c.oid = d.objid, r, aclexplode(c.relacl) a
      WHERE d.classid = 'pg_class'::regclass AND d.objsubid = 0 AND a.grantee = r.oid
     UNION ALL
     SELECT format('role holds %s on %s (%I) (granted by %s)', a.privilege_type, c.oid::regclass, att.attname, a.grantor::regrole)
       FROM d JOIN pg_attribute att ON att.attrelid = d.objid AND att.attnum = d.objsubid JOIN pg_class c ON c.oid = att.attrelid, r, aclexplode(att.attacl) a
      WHERE d.classid = 'pg_class'::regclass AND d.objsubid > 0 AND a.grantee = r.oid
     UNION ALL
     SELECT format('role holds privileges on %s', pg_describe_object(d.classid, d.objid, d.objsubid))
       FROM d WHERE d.classid <> 'pg_class'::regclass
     UNION ALL
     SELECT format('member: %s (granted by %s)', m.member::regrole, m.grantor::regrole)
       FROM r, pg_auth_members m WHERE m.roleid = r.oid AND m.member <> (SELECT oid FROM pg_roles WHERE rolname = current_user)
     ORDER BY 1`,
    [role]
  );
  return rows.map((r) => r.line);
}

// src/providers/postgres/lock.ts
import { createHash } from "node:crypto";
var SINGLE_FLIGHT_KEY = "7453010373645655841";
function singleFlightKey(target) {
  return createHash("sha256").update(`grantbook single flight\0${target}`, "utf8").digest().readBigInt64BE(0).toString();
}
async function tryAdvisoryLockOn(client, target) {
  const { rows } = await client.query(
    "SELECT pg_try_advisory_lock_shared($1::int8) AS shared, pg_try_advisory_lock($2::int8) AS own",
    [SINGLE_FLIGHT_KEY, singleFlightKey(target)]
  );
  return rows[0]?.shared === true && rows[0].own;
}
async function tryAdvisoryLock(connectionString, target) {
  const client = new esm_default.Client({ connectionString, application_name: "grantbook-lock", connectionTimeoutMillis: 15e3 });
  let held = false;
  const lost = () => {
    held = false;
  };
  client.on("error", lost);
  client.on("end", lost);
  await client.connect();
  try {
    held = await tryAdvisoryLockOn(client, target);
  } catch (error) {
    await client.end().catch(() => void 0);
    throw error;
  }
  if (!held) {
    await client.end().catch(() => void 0);
    return void 0;
  }
  return {
    get held() {
      return held;
    },
    async release() {
      if (!held) return;
      held = false;
      await client.end().catch(() => void 0);
    }
  };
}

// src/providers/postgres/roles.ts
var FOOTPRINT_COLUMNS = `EXISTS (SELECT 1 FROM pg_shdepend d WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid
                 AND d.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())) AS here,
       EXISTS (SELECT 1 FROM pg_shdepend d WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid AND d.dbid <> 0) AS anywhere`;
function legacyRoleBelongs(tag, target, footprint) {
  if (tag.kind === "none") return false;
  if (tag.kind === "ok") return tag.tag.target === target;
  return footprint.here || !footprint.anywhere;
}
async function grantRoles(session, grant, checked) {
  const legacy = legacyRoleName(grant.target.name, grant.requestId);
  const { rows } = await session.query(
    `SELECT v.rolname, r.oid IS NOT NULL AS role_exists, shobj_description(r.oid, 'pg_authid') AS tag,
       ${FOOTPRINT_COLUMNS},
       p.oid IS NOT NULL AS principal_exists
       FROM (VALUES (1, $1::text), (2, $2::text)) AS v(n, rolname)
       LEFT JOIN pg_roles r ON r.rolname = v.rolname LEFT JOIN pg_roles p ON p.rolname = $3
      ORDER BY v.n`,
    [checked.role, legacy, checked.principal]
  );
  const roles = [];
  for (const row of rows) {
    if (!row.role_exists) continue;
    const tag = parseTag(row.tag);
    if (row.rolname === checked.role) roles.push({ checked, tag });
    else if (legacyRoleBelongs(tag, grant.target.name, row)) roles.push({ checked: { ...checked, role: legacy }, tag });
  }
  const principalExists = rows[0]?.principal_exists === true;
  return { roles, principalExists };
}

// src/providers/postgres/managed.ts
function managedGrantOf(row, target) {
  const name = parseRoleName(row.rolname);
  if (name === void 0) return void 0;
  const tag = parseTag(row.tag);
  if (tag.kind === "none") return void 0;
  const { requestId } = name;
  if (name.kind === "current") {
    if (name.digest !== targetDigest(target)) return void 0;
    if (tag.kind === "ok" && tag.tag.target !== target && targetDigest(tag.tag.target) === name.digest) return void 0;
  } else if (!legacyRoleBelongs(tag, target, row)) {
    return void 0;
  }
  if (tag.kind === "unreadable" || tag.tag.request !== requestId || tag.tag.target !== target) {
    const member = row.members?.length === 1 ? row.members[0] : void 0;
    return member === void 0 ? { target, requestId } : { target, requestId, principal: member };
  }
  return { target, requestId, principal: tag.tag.principal, expiresAt: tag.tag.expiresAt };
}
function mergeByRequest(grants) {
  const byRequest = /* @__PURE__ */ new Map();
  for (const g of grants) {
    const seen = byRequest.get(g.requestId);
    if (seen === void 0) {
      byRequest.set(g.requestId, g);
      continue;
    }
    const principal = seen.principal === g.principal ? seen.principal : void 0;
    const expiresAt = earlier(seen.expiresAt, g.expiresAt);
    byRequest.set(g.requestId, {
      target: g.target,
      requestId: g.requestId,
      ...principal !== void 0 ? { principal } : {},
      ...expiresAt !== void 0 ? { expiresAt } : {}
    });
  }
  return [...byRequest.values()];
}
function earlier(a, b) {
  const at = a === void 0 ? void 0 : parseInstant(a);
  const bt = b === void 0 ? void 0 : parseInstant(b);
  if (at === void 0 || bt === void 0) return void 0;
  return at <= bt ? a : b;
}
async function listManagedRoles(session, target) {
  const { rows } = await session.query(
    `SELECT r.rolname, shobj_description(r.oid, 'pg_authid') AS tag, m.members,
       ${FOOTPRINT_COLUMNS}
       FROM pg_roles r LEFT JOIN LATERAL (
         SELECT array_agg(DISTINCT p.rolname::text ORDER BY p.rolname::text) AS members
           FROM pg_auth_members am JOIN pg_roles p ON p.oid = am.member
          WHERE am.roleid = r.oid AND p.rolname <> current_user) m ON true
      WHERE starts_with(r.rolname, $1) OR starts_with(r.rolname, $2) ORDER BY r.rolname`,
    [targetRolePrefix(target.name), LEGACY_ROLE_PREFIX]
  );
  return mergeByRequest(rows.flatMap((row) => managedGrantOf(row, target.name) ?? []));
}

// src/providers/postgres/session.ts
var MIN_SERVER_VERSION = 16e4;
var PgSession = class {
  constructor(target, options) {
    this.target = target;
    this.options = options;
  }
  target;
  options;
  client;
  opening;
  /** The connection a transaction began on; statements never move to another one mid-transaction. */
  pinned;
  async open() {
    const client = new esm_default.Client({
      connectionString: this.options.connectionString,
      application_name: "grantbook",
      connectionTimeoutMillis: 15e3,
      statement_timeout: 6e4,
      // Catalog changes wait on locks; a stuck lock should fail the run, not hang it.
      lock_timeout: 15e3
    });
    const forget = () => {
      if (this.client === client) this.client = void 0;
    };
    client.on("error", forget);
    client.on("end", forget);
    await client.connect();
    try {
      await this.checkGrantor(client);
    } catch (error) {
      await client.end().catch(() => void 0);
      throw error;
    }
    this.client = client;
    return client;
  }
  async checkGrantor(client) {
    const name = this.target.name;
    const { rows } = await client.query(
      `SELECT current_setting('server_version_num')::int AS version, current_user AS me, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`
    );
    const row = rows[0];
    if (row === void 0) throw new Error("server returned no row for the session check");
    if (row.version < MIN_SERVER_VERSION) {
      throw new ProviderError("E_PG_VERSION_UNSUPPORTED", name, `server version ${row.version} is older than 16`);
    }
    if (row.me !== this.target.grantorRole) {
      throw new ProviderError("E_PG_GRANTOR_MISMATCH", name, `connected as ${row.me}, expected grantor role ${this.target.grantorRole}`);
    }
    if (row.superuser) {
      throw new ProviderError("E_PG_GRANTOR_UNSAFE", name, `grantor role ${row.me} is a superuser`);
    }
  }
  async connection() {
    if (this.client !== void 0) return this.client;
    this.opening ??= this.open().finally(() => {
      this.opening = void 0;
    });
    return this.opening;
  }
  async query(text, values) {
    if (this.pinned !== void 0 && this.pinned !== this.client) {
      throw new Error("connection to the target was lost inside a transaction; the server rolled it back");
    }
    const client = this.pinned ?? await this.connection();
    return client.query(text, values === void 0 ? void 0 : [...values]);
  }
  /** Runs one planned statement verbatim. */
  async run(op) {
    const result = await this.query(op.text);
    await this.options.onStatement?.(op);
    return result;
  }
  /** `fn` inside BEGIN/COMMIT; any failure rolls back (or drops a dead connection). */
  async transaction(begin, commit, fn) {
    if (this.pinned !== void 0) throw new Error("transactions do not nest");
    this.pinned = await this.connection();
    try {
      await this.run(begin);
      const value = await fn();
      await this.run(commit);
      return value;
    } catch (error) {
      await this.rollback();
      throw error;
    } finally {
      this.pinned = void 0;
    }
  }
  /**
   * `fn` in work that is always undone: inside a transaction, between a
   * savepoint and a rollback to it (the planned `open` and `close`
   * statements); outside, in a transaction of its own that is rolled back.
   * Read-backs that need a scratch object use it; `fn` may leave the
   * transaction failed, the rollback clears it.
   */
  async undone(savepoint, fn) {
    if (this.pinned !== void 0) {
      await this.run(savepoint.open);
      try {
        return await fn();
      } finally {
        await this.run(savepoint.close);
      }
    }
    this.pinned = await this.connection();
    try {
      await this.query("BEGIN");
      return await fn();
    } finally {
      await this.rollback();
      this.pinned = void 0;
    }
  }
  async rollback() {
    const client = this.pinned;
    if (client === void 0 || client !== this.client) return;
    try {
      await client.query("ROLLBACK");
    } catch {
      this.client = void 0;
      await client.end().catch(() => void 0);
    }
  }
  async close() {
    const client = this.client ?? await this.opening?.catch(() => void 0);
    this.client = void 0;
    await client?.end().catch(() => void 0);
  }
};

// src/providers/postgres/view-apply.ts
async function applyViews(session, grant, checked, s) {
  const objects = await readViewObjects(session, grant, checked, false);
  const foreign = [objects.viewSchema === "foreign" && checked.viewSchema, s.keySchema.length > 0 && objects.keySchema === "foreign" && checked.keySchema];
  for (const name of foreign) {
    if (name !== false) throw new ProviderError("E_PG_SCHEMA_FOREIGN", grant.target.name, `schema ${name} exists and is not this request's`);
  }
  const run = async (ops) => {
    for (const op of ops) await session.run(op);
  };
  if (objects.viewSchema === "absent") await run(s.schema);
  if (objects.keySchema === "absent") await run(s.keySchema);
  if (!objects.keyTable) await run(s.keyTable);
  for (const v of s.views) if (!objects.views.includes(v.view)) await session.run(v.create);
  await run(s.grants);
}
async function dropViewSchemas(session, grant, checked, drops) {
  const objects = await readViewObjects(session, grant, checked, true);
  const ops = [...objects.viewSchema === "ours" ? [drops.views] : [], ...objects.keySchema === "ours" ? [drops.key] : []];
  if (ops.length === 0) return;
  const dependents = await externalDependents(session, checked);
  if (dependents.length > 0) {
    throw new ProviderError("E_PG_VIEW_DEPENDENTS", grant.target.name, `${dependents.slice(0, 10).join(", ")} depend on the request's views`);
  }
  for (const op of ops) await session.run(op);
}
async function viewSchemasLeft(session, grant, checked) {
  const objects = await readViewObjects(session, grant, checked, true);
  return objects.viewSchema === "ours" || objects.keySchema === "ours";
}

// src/providers/postgres/provider.ts
function createPostgresProvider(target, options) {
  const session = new PgSession(target, options);
  const locks = [];
  async function grant(g) {
    const checked = checkGrant(g);
    const statements = grantStatements(g, checked);
    await session.transaction(statements.begin, statements.commit, async () => {
      if (statements.views !== void 0) await session.run(pinSearchPath);
      const state = await readGrantState(session, g, checked);
      await assertTablesGrantable(session, g, checked);
      if (statements.views !== void 0) await assertViewsGrantable(session, g, checked);
      if (state.exists) assertOurRole(g, checked, state.tag, false);
      else await session.run(statements.createRole);
      for (const op of statements.changes) await session.run(op);
      if (statements.views !== void 0) await applyViews(session, g, checked, statements.views);
      await session.run(statements.membership);
      const inspection = await inspectPostgres(session, g, checked, true);
      if (!inspection.present) {
        throw new ProviderError(
          "E_PROVIDER_GRANT_NOT_VERIFIED",
          target.name,
          `grant of request ${g.requestId} did not read back as in effect`,
          inspection.details
        );
      }
    });
  }
  async function revoke(g) {
    const checked = checkGrant(g, "revoke");
    const { roles, principalExists } = await grantRoles(session, g, checked);
    for (const role of roles) assertOurRole(g, role.checked, role.tag, true);
    const problems = await revokeRoles(
      g,
      roles.map((r) => r.checked),
      principalExists
    );
    if (roles.length === 0 && await viewSchemasLeft(session, g, checked)) await dropSchemasAlone(g, checked, problems);
    const inspection = await readBack(g, roles.length === 0 ? [checked] : roles.map((r) => r.checked));
    if (!inspection.absent || problems.length > 0) {
      throw new RevokeNotVerified(target.name, g.requestId, inspection, problems);
    }
  }
  async function revokeRoles(g, roles, principalExists) {
    const problems = [];
    const attempt = async (fn) => {
      try {
        await fn();
      } catch (error) {
        problems.push(describeError(error));
      }
    };
    if (principalExists) {
      for (const checked of roles) {
        await attempt(async () => {
          await session.run(revokeStatements(g, checked).revokeMembership);
        });
      }
      const [first] = roles;
      if (first !== void 0 && problems.length === 0) {
        await attempt(async () => {
          const { rows } = await session.run(revokeStatements(g, first).terminate);
          for (const row of rows.filter((r) => !r.terminated)) {
            problems.push(`session ${row.pid} of ${first.principal} did not end within the timeout`);
          }
        });
      }
    }
    if (problems.length > 0) return problems;
    for (const checked of roles) await attempt(() => dropRole(g, checked));
    return problems;
  }
  async function dropRole(g, checked) {
    const statements = revokeStatements(g, checked);
    const [begin, ...rest] = statements.drop;
    const commit = rest.pop();
    if (begin === void 0 || commit === void 0) throw new Error("revoke plan lost its transaction bounds");
    await session.transaction(begin, commit, async () => {
      const owned = await ownedObjects(session, checked.role);
      if (owned.length > 0) {
        throw new ProviderError("E_PG_ROLE_OWNS_OBJECTS", target.name, `role ${checked.role} owns ${owned.join(", ")}`);
      }
      await dropViewSchemas(session, g, checked, statements.dropSchemas);
      for (const op of rest) await session.run(op);
    });
  }
  async function dropSchemasAlone(g, checked, problems) {
    const statements = revokeStatements(g, checked);
    const [begin] = statements.drop;
    const commit = statements.drop.at(-1);
    if (begin === void 0 || commit === void 0) throw new Error("revoke plan lost its transaction bounds");
    try {
      await session.transaction(begin, commit, () => dropViewSchemas(session, g, checked, statements.dropSchemas));
    } catch (error) {
      problems.push(describeError(error));
    }
  }
  async function readBack(g, roles) {
    const each = [];
    for (const checked of roles) each.push(await inspectPostgres(session, g, checked));
    const [only] = each;
    if (only !== void 0 && each.length === 1) return only;
    return { present: each.some((i) => i.present), absent: each.every((i) => i.absent), details: each.flatMap((i) => i.details) };
  }
  async function inspect(g) {
    const checked = checkGrant(g, "revoke");
    const { roles } = await grantRoles(session, g, checked);
    return readBack(g, roles.length === 0 ? [checked] : roles.map((r) => r.checked));
  }
  return {
    id: "postgres",
    kinds: ["table"],
    recordsHeld: false,
    listsManaged: true,
    plan: planPostgres,
    // Grants live on the per-request role: what the person holds from elsewhere is never touched.
    held: async () => [],
    grant,
    revoke,
    inspect,
    listManaged: (t) => listManagedRoles(session, t),
    activity: { readActivity: (principal, opts) => readPgActivity(session, principal, opts) },
    rowCounter: { countAdmitted: (g, exact) => countAdmittedRows(session, checkGrant(g).views, exact) },
    // A session-level advisory lock on a connection of its own, so reconnects of the working connection cannot drop it unnoticed.
    async singleFlight() {
      const lock = await tryAdvisoryLock(options.connectionString, target.name);
      if (lock !== void 0) locks.push(lock);
      return lock;
    },
    async close() {
      await Promise.allSettled(locks.splice(0).map((l) => l.release()));
      await session.close();
    }
  };
}
export {
  createPostgresProvider
};
