/**
 * Ports for the database servers the tests start.
 *
 * A port found free is free only until somebody takes it: between the check
 * and the server's bind, another test file's server, or a connection's
 * ephemeral source port, may take it, and the server then fails with "Address
 * already in use". The start is then tried again on another port, rather than
 * the test file failing.
 */
import { createServer } from 'node:net';

/** A TCP port on `host` that nothing listens on at this moment. */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** What a server prints when its port was taken first (PostgreSQL's "could not bind", MariaDB's "Bind on TCP/IP port"). */
export const PORT_TAKEN = /Address already in use/;

/** Tries at most this many ports: a taken port is rare; several in a row means something else is wrong. */
export const ATTEMPTS = 5;

/** Where a server tries to listen, one port per attempt; by default a port free at that moment. */
export type PortSource = () => Promise<number>;

/**
 * Runs `start` on a port from `ports` and returns what it returns. When it
 * fails and `taken(error)` says its port was taken first, tries again on the
 * next port; any other failure, or the last attempt's, goes to the caller.
 */
export async function onFreePort<T>(
  host: string,
  start: (port: number) => Promise<T>,
  taken: (error: unknown) => boolean,
  ports: PortSource = () => freePort(host),
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await ports();
    try {
      return await start(port);
    } catch (error) {
      if (attempt >= ATTEMPTS || !taken(error)) throw error;
    }
  }
}
