import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-V7K4SNL6.js";
import "./chunk-27TZ5ZUV.js";
import {
  PROVIDER_IDS,
  planFor
} from "./chunk-2OZSSRGW.js";
import "./chunk-XYWZTOQT.js";
import "./chunk-E2EHDOIV.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-64Z7YTAL.js";
import "./chunk-DG63265F.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-5PK7Z5FH.js";
export {
  PROVIDER_IDS,
  connect,
  planFor
};
