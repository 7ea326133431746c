import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
} from "./chunk-HFPOXE5M.js";
import "./chunk-Z3E2GYFP.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-GHKPMBRE.js";
import "./chunk-5PK7Z5FH.js";
export {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
};
