import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONNECTION_ENV, GITHUB_TOKEN_ENV, TOKEN, type DemoWorld } from '../../demo/world.js';
import { actionEnv, parseOutputs, spawnNode } from './check/action.js';

export interface ApplyStepRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly ms: number;
}

/**
 * Runs the built action (`script`) for a push to main of `before..after`,
 * with the environment the runner gives it plus the apply environment's
 * secrets, and times it from process start to exit.
 */
export async function runApplyStep(world: DemoWorld, script: string, push: { before: string; after: string; runId: string }): Promise<ApplyStepRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-apply-step-'));
  try {
    const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), home: dir };
    const payload = { ref: 'refs/heads/main', before: push.before, after: push.after, repository: { default_branch: 'main' } };
    await writeFile(files.event, JSON.stringify(payload));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const step = {
      script,
      eventName: 'push',
      payload,
      apiUrl: world.gh.url,
      repository: `${world.gh.owner}/${world.gh.repo}`,
      token: TOKEN,
      workingDirectory: world.clone,
      command: 'apply',
    };
    const env = {
      ...actionEnv(step, files),
      GITHUB_RUN_ID: push.runId,
      GITHUB_WORKFLOW_REF: `${world.gh.owner}/${world.gh.repo}/.github/workflows/access-apply.yml@refs/heads/main`,
      [CONNECTION_ENV]: world.db.grantorUrl,
      [GITHUB_TOKEN_ENV]: TOKEN,
    };
    const start = performance.now();
    const result = await spawnNode([script], env);
    const ms = performance.now() - start;
    return { ...result, ms, outputs: parseOutputs(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the built action (`script`) as a scheduled revoke run against the
 * world, with the revoke environment's secrets. The process reads the
 * system clock: a grant is due when its time is up or its file is gone.
 */
export async function runRevokeStep(world: DemoWorld, script: string, runId: string): Promise<ApplyStepRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-revoke-step-'));
  try {
    const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), home: dir };
    const payload = { schedule: '17,47 * * * *' };
    await writeFile(files.event, JSON.stringify(payload));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const step = {
      script,
      eventName: 'schedule',
      payload,
      apiUrl: world.gh.url,
      repository: `${world.gh.owner}/${world.gh.repo}`,
      token: TOKEN,
      workingDirectory: dir,
      command: 'revoke',
    };
    const env = {
      ...actionEnv(step, files),
      GITHUB_RUN_ID: runId,
      GITHUB_WORKFLOW_REF: `${world.gh.owner}/${world.gh.repo}/.github/workflows/access-revoke.yml@refs/heads/main`,
      [CONNECTION_ENV]: world.db.grantorUrl,
      [GITHUB_TOKEN_ENV]: TOKEN,
    };
    const start = performance.now();
    const result = await spawnNode([script], env);
    const ms = performance.now() - start;
    return { ...result, ms, outputs: parseOutputs(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
