import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-E4SNEQ6Z.js";
import "./chunk-K7T2RT2A.js";
import {
  PROVIDER_IDS,
  planFor
} from "./chunk-CRALLL33.js";
import "./chunk-XYWZTOQT.js";
import "./chunk-FBUBDTCO.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-YRJDIPLM.js";
import "./chunk-LN4ZPE77.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-QW3YBL2B.js";
import "./chunk-5PK7Z5FH.js";
export {
  PROVIDER_IDS,
  connect,
  planFor
};
