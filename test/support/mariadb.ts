/**
 * A private MariaDB server per test file (Debian's mariadb-server package),
 * for tests, benchmarks and anything else that needs a real server:
 * mariadb-install-db into a temporary data directory, mariadbd on a random
 * loopback port with its socket in that directory, stopped and removed by
 * `stop`. Nothing of the machine's own MariaDB (if any) is touched.
 *
 * Where the server binaries are missing, `mariadbMissing()` says why; the
 * vitest wrapper (use-mariadb.ts) skips with that reason outside CI and
 * fails under CI=true (`.ci/run` installs the package).
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { onFreePort, PORT_TAKEN, type PortSource } from './free-port.js';

export const MARIADB_HOST = '127.0.0.1';
/** The grantor account docs/mysql-grantor.sql creates. */
export const GRANTOR_ACCOUNT = 'grantbook@%';
/** Its database (tag table, expiry events). */
export const METADATA_DATABASE = 'grantbook';
/** The target's database docs/mysql-grantor.sql grants on; `billing` exists too but is no target's. */
export const SAMPLE_DATABASE = 'shop';
export const SAMPLE_USERS = ['alice', 'bob'] as const;

const SAMPLE_SCHEMA = [
  `CREATE DATABASE shop`,
  `CREATE TABLE shop.orders (id BIGINT PRIMARY KEY, status VARCHAR(20) NOT NULL, amount_cents BIGINT NOT NULL, customer_email VARCHAR(100) NOT NULL)`,
  `INSERT INTO shop.orders VALUES (1, 'paid', 100, 'c1@example.com'), (2, 'paid', 200, 'c2@example.com'), (3, 'open', 300, 'c3@example.com')`,
  `CREATE TABLE shop.order_items (order_id BIGINT NOT NULL, sku VARCHAR(20) NOT NULL, quantity INT NOT NULL)`,
  `INSERT INTO shop.order_items VALUES (1, 'sku-1', 2), (2, 'sku-2', 1)`,
  `CREATE DATABASE billing`,
  `CREATE TABLE billing.invoices (id BIGINT PRIMARY KEY, total_cents BIGINT NOT NULL)`,
];

const SEARCH_PATH = ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin'];

function which(name: string): string | undefined {
  for (const dir of [...(process.env['PATH'] ?? '').split(delimiter), ...SEARCH_PATH]) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Why no server can be started here, or undefined when one can. */
export function mariadbMissing(): string | undefined {
  const missing = ['mariadbd', 'mariadb-install-db'].filter((b) => which(b) === undefined);
  return missing.length === 0 ? undefined : `${missing.join(' and ')} not found: install Debian's mariadb-server package (apt-get install -y mariadb-server)`;
}

export interface MariadbOptions {
  /** event_scheduler at start (default ON: the backstop armed). */
  readonly eventScheduler?: boolean;
  /** performance_schema at start (default OFF, as MariaDB ships). */
  readonly performanceSchema?: boolean;
  /** Where the server tries to listen, one port per attempt (test/support/free-port.ts); tests of a taken port hand one in first. */
  readonly ports?: PortSource;
}

export interface MariadbServer {
  readonly port: number;
  /** `mysql://user:password@127.0.0.1:port/` for an account this harness made. */
  url(user: string): string;
  /** A connection as the administrator (root over the socket); closed by `stop`. */
  admin(): Promise<mysql.Connection>;
  /** A connection as `user` (alice, bob, the grantor) over TCP; closed by the caller or `stop`. */
  connectAs(user: string): Promise<mysql.Connection>;
  /** Creates `user`@'%' with a harness-known password. */
  createUser(user: string): Promise<void>;
  /** The grantor's URL: what `connection_env` holds. */
  readonly grantorUrl: string;
  /** docs/mysql-grantor.sql as it ran, the password replaced. */
  readonly grantorSetup: readonly string[];
  stop(): Promise<void>;
}

/** docs/mysql-grantor.sql of this checkout, found upwards from here (bundled benchmarks run from node_modules/.cache). */
export function grantorSqlPath(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'docs', 'mysql-grantor.sql');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('docs/mysql-grantor.sql not found above the harness');
  }
}

/** The statements of docs/mysql-grantor.sql (comment lines dropped), with `password` for CHANGE-ME. */
export async function grantorSetupStatements(password: string): Promise<string[]> {
  const text = await readFile(grantorSqlPath(), 'utf8');
  const code = text
    .split('\n')
    .filter((line) => !line.startsWith('--'))
    .join('\n');
  return code
    .split(/;\s*\n/u)
    .map((s) => s.trim().replace(/;$/u, ''))
    .filter((s) => s !== '')
    .map((s) => s.replaceAll('CHANGE-ME', password));
}

