import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission
} from "./chunk-ILLLIKGJ.js";
import "./chunk-BJZ7BFKV.js";
import "./chunk-TLFXR4TD.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission
};
