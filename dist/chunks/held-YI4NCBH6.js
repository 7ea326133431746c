import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-77ZLDB6V.js";
import "./chunk-GEOEOK5B.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-YRJDIPLM.js";
import "./chunk-SD4XPFAM.js";
import "./chunk-5PK7Z5FH.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
};
