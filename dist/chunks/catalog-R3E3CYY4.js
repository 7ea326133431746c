import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  activeRegistry,
  builtinRegistry,
  createRegistry,
  installRegistry
} from "./chunk-RPGQDWBV.js";
import "./chunk-TYXZ63QX.js";
import "./chunk-LN4ZPE77.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-LIJIYEF3.js";
import "./chunk-WT4JMY5I.js";
import "./chunk-BK43TA2C.js";
import "./chunk-YPQWQKWJ.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-CHWKIGL4.js";
import "./chunk-QW3YBL2B.js";
import "./chunk-GHKPMBRE.js";
import "./chunk-5PK7Z5FH.js";
export {
  activeRegistry,
  builtinRegistry,
  createRegistry,
  installRegistry
};
