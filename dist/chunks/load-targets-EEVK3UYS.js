import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-3LUBKNMR.js";
import "./chunk-AKPG65KB.js";
import "./chunk-YRJDIPLM.js";
import "./chunk-SBWFU6MR.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-SD4XPFAM.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
