import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-IZXX2C3F.js";
import "./chunk-OAPCUPYD.js";
import "./chunk-5T2GWAV7.js";
import "./chunk-75WG4CEL.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-YFULMQM6.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
