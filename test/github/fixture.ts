import { type GithubClient, type GithubClientOptions, createGithubClient } from '../../src/github/client.js';
import type { RepoRef } from '../../src/github/names.js';
import { GithubStandIn } from '../support/github/index.js';

/**
 * A stand-in with the accounts most tests need, and port clients pointed at
 * it. Waits are scaled down (real, but short) and write spacing is off.
 */
export interface Fixture {
  readonly gh: GithubStandIn;
  readonly repo: RepoRef;
  client(options?: Partial<GithubClientOptions>): GithubClient;
  /** Stops the stand-in; fails if it answered anything off-schema or crashed meanwhile. */
  stop(): Promise<void>;
}

export const WRITE_TOKEN = 'gb-write-token';
export const READ_TOKEN = 'gb-read-token';

export async function startFixture(): Promise<Fixture> {
  const gh = await GithubStandIn.start();
  gh.addUser({ login: 'github-actions[bot]', type: 'Bot' });
  gh.addToken(WRITE_TOKEN, 'github-actions[bot]', 'write');
  gh.addToken(READ_TOKEN, 'github-actions[bot]', 'read');
  for (const login of ['alice', 'bob', 'carol', 'dave']) gh.addUser({ login });
  await gh.commit({ branch: 'main', author: 'bob', message: 'Initial', files: { 'README.md': 'Grantbook access repository\n' } });
  return {
    gh,
    stop: async () => {
      const errors = gh.serverErrors.map((e) => e.message);
      await gh.stop();
      if (errors.length > 0) throw new Error(`stand-in errors:\n${errors.join('\n')}`);
    },
    repo: { owner: gh.owner, repo: gh.repo },
    client: (options = {}) =>
      createGithubClient({
        token: WRITE_TOKEN,
        baseUrl: gh.url,
        userAgent: 'grantbook-test',
        waitScale: 0.005,
        spaceWrites: false,
        ...options,
      }),
  };
}
