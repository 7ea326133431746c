import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-6VT22RYA.js";
import {
  planFor
} from "./chunk-ZYJJIHXJ.js";
import {
  builtinRegistry,
  createRegistry
} from "./chunk-Y2TWMYKU.js";
import "./chunk-B3YWB57C.js";
import "./chunk-JSFPGRJS.js";
import "./chunk-YWGZNDYS.js";
import "./chunk-5Q3PUQVV.js";
import "./chunk-4SCUCTNN.js";
import "./chunk-SJYRLPT4.js";
import "./chunk-4M73BQYU.js";
import "./chunk-64Z7YTAL.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-5PK7Z5FH.js";
export {
  builtinRegistry,
  connect,
  createRegistry,
  planFor
};
