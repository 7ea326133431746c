/**
 * The verify thread's module (dist/ledger-verify.js, an entry point of its
 * own): `audit verify` of the checkout it is given (with the providers this
 * build ships, as the CLI's entry point installs them), each file's lines
 * handed to the thread that started it (verify-thread.ts) once verified,
 * the verdict last.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { streamLedgerDir } from '../ledger/index.js';
import { builtinRegistry, installRegistry } from '../providers/catalog.js';
import { recordsHeld } from '../providers/planners.js';
import { LineHandOver, type VerifyThreadInput, type VerifyThreadMessage, type VerifyThreadRelease } from './verify-thread.js';

const port = parentPort;
if (port === null) throw new Error('the ledger verify module runs only as a worker thread');
const input = workerData as VerifyThreadInput;
// The providers the CLI knows, as its entry point installs them: grants are held to their specs.
installRegistry(builtinRegistry());
const handOver = new LineHandOver((m) => port.postMessage(m));
port.on('message', (m: VerifyThreadRelease) => handOver.release(m.released));
// A release that cannot be read would leave a piece lent for ever: the thread stops instead, and the run fails.
port.on('messageerror', (error) => {
  throw error;
});
const verdict = await streamLedgerDir(input.root, undefined, { recordsHeld, withBytes: (file, bytes) => handOver.send(file, bytes) });
port.postMessage({ kind: 'verdict', verdict } satisfies VerifyThreadMessage);
port.close();
