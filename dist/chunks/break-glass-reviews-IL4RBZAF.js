import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  MAX_FOLLOW_UPS,
  githubFollowUps
} from "./chunk-L3WGRVSL.js";
import "./chunk-BQG7652W.js";
import {
  breakGlassMarker
} from "./chunk-2QZJYOXF.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-VBI6FCSW.js";
import "./chunk-GOSKQMZY.js";
export {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
};
