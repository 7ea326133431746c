import type { Reason } from '../ledger/index.js';

/** One statement's cumulative counters as the provider reports them now. */
export interface StatementCounters {
  /** Provider statement id (pg_stat_statements `queryid`, decimal text). */
  readonly id: string;
  readonly calls: number;
  readonly rows: number;
  /** Total execution time in milliseconds (fractional). */
  readonly timeMs: number;
  /** The provider's normalized text, when asked for; untrusted until sanitized (statement-text.ts). */
  readonly text?: string;
}

/**
 * The grantee's counters at one instant. `complete: false`: the grantee had
 * more statements than were read; `totals` still cover all of them.
 */
export type Snapshot =
  | {
      readonly observable: true;
      readonly statements: readonly StatementCounters[];
      readonly totals: { readonly calls: number; readonly rows: number; readonly timeMs: number };
      readonly complete: boolean;
    }
  | { readonly observable: false; readonly reason: Reason };

/** What a provider that can observe activity offers. Reading never changes anything. */
export interface ActivitySource {
  /** The principal's statement counters in the target; `withText` also reads the normalized texts. */
  readActivity(principal: string, options: { readonly withText: boolean }): Promise<Snapshot>;
}

export function notObservable(code: string, message: string): Snapshot {
  return { observable: false, reason: { code, message } };
}
