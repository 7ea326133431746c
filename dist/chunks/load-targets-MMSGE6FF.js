import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-DNUBJ5AY.js";
import "./chunk-FBECCOKI.js";
import "./chunk-KCNKZND4.js";
import "./chunk-YZP4AFQ7.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-3Z32XSCR.js";
import "./chunk-GOSKQMZY.js";
export {
  parseTargetsFile,
  readTargets
};
