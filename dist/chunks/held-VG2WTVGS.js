import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  holds,
  invitationPermission
} from "./chunk-Y2WPC2TZ.js";
import "./chunk-52ICTFOU.js";
import "./chunk-5T2GWAV7.js";
import "./chunk-YFULMQM6.js";
import "./chunk-5PK7Z5FH.js";
export {
  RANK,
  githubHeld,
  holds,
  invitationPermission
};
