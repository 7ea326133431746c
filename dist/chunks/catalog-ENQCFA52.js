import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  activeRegistry,
  builtinRegistry,
  createRegistry,
  installRegistry
} from "./chunk-M3QK5U3J.js";
import "./chunk-PAXVRR7T.js";
import "./chunk-ZU6DDO6P.js";
import "./chunk-TR7KTAUS.js";
import "./chunk-GAVMOA7G.js";
import "./chunk-XJTQEBUD.js";
import "./chunk-4M73BQYU.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-TEEYRT7Q.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-5PK7Z5FH.js";
export {
  activeRegistry,
  builtinRegistry,
  createRegistry,
  installRegistry
};
