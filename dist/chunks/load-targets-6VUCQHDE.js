import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-MAALNFN3.js";
import "./chunk-FSM2IXNC.js";
import "./chunk-W3EMCSNL.js";
import "./chunk-S2FTDJZ2.js";
import "./chunk-BGLQZM7W.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-VBI6FCSW.js";
import "./chunk-GOSKQMZY.js";
export {
  parseTargetsFile,
  readTargets
};
