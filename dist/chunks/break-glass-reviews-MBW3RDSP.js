import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
} from "./chunk-J6KWRSLF.js";
import "./chunk-OW3DZ26F.js";
import "./chunk-4UDZ5W5I.js";
export {
  MAX_FOLLOW_UPS,
  breakGlassMarker,
  githubFollowUps
};
