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
  /**
   * intent, granted: the targets of its grants; revoked: its targets. A
   * slim `granted` read by the chain scan has none here (its grants are its
   * intent's): the tracker takes its intent's.
   */
  readonly targets?: readonly string[] | undefined;
  /** revoke_failed, drift_found: its target. */
  readonly target?: string | undefined;
  /** intent, granted: the request it extends. */
  readonly extends?: string | undefined;
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
  readonly request: string;
  /** An intent or granted is part of this state (fold's `grant`). */
  hasGrant: boolean;
  /** Every target verified revoked (fold's status `revoked`). */
  revoked: boolean;
  pending: string[];
  /**
   * The state of the request the latest `granted` extends, as it was then
   * (fold's extensions() looks at granted only). The extension matters while
   * that state is live: a later, new state of the same id is another request.
   */
  extendsState?: RequestTrack<P>;
  /** The latest intent of this state: a slim `granted` takes its body from it. */
  intent?: P;
  /** That intent's targets: a slim `granted` read by the chain scan names none, and grants these. */
  intentTargets?: readonly string[];
  /** Replaced by a new state or forgotten: its events are no longer this request's. */
  dead: boolean;
  /** `needed` as of generation `gen` (computed once per checkpoint). */
  gen: number;
  needed: boolean;
}

/** One (request, target) pair's drift_found events since the last `revoked` naming that target. */
interface DriftTrack {
  open: boolean;
}

interface LogEntry<P> extends Entry<P> {
  readonly owner: RequestTrack<P> | undefined;
  readonly drift: DriftTrack | undefined;
}

const pairKey = (request: string, target: string): string => `${request}\u0000${target}`;

/**
 * Follows the ledger request by request and answers what a checkpoint holds
 * (record.ts). Mirrors fold.ts: a state starts at an intent or granted for a
 * request with no grant or a revoked one, or at a refusal of an unknown
 * request; `revoked` ends the targets it names. Events are logged in sequence
 * order with the state they belong to, so a checkpoint's events come out in
 * order without sorting; states nothing needs any more are forgotten, which
 * keeps the log the size of the open business.
 */
export class OpenTracker<P> {
  private readonly requests = new Map<string, RequestTrack<P>>();
  private readonly drift = new Map<string, DriftTrack>();
  private log: LogEntry<P>[] = [];
  private gen = 0;

  add(f: EventFacts, payload: P): void {
    let r = this.requests.get(f.request);
    let drift: DriftTrack | undefined;
    switch (f.type) {
      case 'intent':
      case 'granted':
        if (r === undefined || !r.hasGrant || r.revoked) {
          if (r !== undefined) r.dead = true;
          r = { request: f.request, hasGrant: true, revoked: false, pending: [], dead: false, gen: -1, needed: false };
          this.requests.set(f.request, r);
        }
        // A granted without targets is a slim one as the chain scan reads it: it grants what its intent holds.
        for (const t of f.targets ?? (f.type === 'granted' ? (r.intentTargets ?? []) : [])) if (!r.pending.includes(t)) r.pending.push(t);
        if (f.type === 'granted') {
          const target = f.extends !== undefined && f.extends !== f.request ? this.requests.get(f.extends) : undefined;
          r.extendsState = target !== undefined && target.hasGrant && !target.revoked ? target : undefined;
        } else {
          r.intent = payload;
          r.intentTargets = f.targets;
        }
        break;
      case 'grant_refused':
        if (r === undefined) {
          r = { request: f.request, hasGrant: false, revoked: false, pending: [], dead: false, gen: -1, needed: false };
          this.requests.set(f.request, r);
        }
        break;
      case 'revoked':
        // Mostly no drift is open: no key to build.
        if (this.drift.size > 0)
          for (const t of f.targets ?? []) {
            const key = pairKey(f.request, t);
            const d = this.drift.get(key);
            if (d !== undefined) {
              d.open = false;
              this.drift.delete(key);
            }
          }
        if (r !== undefined && r.hasGrant && !r.revoked) {
          for (const t of f.targets ?? []) {
            const at = r.pending.indexOf(t);
            if (at !== -1) r.pending.splice(at, 1);
          }
          if (r.pending.length === 0) r.revoked = true;
        }
        break;
      case 'drift_found': {
        const key = pairKey(f.request, f.target ?? '');
        drift = this.drift.get(key);
        if (drift === undefined) {
          drift = { open: true };
          this.drift.set(key, drift);
        }
        break;
      }
      case 'revoke_failed':
      case 'activity':
      case 'alert':
        break;
    }
    if (r !== undefined || drift !== undefined) this.log.push({ seq: f.seq, hash: f.hash, payload, owner: r, drift });
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

  /**
   * The checkpoint's `open` part (record.ts), in sequence order. With
   * `sweepBut`, also what sweep(sweepBut) does, in the same pass: a verify
   * asks at every segment, and a log kept the size of the open business
   * keeps each answer cheap.
   */
  openEntries(sweepBut?: ReadonlySet<string>): Entry<P>[] {
    const out: Entry<P>[] = [];
    this.open(sweepBut, out);
    return out;
  }

  /**
   * How many events the open part holds and their hashes concatenated (what
   * the checkpoint's digest is over), in one pass; the entries themselves
   * into `out` when given.
   */
  open(sweepBut?: ReadonlySet<string>, out?: Entry<P>[]): { readonly count: number; readonly hashes: string } {
    this.gen += 1;
    let count = 0;
    let hashes = '';
    const log = this.log;
    let kept = 0;
    for (const e of log) {
      const o = e.owner;
      const open = (o !== undefined && !o.dead && this.needed(o)) || e.drift?.open === true;
      if (open) {
        out?.push(e);
        count += 1;
        hashes += e.hash;
      }
      if (sweepBut === undefined) continue;
      // What a state needs does not come back once it is gone (a new intent starts a new state): forgetting it is final.
      if (!open && o !== undefined && !o.dead && !sweepBut.has(o.request)) {
        o.dead = true;
        if (this.requests.get(o.request) === o) this.requests.delete(o.request);
      }
      if (open || (o !== undefined && !o.dead)) log[kept++] = e;
    }
    if (sweepBut !== undefined) log.length = kept;
    return { count, hashes };
  }

  /** The `kept` part: every event of the requests in `ids` the open part does not hold. */
  keptEntries(ids: ReadonlySet<string>): Entry<P>[] {
    this.gen += 1;
    const out: Entry<P>[] = [];
    for (const e of this.log) {
      const o = e.owner;
      if (o !== undefined && !o.dead && ids.has(o.request) && !this.needed(o) && e.drift?.open !== true) out.push(e);
    }
    return out;
  }

  /**
   * Forgets closed states nothing open refers to, but those of requests in
   * `keep`: what a long verify holds stays the size of the open business.
   */
  sweep(keep: ReadonlySet<string> = new Set()): void {
    this.gen += 1;
    for (const [id, r] of this.requests) {
      if (keep.has(id) || this.needed(r)) continue;
      r.dead = true;
      this.requests.delete(id);
    }
    this.log = this.log.filter((e) => (e.owner !== undefined && !e.owner.dead) || e.drift?.open === true);
  }

  get size(): number {
    return this.log.length;
  }

  /** Live, or a granted extension of a grant still live (planSweep retires what an extension supersedes). */
  private needed(r: RequestTrack<P>): boolean {
    if (r.gen !== this.gen) {
      r.gen = this.gen;
      const x = r.extendsState;
      r.needed = (r.hasGrant && !r.revoked) || (x !== undefined && !x.dead && x.hasGrant && !x.revoked);
    }
    return r.needed;
  }
}
