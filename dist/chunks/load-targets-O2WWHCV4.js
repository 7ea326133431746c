import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseTargetsFile,
  readTargets
} from "./chunk-VPG2STOW.js";
import "./chunk-VNVMNACX.js";
import "./chunk-E4IPI53O.js";
import "./chunk-HVHTJH4X.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-R2VBDOU5.js";
import "./chunk-GOSKQMZY.js";
export {
  parseTargetsFile,
  readTargets
};
