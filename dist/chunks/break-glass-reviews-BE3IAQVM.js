import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  MAX_FOLLOW_UPS,
  githubFollowUps
} from "./chunk-V7YPJPM2.js";
import {
  breakGlassMarker
} from "./chunk-2QZJYOXF.js";
import "./chunk-VQBBQGSD.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-3Z32XSCR.js";
import "./chunk-GOSKQMZY.js";
export {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
};
