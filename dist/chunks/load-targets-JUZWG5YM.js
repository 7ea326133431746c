import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-NYN2ZTCU.js";
import "./chunk-JBCCSVNV.js";
import "./chunk-R7PVZMQF.js";
import "./chunk-J7LYIZVS.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
