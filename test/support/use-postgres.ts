import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type PgServer, type StartOptions } from './postgres.js';

/**
 * Starts one server for the calling test file and stops it afterwards.
 * Returns an accessor because the server exists only once beforeAll ran.
 * Kept apart from postgres.ts so non-test code (demo, benchmarks) can use
 * the harness without importing vitest.
 */
export function usePostgres(options: StartOptions = {}): () => PgServer {
  let server: PgServer | undefined;
  beforeAll(async () => {
    server = await startPostgres(options);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (server === undefined) throw new Error('postgres harness used outside a test');
    return server;
  };
}
