import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-FSWMPXGF.js";
import {
  planFor
} from "./chunk-LHIKYPXT.js";
import {
  builtinRegistry,
  createRegistry
} from "./chunk-K3LW5HQW.js";
import "./chunk-TDAZKJOI.js";
import "./chunk-XWN4P45O.js";
import "./chunk-YL65I4XT.js";
import "./chunk-E4IPI53O.js";
import "./chunk-HVHTJH4X.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-DDGPPVFZ.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-MWHTK36S.js";
import "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-R2VBDOU5.js";
import "./chunk-GOSKQMZY.js";
export {
  builtinRegistry,
  connect,
  createRegistry,
  planFor
};
