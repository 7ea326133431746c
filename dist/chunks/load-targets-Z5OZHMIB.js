import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-SGE2DGLI.js";
import "./chunk-XTO7TVYV.js";
import "./chunk-TYXZ63QX.js";
import "./chunk-LN4ZPE77.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-QW3YBL2B.js";
import "./chunk-GHKPMBRE.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
