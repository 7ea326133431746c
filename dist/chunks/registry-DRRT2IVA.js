import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-MWKGGRC3.js";
import "./chunk-P4IALBZ6.js";
import {
  PROVIDER_IDS,
  planFor
} from "./chunk-3TRCV3UI.js";
import "./chunk-XYWZTOQT.js";
import "./chunk-FXW2M2MH.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-R3AY4LHR.js";
import "./chunk-EQEE6SOH.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-5PK7Z5FH.js";
export {
  PROVIDER_IDS,
  connect,
  planFor
};
