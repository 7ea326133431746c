import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-UXWTN7CT.js";
import "./chunk-F2PM3IGG.js";
import "./chunk-HY45JNMC.js";
export {
  parseTargetsFile,
  readTargets
};
