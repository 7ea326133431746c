import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ATTEMPTS, freePort, onFreePort, PORT_TAKEN } from '../support/free-port.js';
import { MARIADB_HOST, startMariadb } from '../support/mariadb.js';
import { PG_HOST, startPostgres } from '../support/postgres.js';
import { MARIADB_SKIP } from '../support/use-mariadb.js';

const taken = (error: unknown): boolean => PORT_TAKEN.test(String(error));

/** Ports handed out in this order, the last one repeated. */
function portsInOrder(...ports: number[]): () => Promise<number> {
  let next = 0;
  return () => Promise.resolve(ports[Math.min(next++, ports.length - 1)] ?? 0);
}

describe('onFreePort', () => {
  it('tries the next port when the first was taken, and returns what the start returned', async () => {
    const tried: number[] = [];
    const result = await onFreePort(
      '127.0.0.1',
      (port) => {
        tried.push(port);
        return port === 1001 ? Promise.reject(new Error('bind: Address already in use')) : Promise.resolve(`up on ${port}`);
      },
      taken,
      portsInOrder(1001, 1002),
    );
    expect(result).toBe('up on 1002');
    expect(tried).toEqual([1001, 1002]);
  });

  it('gives any other failure to the caller at once', async () => {
    let tries = 0;
    const start = (): Promise<never> => {
      tries += 1;
      return Promise.reject(new Error('FATAL: data directory has wrong ownership'));
    };
    await expect(onFreePort('127.0.0.1', start, taken, portsInOrder(1001, 1002))).rejects.toThrow('wrong ownership');
    expect(tries).toBe(1);
  });

  it(`stops after ${ATTEMPTS} taken ports with the last failure`, async () => {
    const tried: number[] = [];
    const start = (port: number): Promise<never> => {
      tried.push(port);
      return Promise.reject(new Error(`port ${port}: Address already in use`));
    };
    await expect(onFreePort('127.0.0.1', start, taken, portsInOrder(1, 2, 3, 4, 5, 6, 7))).rejects.toThrow('port 5: Address already in use');
    expect(tried).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('a database server whose first port was taken before it could bind it', () => {
  let holder: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (holder === undefined ? resolve(undefined) : holder.close(resolve)));
    holder = undefined;
  });

  /** A port on `host` that a listener of this test holds until the test ends. */
  async function heldPort(host: string): Promise<number> {
    const server = createServer();
    holder = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, resolve);
    });
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('the holder has no address');
    return address.port;
  }

  it('PostgreSQL says so in words the retry knows, and comes up on the next port', { timeout: 60_000 }, async () => {
    const held = await heldPort(PG_HOST);
    const server = await startPostgres({ ports: portsInOrder(held, await freePort(PG_HOST)) });
    try {
      expect(server.port).not.toBe(held);
      const client = await server.admin();
      expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await server.stop();
    }
  });

  it.skipIf(MARIADB_SKIP !== undefined)('MariaDB says so in words the retry knows, and comes up on the next port', { timeout: 120_000 }, async () => {
    const held = await heldPort(MARIADB_HOST);
    const server = await startMariadb({ ports: portsInOrder(held, await freePort(MARIADB_HOST)) });
    try {
      expect(server.port).not.toBe(held);
      const client = await server.admin();
      const [rows] = await client.query('SELECT 1 AS one');
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await server.stop();
    }
  });
});
