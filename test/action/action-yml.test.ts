import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES, OUTPUT_NAMES } from '../../src/inputs.js';
import { COMMANDS } from '../../src/modes/types.js';
import { DEFAULT_ENVIRONMENT, DEFAULT_REVOKE_WORKFLOW } from '../../src/modes/doctor/index.js';
import { VERSION } from '../../src/version.js';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  it('declares exactly the inputs the code reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  });

  it('gives the settings apply checks the defaults the code falls back to', () => {
    expect(action.inputs['apply-environment']?.default).toBe(DEFAULT_ENVIRONMENT);
    expect(action.inputs['revoke-workflow']?.default).toBe(DEFAULT_REVOKE_WORKFLOW);
  });

  it('documents every command choice', () => {
    for (const command of COMMANDS) expect(action.inputs.command?.description).toContain(command);
  });

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('reports the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
