import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission
} from "./chunk-HU4HJZXJ.js";
import "./chunk-U5R6FHN3.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-R7PVZMQF.js";
import "./chunk-UAW3KWUC.js";
import "./chunk-5PK7Z5FH.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission
};
