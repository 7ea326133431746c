import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-LLOQEYS2.js";
import "./chunk-LP7J72CP.js";
import {
  PROVIDER_IDS,
  planFor
} from "./chunk-76WY7Z3C.js";
import "./chunk-J4PDBTUW.js";
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
