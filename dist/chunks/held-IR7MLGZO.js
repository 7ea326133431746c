import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-QIYZZVR5.js";
import "./chunk-5I56ZGDM.js";
import "./chunk-7Y243W6Z.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator
};
