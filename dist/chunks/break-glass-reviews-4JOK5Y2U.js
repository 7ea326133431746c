import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
} from "./chunk-MPRRJGKW.js";
import "./chunk-IB3BN344.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-GOSKQMZY.js";
export {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
};
