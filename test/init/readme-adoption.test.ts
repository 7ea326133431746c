import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * README's "Adopting it in a repository" keeps its promise: every step is
 * run by a test that exists, or is marked as a step in GitHub's settings;
 * and the tokens table gives apply and revoke every permission their
 * workflows ask of the App token.
 */
const README = readFileSync('README.md', 'utf8');
const section = README.slice(README.indexOf('## Adopting it in a repository'), README.indexOf('## Commands'));
const steps = section
  .split(/\n(?=\d+\. \*\*)/)
  .slice(1)
  .map((s) => s.split('\n### ')[0] ?? '');

const DISPLAY: Readonly<Record<string, string>> = {
  contents: 'Contents',
  issues: 'Issues',
  'pull-requests': 'Pull requests',
  administration: 'Administration',
  actions: 'Actions',
  environments: 'Environments',
  members: 'Members',
};

function tokenRow(job: string, token: string): string {
  const row = section.split('\n').find((l) => l.startsWith(`| ${job} |`) && l.includes(token));
  if (row === undefined) throw new Error(`no tokens row for ${job} (${token})`);
  return row;
}

function appPermissions(file: string): string[] {
  const w = parse(readFileSync(`.github/workflows/${file}`, 'utf8')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> };
  const step = Object.values(w.jobs)
    .flatMap((j) => j.steps)
    .find((s) => s.uses?.startsWith('actions/create-github-app-token@'));
  return Object.entries(step?.with ?? {})
    .filter(([k]) => k.startsWith('permission-'))
    .map(([k, v]) => `${DISPLAY[k.slice('permission-'.length)] ?? k}: ${v}`);
}

describe('README, "Adopting it in a repository"', () => {
  it("has ten steps, each run by a test that exists or marked as a step in GitHub's settings", () => {
    expect(steps).toHaveLength(10);
    for (const step of steps) {
      const tests = [...step.matchAll(/`(test\/[\w/.-]+\.test\.ts)`/g)].map((m) => m[1] ?? '');
      const settings = step.includes('**Settings**');
      expect(tests.length > 0 || settings, step.slice(0, 60)).toBe(true);
      for (const t of tests) expect(existsSync(t), t).toBe(true);
    }
  });

  it("lists, for apply, revoke and the check's members token, every permission the workflows ask the App tokens for", () => {
    for (const p of appPermissions('access-apply.yml')) expect(tokenRow('apply', 'Grantbook App'), p).toContain(p);
    for (const p of appPermissions('access-revoke.yml')) expect(tokenRow('revoke', 'Grantbook App'), p).toContain(p);
    for (const p of appPermissions('access-check.yml')) expect(tokenRow('check', 'members-token'), p).toContain(p);
    expect(tokenRow('doctor', 'GH_TOKEN')).toContain('Members: read');
  });
});
