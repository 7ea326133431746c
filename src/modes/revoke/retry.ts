/** How hard one run tries before it records a failure (the next run tries again). */
export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** 3 attempts, 2 s then 4 s apart: a restart or failover gets a chance, the 30-minute schedule does the rest. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 2_000, maxDelayMs: 30_000 };

export function backoffMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

export type Attempted<T> =
  { readonly ok: true; readonly value: T; readonly attempts: number } | { readonly ok: false; readonly error: unknown; readonly attempts: number };

/**
 * Runs `fn` up to `policy.attempts` times with exponential backoff through
 * the injected `sleep`. `stop` ends the retries early for errors that another
 * attempt in this run cannot fix.
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void>,
  fn: () => Promise<T>,
  stop: (error: unknown) => boolean = () => false,
): Promise<Attempted<T>> {
  const attempts = Math.max(1, Math.floor(policy.attempts));
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return { ok: true, value: await fn(), attempts: attempt };
    } catch (error) {
      last = error;
      if (stop(error)) return { ok: false, error, attempts: attempt };
      if (attempt < attempts) await sleep(backoffMs(policy, attempt));
    }
  }
  return { ok: false, error: last, attempts };
}
