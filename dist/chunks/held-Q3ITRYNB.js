import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-RYHTMNZP.js";
import "./chunk-GAVMOA7G.js";
import "./chunk-4M73BQYU.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-TEEYRT7Q.js";
import "./chunk-5PK7Z5FH.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
};
