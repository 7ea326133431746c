import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  LineHandOver
} from "./chunks/chunk-OTEGZEV7.js";
import {
  streamLedgerDir
} from "./chunks/chunk-XWXGGLRX.js";
import {
  recordsHeld
} from "./chunks/chunk-6YJFBVOG.js";
import "./chunks/chunk-W3EMCSNL.js";
import {
  builtinRegistry,
  installRegistry
} from "./chunks/chunk-JKSNEYSU.js";
import "./chunks/chunk-WZMSLYSW.js";
import "./chunks/chunk-WSVCP44B.js";
import "./chunks/chunk-NHQQWKM2.js";
import "./chunks/chunk-DYIKSZD5.js";
import "./chunks/chunk-S2FTDJZ2.js";
import "./chunks/chunk-BGLQZM7W.js";
import "./chunks/chunk-LFKFPCZ5.js";
import "./chunks/chunk-VTNCT2GJ.js";
import "./chunks/chunk-VIPNLK4T.js";
import "./chunks/chunk-F3R5FBMV.js";
import "./chunks/chunk-4O4M6HYO.js";
import "./chunks/chunk-VBI6FCSW.js";
import "./chunks/chunk-GOSKQMZY.js";

// src/audit-view/verify-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (port === null) throw new Error("the ledger verify module runs only as a worker thread");
var input = workerData;
installRegistry(builtinRegistry());
var handOver = new LineHandOver((m) => port.postMessage(m));
port.on("message", (m) => handOver.release(m.released));
port.on("messageerror", (error) => {
  throw error;
});
var verdict = await streamLedgerDir(input.root, void 0, { recordsHeld, withBytes: (file, bytes) => handOver.send(file, bytes) });
port.postMessage({ kind: "verdict", verdict });
port.close();
