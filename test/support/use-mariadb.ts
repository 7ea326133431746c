import { afterAll, beforeAll } from 'vitest';
import { mariadbMissing, startMariadb, type MariadbOptions, type MariadbServer } from './mariadb.js';

/**
 * Why this run has no MariaDB, or undefined. Outside CI a missing server
 * skips the MariaDB tests with this reason printed; under CI=true it is an
 * error, so a CI machine without the package fails instead of passing
 * vacuously (`.ci/run` installs it).
 */
export const MARIADB_SKIP: string | undefined = (() => {
  const missing = mariadbMissing();
  if (missing === undefined) return undefined;
  if (process.env['CI'] === 'true') throw new Error(`MariaDB tests cannot run under CI=true: ${missing}`);
  console.warn(`skipping MariaDB tests: ${missing}`);
  return missing;
})();

/**
 * Starts one server for the calling test file and stops it afterwards;
 * nothing when MARIADB_SKIP (the file's describe blocks skip on it).
 */
export function useMariadb(options: MariadbOptions = {}): () => MariadbServer {
  let server: MariadbServer | undefined;
  beforeAll(async () => {
    if (MARIADB_SKIP === undefined) server = await startMariadb(options);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (server === undefined) throw new Error('mariadb harness used outside a test');
    return server;
  };
}
