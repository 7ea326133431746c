import { canonicalJson, sealLine, sha256Hex } from './canonical.js';
import { instantMs } from './instant-fast.js';
import { Invalid, checkKeys, fail, hex, integer, object, shape } from './validate-kit.js';

/**
 * The record a segment opens with (every segment but the very first, which
 * has nothing before it). It commits the chain to a checkpoint: the events a
 * run needs besides those after it, as two lists of event hashes.
 *
 * - `open`: every event of each request that is live (intended, active or
 *   failing to revoke) in its current state, of each granted extension of a
 *   live request, and each `drift_found` no `revoked` has answered yet. It is
 *   a function of the chain alone: `audit verify` recomputes it from genesis.
 * - `kept`: every event of the other requests whose request file was still
 *   on the branch when the segment opened (refused requests, revoked ones
 *   whose file is not deleted yet), so apply never takes such a file for a
 *   new request. The writer's choice from the branch's tree, checked by
 *   `audit verify` against the chain for the newest checkpoint.
 *
 * Each digest is the sha256 of the events' hashes (hex) concatenated in
 * sequence order; `audit/checkpoint.jsonl` holds the events themselves, open
 * ones first.
 */
export interface CheckpointRecord {
  readonly v: 2;
  readonly seq: number;
  readonly type: 'checkpoint';
  readonly at: string;
  readonly prev: string;
  readonly open: string;
  readonly open_events: number;
  readonly kept: string;
  readonly kept_events: number;
  readonly hash: string;
}

export const CHECKPOINT_TYPE = 'checkpoint';
const RECORD = shape('at', 'kept', 'kept_events', 'open', 'open_events', 'prev', 'seq', 'type', 'v');

/** sha256 of the hashes, in the order given (callers pass sequence order). */
export function partDigest(hashes: readonly string[]): string {
  return sha256Hex(hashes.join(''));
}

/** Throws Invalid unless `value` is a checkpoint record in canonical key order; returns its member count. */
export function checkCheckpoint(value: unknown): number {
  const r = object(value, '');
  if (r.v !== 2) throw new Invalid('E_LEDGER_VERSION', '/v', 'is not 2 (checkpoint records exist from version 2)');
  const members = checkKeys(r, RECORD, '', 'hash');
  if (r.type !== CHECKPOINT_TYPE) fail('/type', 'is not checkpoint');
  integer(r.seq, '', 'seq', 1);
  if (typeof r.at !== 'string' || instantMs(r.at) === undefined) fail('/at', 'is not an RFC 3339 UTC instant (YYYY-MM-DDTHH:MM:SSZ)');
  hex(r.prev, '', 'prev', 64);
  hex(r.open, '', 'open', 64);
  hex(r.kept, '', 'kept', 64);
  integer(r.open_events, '', 'open_events', 0);
  integer(r.kept_events, '', 'kept_events', 0);
  if (typeof r.hash !== 'string' || r.hash.length !== 64) fail('/hash', 'is not 64 lowercase hex digits');
  return members;
}

/** Seals a checkpoint record into its stored line. */
export function encodeCheckpoint(unsealed: Omit<CheckpointRecord, 'hash' | 'v' | 'type'>): { readonly line: string; readonly hash: string } {
  const body = canonicalJson({ ...unsealed, type: CHECKPOINT_TYPE, v: 2 });
  const hash = sha256Hex(body);
  return { line: sealLine(body, hash), hash };
}
