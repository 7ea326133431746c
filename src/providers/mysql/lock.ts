import { createHash } from 'node:crypto';
import mysql from 'mysql2/promise';
import type { SingleFlightLock } from '../contract.js';
import { quoteLiteral } from './names.js';
import { connectionOptions } from './session.js';

/**
 * The name every revoke run of `target` takes with GET_LOCK: one run sweeps a
 * target at a time. Per target, not per server: one run opens every target
 * and targets may share a server. GET_LOCK names are at most 64 characters.
 */
export function lockName(target: string): string {
  return `grantbook:${createHash('sha256').update(`single flight\u0000${target}`, 'utf8').digest('hex').slice(0, 40)}`;
}

export function lockStatement(target: string): string {
  return `SELECT GET_LOCK(${quoteLiteral(lockName(target))}, 0) AS got`;
}

/**
 * Takes the lock on a connection of its own, so reconnects of the working
 * connection cannot drop it unnoticed; a crashed run's lock dies with its
 * connection. Undefined when another session holds it.
 */
export async function tryGetLock(url: string, target: string): Promise<SingleFlightLock | undefined> {
  const connection = await mysql.createConnection(connectionOptions(url));
  let held = false;
  const lost = (): void => {
    held = false;
  };
  connection.on('error', lost);
  connection.on('end', lost);
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>(lockStatement(target));
    held = Number(rows[0]?.['got']) === 1;
  } catch (error) {
    connection.destroy();
    throw error;
  }
  if (!held) {
    await connection.end().catch(() => connection.destroy());
    return undefined;
  }
  return {
    get held() {
      return held;
    },
    async release() {
      if (!held) return;
      held = false;
      // Released on the server before this resolves, so the next run can take it at once;
      // ending the connection would release it too, but only once the server has seen the end.
      await connection.query(`DO RELEASE_LOCK(${quoteLiteral(lockName(target))})`).catch(() => undefined);
      await connection.end().catch(() => connection.destroy());
    },
  };
}
