import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-P4XOUM72.js";
import "./chunk-KXBBXHLM.js";
import "./chunk-HY45JNMC.js";
export {
  parseTargetsFile,
  readTargets
};
