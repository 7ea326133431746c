import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  notObservable
} from "./chunk-DJFWHSM6.js";
import {
  KILL_WAIT_MS,
  SESSION_SETUP,
  TAG_TABLE,
  backstopNote,
  checkGrant,
  checkTarget,
  formatAccount,
  grantStatements,
  likePrefix,
  parseAccount,
  planMysql,
  privilegesReadBack,
  qualifiedTable,
  quoteLiteral,
  readBacksFor,
  recordedBackstop,
  requestRoleName,
  require_promise,
  revokeStatements,
  sessionsOf,
  stateReadBack,
  targetRolePrefix
} from "./chunk-NHQQWKM2.js";
import {
  parseInstant
} from "./chunk-VIPNLK4T.js";
import {
  ProviderError,
  RevokeNotVerified,
  describeError
} from "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import {
  matches
} from "./chunk-VBI6FCSW.js";
import {
  __toESM
} from "./chunk-GOSKQMZY.js";

// src/providers/mysql/activity.ts
var ACTIVITY_READ_CAP = 2e3;
function activityQuery(user, cap) {
  return `SELECT EVENT_NAME AS id, SUM(COUNT_STAR) AS calls, SUM(SUM_ROWS_SENT + SUM_ROWS_AFFECTED) AS rows_total, SUM(SUM_TIMER_WAIT) AS picos FROM performance_schema.events_statements_summary_by_account_by_event_name WHERE USER = ${quoteLiteral(user)} AND COUNT_STAR > 0 GROUP BY EVENT_NAME ORDER BY EVENT_NAME LIMIT ${cap + 1}`;
}
async function readMysqlActivity(session, principal, options) {
  const account = parseAccount(principal);
  if (account === void 0) return notObservable("E_ACTIVITY_READ_FAILED", "the principal is not a plain user@host account");
  const cap = options.cap ?? ACTIVITY_READ_CAP;
  try {
    const [on] = await session.query("SELECT @@GLOBAL.performance_schema AS on_");
    if (Number(on?.["on_"]) !== 1) return notObservable("E_ACTIVITY_NOT_LOADED", "performance_schema is OFF on this server: not observable");
    const rows = await session.query(activityQuery(account.user, cap));
    const statements = rows.slice(0, cap).map((r) => ({
      id: String(r["id"]),
      calls: Number(r["calls"]),
      rows: Number(r["rows_total"]),
      timeMs: Number(r["picos"]) / 1e9,
      ...options.withText ? { text: String(r["id"]) } : {}
    }));
    const totals = statements.reduce((t, s) => ({ calls: t.calls + s.calls, rows: t.rows + s.rows, timeMs: t.timeMs + s.timeMs }), {
      calls: 0,
      rows: 0,
      timeMs: 0
    });
    return { observable: true, statements, totals, complete: rows.length <= cap };
  } catch (error) {
    const n = error.errno;
    return notObservable("E_ACTIVITY_READ_FAILED", `reading performance_schema failed${typeof n === "number" ? ` (error ${n})` : ""}`);
  }
}

