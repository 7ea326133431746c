import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LEDGER_DIR, verifyChain, type ChainResult, type LedgerFile, type VerifyOptions } from './chain.js';
import { ledgerDiagnostic, type LedgerDiagnostic } from './problem.js';

/** No month file is anywhere near this; a bigger one was not written by Grantbook. */
export const MAX_LEDGER_FILE_BYTES = 64 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * `grantbook audit verify` / `status`: the ledger of a checkout at `root`.
 * Only regular files are read (a symlink could point anywhere), each capped
 * before it is read, decoded as strict UTF-8. A checkout without audit/ is an
 * empty, valid ledger.
 */
export async function verifyLedgerDir(root: string, options: VerifyOptions = {}): Promise<ChainResult> {
  const dir = path.join(root, LEDGER_DIR);
  let names: string[];
  try {
    const stat = await lstat(dir);
    if (!stat.isDirectory()) return withProblems([ledgerDiagnostic('E_LEDGER_FILE_TYPE', 'is not a directory', { file: LEDGER_DIR })]);
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return verifyChain([], options);
    throw error;
  }
  const files: LedgerFile[] = [];
  const early: LedgerDiagnostic[] = [];
  for (const name of names.sort()) {
    const rel = `${LEDGER_DIR}/${name}`;
    const full = path.join(dir, name);
    const stat = await lstat(full);
    if (!stat.isFile()) {
      files.push({ path: rel, text: undefined });
      continue;
    }
    if (stat.size > MAX_LEDGER_FILE_BYTES) {
      early.push(ledgerDiagnostic('E_LEDGER_FILE_TOO_LARGE', `the file is ${stat.size} bytes; the limit is ${MAX_LEDGER_FILE_BYTES}`, { file: rel }));
      continue;
    }
    const bytes = await readCapped(full);
    if (bytes === undefined) {
      early.push(ledgerDiagnostic('E_LEDGER_FILE_TOO_LARGE', `the file grew past ${MAX_LEDGER_FILE_BYTES} bytes while being read`, { file: rel }));
      continue;
    }
    try {
      files.push({ path: rel, text: decoder.decode(bytes) });
    } catch {
      early.push(ledgerDiagnostic('E_LEDGER_FILE_ENCODING', 'the file is not valid UTF-8', { file: rel }));
    }
  }
  const result = verifyChain(files, options);
  return early.length === 0 ? result : withProblems(early, result);
}

/** Reads at most the cap plus one byte, so a file that grows after lstat is still bounded. */
async function readCapped(file: string): Promise<Uint8Array | undefined> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, MAX_LEDGER_FILE_BYTES + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > MAX_LEDGER_FILE_BYTES) return undefined;
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}

/** A file that could not be read at all breaks the chain too: its events are missing. */
function withProblems(early: readonly LedgerDiagnostic[], result: ChainResult = verifyChain([])): ChainResult {
  const problems = [...early, ...result.problems];
  const first = problems[0];
  return {
    ...result,
    ok: false,
    problems,
    ...(first === undefined ? {} : { firstBroken: { file: first.file ?? LEDGER_DIR, line: first.line ?? 0, code: first.code, message: first.message } }),
  };
}
