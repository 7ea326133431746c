import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-EGMGCMAH.js";
import "./chunk-WT4JMY5I.js";
import "./chunk-CHWKIGL4.js";
import "./chunk-QW3YBL2B.js";
import "./chunk-GHKPMBRE.js";
import "./chunk-5PK7Z5FH.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
};
