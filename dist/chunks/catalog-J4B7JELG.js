import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  activeRegistry,
  builtinRegistry,
  createRegistry,
  installRegistry
} from "./chunk-ZGMOUK5Q.js";
import "./chunk-E5NKCGHK.js";
import "./chunk-4FT3WSKY.js";
import "./chunk-KCNKZND4.js";
import "./chunk-YZP4AFQ7.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-T3GD2M3G.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-H5CX54HR.js";
import "./chunk-66E5ZUC6.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-3Z32XSCR.js";
import "./chunk-GOSKQMZY.js";
export {
  activeRegistry,
  builtinRegistry,
  createRegistry,
  installRegistry
};
