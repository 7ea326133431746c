import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  connect
} from "./chunk-BS47VORI.js";
import {
  planFor
} from "./chunk-ZTSFBPCG.js";
import {
  builtinRegistry,
  createRegistry
} from "./chunk-MMC2FQGJ.js";
import "./chunk-NI62UIX6.js";
import "./chunk-QUAZBESQ.js";
import "./chunk-JRPSVW4E.js";
import "./chunk-T7TGAZWT.js";
import "./chunk-EQEE6SOH.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-FRFUBUQN.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-UW4VTLKY.js";
import "./chunk-66E5ZUC6.js";
import "./chunk-HGGOSOXK.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-GOSKQMZY.js";
export {
  builtinRegistry,
  connect,
  createRegistry,
  planFor
};
