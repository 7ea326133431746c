import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-LOE4622R.js";
import {
  PROVIDER_IDS,
  planFor
} from "./chunk-VVCZ5DJG.js";
import "./chunk-WLDJ6PRB.js";
export {
  PROVIDER_IDS,
  connect,
  planFor
};
