import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-2WDJI5LI.js";
import "./chunk-H5CX54HR.js";
import "./chunk-66E5ZUC6.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-3Z32XSCR.js";
import "./chunk-GOSKQMZY.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
};
