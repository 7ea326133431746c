import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_FAILURE } from '../../src/main.js';
import { VERSION } from '../../src/version.js';
import { builtFile } from '../support/built-dist.js';
import { actionEnv, parseOutputs, spawnNode } from '../support/check/action.js';

/**
 * src/index.ts as the runner starts it: the built dist/index.js as a process,
 * with the runner's environment and a bad or missing input. The in-process
 * tests of `run` (main.test.ts) cover the rest of its paths.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'grantbook-entry-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function start(command: string | undefined) {
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), home: dir };
  await writeFile(files.event, '{}');
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const step = {
    script: builtFile('index.js'),
    eventName: 'pull_request',
    payload: {},
    apiUrl: 'http://127.0.0.1:9',
    repository: 'acme/access',
    token: 'ghs_entrytoken0123',
    workingDirectory: dir,
  };
  const env = { ...actionEnv(step, files), INPUT_COMMAND: command };
  if (command === undefined) delete env.INPUT_COMMAND;
  const run = await spawnNode([step.script], env);
  return { ...run, outputs: parseOutputs(await readFile(files.output, 'utf8')) };
}

describe('dist/index.js started by the runner', () => {
  it.each([
    ['no command input', undefined, 'input "command" is required'],
    ['an unknown command', 'grant', 'input "command" is not a command: use one of check, apply, revoke'],
  ])('with %s: exits 1 with a user error (E_INPUT_INVALID), never an internal one', async (_, command, message) => {
    const run = await start(command);
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ version: VERSION, decision: 'failed', 'reason-codes': 'E_INPUT_INVALID' });
    expect(`\n${run.stdout}`).toContain(`\n::error::<input>:0:0 E_INPUT_INVALID ${message}`);
    expect(run.stdout).not.toContain('internal error');
    for (const sentence of Object.values(INTERNAL_FAILURE)) expect(run.stdout).not.toContain(sentence);
    expect(run.stderr).toBe('');
  });
});
