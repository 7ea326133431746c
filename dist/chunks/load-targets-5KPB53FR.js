import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-AR2OA6G5.js";
import "./chunk-C2C5EKLW.js";
import "./chunk-JSFPGRJS.js";
import "./chunk-YWGZNDYS.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-TEEYRT7Q.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