// src/providers/mysql/inspect.ts
var flag = (v) => Number(v) === 1;
var text = (v) => typeof v === "string" ? v : "";
function tagOf(row) {
  if (row["request"] === null || row["request"] === void 0) return void 0;
  return {
    target: text(row["target"]),
    request: text(row["request"]),
    principal: text(row["principal"]),
    expiresAt: text(row["expires_at"]),
    backstop: flag(row["backstop"])
  };
}
async function readState(session, flavour, checked) {
  const [row] = await session.query(stateReadBack(flavour.kind, checked));
  if (row === void 0) throw new Error("the state read-back returned no row");
  const tag = tagOf(row);
  return { roleExists: flag(row["role_exists"]), member: flag(row["member"]), eventExists: flag(row["event_exists"]), ...tag !== void 0 ? { tag } : {} };
}
function assertOurs(grant, checked, state) {
  const target = grant.target.name;
  if (state.tag === void 0) {
    if (state.roleExists) throw new ProviderError("E_MYSQL_ROLE_FOREIGN", target, `role ${checked.role} exists without a Grantbook tag row`);
    return;
  }
  const { tag } = state;
  if (tag.request !== grant.requestId || tag.target !== target || tag.principal !== formatAccount(checked.principal)) {
    throw new ProviderError("E_MYSQL_ROLE_FOREIGN", target, `the tag row of role ${checked.role} names another request, target or grantee`);
  }
}
function privilegesOf(set) {
  return text(set).split(",").filter((p) => p !== "").map((p) => p.toUpperCase());
}
async function rolePrivileges(session, flavour, checked) {
  const rows = await session.query(privilegesReadBack(flavour.kind, checked));
  const held = /* @__PURE__ */ new Set();
  for (const row of rows) {
    const col = row["col"] === null ? "" : text(row["col"]).toLowerCase();
    for (const p of privilegesOf(row["privs"])) held.add(`${text(row["db"])}.${text(row["tbl"])}.${col} ${p}`);
  }
  return held;
}
async function inspectMysql(session, grant, checked) {
  const flavour = await session.flavour();
  const state = await readState(session, flavour, checked);
  const held = state.roleExists ? await rolePrivileges(session, flavour, checked) : /* @__PURE__ */ new Set();
  const details = [];
  const missing = [];
  for (const t of checked.tables) {
    for (const p of t.privileges) {
      for (const col of t.columns.length === 0 ? [""] : t.columns.map((c) => c.toLowerCase())) {
        if (!held.has(`${t.database}.${t.table}.${col} ${p}`)) missing.push(`${p} on ${t.database}.${t.table}${col === "" ? "" : `.${col}`}`);
      }
    }
  }
  const tagged = state.tag !== void 0 && state.tag.request === grant.requestId && state.tag.target === grant.target.name;
  if (!state.roleExists) details.push(`role ${checked.role} does not exist`);
  if (!state.member) details.push(`${formatAccount(checked.principal)} does not hold role ${checked.role}`);
  if (state.tag === void 0) details.push(`no tag row for role ${checked.role}`);
  else if (!tagged) details.push(`the tag row of role ${checked.role} names another request or target`);
  if (state.eventExists) details.push(`expiry event ${checked.metadata}.${checked.role} is in place`);
  if (state.roleExists) for (const m of missing) details.push(`not held: ${m}`);
  return {
    present: state.roleExists && state.member && tagged && missing.length === 0,
    absent: !state.roleExists && !state.member && !state.eventExists && state.tag === void 0,
    details
  };
}

// src/providers/mysql/lock.ts
var import_promise2 = __toESM(require_promise(), 1);
import { createHash } from "node:crypto";

// src/providers/mysql/session.ts
var import_promise = __toESM(require_promise(), 1);
function connectionOptions(url) {
  return {
    uri: url,
    connectTimeout: 15e3,
    // Expiry instants and counters are read as text, never through JavaScript dates or doubles.
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    multipleStatements: false
  };
}
var MysqlSession = class {
  constructor(target, options) {
    this.target = target;
    this.options = options;
    this.grantor = checkTarget(target);
  }
  target;
  options;
  connection;
  opening;
  seen;
  grantor;
  async open() {
    const connection = await import_promise.default.createConnection(connectionOptions(this.options.connectionUrl));
    const forget = () => {
      if (this.connection === connection) this.connection = void 0;
    };
    connection.on("error", forget);
    connection.on("end", forget);
    try {
      this.seen = await this.check(connection);
      await connection.query(SESSION_SETUP[this.seen.kind]);
    } catch (error) {
      connection.destroy();
      throw error;
    }
    this.connection = connection;
    return connection;
  }
  async check(connection) {
    const grantee = quoteLiteral(`'${this.grantor.user}'@'${this.grantor.host}'`);
    const [rows] = await connection.query(
      `SELECT VERSION() AS version, CURRENT_USER() AS me, (SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = ${grantee} AND PRIVILEGE_TYPE IN ('SUPER', 'ALL PRIVILEGES')) AS super`
    );
    const row = rows[0];
    if (row === void 0) throw new Error("server returned no row for the session check");
    const version = String(row["version"]);
    const me = String(row["me"]);
    const expected = formatAccount(this.grantor);
    if (me !== expected) {
      throw new ProviderError("E_MYSQL_GRANTOR_MISMATCH", this.target.name, `connected as ${safeAccount(me)}, expected grantor ${expected}`);
    }
    if (Number(row["super"]) > 0) {
      throw new ProviderError("E_MYSQL_GRANTOR_MISMATCH", this.target.name, `grantor ${expected} holds SUPER`);
    }
    return flavourOf(version);
  }
  async current() {
    if (this.connection !== void 0) return this.connection;
    this.opening ??= this.open().finally(() => {
      this.opening = void 0;
    });
    return this.opening;
  }
  /** The server this session talks to (connects if needed). */
  async flavour() {
    await this.current();
    if (this.seen === void 0) throw new Error("session opened without reading the server");
    return this.seen;
  }
  /** A read or a change that is not a planned step. */
  async query(text3) {
    const connection = await this.current();
    const [rows] = await connection.query(text3);
    return Array.isArray(rows) ? rows : [];
  }
  /** A planned step, exactly as the plan shows it. */
  async run(op, text3 = op.text) {
    const rows = await this.query(text3);
    await this.options.onStatement?.(op);
    return rows;
  }
  async close() {
    const connection = this.connection;
    this.connection = void 0;
    await connection?.end().catch(() => connection.destroy());
  }
};
function flavourOf(version) {
  const number = /^(?:5\.5\.5-)?([0-9]+\.[0-9]+\.[0-9]+)/u.exec(version)?.[1] ?? "0.0.0";
  return { kind: /mariadb/iu.test(version) ? "mariadb" : "mysql", version: number };
}
function safeAccount(text3) {
  return /^[A-Za-z0-9_.%@-]{1,300}$/u.test(text3) ? text3 : "another account";
}
function errno(error) {
  const n = error.errno;
  return typeof n === "number" ? n : void 0;
}

