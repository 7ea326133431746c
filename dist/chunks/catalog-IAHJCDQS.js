import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  builtinRegistry,
  createRegistry
} from "./chunk-UHZN5UKR.js";
import "./chunk-ZP7GHQHR.js";
import "./chunk-FI2D5LIJ.js";
import "./chunk-T7TGAZWT.js";
import "./chunk-EQEE6SOH.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-TGUHMOVP.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-IARXLQX2.js";
import "./chunk-66E5ZUC6.js";
import "./chunk-R3AY4LHR.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-GOSKQMZY.js";
export {
  builtinRegistry,
  createRegistry
};
