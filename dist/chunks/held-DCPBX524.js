import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission
} from "./chunk-ZY4DECKP.js";
import "./chunk-7DRSZBEP.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-5T2GWAV7.js";
import "./chunk-YFULMQM6.js";
import "./chunk-5PK7Z5FH.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission
};
