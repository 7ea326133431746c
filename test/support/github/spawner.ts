import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Runs the stand-in's git commands (and those of the git-backed ledger store,
 * ../git-ledger-store.ts) from a small helper process instead of from the
 * process that hosts them.
 *
 * Starting a process copies the page tables of the one that starts it: from a
 * test worker holding a few hundred megabytes that costs tens of
 * milliseconds of CPU per git call, from a bare Node process a tenth of that.
 * The stand-in makes thousands of git calls per test run, so they go through
 * one helper per hosting process. The helper runs exactly the command it is
 * given (execFile, no shell) and hands back the exit code and the output.
 *
 * The helper's code is inline rather than a file of its own so that the
 * bundled demo (dist/demo.js, which contains the stand-in) finds it too.
 */
export interface SpawnResult {
  /** The exit code, or -1 when the process could not run or was killed. */
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: Buffer;
}

export interface SpawnRequest {
  readonly file: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly input: string | Buffer | undefined;
  readonly maxBuffer: number;
}

const HELPER = `
const { execFile } = require('node:child_process');
process.on('disconnect', () => process.exit(0));
process.on('message', (m) => {
  const child = execFile(m.file, m.args, { encoding: 'buffer', maxBuffer: m.maxBuffer, env: m.env }, (error, stdout, stderr) => {
    const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
    const detail = error !== null && typeof error.code !== 'number' ? Buffer.from(String(error.message)) : Buffer.alloc(0);
    process.send({ id: m.id, code, stdout, stderr: Buffer.concat([stderr, detail]) });
  });
  child.stdin.on('error', () => undefined);
  if (m.input !== undefined) child.stdin.end(m.input);
  else child.stdin.end();
});
`;

interface Reply {
  readonly id: number;
  readonly code: number;
  readonly stdout: Uint8Array;
  readonly stderr: Uint8Array;
}

interface Pending {
  readonly resolve: (r: SpawnResult) => void;
  readonly reject: (e: Error) => void;
}

let helper: ChildProcess | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function idle(): void {
  // No call under way: the helper must not keep the hosting process alive.
  if (pending.size === 0) helper?.channel?.unref();
}

function failAll(error: Error): void {
  helper = undefined;
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) p.reject(error);
}

function started(): ChildProcess {
  if (helper !== undefined) return helper;
  const child = spawn(process.execPath, ['-e', HELPER], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    serialization: 'advanced',
    // Only what node needs to start; each git call gets its own environment.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  });
  child.unref();
  child.on('message', (m: Reply) => {
    const p = pending.get(m.id);
    if (p === undefined) return;
    pending.delete(m.id);
    p.resolve({ code: m.code, stdout: Buffer.from(m.stdout.buffer, m.stdout.byteOffset, m.stdout.byteLength), stderr: Buffer.from(m.stderr) });
    idle();
  });
  child.on('error', (e) => failAll(new Error(`git helper process failed: ${e.message}`)));
  child.on('exit', (code, signal) => {
    if (helper === child) failAll(new Error(`git helper process exited (${String(code ?? signal)})`));
  });
  helper = child;
  return child;
}

/** Runs `file args` in the helper; resolves with any exit code, rejects only when the helper itself fails. */
export function spawnViaHelper(request: SpawnRequest): Promise<SpawnResult> {
  const child = started();
  const id = ++nextId;
  return new Promise<SpawnResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    child.channel?.ref();
    child.send({ id, file: request.file, args: request.args, env: request.env, input: request.input, maxBuffer: request.maxBuffer }, (error) => {
      if (error === null || !pending.has(id)) return;
      pending.delete(id);
      reject(new Error(`git helper process did not take the call: ${error.message}`));
      idle();
    });
  });
}
