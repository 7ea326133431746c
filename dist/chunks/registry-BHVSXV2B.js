import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-J5EVUYGI.js";
import "./chunk-LFBUSKAU.js";
import {
  PROVIDER_IDS,
  planFor
} from "./chunk-AHPXC7KJ.js";
import "./chunk-WVJWSUMT.js";
import "./chunk-R7PVZMQF.js";
import "./chunk-UNPV3QLJ.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-5PK7Z5FH.js";
export {
  PROVIDER_IDS,
  connect,
  planFor
};
