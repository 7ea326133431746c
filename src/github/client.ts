import { createHash } from 'node:crypto';
import { retry } from '@octokit/plugin-retry';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { GithubError } from './errors.js';
import type { ProxyEnv } from './proxy.js';
import { nodeFetch, proxiedFetch } from './transport.js';
import { NOTIFICATION_PACE, WRITE_PACE, pacer, type PaceClock } from './write-pacing.js';

const GrantbookOctokit = Octokit.plugin(retry, throttling);
export type GrantbookOctokit = InstanceType<typeof GrantbookOctokit>;

export interface GithubLogger {
  // Properties, not methods: Octokit is handed them detached from the object.
  readonly warn: (message: string) => void;
  readonly debug: (message: string) => void;
}

export interface GithubClientOptions {
  readonly token: string;
  /**
   * API root, e.g. https://api.github.com or a GHES `/api/v3` URL. Always
   * passed explicitly: nothing here reads GITHUB_API_URL, so a test or the CLI
   * cannot be pointed at another server by the environment by accident.
   */
  readonly baseUrl: string;
  /**
   * The runner's proxy variables (proxyEnvOf), read by the caller like the
   * base URL; undefined: no proxy, the direct transport.
   */
  readonly proxy?: ProxyEnv | undefined;
  readonly userAgent?: string;
  /** Retries of a 5xx or network failure (default 3). */
  readonly retries?: number;
  /** Retries after a primary or secondary rate limit (default 2). */
  readonly rateLimitRetries?: number;
  /** Longest wait, in seconds, a rate limit may impose before we give up instead (default 300). */
  readonly maxRateLimitWaitSeconds?: number;
  /**
   * Multiplies every wait (retry back-off, retry-after, rate-limit reset,
   * eventual-consistency polling). 1 in production; tests against the local
   * stand-in use a small value so that waits are real but short.
   */
  readonly waitScale?: number;
  /**
   * Pace writes as GitHub asks to avoid secondary limits (default true): a
   * short burst, then one a second (write-pacing.ts). Only a local stand-in
   * may turn this off.
   */
  readonly spaceWrites?: boolean;
  /** The clock writes are paced by (the system's by default); clients with the same token and clock share one pace. */
  readonly paceClock?: PaceClock;
  readonly logger?: GithubLogger;
}

export interface GithubClient {
  readonly octokit: GrantbookOctokit;
  readonly baseUrl: string;
  readonly waitScale: number;
  readonly logger: GithubLogger;
  /** Sleeps `ms` scaled by waitScale. */
  sleep(ms: number): Promise<void>;
}

const SILENT: GithubLogger = { warn: () => undefined, debug: () => undefined };

type Group = NonNullable<ThrottlingOptions['write']>;

/**
 * A limiter group in the shape the throttling plugin asks of its write and
 * notification groups (it only ever awaits `key(id).schedule(options, noop)`
 * before a write), gated by one pace.
 */
function pacedGroup(gate: { wait(): Promise<void> }): Group {
  const limiter = {
    schedule: async (_options: unknown, job: () => Promise<unknown>) => {
      await gate.wait();
      return job();
    },
  };
  return { key: () => limiter } as unknown as Group;
}

interface TokenPaces {
  readonly write: Group;
  readonly notifications: Group;
}

/**
 * The paces of each token, per clock: GitHub counts writes per user, so
 * every client of the process with the same token (the workflow token can
 * serve as the members and the provider token too) shares one pace. The
 * plugin's own groups were shared by every client whatever its token.
 */
const pacesByClock = new WeakMap<PaceClock, Map<string, TokenPaces>>();

function pacesOf(token: string, clock: PaceClock): TokenPaces {
  let byToken = pacesByClock.get(clock);
  if (byToken === undefined) {
    byToken = new Map();
    pacesByClock.set(clock, byToken);
  }
  // Keyed by a digest: the map outlives every client, and must not keep the token itself.
  const key = createHash('sha256').update(token, 'utf8').digest('hex');
  let paces = byToken.get(key);
  if (paces === undefined) {
    paces = { write: pacedGroup(pacer(WRITE_PACE, clock)), notifications: pacedGroup(pacer(NOTIFICATION_PACE, clock)) };
    byToken.set(key, paces);
  }
  return paces;
}

/** A limiter group that schedules immediately: write pacing off. */
const UNSPACED = pacedGroup({ wait: async () => undefined });

const SYSTEM_CLOCK: PaceClock = { now: () => performance.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export function createGithubClient(options: GithubClientOptions): GithubClient {
  const baseUrl = checkBaseUrl(options.baseUrl);
  if (options.token.trim() === '') throw new GithubError('E_GITHUB_UNAUTHORIZED', 'no GitHub token was given');
  const logger = options.logger ?? SILENT;
  const waitScale = options.waitScale ?? 1;
  if (!(waitScale > 0 && waitScale <= 1)) throw new RangeError('waitScale must be in (0, 1]');
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 300;

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const retrying = retryCount < rateLimitRetries && retryAfter <= maxWait;
      logger.warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ` +
          (retrying ? `waiting ${retryAfter}s, retry ${retryCount + 1} of ${rateLimitRetries}` : 'giving up'),
      );
      return retrying;
    };

  const spacing = options.spaceWrites === false ? { write: UNSPACED, notifications: UNSPACED } : pacesOf(options.token, options.paceClock ?? SYSTEM_CLOCK);
  const octokit = new GrantbookOctokit({
    auth: options.token,
    baseUrl,
    // node:http, not Node's fetch: see transport.ts (about 150 ms of every run).
    request: { fetch: options.proxy === undefined ? nodeFetch : proxiedFetch(options.proxy) },
    userAgent: options.userAgent ?? 'grantbook',
    // Octokit logs each failed attempt as an error; the port reports the final
    // outcome itself (GithubError), so attempts are debug detail.
    log: { debug: logger.debug, info: logger.debug, warn: logger.warn, error: logger.debug },
    retry: {
      retries: options.retries ?? 3,
      retryAfterBaseValue: 1000 * waitScale,
      // 429 is the throttling plugin's (it honours retry-after); the rest are final answers.
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
    },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: 1000 * waitScale,
      ...spacing,
    },
  });
  return {
    octokit,
    baseUrl,
    waitScale,
    logger,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms * waitScale)),
  };
}

function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GithubError('E_GITHUB_INVALID_NAME', 'the GitHub API URL is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new GithubError('E_GITHUB_INVALID_NAME', 'the GitHub API URL must be http(s)');
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new GithubError('E_GITHUB_INVALID_NAME', 'the GitHub API URL must not carry a query, fragment or credentials');
  }
  return url.toString().replace(/\/+$/, '');
}
