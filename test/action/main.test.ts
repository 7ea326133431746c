import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diagnostic, UserError } from '../../src/diagnostics.js';
import { INPUT_NAMES } from '../../src/inputs.js';
import { INTERNAL_FAILURE, run } from '../../src/main.js';
import { COMMANDS, type Command, type ModeResult, type ModeRunner, type Settings } from '../../src/modes/types.js';
import { DEFAULT_ENVIRONMENT, DEFAULT_REVOKE_WORKFLOW } from '../../src/modes/doctor/defaults.js';
import { PROVIDER_CODES } from '../../src/shared/codes/providers.js';
import { ProviderError } from '../../src/providers/errors.js';
import { VERSION } from '../../src/version.js';
import { parseOutputs } from '../support/check/action.js';

/**
 * The action's entry point, in process: inputs read once and checked, the
 * chosen mode run, outputs and summary written, and the one top-level catch
 * turning anything thrown into a failed step with the right wording. The
 * modes are stand-ins passed to `run`; @actions/core writes to a real
 * GITHUB_OUTPUT file and to stdout, as on a runner.
 */
const temps: string[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

interface Step {
  /** process.exitCode after the run: 1 when the step failed. */
  readonly exitCode: number | string | undefined;
  readonly stdout: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  /** The settings each mode was called with, in order. */
  readonly calls: readonly Settings[];
}

async function step(
  inputs: Partial<Record<(typeof INPUT_NAMES)[number], string>>,
  modes: Partial<Record<Command, (s: Settings) => Promise<ModeResult>>>,
  o: { summaryFile?: boolean } = {},
): Promise<Step> {
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-main-'));
  temps.push(dir);
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary.md');
  await writeFile(output, '');
  await writeFile(summary, '');
  vi.stubEnv('GITHUB_OUTPUT', output);
  vi.stubEnv('GITHUB_STEP_SUMMARY', o.summaryFile === false ? '' : summary);
  // @actions/core reads INPUT_<NAME>, upper-cased with hyphens kept.
  for (const name of INPUT_NAMES) vi.stubEnv(`INPUT_${name.toUpperCase()}`, inputs[name] ?? '');
  const calls: Settings[] = [];
  const runners: Partial<Record<Command, ModeRunner>> = {};
  for (const [command, body] of Object.entries(modes) as [Command, (s: Settings) => Promise<ModeResult>][]) {
    runners[command] = async (context) => {
      calls.push(context.settings);
      context.logger.info(`running ${command}`);
      return body(context.settings);
    };
  }
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  try {
    await run(runners);
  } finally {
    spy.mockRestore();
  }
  return {
    exitCode: process.exitCode,
    stdout: written.join(''),
    outputs: parseOutputs(await readFile(output, 'utf8')),
    summary: await readFile(summary, 'utf8'),
    calls,
  };
}

/** Every command runs the same stand-in: it returns `result`, or calls it to throw. */
function all(result: ModeResult | (() => never)): Record<Command, () => Promise<ModeResult>> {
  const body = async (): Promise<ModeResult> => (typeof result === 'function' ? result() : result);
  return { check: body, apply: body, revoke: body };
}

const errorLines = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::error::'));

describe('run: the action entry point', () => {
  it('reads its inputs once, runs the chosen mode with them, and writes every output and the summary', async () => {
    const result: ModeResult = {
      decision: 'revoked',
      reasonCodes: ['E_A', 'E_B'],
      requests: ['alice-1', 'bob-2'],
      summary: '## Grantbook revoke\n',
      lastSweep: '2026-11-28T09:00:00Z',
      reportFile: '/runner/tmp/access-report.html',
    };
    const s = await step(
      { command: 'revoke', 'github-token': 'ghs_secret0123456789', 'members-token': 'ghs_members0123456789', 'working-directory': 'checkout', report: 'true' },
      all(result),
    );
    expect(s.calls).toEqual([
      {
        command: 'revoke',
        token: 'ghs_secret0123456789',
        membersToken: 'ghs_members0123456789',
        workingDirectory: 'checkout',
        applyEnvironment: DEFAULT_ENVIRONMENT,
        revokeWorkflow: DEFAULT_REVOKE_WORKFLOW,
        report: true,
      },
    ]);
    expect(s.outputs).toEqual({
      version: VERSION,
      decision: 'revoked',
      'reason-codes': 'E_A,E_B',
      requests: 'alice-1,bob-2',
      'last-sweep': '2026-11-28T09:00:00Z',
      'report-file': '/runner/tmp/access-report.html',
    });
    expect(s.summary).toBe('## Grantbook revoke\n');
    expect(s.exitCode).toBeUndefined();
    expect(errorLines(s.stdout)).toEqual([]);
    // The token is masked for the runner and appears nowhere else.
    expect(s.stdout).toContain('::add-mask::ghs_secret0123456789');
    expect(s.stdout.split('ghs_secret0123456789')).toHaveLength(2);
    expect(s.stdout.split('ghs_members0123456789')).toHaveLength(2);
  });

  it("fails the step with the mode's own message after writing its outputs", async () => {
    const s = await step(
      { command: 'check' },
      all({
        decision: 'pending',
        reasonCodes: ['E_APPROVAL_MORE_OWNERS_NEEDED'],
        requests: ['alice-1'],
        failure: 'The access request is waiting for approval.',
      }),
    );
    expect(s.exitCode).toBe(1);
    expect(s.outputs).toMatchObject({ decision: 'pending', 'reason-codes': 'E_APPROVAL_MORE_OWNERS_NEEDED' });
    expect(errorLines(s.stdout)).toEqual(['::error::The access request is waiting for approval.']);
  });

  it('without a summary file (outside Actions) warns and still writes the outputs', async () => {
    const s = await step({ command: 'check' }, all({ decision: 'approved', reasonCodes: [], requests: [], summary: '## x' }), { summaryFile: false });
    expect(s.exitCode).toBeUndefined();
    expect(s.outputs).toMatchObject({ decision: 'approved' });
    expect(s.stdout).toContain('::warning::GITHUB_STEP_SUMMARY is not set; the job summary was not written.');
  });

  it.each([
    ['no command', { command: '' }, '/inputs/command', 'input "command" is required: use one of check, apply, revoke'],
    ['an unknown command', { command: 'grant' }, '/inputs/command', 'input "command" is not a command: use one of check, apply, revoke'],
    [
      'a revoke workflow outside .github/workflows/',
      { command: 'apply', 'revoke-workflow': '../evil.yml' },
      '/inputs/revoke-workflow',
      'input "revoke-workflow" must be a workflow file name',
    ],
    [
      'an environment name with a space',
      { command: 'apply', 'apply-environment': 'prod env' },
      '/inputs/apply-environment',
      'input "apply-environment" must be an environment name',
    ],
  ] as const)('input error, %s: a user error with E_INPUT_INVALID, no mode run', async (_, inputs, pointer, message) => {
    const s = await step(inputs, all({ decision: 'approved', reasonCodes: [], requests: [] }));
    expect(s.calls).toEqual([]);
    expect(s.exitCode).toBe(1);
    expect(s.outputs).toEqual({ version: VERSION, decision: 'failed', 'reason-codes': 'E_INPUT_INVALID' });
    const errors = errorLines(s.stdout);
    expect(errors[0]).toContain(`<input>:0:0 E_INPUT_INVALID ${message}`);
    expect(errors[0]).toContain(`(at ${pointer})`);
    expect(errors.at(-1)).toBe('::error::Grantbook stopped (E_INPUT_INVALID); the messages above name the cause and the fix.');
    expect(s.stdout).not.toContain('internal error');
  });

  it('a command this build does not ship fails with E_MODE_UNAVAILABLE, naming the ones it has', async () => {
    const s = await step({ command: 'apply' }, { check: async () => ({ decision: 'approved', reasonCodes: [], requests: [] }) });
    expect(s.calls).toEqual([]);
    expect(s.outputs).toMatchObject({ decision: 'failed', 'reason-codes': 'E_MODE_UNAVAILABLE' });
    expect(errorLines(s.stdout)[0]).toContain(`command "apply" is not available in Grantbook ${VERSION} (available: check)`);
  });

  it.each(COMMANDS)('an internal error in %s fails the step with its stack, no reason code, and what that mode leaves behind', async (command) => {
    const s = await step(
      { command },
      all(() => {
        throw new TypeError('boom at a place nobody expected');
      }),
    );
    expect(s.exitCode).toBe(1);
    expect(s.outputs).toEqual({ version: VERSION, decision: 'failed', 'reason-codes': '' });
    const errors = errorLines(s.stdout);
    expect(errors[0]).toMatch(/^::error::internal error \(please report it\): TypeError: boom at a place nobody expected%0A {4}at /);
    expect(errors.at(-1)).toBe(`::error::${INTERNAL_FAILURE[command]}`);
  });

  it('the internal-error wording says what each mode leaves behind, and differs by mode', () => {
    expect(INTERNAL_FAILURE.check).toContain('A check never grants anything');
    expect(INTERNAL_FAILURE.apply).toMatch(/intent that the next apply run completes or abandons and the revoke job removes/);
    expect(INTERNAL_FAILURE.revoke).toMatch(/stays due, and the next revoke run retries it/);
    expect(INTERNAL_FAILURE.none).toContain('before it chose a mode');
    const sentences = Object.values(INTERNAL_FAILURE);
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const sentence of sentences) expect(sentence).not.toContain('nothing was granted by this run');
  });

  it('a thrown non-Error value is an internal error too', async () => {
    const s = await step(
      { command: 'check' },
      all(() => {
        const notAnError: unknown = 'a string';
        throw notAnError;
      }),
    );
    expect(errorLines(s.stdout)[0]).toBe('::error::internal error (please report it): a string');
    expect(errorLines(s.stdout).at(-1)).toBe(`::error::${INTERNAL_FAILURE.check}`);
  });

  it('a coded failure (a provider refusing) gives its code, details and fix; a user error thrown by a mode gives every code', async () => {
    const coded = await step(
      { command: 'apply' },
      all(() => {
        throw new ProviderError('E_PROVIDER_CREDENTIAL_MISSING', 'orders-prod', 'the connection string is not set', [
          'environment variable GRANTBOOK_PG_ORDERS_PROD is empty',
        ]);
      }),
    );
    expect(coded.outputs).toMatchObject({ decision: 'failed', 'reason-codes': 'E_PROVIDER_CREDENTIAL_MISSING' });
    expect(errorLines(coded.stdout)).toEqual([
      '::error::E_PROVIDER_CREDENTIAL_MISSING target orders-prod: the connection string is not set',
      '::error::  - environment variable GRANTBOOK_PG_ORDERS_PROD is empty',
      `::error::fix: ${PROVIDER_CODES.E_PROVIDER_CREDENTIAL_MISSING.fix}`,
      '::error::Grantbook stopped (E_PROVIDER_CREDENTIAL_MISSING); the messages above name the cause and the fix.',
    ]);

    const user = await step(
      { command: 'check' },
      all(() => {
        throw new UserError([
          diagnostic('E_EVENT_INVALID', 'no payload', { pointer: '/env/GITHUB_EVENT_PATH' }),
          diagnostic('E_EVENT_UNSUPPORTED', 'not a pull request'),
        ]);
      }),
    );
    expect(user.outputs).toMatchObject({ decision: 'failed', 'reason-codes': 'E_EVENT_INVALID,E_EVENT_UNSUPPORTED' });
    expect(errorLines(user.stdout)).toHaveLength(3);
  });

  it('a log line never starts a workflow command, whatever text reaches it', async () => {
    const s = await step(
      { command: 'check' },
      {
        check: async () => ({ decision: 'approved', reasonCodes: [], requests: [], failure: 'x\n::set-output name=decision::approved' }),
      },
    );
    // The runner reads a command only at the start of a line; the toolkit escapes newlines in the message.
    expect(s.stdout.split('\n').filter((l) => l.startsWith('::set-output'))).toEqual([]);
    expect(errorLines(s.stdout)).toEqual(['::error::x%0A| ::set-output name=decision::approved']);
  });
});
