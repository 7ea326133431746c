import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Advisory-lock key every revoke run takes: the bytes of "grantbk!" as an
 * int8. Earlier versions took it exclusively, one run per database; runs now
 * take it shared, so they still exclude an earlier version's run on the same
 * database during an upgrade, but not each other.
 */
export const SINGLE_FLIGHT_KEY = '7453010373645655841';

/**
 * The target's own key, taken exclusively: one run sweeps a target at a
 * time. Per target, not per database or cluster: one run opens every target,
 * and targets may share a database (advisory locks are per database) or a
 * cluster, so a shared key would make the run find itself "busy". The first
 * 8 bytes of SHA-256 of the target name, as a signed int8.
 */
export function singleFlightKey(target: string): string {
  return createHash('sha256').update(`grantbook single flight\u0000${target}`, 'utf8').digest().readBigInt64BE(0).toString();
}

export interface AdvisoryLock {
  /** False once the lock's connection is gone: the lock went with it. */
  readonly held: boolean;
  release(): Promise<void>;
}

/**
 * Takes the session-level locks of `target` on `client` without waiting.
 * Advisory locks are per database and die with their session, so a crashed
 * run never leaves the lock behind. False when either is held elsewhere; the
 * caller then ends the session, which drops the one it may have got.
 */
async function tryAdvisoryLockOn(client: pg.Client, target: string): Promise<boolean> {
  const { rows } = await client.query<{ shared: boolean; own: boolean }>(
    'SELECT pg_try_advisory_lock_shared($1::int8) AS shared, pg_try_advisory_lock($2::int8) AS own',
    [SINGLE_FLIGHT_KEY, singleFlightKey(target)],
  );
  return rows[0]?.shared === true && rows[0].own;
}

/**
 * Opens a dedicated connection holding the lock, so reconnects of the working
 * connection cannot drop it unnoticed. Undefined when another session holds it.
 */
export async function tryAdvisoryLock(connectionString: string, target: string): Promise<AdvisoryLock | undefined> {
  const client = new pg.Client({ connectionString, application_name: 'grantbook-lock', connectionTimeoutMillis: 15_000 });
  let held = false;
  const lost = (): void => {
    held = false;
  };
  client.on('error', lost);
  client.on('end', lost);
  await client.connect();
  try {
    held = await tryAdvisoryLockOn(client, target);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  if (!held) {
    await client.end().catch(() => undefined);
    return undefined;
  }
  return {
    get held() {
      return held;
    },
    async release() {
      if (!held) return;
      held = false;
      // Ending the session releases the lock; no unlock call needed or trusted.
      await client.end().catch(() => undefined);
    },
  };
}
