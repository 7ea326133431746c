import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission
} from "./chunk-E4UZRO3G.js";
import "./chunk-FEIHYZPS.js";
import "./chunk-BPWREB5Z.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission
};
