import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-C6JHFQKS.js";
import "./chunk-PR4YT5HR.js";
import {
  PROVIDER_IDS,
  planFor
} from "./chunk-OTDT5QZI.js";
import "./chunk-XYWZTOQT.js";
import "./chunk-CF43ZUFR.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-R7PVZMQF.js";
import "./chunk-DG63265F.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-5PK7Z5FH.js";
export {
  PROVIDER_IDS,
  connect,
  planFor
};
