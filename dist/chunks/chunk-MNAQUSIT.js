import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  proxyEnvOf
} from "./chunk-GHM6UMHF.js";
import {
  UserError,
  diagnostic
} from "./chunk-BGLQZM7W.js";

// src/modes/api-url.ts
function apiBaseUrl(env) {
  const raw = env.GITHUB_API_URL ?? "https://api.github.com";
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw invalid();
  }
  const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) throw invalid();
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") throw invalid();
  return url.toString().replace(/\/+$/, "");
}
function invalid() {
  return new UserError([diagnostic("E_API_URL_INVALID", "GITHUB_API_URL is not a usable API address", { pointer: "/env/GITHUB_API_URL" })]);
}
function githubEndpoint(env, apiUrl) {
  return { baseUrl: apiBaseUrl(apiUrl === void 0 ? env : { GITHUB_API_URL: apiUrl }), proxy: proxyEnvOf(env) };
}

export {
  apiBaseUrl,
  githubEndpoint
};
