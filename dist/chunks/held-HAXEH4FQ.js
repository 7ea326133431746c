import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-TT7J5CDV.js";
import "./chunk-IARXLQX2.js";
import "./chunk-66E5ZUC6.js";
import "./chunk-R3AY4LHR.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-GOSKQMZY.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
};
