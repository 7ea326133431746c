import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-BFBZMJLF.js";
import "./chunk-77ZLDB6V.js";
import {
  PROVIDER_IDS,
  planFor
} from "./chunk-CR2ED2TG.js";
import "./chunk-XYWZTOQT.js";
import "./chunk-GEOEOK5B.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-YRJDIPLM.js";
import "./chunk-SBWFU6MR.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-SD4XPFAM.js";
import "./chunk-5PK7Z5FH.js";
export {
  PROVIDER_IDS,
  connect,
  planFor
};
