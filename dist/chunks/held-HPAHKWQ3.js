import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-V3JRQYN4.js";
import "./chunk-UW4VTLKY.js";
import "./chunk-66E5ZUC6.js";
import "./chunk-HGGOSOXK.js";
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
