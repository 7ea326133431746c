import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-OWG546XU.js";
import "./chunk-HU4HJZXJ.js";
import {
  PROVIDER_IDS,
  planFor
} from "./chunk-FF243KIO.js";
import "./chunk-XYWZTOQT.js";
import "./chunk-U5R6FHN3.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-R7PVZMQF.js";
import "./chunk-LEVEMR2Y.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-UAW3KWUC.js";
import "./chunk-5PK7Z5FH.js";
export {
  PROVIDER_IDS,
  connect,
  planFor
};
