import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a finished action step leaves behind. */
export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Parsed from the GITHUB_OUTPUT file. */
  readonly outputs: Readonly<Record<string, string>>;
  readonly outputFile: string;
  readonly summary: string;
}

export interface ActionStep {
  readonly script: string;
  readonly eventName: string;
  readonly payload: unknown;
  readonly apiUrl: string;
  readonly repository: string;
  readonly token: string;
  readonly workingDirectory: string;
  readonly command?: string;
}

/**
 * The environment the runner gives a JavaScript action, and nothing of this
 * process's own: inputs as INPUT_<NAME> with the name upper-cased and its
 * hyphens kept (that is how @actions/core looks them up), file commands for
 * outputs and the summary, the event payload on disk.
 */
export function actionEnv(step: ActionStep, files: { event: string; output: string; summary: string; home: string }): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: files.home,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: step.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_API_URL: step.apiUrl,
    GITHUB_REPOSITORY: step.repository,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.home,
    INPUT_COMMAND: step.command ?? 'check',
    'INPUT_GITHUB-TOKEN': step.token,
    'INPUT_WORKING-DIRECTORY': step.workingDirectory,
  };
}

/** Runs `node <script>` as the runner would, and collects what it wrote. */
export async function runAction(step: ActionStep): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-step-'));
  try {
    const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), home: dir };
    await writeFile(files.event, JSON.stringify(step.payload));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const { code, stdout, stderr } = await spawnNode([step.script], actionEnv(step, files));
    const outputFile = await readFile(files.output, 'utf8');
    return { code, stdout, stderr, outputs: parseOutputs(outputFile), outputFile, summary: await readFile(files.summary, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function spawnNode(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...args], { env, cwd: tmpdir(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** `name<<DELIMITER\nvalue\nDELIMITER\n`, the file-command format @actions/core writes. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z0-9_-]+)<<(.+)$/.exec(lines[i] ?? '');
    if (m === null) continue;
    const [, name = '', delimiter] = m;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}
