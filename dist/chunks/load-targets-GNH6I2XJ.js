import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-PSGPTP2V.js";
import "./chunk-5T2GWAV7.js";
import "./chunk-3ETSHYY4.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-YFULMQM6.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
