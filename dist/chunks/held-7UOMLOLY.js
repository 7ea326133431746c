import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-K7T2RT2A.js";
import "./chunk-FBUBDTCO.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-YRJDIPLM.js";
import "./chunk-QW3YBL2B.js";
import "./chunk-5PK7Z5FH.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
};
