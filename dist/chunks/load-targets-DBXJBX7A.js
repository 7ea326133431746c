import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-THGHW2NU.js";
import "./chunk-DUC4BA6S.js";
import "./chunk-T7TGAZWT.js";
import "./chunk-EQEE6SOH.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-R3AY4LHR.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-GOSKQMZY.js";
export {
  parseTargetsFile,
  readTargets
};
