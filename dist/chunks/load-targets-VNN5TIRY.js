import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-JFVF4P5F.js";
import "./chunk-UU6O7BQ4.js";
import "./chunk-R7PVZMQF.js";
import "./chunk-DG63265F.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
