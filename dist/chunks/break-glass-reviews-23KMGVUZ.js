import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  MAX_FOLLOW_UPS,
  githubFollowUps
} from "./chunk-PROQTNKI.js";
import "./chunk-QWUQNNT5.js";
import {
  breakGlassMarker
} from "./chunk-2QZJYOXF.js";
import "./chunk-TEEYRT7Q.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-5PK7Z5FH.js";
export {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
};
