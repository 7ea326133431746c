import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-GJ4YY4NL.js";
import "./chunk-TGRWST2E.js";
import "./chunk-5V2O6EF4.js";
import "./chunk-JSFPGRJS.js";
import "./chunk-YWGZNDYS.js";
import "./chunk-64Z7YTAL.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-5PK7Z5FH.js";
export {
  parseTargetsFile,
  readTargets
};
