import pg from 'pg';
import type { Operation } from '../contract.js';
import { ProviderError } from '../errors.js';
import type { PostgresTarget } from './validate.js';

export interface PgSessionOptions {
  /** The secret itself; kept in this closure only, never logged or put in an error. */
  readonly connectionString: string;
  /** Called after each planned statement ran: debug logging, benchmarks, fault injection in tests. */
  readonly onStatement?: (op: Operation) => void | Promise<void>;
}

/** Server version that introduced membership INHERIT/SET options and the PG16 CREATEROLE model. */
export const MIN_SERVER_VERSION = 160000;

/**
 * One connection per run, reused for every grant and revoke. A connection
 * that fails (network, terminated backend) is dropped and the next call opens
 * a fresh one, so one bad moment does not poison the rest of the run.
 */
export class PgSession {
  private client: pg.Client | undefined;
  private opening: Promise<pg.Client> | undefined;
  /** The connection a transaction began on; statements never move to another one mid-transaction. */
  private pinned: pg.Client | undefined;

  constructor(
    private readonly target: PostgresTarget,
    private readonly options: PgSessionOptions,
  ) {}

  private async open(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: 'grantbook',
      connectionTimeoutMillis: 15_000,
      statement_timeout: 60_000,
      // Catalog changes wait on locks; a stuck lock should fail the run, not hang it.
      lock_timeout: 15_000,
    });
    const forget = (): void => {
      if (this.client === client) this.client = undefined;
    };
    // Without a listener, a terminated backend would crash the process.
    client.on('error', forget);
    client.on('end', forget);
    await client.connect();
    try {
      await this.checkGrantor(client);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return client;
  }

  private async checkGrantor(client: pg.Client): Promise<void> {
    const name = this.target.name;
    const { rows } = await client.query<{ version: number; me: string; superuser: boolean }>(
      `SELECT current_setting('server_version_num')::int AS version, current_user AS me, ` +
        `(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`,
    );
    const row = rows[0];
    if (row === undefined) throw new Error('server returned no row for the session check');
    if (row.version < MIN_SERVER_VERSION) {
      throw new ProviderError('E_PG_VERSION_UNSUPPORTED', name, `server version ${row.version} is older than 16`);
    }
    if (row.me !== this.target.grantorRole) {
      throw new ProviderError('E_PG_GRANTOR_MISMATCH', name, `connected as ${row.me}, expected grantor role ${this.target.grantorRole}`);
    }
    if (row.superuser) {
      throw new ProviderError('E_PG_GRANTOR_UNSAFE', name, `grantor role ${row.me} is a superuser`);
    }
  }

  async connection(): Promise<pg.Client> {
    if (this.client !== undefined) return this.client;
    this.opening ??= this.open().finally(() => {
      this.opening = undefined;
    });
    return this.opening;
  }

  async query<R extends pg.QueryResultRow>(text: string, values?: readonly unknown[]): Promise<pg.QueryResult<R>> {
    if (this.pinned !== undefined && this.pinned !== this.client) {
      // Reconnecting here would run the rest of the transaction as autocommit statements.
      throw new Error('connection to the target was lost inside a transaction; the server rolled it back');
    }
    const client = this.pinned ?? (await this.connection());
    return client.query<R>(text, values === undefined ? undefined : [...values]);
  }

  /** Runs one planned statement verbatim. */
  async run<R extends pg.QueryResultRow = pg.QueryResultRow>(op: Operation): Promise<pg.QueryResult<R>> {
    const result = await this.query<R>(op.text);
    await this.options.onStatement?.(op);
    return result;
  }

  /** `fn` inside BEGIN/COMMIT; any failure rolls back (or drops a dead connection). */
  async transaction<T>(begin: Operation, commit: Operation, fn: () => Promise<T>): Promise<T> {
    if (this.pinned !== undefined) throw new Error('transactions do not nest');
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
      this.pinned = undefined;
    }
  }

  /**
   * `fn` in work that is always undone: inside a transaction, between a
   * savepoint and a rollback to it (the planned `open` and `close`
   * statements); outside, in a transaction of its own that is rolled back.
   * Read-backs that need a scratch object use it; `fn` may leave the
   * transaction failed, the rollback clears it.
   */
  async undone<T>(savepoint: { readonly open: Operation; readonly close: Operation }, fn: () => Promise<T>): Promise<T> {
    if (this.pinned !== undefined) {
      await this.run(savepoint.open);
      try {
        return await fn();
      } finally {
        await this.run(savepoint.close);
      }
    }
    this.pinned = await this.connection();
    try {
      await this.query('BEGIN');
      return await fn();
    } finally {
      await this.rollback();
      this.pinned = undefined;
    }
  }

  private async rollback(): Promise<void> {
    const client = this.pinned;
    if (client === undefined || client !== this.client) return;
    try {
      await client.query('ROLLBACK');
    } catch {
      // The connection is unusable; the server aborts the transaction itself.
      this.client = undefined;
      await client.end().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const client = this.client ?? (await this.opening?.catch(() => undefined));
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
