import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-27TZ5ZUV.js";
import "./chunk-E2EHDOIV.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-64Z7YTAL.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-5PK7Z5FH.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
};
