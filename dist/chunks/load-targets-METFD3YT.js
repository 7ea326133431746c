import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-NKJ4NAKN.js";
import "./chunk-DHGBBEFA.js";
import "./chunk-R7PVZMQF.js";
import "./chunk-LEVEMR2Y.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-UAW3KWUC.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
