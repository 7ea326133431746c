import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../src/github/client.js';
import { GithubError } from '../../src/github/errors.js';
import { createIssue } from '../../src/github/issues.js';
import { getPull } from '../../src/github/pulls.js';
import { getRepo } from '../../src/github/repos.js';
import { type Fixture, READ_TOKEN, startFixture } from './fixture.js';

const PULL = '/repos/{owner}/{repo}/pulls/{pull_number}';
const GET_PULL = `GET ${PULL}`;

let f: Fixture;
let n: number;

beforeAll(async () => {
  f = await startFixture();
  await f.gh.commit({ branch: 'feature', author: 'alice', files: { 'access-requests/a.yaml': 'a\n' } });
  n = await f.gh.openPull({ head: 'feature', author: 'alice' });
});
afterEach(() => {
  f.gh.faults.clear();
});
afterAll(async () => {
  await f.stop();
});

async function failure(promise: Promise<unknown>): Promise<GithubError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GithubError);
  return error as GithubError;
}

describe('retries, rate limits and auth through the port', () => {
  it('retries 5xx answers and then succeeds', async () => {
    f.gh.inject({ route: PULL, times: 2, effect: { kind: 'status', status: 502 } });
    const before = f.gh.requests.count(GET_PULL);
    expect((await getPull(f.client(), f.repo, n)).number).toBe(n);
    expect(f.gh.requests.count(GET_PULL) - before).toBe(3);
  });

  it('gives up after its retries with E_GITHUB_UNAVAILABLE', async () => {
    f.gh.inject({ route: PULL, times: 10, effect: { kind: 'status', status: 503 } });
    const before = f.gh.requests.count(GET_PULL);
    const error = await failure(getPull(f.client({ retries: 2 }), f.repo, n));
    expect(error.code).toBe('E_GITHUB_UNAVAILABLE');
    expect(error.status).toBe(503);
    expect(f.gh.requests.count(GET_PULL) - before).toBe(3);
  });

  it('honours a secondary rate limit (403 and 429 with retry-after) and then succeeds', async () => {
    const warnings: string[] = [];
    const client = f.client({ logger: { warn: (m) => warnings.push(m), debug: () => undefined } });
    f.gh.inject({ route: PULL, times: 1, effect: { kind: 'secondary-rate-limit', retryAfterSeconds: 3 } });
    f.gh.inject({ route: PULL, after: 1, times: 1, effect: { kind: 'secondary-rate-limit', retryAfterSeconds: 1, status: 429 } });
    const before = f.gh.requests.count(GET_PULL);
    expect((await getPull(client, f.repo, n)).number).toBe(n);
    expect(f.gh.requests.count(GET_PULL) - before).toBe(3);
    const limits = warnings.filter((w) => w.includes('secondary rate limit'));
    expect(limits).toHaveLength(2);
    expect(limits[0]).toContain('waiting 3s');
  });

  it('honours a primary rate limit until its reset', async () => {
    const warnings: string[] = [];
    const client = f.client({ logger: { warn: (m) => warnings.push(m), debug: () => undefined } });
    f.gh.inject({ route: PULL, times: 1, effect: { kind: 'primary-rate-limit', resetInSeconds: 5 } });
    expect((await getPull(client, f.repo, n)).number).toBe(n);
    expect(warnings.some((w) => /primary rate limit.*waiting [56]s/.test(w))).toBe(true);
  });

  it('stops after a bounded number of rate-limit retries, or a wait that is too long', async () => {
    f.gh.inject({ route: PULL, times: 10, effect: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 } });
    const before = f.gh.requests.count(GET_PULL);
    expect((await failure(getPull(f.client({ rateLimitRetries: 2 }), f.repo, n))).code).toBe('E_GITHUB_RATE_LIMITED');
    expect(f.gh.requests.count(GET_PULL) - before).toBe(3);
    f.gh.faults.clear();
    f.gh.inject({ route: PULL, times: 1, effect: { kind: 'secondary-rate-limit', retryAfterSeconds: 3600 } });
    expect((await failure(getPull(f.client(), f.repo, n))).code).toBe('E_GITHUB_RATE_LIMITED');
  });

  it('waits out added latency', async () => {
    f.gh.inject({ route: PULL, times: 1, effect: { kind: 'latency', ms: 50 } });
    expect((await getPull(f.client(), f.repo, n)).number).toBe(n);
  });

  it('maps a read-only token writing to E_GITHUB_FORBIDDEN and a bad token to E_GITHUB_UNAUTHORIZED', async () => {
    const readOnly = f.client({ token: READ_TOKEN });
    const forbidden = await failure(createIssue(readOnly, f.repo, { title: 't', body: 'b' }));
    expect(forbidden.code).toBe('E_GITHUB_FORBIDDEN');
    expect(forbidden.message).toContain('Resource not accessible by integration');
    expect((await failure(getRepo(f.client({ token: 'nope' }), f.repo))).code).toBe('E_GITHUB_UNAUTHORIZED');
    expect((await failure(getPull(f.client(), f.repo, 9999))).code).toBe('E_GITHUB_NOT_FOUND');
  });

  it('talks only to the baseUrl it is given, with its user agent, whatever GITHUB_API_URL says', async () => {
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = 'http://127.0.0.1:9/not-here';
    try {
      const before = f.gh.requests.log.length;
      expect((await getRepo(f.client(), f.repo)).defaultBranch).toBe('main');
      const entry = f.gh.requests.log[before];
      expect(entry?.key).toBe('GET /repos/{owner}/{repo}');
      expect(entry?.userAgent).toMatch(/^grantbook-test /);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });

  it('refuses a base URL that is not a plain http(s) URL and an empty token', () => {
    expect(() => createGithubClient({ token: 't', baseUrl: 'api.github.com' })).toThrow(GithubError);
    expect(() => createGithubClient({ token: 't', baseUrl: 'https://u:p@api.github.com' })).toThrow(GithubError);
    expect(() => createGithubClient({ token: ' ', baseUrl: 'https://api.github.com' })).toThrow(GithubError);
  });

  it('refuses names that do not match their pattern before any request', async () => {
    const before = f.gh.requests.log.length;
    expect((await failure(getRepo(f.client(), { owner: 'acme', repo: '..' }))).code).toBe('E_GITHUB_INVALID_NAME');
    expect((await failure(getRepo(f.client(), { owner: '-acme', repo: 'access' }))).code).toBe('E_GITHUB_INVALID_NAME');
    expect(f.gh.requests.log.length).toBe(before);
  });
});
