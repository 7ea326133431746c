import type { EventType, LedgerEvent } from './events.js';

/**
 * What a checkpoint needs to know of an event: enough to follow, request by
 * request, the states fold.ts computes, without the rest of the event.
 */
export interface EventFacts {
  readonly seq: number;
  readonly hash: string;
  readonly type: EventType;
  readonly request: string;
  /** intent, granted: the targets of its grants; revoked: its targets. */
  readonly targets?: readonly string[];
  /** revoke_failed, drift_found: its target. */
  readonly target?: string;
  /** intent, granted: the request it extends. */
  readonly extends?: string;
}

export function factsOf(e: LedgerEvent): EventFacts {
  const base = { seq: e.seq, hash: e.hash, type: e.type, request: e.request };
  switch (e.type) {
    case 'intent':
    case 'granted':
      return { ...base, targets: e.grants.map((g) => g.target), ...(e.extends !== undefined ? { extends: e.extends } : {}) };
    case 'revoked':
      return { ...base, targets: e.targets };
    case 'revoke_failed':
    case 'drift_found':
      return { ...base, target: e.target };
    case 'grant_refused':
    case 'activity':
    case 'alert':
      return base;
  }
}

export interface Entry<P> {
  readonly seq: number;
  readonly hash: string;
  readonly payload: P;
}

/** One request in its current state (fold.ts starts a new state when a closed request is granted again). */
interface RequestTrack<P> {
  entries: Entry<P>[];
  /** An intent or granted is part of this state (fold's `grant`). */
  hasGrant: boolean;
  /** Every target verified revoked (fold's status `revoked`). */
  revoked: boolean;
  pending: string[];
  /** `extends` of the latest `granted`; undefined when none (fold's extensions() looks at granted only). */
  grantedExtends?: string;
  /** The latest intent of this state: a slim `granted` takes its body from it. */
  intent?: P;
}

const pairKey = (request: string, target: string): string => `${request}\u0000${target}`;

/**
 * Follows the ledger request by request and answers what a checkpoint holds
 * (record.ts). Mirrors fold.ts: a state starts at an intent or granted for a
 * request with no grant or a revoked one, or at a refusal of an unknown
 * request; `revoked` ends the targets it names. The fold test suite holds the
 * live set equal to fold's on the same events.
 */
export class OpenTracker<P> {
  private readonly requests = new Map<string, RequestTrack<P>>();
  /** (request, target) -> its drift_found events since the last `revoked` naming that target. */
  private readonly drift = new Map<string, Entry<P>[]>();

  add(f: EventFacts, payload: P): void {
    const entry: Entry<P> = { seq: f.seq, hash: f.hash, payload };
    let r = this.requests.get(f.request);
    switch (f.type) {
      case 'intent':
      case 'granted':
        if (r === undefined || !r.hasGrant || r.revoked) {
          r = { entries: [], hasGrant: true, revoked: false, pending: [] };
          this.requests.set(f.request, r);
        }
        r.entries.push(entry);
        for (const t of f.targets ?? []) if (!r.pending.includes(t)) r.pending.push(t);
        if (f.type === 'granted') r.grantedExtends = f.extends !== undefined && f.extends !== f.request ? f.extends : undefined;
        else r.intent = payload;
        return;
      case 'grant_refused':
        if (r === undefined) {
          r = { entries: [], hasGrant: false, revoked: false, pending: [] };
          this.requests.set(f.request, r);
        }
        r.entries.push(entry);
        return;
      case 'revoked':
        for (const t of f.targets ?? []) this.drift.delete(pairKey(f.request, t));
        if (r === undefined) return;
        r.entries.push(entry);
        if (!r.hasGrant || r.revoked) return;
        for (const t of f.targets ?? []) {
          const at = r.pending.indexOf(t);
          if (at !== -1) r.pending.splice(at, 1);
        }
        if (r.pending.length === 0) r.revoked = true;
        return;
      case 'drift_found': {
        const key = pairKey(f.request, f.target ?? '');
        const list = this.drift.get(key);
        if (list === undefined) this.drift.set(key, [entry]);
        else list.push(entry);
        r?.entries.push(entry);
        return;
      }
      case 'revoke_failed':
      case 'activity':
      case 'alert':
        r?.entries.push(entry);
        return;
    }
  }

  isLive(request: string): boolean {
    const r = this.requests.get(request);
    return r !== undefined && r.hasGrant && !r.revoked;
  }

  /** The intent a slim `granted` of `request` takes its body from: the latest of its current, unrevoked state. */
  intentOf(request: string): P | undefined {
    const r = this.requests.get(request);
    return r !== undefined && r.hasGrant && !r.revoked ? r.intent : undefined;
  }

  /** The checkpoint's `open` part (record.ts), in sequence order. */
  openEntries(): Entry<P>[] {
    const out: Entry<P>[] = [];
    for (const [id, r] of this.requests) if (this.needed(id, r)) out.push(...r.entries);
    for (const list of this.drift.values()) out.push(...list);
    return uniqueBySeq(out);
  }

  /** The `kept` part: every event of the requests in `ids` the open part does not hold. */
  keptEntries(ids: ReadonlySet<string>): Entry<P>[] {
    const open = new Set(this.openEntries().map((e) => e.seq));
    const out: Entry<P>[] = [];
    for (const [id, r] of this.requests) {
      if (!ids.has(id) || this.needed(id, r)) continue;
      for (const e of r.entries) if (!open.has(e.seq)) out.push(e);
    }
    return uniqueBySeq(out);
  }

  /** Request ids this tracker holds a state for. */
  requestIds(): IterableIterator<string> {
    return this.requests.keys();
  }

  /**
   * Forgets closed requests nothing open refers to, but those in `keep`:
   * what a long verify holds stays the size of the open business.
   */
  sweep(keep: ReadonlySet<string> = new Set()): void {
    for (const [id, r] of this.requests) if (!keep.has(id) && !this.needed(id, r)) this.requests.delete(id);
  }

  get size(): number {
    return this.requests.size + this.drift.size;
  }

  /** Live, or a granted extension of a live request (planSweep retires what an extension supersedes). */
  private needed(id: string, r: RequestTrack<P>): boolean {
    if (r.hasGrant && !r.revoked) return true;
    return r.grantedExtends !== undefined && this.isLive(r.grantedExtends) && r.grantedExtends !== id;
  }
}

function uniqueBySeq<P>(entries: Entry<P>[]): Entry<P>[] {
  entries.sort((a, b) => a.seq - b.seq);
  const out: Entry<P>[] = [];
  for (const e of entries) if (out[out.length - 1]?.seq !== e.seq) out.push(e);
  return out;
}
