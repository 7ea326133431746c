import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  GITHUB_CODES
} from "./chunk-LFKFPCZ5.js";

// src/github/errors.ts
var GithubError = class extends Error {
  code;
  /** HTTP status when GitHub answered. */
  status;
  constructor(code, message, options = {}) {
    super(`${code} ${message}`, options.cause === void 0 ? {} : { cause: options.cause });
    this.name = "GithubError";
    this.code = code;
    this.status = options.status;
  }
  get fix() {
    return GITHUB_CODES[this.code].fix;
  }
};
var NonFastForwardError = class extends GithubError {
  constructor(ref, attemptedSha) {
    super("E_GITHUB_NOT_FAST_FORWARD", `update of ${ref} to ${attemptedSha} is not a fast-forward`, { status: 422 });
    this.ref = ref;
    this.attemptedSha = attemptedSha;
    this.name = "NonFastForwardError";
  }
  ref;
  attemptedSha;
};
function isHttpFailure(error) {
  return typeof error === "object" && error !== null && typeof error.status === "number";
}
function statusOf(error) {
  return isHttpFailure(error) ? error.status : void 0;
}
function githubMessage(error) {
  if (!isHttpFailure(error)) return error instanceof Error ? sanitize(error.message) : "unknown error";
  const data = error.response?.data;
  const raw = typeof data === "object" && data !== null ? data.message : void 0;
  return typeof raw === "string" ? sanitize(raw) : "";
}
function sanitize(text) {
  return text.replace(/[^\x20-\x7e]/g, " ").replaceAll("::", ": :").slice(0, 200);
}
function isRateLimit(error) {
  if (error.status === 429) return true;
  if (error.status !== 403) return false;
  const headers = error.response?.headers ?? {};
  return String(headers["x-ratelimit-remaining"]) === "0" || /rate limit/i.test(githubMessage(error));
}
function toGithubError(operation, error) {
  if (error instanceof GithubError) return error;
  if (!isHttpFailure(error)) {
    return new GithubError("E_GITHUB_UNAVAILABLE", `${operation}: ${githubMessage(error)}`, { cause: error });
  }
  const { status } = error;
  const said = githubMessage(error);
  const message = `${operation}: GitHub answered ${status}${said === "" ? "" : ` (${said})`}`;
  const options = { status, cause: error };
  if (status === 401) return new GithubError("E_GITHUB_UNAUTHORIZED", message, options);
  if (isRateLimit(error)) return new GithubError("E_GITHUB_RATE_LIMITED", message, options);
  if (status === 403) return new GithubError("E_GITHUB_FORBIDDEN", message, options);
  if (status === 404 || status === 410) return new GithubError("E_GITHUB_NOT_FOUND", message, options);
  if (status === 400 || status === 409 || status === 422) return new GithubError("E_GITHUB_REJECTED", message, options);
  if (status >= 500) return new GithubError("E_GITHUB_UNAVAILABLE", message, options);
  return new GithubError("E_GITHUB_UNEXPECTED_RESPONSE", message, options);
}
async function call(operation, fn) {
  try {
    return await fn();
  } catch (error) {
    throw toGithubError(operation, error);
  }
}
async function callOrNotFound(operation, fn) {
  try {
    return await fn();
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw toGithubError(operation, error);
  }
}

// src/github/proxy.ts
function proxyEnvOf(env) {
  const pick = (lower, upper) => {
    const value = env[lower] || env[upper];
    return value === void 0 || value.trim() === "" ? void 0 : value.trim();
  };
  const httpsProxy = pick("https_proxy", "HTTPS_PROXY");
  const httpProxy = pick("http_proxy", "HTTP_PROXY");
  if (httpsProxy === void 0 && httpProxy === void 0) return void 0;
  return { httpsProxy, httpProxy, noProxy: pick("no_proxy", "NO_PROXY") };
}
function checkProxyEnv(p) {
  for (const [name, value] of [
    ["HTTPS_PROXY", p.httpsProxy],
    ["HTTP_PROXY", p.httpProxy]
  ]) {
    if (value !== void 0) parseProxy(value, name);
  }
}
function proxyFor(url, p) {
  if (bypasses(url, p.noProxy)) return void 0;
  const value = url.protocol === "https:" ? p.httpsProxy : p.httpProxy;
  return value === void 0 ? void 0 : parseProxy(value, url.protocol === "https:" ? "HTTPS_PROXY" : "HTTP_PROXY");
}
function parseProxy(value, name) {
  const invalid = () => new GithubError("E_GITHUB_INVALID_NAME", `${name} is not an http:// or https:// proxy URL`);
  let url;
  try {
    url = new URL(value);
  } catch {
    url = withScheme(value, invalid);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    if (value.includes("://")) throw invalid();
    url = withScheme(value, invalid);
  }
  if (url.hostname === "" || url.search !== "" || url.hash !== "") throw invalid();
  return url;
}
function withScheme(value, invalid) {
  try {
    const url = new URL(`http://${value}`);
    if (url.hostname !== "") return url;
  } catch {
  }
  throw invalid();
}
function isLoopback(host) {
  const h = host.toLowerCase();
  return h === "localhost" || h.startsWith("127.") || h === "[::1]" || h === "[0:0:0:0:0:0:0:1]";
}
function bypasses(url, noProxy) {
  if (url.hostname === "") return false;
  if (isLoopback(url.hostname)) return true;
  if (noProxy === void 0) return false;
  const port = url.port !== "" ? url.port : url.protocol === "https:" ? "443" : "80";
  const host = url.hostname.toUpperCase();
  const hosts = [host, `${host}:${port}`];
  for (const raw of noProxy.split(",")) {
    const entry = raw.trim().toUpperCase();
    if (entry === "") continue;
    if (entry === "*") return true;
    if (hosts.some((h) => h === entry || h.endsWith(entry.startsWith(".") ? entry : `.${entry}`))) return true;
  }
  return false;
}
function proxyAuthorization(proxy) {
  if (proxy.username === "" && proxy.password === "") return void 0;
  const user = decodeURIComponent(proxy.username);
  const password = decodeURIComponent(proxy.password);
  return `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
}

export {
  GithubError,
  NonFastForwardError,
  statusOf,
  githubMessage,
  toGithubError,
  call,
  callOrNotFound,
  proxyEnvOf,
  checkProxyEnv,
  proxyFor,
  proxyAuthorization
};
