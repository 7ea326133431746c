import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-IKSP4WLC.js";
import "./chunk-63AQJ3ZK.js";
import "./chunk-R3AY4LHR.js";
import "./chunk-BIOZCE4L.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