// src/providers/mysql/lock.ts
function lockName(target) {
  return `grantbook:${createHash("sha256").update(`single flight\0${target}`, "utf8").digest("hex").slice(0, 40)}`;
}
function lockStatement(target) {
  return `SELECT GET_LOCK(${quoteLiteral(lockName(target))}, 0) AS got`;
}
async function tryGetLock(url, target) {
  const connection = await import_promise2.default.createConnection(connectionOptions(url));
  let held = false;
  const lost = () => {
    held = false;
  };
  connection.on("error", lost);
  connection.on("end", lost);
  try {
    const [rows] = await connection.query(lockStatement(target));
    held = Number(rows[0]?.["got"]) === 1;
  } catch (error) {
    connection.destroy();
    throw error;
  }
  if (!held) {
    await connection.end().catch(() => connection.destroy());
    return void 0;
  }
  return {
    get held() {
      return held;
    },
    async release() {
      if (!held) return;
      held = false;
      await connection.query(`DO RELEASE_LOCK(${quoteLiteral(lockName(target))})`).catch(() => void 0);
      await connection.end().catch(() => connection.destroy());
    }
  };
}

// src/providers/mysql/managed.ts
var text2 = (v) => typeof v === "string" ? v : "";
function managedQuery(target) {
  return `SELECT role, target, request, principal, expires_at FROM ${qualifiedTable(target.metadataDatabase, TAG_TABLE)} WHERE role LIKE ${quoteLiteral(likePrefix(targetRolePrefix(target.name)))} ORDER BY role`;
}
function managedGrantOf(row, target) {
  const request = text2(row["request"]);
  if (!matches("requestId", request) || text2(row["target"]) !== target) return void 0;
  if (requestRoleName(target, request) !== text2(row["role"])) return void 0;
  const principal = text2(row["principal"]);
  const expiresAt = text2(row["expires_at"]);
  return {
    target,
    requestId: request,
    ...parseAccount(principal) !== void 0 ? { principal } : {},
    // An unreadable expiry is treated as already expired by the sweep.
    ...parseInstant(expiresAt) !== void 0 ? { expiresAt } : {}
  };
}
async function listManagedRoles(session, target) {
  const rows = await session.query(managedQuery(target));
  return rows.flatMap((row) => managedGrantOf(row, target.name) ?? []);
}