export async function startMariadb(options: MariadbOptions = {}): Promise<MariadbServer> {
  const missing = mariadbMissing();
  if (missing !== undefined) throw new Error(missing);
  const dir = await mkdtemp(join(tmpdir(), 'grantbook-mariadb-'));
  const datadir = join(dir, 'data');
  const socket = join(dir, 'mysqld.sock');
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? ['--user=root'] : [];
  const log: string[] = [];
  const keep = (chunk: unknown): void => {
    log.push(String(chunk));
    if (log.length > 200) log.shift();
  };
  let child: ChildProcess | undefined;
  try {
    await promisify(execFile)(which('mariadb-install-db') ?? 'mariadb-install-db', [
      '--no-defaults',
      `--datadir=${datadir}`,
      ...user,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
      // Its own tmpdir: a starting mariadbd deletes every `#sql*` file in its
      // tmpdir, so bootstraps sharing /tmp delete each other's temporary tables.
      `--tmpdir=${dir}`,
    ]);
    const connections = new Set<mysql.Connection>();
    const adminConnect = async (): Promise<mysql.Connection> => {
      const c = await mysql.createConnection({ socketPath: socket, user: 'root', multipleStatements: false });
      c.on('error', () => undefined);
      connections.add(c);
      return c;
    };
    const startOn = async (port: number): Promise<{ server: ChildProcess; root: mysql.Connection; port: number }> => {
      const server = spawn(
        which('mariadbd') ?? 'mariadbd',
        [
          '--no-defaults',
          ...user,
          `--datadir=${datadir}`,
          `--port=${port}`,
          `--bind-address=${MARIADB_HOST}`,
          `--socket=${socket}`,
          `--pid-file=${join(dir, 'mysqld.pid')}`,
          // Its temporary tables in its own directory: a shared /tmp being cleaned must not break a query.
          `--tmpdir=${dir}`,
          '--skip-name-resolve',
          '--skip-log-bin',
          `--event-scheduler=${options.eventScheduler === false ? 'OFF' : 'ON'}`,
          `--performance-schema=${options.performanceSchema === true ? 'ON' : 'OFF'}`,
          // Test data is disposable: small and fast rather than durable.
          '--innodb-buffer-pool-size=16M',
          '--innodb-log-file-size=8M',
          '--innodb-flush-log-at-trx-commit=0',
          '--skip-innodb-doublewrite',
          '--max-connections=200',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = server;
      // What this attempt printed while starting (to tell a taken port); the server's later lines go to `log` alone.
      let said: string[] | undefined = [];
      const hear = (chunk: unknown): void => {
        keep(chunk);
        said?.push(String(chunk));
      };
      server.stdout?.on('data', hear);
      server.stderr?.on('data', hear);
      let gone = false;
      // 'close', not 'exit': by then everything it printed has been heard.
      const closed = new Promise<never>((_, reject) =>
        server.once('close', (code) => {
          gone = true;
          reject(new Error(`mariadbd on port ${port} exited with ${String(code)}: ${said?.join('') ?? ''}`));
        }),
      );
      closed.catch(() => undefined);
      const root = await Promise.race([waitFor(adminConnect, () => gone), closed]);
      said = undefined;
      return { server, root, port };
    };
    const { server, root, port } = await onFreePort(MARIADB_HOST, startOn, (error) => PORT_TAKEN.test(String(error)), options.ports);
    const passwords = new Map<string, string>();
    // Only root over the socket (inside the private directory) administers; TCP root accounts go.
    const [hosts] = await root.query<mysql.RowDataPacket[]>("SELECT Host FROM mysql.user WHERE User = 'root' AND Host <> 'localhost'");
    for (const h of hosts) await root.query(`DROP USER 'root'@${mysql.escape(String(h['Host']))}`);
    for (const statement of SAMPLE_SCHEMA) await root.query(statement);
    const grantorPassword = randomBytes(12).toString('hex');
    const grantorSetup = await grantorSetupStatements(grantorPassword);
    for (const statement of grantorSetup) await root.query(statement);
    passwords.set('grantbook', grantorPassword);
    const createUser = async (name: string): Promise<void> => {
      if (passwords.has(name)) return;
      const password = randomBytes(12).toString('hex');
      await root.query(`CREATE USER ${mysql.escape(name)}@'%' IDENTIFIED BY ${mysql.escape(password)}`);
      passwords.set(name, password);
    };
    for (const u of SAMPLE_USERS) await createUser(u);
    const url = (name: string): string => `mysql://${encodeURIComponent(name)}:${encodeURIComponent(passwords.get(name) ?? '')}@${MARIADB_HOST}:${port}/`;
    return {
      port,
      url,
      admin: adminConnect,
      async connectAs(name) {
        const c = await mysql.createConnection({ host: MARIADB_HOST, port, user: name, password: passwords.get(name) ?? '' });
        // A test that kills a session must not crash the worker.
        c.on('error', () => undefined);
        connections.add(c);
        return c;
      },
      createUser,
      grantorUrl: url('grantbook'),
      grantorSetup,
      async stop() {
        await Promise.allSettled([...connections].map((c) => c.end().catch(() => c.destroy())));
        await stopProcess(server);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (child !== undefined) await stopProcess(child);
    await rm(dir, { recursive: true, force: true });
    throw new Error(`MariaDB test server failed to start: ${String(error)}\n${log.join('').slice(-4000)}`, { cause: error });
  }
}

/** Retries `attempt` until it succeeds, the time is up, or `hopeless()` (the server it waits for is gone). */
async function waitFor<T>(attempt: () => Promise<T>, hopeless: () => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline || hopeless()) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}
