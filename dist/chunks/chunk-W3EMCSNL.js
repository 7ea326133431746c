import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  matches
} from "./chunk-VBI6FCSW.js";

// src/load/paths.ts
import nodePath from "node:path";
var REQUESTS_DIR = "access-requests";
var POLICIES_DIR = "policies";
var TARGETS_PATH = "policies/targets.yaml";
var IDENTITIES_PATH = "policies/identities.yaml";
var SAFE_PATH = /^[A-Za-z0-9._/-]{1,300}$/;
var MAX_DISPLAY = 300;
function displayPath(path) {
  if (SAFE_PATH.test(path)) return path;
  let out = "";
  for (const byte of new TextEncoder().encode(path)) {
    const ch = String.fromCharCode(byte);
    out += byte < 128 && /[A-Za-z0-9._/-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    if (out.length > MAX_DISPLAY) return `${out.slice(0, MAX_DISPLAY)}...`;
  }
  return out;
}
function pathInside(dir, file) {
  const relative = nodePath.relative(dir, file);
  if (relative === ".." || relative.startsWith(`..${nodePath.sep}`) || nodePath.isAbsolute(relative)) return void 0;
  return relative;
}
function splitRepoPath(path) {
  if (path.length === 0 || path.length > 1024 || path.includes("\\") || path.includes("\0")) return void 0;
  const parts = path.split("/");
  if (parts.some((p) => p === "" || p === "." || p === "..")) return void 0;
  return parts;
}
var PLACEHOLDERS = /* @__PURE__ */ new Set([`${REQUESTS_DIR}/.gitkeep`, `${REQUESTS_DIR}/README.md`, `${POLICIES_DIR}/.gitkeep`]);
function classifyPath(path) {
  const parts = splitRepoPath(path);
  const top = parts?.[0] ?? path.split("/")[0];
  if ((top === REQUESTS_DIR || top === POLICIES_DIR) && parts?.length === 2 && PLACEHOLDERS.has(`${top}/${parts[1] ?? ""}`)) return { role: "placeholder" };
  if (top === REQUESTS_DIR) {
    const id = parts?.length === 2 ? stem(parts[1]) : void 0;
    return id !== void 0 && matches("requestId", id) ? { role: "request", id } : { role: "bad-request-path" };
  }
  if (top === POLICIES_DIR) {
    if (path === TARGETS_PATH) return { role: "targets" };
    if (path === IDENTITIES_PATH) return { role: "identities" };
    const name = parts?.length === 2 ? stem(parts[1]) : void 0;
    return name !== void 0 && matches("name", name) ? { role: "profile", name } : { role: "bad-policy-path" };
  }
  return { role: "other" };
}
function stem(fileName) {
  if (fileName === void 0 || !fileName.endsWith(".yaml")) return void 0;
  return fileName.slice(0, -".yaml".length);
}

export {
  REQUESTS_DIR,
  POLICIES_DIR,
  TARGETS_PATH,
  IDENTITIES_PATH,
  displayPath,
  pathInside,
  splitRepoPath,
  classifyPath
};
