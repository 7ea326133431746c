import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-OSGYWBLM.js";
import "./chunk-UMLFVLEA.js";
import "./chunk-T7TGAZWT.js";
import "./chunk-EQEE6SOH.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-3Z32XSCR.js";
import "./chunk-GOSKQMZY.js";
export {
  parseTargetsFile,
  readTargets
};
