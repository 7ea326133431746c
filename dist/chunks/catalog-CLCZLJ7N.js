import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  activeRegistry,
  builtinRegistry,
  createRegistry,
  installRegistry
} from "./chunk-Q3FFLMDU.js";
import "./chunk-CHRPGCSH.js";
import "./chunk-TYXZ63QX.js";
import "./chunk-LN4ZPE77.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-HWR3SQBC.js";
import "./chunk-LH5SSG73.js";
import "./chunk-VNHDUT7F.js";
import "./chunk-FUNTORUL.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-CHWKIGL4.js";
import "./chunk-YRJDIPLM.js";
import "./chunk-QW3YBL2B.js";
import "./chunk-5PK7Z5FH.js";
export {
  activeRegistry,
  builtinRegistry,
  createRegistry,
  installRegistry
};
