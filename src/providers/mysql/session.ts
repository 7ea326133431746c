import mysql from 'mysql2/promise';
import type { Operation } from '../contract.js';
import { ProviderError } from '../errors.js';
import { formatAccount, quoteLiteral } from './names.js';
import { SESSION_SETUP } from './plan.js';
import type { Account, Flavour, MysqlTarget } from './types.js';
import { checkTarget } from './validate.js';

export interface MysqlSessionOptions {
  /** The secret itself (`mysql://user:password@host:port/`); kept in this closure only, never logged or put in an error. */
  readonly connectionUrl: string;
  /** Called after each planned statement ran: benchmarks and fault injection in tests. */
  readonly onStatement?: (op: Operation) => void | Promise<void>;
}

export type Row = Record<string, unknown>;

/** The options every connection of the provider uses; the lock's connection too. */
export function connectionOptions(url: string): mysql.ConnectionOptions {
  return {
    uri: url,
    connectTimeout: 15_000,
    // Expiry instants and counters are read as text, never through JavaScript dates or doubles.
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    multipleStatements: false,
  };
}

/**
 * One connection per run, reused for every grant and revoke. A connection
 * that fails (network, KILL) is dropped and the next call opens a fresh one.
 * Every connection first pins UTC and the sql_mode (SESSION_SETUP), then
 * reads which server it is and checks it logged in as the target's grantor.
 */
export class MysqlSession {
  private connection: mysql.Connection | undefined;
  private opening: Promise<mysql.Connection> | undefined;
  private seen: Flavour | undefined;
  private readonly grantor: Account;

  constructor(
    private readonly target: MysqlTarget,
    private readonly options: MysqlSessionOptions,
  ) {
    this.grantor = checkTarget(target);
  }

  private async open(): Promise<mysql.Connection> {
    const connection = await mysql.createConnection(connectionOptions(this.options.connectionUrl));
    const forget = (): void => {
      if (this.connection === connection) this.connection = undefined;
    };
    // Without a listener, a killed connection would crash the process.
    connection.on('error', forget);
    connection.on('end', forget);
    try {
      // The check reads no text the sql_mode could change the meaning of; the setup depends on its answer.
      this.seen = await this.check(connection);
      await connection.query(SESSION_SETUP[this.seen.kind]);
    } catch (error) {
      connection.destroy();
      throw error;
    }
    this.connection = connection;
    return connection;
  }

  private async check(connection: mysql.Connection): Promise<Flavour> {
    // The grantor's name passed the account pattern (no quote), so this is its GRANTEE text exactly.
    const grantee = quoteLiteral(`'${this.grantor.user}'@'${this.grantor.host}'`);
    const [rows] = await connection.query<mysql.RowDataPacket[]>(
      'SELECT VERSION() AS version, CURRENT_USER() AS me, ' +
        `(SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = ${grantee} AND PRIVILEGE_TYPE IN ('SUPER', 'ALL PRIVILEGES')) AS super`,
    );
    const row = rows[0];
    if (row === undefined) throw new Error('server returned no row for the session check');
    const version = String(row['version']);
    const me = String(row['me']);
    const expected = formatAccount(this.grantor);
    if (me !== expected) {
      throw new ProviderError('E_MYSQL_GRANTOR_MISMATCH', this.target.name, `connected as ${safeAccount(me)}, expected grantor ${expected}`);
    }
    if (Number(row['super']) > 0) {
      throw new ProviderError('E_MYSQL_GRANTOR_MISMATCH', this.target.name, `grantor ${expected} holds SUPER`);
    }
    return flavourOf(version);
  }

  private async current(): Promise<mysql.Connection> {
    if (this.connection !== undefined) return this.connection;
    this.opening ??= this.open().finally(() => {
      this.opening = undefined;
    });
    return this.opening;
  }

  /** The server this session talks to (connects if needed). */
  async flavour(): Promise<Flavour> {
    await this.current();
    if (this.seen === undefined) throw new Error('session opened without reading the server');
    return this.seen;
  }

  /** A read or a change that is not a planned step. */
  async query(text: string): Promise<Row[]> {
    const connection = await this.current();
    const [rows] = await connection.query(text);
    return Array.isArray(rows) ? (rows as Row[]) : [];
  }

  /** A planned step, exactly as the plan shows it. */
  async run(op: Operation, text: string = op.text): Promise<Row[]> {
    const rows = await this.query(text);
    await this.options.onStatement?.(op);
    return rows;
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    await connection?.end().catch(() => connection.destroy());
  }
}

/** `10.11.19-MariaDB-0+deb12u1` -> mariadb 10.11.19; `8.0.36` -> mysql 8.0.36. */
export function flavourOf(version: string): Flavour {
  // MariaDB behind some proxies and older clients' handshakes reports `5.5.5-10.11.6-MariaDB`.
  const number = /^(?:5\.5\.5-)?([0-9]+\.[0-9]+\.[0-9]+)/u.exec(version)?.[1] ?? '0.0.0';
  return { kind: /mariadb/iu.test(version) ? 'mariadb' : 'mysql', version: number };
}

/** CURRENT_USER() comes from the server; shown only when it is a plain account. */
function safeAccount(text: string): string {
  return /^[A-Za-z0-9_.%@-]{1,300}$/u.test(text) ? text : 'another account';
}

/** Server error number of a driver error, if any. */
export function errno(error: unknown): number | undefined {
  const n = (error as { errno?: unknown }).errno;
  return typeof n === 'number' ? n : undefined;
}
