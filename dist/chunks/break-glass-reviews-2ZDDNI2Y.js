import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
} from "./chunk-NU37X5LJ.js";
import "./chunk-6MD2FXBO.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-3Z32XSCR.js";
import "./chunk-GOSKQMZY.js";
export {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
};
