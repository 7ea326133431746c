import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-JQOFEA44.js";
import {
  planFor
} from "./chunk-7Z7NPAFF.js";
import {
  builtinRegistry,
  createRegistry
} from "./chunk-34YO7KFX.js";
import "./chunk-JSFPGRJS.js";
import "./chunk-YWGZNDYS.js";
import "./chunk-TR7KTAUS.js";
import "./chunk-GAVMOA7G.js";
import "./chunk-XJTQEBUD.js";
import "./chunk-4M73BQYU.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-TEEYRT7Q.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-5PK7Z5FH.js";
export {
  builtinRegistry,
  connect,
  createRegistry,
  planFor
};
