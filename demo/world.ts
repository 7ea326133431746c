import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createGithubClient, type GithubClient } from '../src/github/index.js';
import { GithubStandIn, type FileSpec } from '../test/support/github/index.js';
import { startPostgres, type PgServer, type SampleDatabase } from '../test/support/postgres.js';

const run = promisify(execFile);

/** The people of the demo; alice, bob and carol carry the ids of policies/identities.yaml. */
export const PEOPLE = { alice: 583231, bob: 1024025, carol: 2107411, sam: 4000003 } as const;
export const TOKEN = 'demo-token';
export const CONNECTION_ENV = 'GRANTBOOK_PG_ORDERS_PROD';
export const GITHUB_TOKEN_ENV = 'GRANTBOOK_GITHUB_TOKEN';

/** Everything the demo runs against, all on this machine, all removed by `stop`. */
export interface DemoWorld {
  readonly gh: GithubStandIn;
  readonly pg: PgServer;
  readonly db: SampleDatabase;
  readonly client: GithubClient;
  /** A local clone standing in for the workflow's checkout. */
  readonly clone: string;
  readonly env: Readonly<Record<string, string>>;
  /** Makes the clone hold the stand-in's `main` as it is now (the checkout step). */
  checkout(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL (embedded) with a sample `orders` database, the grantor
 * role and login roles, and the local GitHub stand-in holding a repository
 * seeded with this checkout's policies/ and CODEOWNERS.
 */
export async function startWorld(root: string, now: () => number, options: { readonly statStatements?: boolean } = {}): Promise<DemoWorld> {
  // The demo preloads pg_stat_statements for the activity record (what alice ran, without the data).
  const pg = await startPostgres({ statStatements: options.statStatements === true });
  let gh: GithubStandIn | undefined;
  let clone: string | undefined;
  try {
    const db = await pg.createSampleDatabase();
    await pg.createLoginRole('carol');
    // Response schemas are checked by the test suite; the demo needs no second check.
    gh = await GithubStandIn.start({ now, checkSchemas: false });
    gh.addUser({ login: 'github-actions[bot]', type: 'Bot' });
    gh.addToken(TOKEN, 'github-actions[bot]', 'write');
    for (const [login, id] of Object.entries(PEOPLE)) {
      gh.addUser({ login, id });
      gh.addOrgMember(login);
    }
    for (const team of ['payments-leads', 'security', 'payments-eng', 'incident-commanders']) gh.addTeam(team);
    gh.setTeamMember('payments-leads', 'bob');
    gh.setTeamMember('security', 'sam');
    await gh.commit({ branch: 'main', author: 'sam', message: 'Access policies', files: await seedFiles(root) });
    clone = await mkdtemp(path.join(tmpdir(), 'grantbook-demo-clone-'));
    await run('git', ['init', '--quiet', clone]);
    const client = createGithubClient({ token: TOKEN, baseUrl: gh.url, waitScale: 0.005, spaceWrites: false });
    const standIn = gh;
    const cloneDir = clone;
    return {
      gh,
      pg,
      db,
      client,
      clone,
      env: { [CONNECTION_ENV]: db.grantorUrl, [GITHUB_TOKEN_ENV]: TOKEN },
      async checkout() {
        await run('git', ['-C', cloneDir, 'fetch', '--quiet', standIn.gitOf().dir, '+refs/heads/main:refs/remotes/origin/main']);
        const { stdout } = await run('git', ['-C', cloneDir, 'rev-parse', 'refs/remotes/origin/main']);
        return stdout.trim();
      },
      async stop() {
        await standIn.stop();
        await pg.stop();
        await rm(cloneDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await gh?.stop();
    await pg.stop();
    if (clone !== undefined) await rm(clone, { recursive: true, force: true });
    throw error;
  }
}

/** This checkout's policies/ and CODEOWNERS: the demo runs on the real examples. */
async function seedFiles(root: string): Promise<Record<string, FileSpec>> {
  const files: Record<string, FileSpec> = {};
  for (const name of await readdir(path.join(root, 'policies'))) {
    files[`policies/${name}`] = await readFile(path.join(root, 'policies', name), 'utf8');
  }
  files['.github/CODEOWNERS'] = await readFile(path.join(root, '.github/CODEOWNERS'), 'utf8');
  return files;
}
