import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  MAX_FOLLOW_UPS,
  githubFollowUps
} from "./chunk-XVX3GBLC.js";
import {
  breakGlassMarker
} from "./chunk-2QZJYOXF.js";
import "./chunk-G5MJ354U.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-5PK7Z5FH.js";
export {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
};