// src/providers/mysql/provider.ts
var NOTHING_TO_REVOKE = /* @__PURE__ */ new Set([
  1959,
  // MariaDB: invalid role specification (no such role)
  1962,
  // MariaDB: cannot revoke role (not granted)
  3523,
  // MySQL 8: unknown authorization ID (no such role)
  1396
  // both: operation failed for an account that does not exist
]);
var NO_SUCH_ACCOUNT = 1133;
var NO_SUCH_THREAD = 1094;
function schedulerOf(rows) {
  const value = rows[0]?.["scheduler"];
  return typeof value === "string" ? value.toUpperCase() : "UNKNOWN";
}
function createMysqlProvider(target, options) {
  const session = new MysqlSession(target, options);
  const locks = [];
  async function grant(g) {
    const checked = checkGrant(g);
    const flavour = await session.flavour();
    const statements = grantStatements(g, checked);
    const state = await readState(session, flavour, checked);
    assertOurs(g, checked, state);
    const scheduler = schedulerOf(await session.run(statements.scheduler));
    if (state.tag === void 0) await session.run(statements.tag);
    if (!state.roleExists) await session.run(statements.createRole);
    for (const op of statements.privileges) await session.run(op);
    await session.run(statements.event);
    try {
      await session.run(statements.membership);
    } catch (error) {
      if (errno(error) !== NO_SUCH_ACCOUNT) throw error;
      throw new ProviderError("E_MYSQL_PRINCIPAL_NOT_FOUND", target.name, `request ${g.requestId}: account ${formatAccount(checked.principal)} does not exist`);
    }
    const inspection = await inspectMysql(session, g, checked);
    if (!inspection.present) {
      throw new ProviderError(
        "E_PROVIDER_GRANT_NOT_VERIFIED",
        target.name,
        `grant of request ${g.requestId} did not read back as in effect`,
        inspection.details
      );
    }
    return { backstop: recordedBackstop(g, checked, scheduler) };
  }
  async function revoke(g) {
    const checked = checkGrant(g, "revoke");
    const flavour = await session.flavour();
    const state = await readState(session, flavour, checked);
    assertOurs(g, checked, state);
    const problems = [];
    const attempt = async (fn) => {
      try {
        await fn();
      } catch (error) {
        problems.push(describeError(error));
      }
    };
    const r = revokeStatements(checked);
    await attempt(async () => {
      try {
        await session.run(r.revokeMembership);
      } catch (error) {
        const n = errno(error);
        if (n === void 0 || !NOTHING_TO_REVOKE.has(n)) throw error;
      }
    });
    if (problems.length === 0) await attempt(() => endSessions(checked, problems));
    if (problems.length === 0) {
      for (const op of [r.dropEvent, r.dropRole]) await attempt(async () => void await session.run(op));
    }
    if (problems.length === 0) await attempt(async () => void await session.run(r.untag));
    const inspection = await inspectMysql(session, g, checked);
    if (!inspection.absent || problems.length > 0) throw new RevokeNotVerified(target.name, g.requestId, inspection, problems);
  }
  async function endSessions(checked, problems) {
    const r = revokeStatements(checked);
    const rows = await session.run(r.sessions);
    const ids = rows.map((row) => String(row["ID"])).filter((id) => /^[0-9]+$/u.test(id));
    for (const id of ids) {
      try {
        await session.run(r.kill, `KILL CONNECTION ${id}`);
      } catch (error) {
        if (errno(error) !== NO_SUCH_THREAD) throw error;
      }
    }
    if (ids.length === 0) return;
    const deadline = Date.now() + KILL_WAIT_MS;
    for (; ; ) {
      const left = new Set((await session.query(sessionsOf(checked, true))).map((row) => String(row["ID"])));
      const stuck = ids.filter((id) => left.has(id));
      if (stuck.length === 0) return;
      if (Date.now() >= deadline) {
        for (const id of stuck) problems.push(`session ${id} of ${checked.principal.user} did not end within ${KILL_WAIT_MS / 1e3}s`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  async function backstop(g) {
    const checked = checkGrant(g, "revoke");
    const flavour = await session.flavour();
    const state = await readState(session, flavour, checked);
    const scheduler = schedulerOf(await session.query("SELECT @@GLOBAL.event_scheduler AS scheduler"));
    return {
      armed: state.eventExists && scheduler === "ON",
      scheduler,
      ...state.tag !== void 0 ? { armedAtGrant: state.tag.backstop } : {}
    };
  }
  async function planOnServer(g) {
    const checked = checkGrant(g);
    const flavour = await session.flavour();
    const armed = schedulerOf(await session.query("SELECT @@GLOBAL.event_scheduler AS scheduler")) === "ON";
    const plan = planMysql(g);
    const other = flavour.kind === "mariadb" ? "mysql" : "mariadb";
    const ours = /* @__PURE__ */ new Set([SESSION_SETUP[flavour.kind], ...readBacksFor(flavour.kind, checked).map((op) => op.text)]);
    const others = new Set([SESSION_SETUP[other], ...readBacksFor(other, checked).map((op) => op.text)].filter((t) => !ours.has(t)));
    const keep = (ops) => ops.filter((op) => !others.has(op.text));
    return {
      grant: keep(plan.grant),
      revoke: keep(plan.revoke),
      notes: [`Server: ${flavour.kind === "mariadb" ? "MariaDB" : "MySQL"} ${flavour.version}.`, backstopNote(g, checked, armed)]
    };
  }
  return {
    id: "mysql",
    kinds: ["table"],
    recordsHeld: false,
    listsManaged: true,
    plan: planMysql,
    // Grants live on the per-request role: what the person holds from elsewhere is never touched.
    held: async () => [],
    grant,
    revoke,
    inspect: (g) => inspectMysql(session, g, checkGrant(g, "revoke")),
    listManaged: (t) => listManagedRoles(session, t),
    async singleFlight() {
      const lock = await tryGetLock(options.connectionUrl, target.name);
      if (lock !== void 0) locks.push(lock);
      return lock;
    },
    activity: { readActivity: (principal, opts) => readMysqlActivity(session, principal, opts) },
    expiry: { armed: backstop },
    planOnServer,
    async close() {
      await Promise.allSettled(locks.splice(0).map((l) => l.release()));
      await session.close();
    }
  };
}
export {
  createMysqlProvider
};
