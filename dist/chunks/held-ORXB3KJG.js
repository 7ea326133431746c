import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission
} from "./chunk-VEIOEW4E.js";
import "./chunk-VBT43YI3.js";
import "./chunk-N2WTYMJO.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission
};
