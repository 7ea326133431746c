import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-ZUBW3PYN.js";
import "./chunk-LH5SSG73.js";
import "./chunk-CHWKIGL4.js";
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
