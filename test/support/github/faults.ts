import type { StandInState } from './state.js';

/**
 * Fault injection and request counting. A rule names a route by GitHub's
 * template (e.g. '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', or '*'
 * for every route), optionally a method, skips the first `after` matching
 * requests and then applies to the next `times` of them.
 */
export type FaultEffect =
  /** Answer with this status (5xx) and GitHub's JSON error body. */
  | { readonly kind: 'status'; readonly status: number }
  /** 403 (default) or 429 "secondary rate limit" with a retry-after header. */
  | { readonly kind: 'secondary-rate-limit'; readonly retryAfterSeconds: number; readonly status?: 403 | 429 }
  /** Primary limit exhausted: 403 with x-ratelimit-remaining 0 and a reset this many seconds ahead. */
  | { readonly kind: 'primary-rate-limit'; readonly resetInSeconds: number }
  /** Answer normally after a delay. */
  | { readonly kind: 'latency'; readonly ms: number }
  /** Answer normally but without the Link header, as a truncated list would arrive. */
  | { readonly kind: 'drop-link' };

export interface FaultRule {
  readonly route: string;
  readonly method?: string;
  readonly after?: number;
  readonly times: number;
  readonly effect: FaultEffect;
}

interface LiveRule {
  readonly rule: FaultRule;
  skipped: number;
  applied: number;
}

/** State as of the moment a lag was armed, served to the next `reads` matching GETs. */
export interface Snapshot {
  readonly state: StandInState;
  /** repo key -> full ref name -> sha */
  readonly refs: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

interface LiveLag {
  readonly route: string;
  remaining: number;
  readonly snapshot: Snapshot;
}

export interface RequestLogEntry {
  readonly method: string;
  /** 'METHOD template', or 'METHOD <unmatched>' */
  readonly key: string;
  readonly path: string;
  readonly userAgent: string | undefined;
  /** Bytes of the request body (its Content-Length): what the client sent. */
  readonly bytesIn?: number;
  status: number;
  fault: FaultEffect['kind'] | 'stale-read' | undefined;
}

const matches = (route: string, method: string | undefined, key: { method: string; template: string }): boolean =>
  (route === '*' || route === key.template) && (method === undefined || method === key.method);

export class Faults {
  private rules: LiveRule[] = [];
  private lags: LiveLag[] = [];

  add(rule: FaultRule): void {
    if (!Number.isInteger(rule.times) || rule.times < 1) throw new Error('times must be a positive integer');
    this.rules.push({ rule, skipped: 0, applied: 0 });
  }

  addLag(route: string, reads: number, snapshot: Snapshot): void {
    this.lags.push({ route, remaining: reads, snapshot });
  }

  clear(): void {
    this.rules = [];
    this.lags = [];
  }

  /** Effects for this request, in the order the rules were added; consumes one use of each. */
  take(key: { method: string; template: string }): FaultEffect[] {
    const effects: FaultEffect[] = [];
    for (const live of this.rules) {
      if (!matches(live.rule.route, live.rule.method, key) || live.applied >= live.rule.times) continue;
      if (live.skipped < (live.rule.after ?? 0)) {
        live.skipped += 1;
        continue;
      }
      live.applied += 1;
      effects.push(live.rule.effect);
    }
    this.rules = this.rules.filter((l) => l.applied < l.rule.times);
    return effects;
  }

  /** A stale view for this read, if a lag is armed for its route. */
  takeLag(key: { method: string; template: string }): Snapshot | undefined {
    if (key.method !== 'GET') return undefined;
    const lag = this.lags.find((l) => matches(l.route, undefined, key) && l.remaining > 0);
    if (lag === undefined) return undefined;
    lag.remaining -= 1;
    this.lags = this.lags.filter((l) => l.remaining > 0);
    return lag.snapshot;
  }
}

export class RequestCounter {
  readonly log: RequestLogEntry[] = [];
  private readonly counts = new Map<string, number>();

  record(entry: RequestLogEntry): void {
    this.log.push(entry);
    this.counts.set(entry.key, (this.counts.get(entry.key) ?? 0) + 1);
  }

  /** Requests received for 'METHOD template' (faulted ones included). */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.log.length = 0;
    this.counts.clear();
  }
}
