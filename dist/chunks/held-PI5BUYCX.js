import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-P4IALBZ6.js";
import "./chunk-FXW2M2MH.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-R3AY4LHR.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-5PK7Z5FH.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
};
