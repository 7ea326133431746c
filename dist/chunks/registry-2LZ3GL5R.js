import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-HDAPWPVE.js";
import {
  planFor
} from "./chunk-6YJFBVOG.js";
import {
  builtinRegistry,
  createRegistry
} from "./chunk-JKSNEYSU.js";
import "./chunk-WZMSLYSW.js";
import "./chunk-WSVCP44B.js";
import "./chunk-NHQQWKM2.js";
import "./chunk-DYIKSZD5.js";
import "./chunk-S2FTDJZ2.js";
import "./chunk-BGLQZM7W.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-VTNCT2GJ.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-VBI6FCSW.js";
import "./chunk-GOSKQMZY.js";
export {
  builtinRegistry,
  connect,
  createRegistry,
  planFor
};
