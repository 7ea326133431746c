import pg from 'pg';

/** Fixed advisory-lock key of Grantbook revoke runs: the bytes of "grantbk!" as an int8. */
export const SINGLE_FLIGHT_KEY = '7453010373645655841';

export interface AdvisoryLock {
  /** False once the lock's connection is gone: the lock went with it. */
  readonly held: boolean;
  release(): Promise<void>;
}

/**
 * Takes the session-level lock on `client` without waiting. Advisory locks
 * are per database and die with their session, so a crashed run never leaves
 * the lock behind.
 */
export async function tryAdvisoryLockOn(client: pg.Client, key: string = SINGLE_FLIGHT_KEY): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::int8) AS locked', [key]);
  return rows[0]?.locked === true;
}

/**
 * Opens a dedicated connection holding the lock, so reconnects of the working
 * connection cannot drop it unnoticed. Undefined when another session holds it.
 */
export async function tryAdvisoryLock(connectionString: string, key: string = SINGLE_FLIGHT_KEY): Promise<AdvisoryLock | undefined> {
  const client = new pg.Client({ connectionString, application_name: 'grantbook-lock', connectionTimeoutMillis: 15_000 });
  let held = false;
  const lost = (): void => {
    held = false;
  };
  client.on('error', lost);
  client.on('end', lost);
  await client.connect();
  try {
    held = await tryAdvisoryLockOn(client, key);
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
