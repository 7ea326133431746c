import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-TMIBJERH.js";
import "./chunk-AJHNBIZ2.js";
import "./chunk-64Z7YTAL.js";
import "./chunk-DG63265F.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
