import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  proxyAuthorization
} from "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-GOSKQMZY.js";

// src/github/tunnel.ts
import http from "node:http";
import https from "node:https";
import tls from "node:tls";
var CONNECT_TIMEOUT_MS = 6e4;
function openTunnel(proxy, options, created, secure) {
  const host = options.host ?? options.hostname ?? "localhost";
  const port = Number(options.port ?? (secure ? 443 : 80));
  const authority = `${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}:${port}`;
  const auth = proxyAuthorization(proxy);
  const viaTls = proxy.protocol === "https:";
  const connect = (viaTls ? https : http).request({
    host: proxy.hostname.replace(/^\[|\]$/g, ""),
    port: proxy.port !== "" ? Number(proxy.port) : viaTls ? 443 : 80,
    method: "CONNECT",
    path: authority,
    headers: { host: authority, ...auth !== void 0 ? { "proxy-authorization": auth } : {} },
    agent: false,
    timeout: CONNECT_TIMEOUT_MS
  });
  let settled = false;
  const fail = (error) => {
    if (settled) return;
    settled = true;
    created(error);
  };
  connect.once("timeout", () => connect.destroy(new Error(`the proxy did not open a tunnel within ${CONNECT_TIMEOUT_MS / 1e3} s`)));
  connect.once("error", fail);
  connect.once("response", (res) => {
    res.resume();
    fail(new Error(`the proxy answered CONNECT with ${res.statusCode ?? 0} instead of opening a tunnel`));
  });
  connect.once("connect", (res, socket, head) => {
    if (res.statusCode !== 200 || head.length > 0) {
      socket.destroy();
      fail(new Error(res.statusCode !== 200 ? `the proxy refused the tunnel (${res.statusCode ?? 0})` : "the proxy sent data before the tunnel was used"));
      return;
    }
    settled = true;
    socket.setTimeout(0);
    if (!secure) {
      created(null, socket);
      return;
    }
    const { servername, ca, cert, key, rejectUnauthorized, minVersion, maxVersion } = options;
    const wrapped = tls.connect({
      socket,
      servername: servername ?? (host.includes(":") ? "" : host),
      ...ca !== void 0 ? { ca } : {},
      ...cert !== void 0 ? { cert } : {},
      ...key !== void 0 ? { key } : {},
      ...rejectUnauthorized !== void 0 ? { rejectUnauthorized } : {},
      ...minVersion !== void 0 ? { minVersion } : {},
      ...maxVersion !== void 0 ? { maxVersion } : {}
    });
    created(null, wrapped);
  });
  connect.end();
}
function required(callback) {
  if (callback === void 0) throw new Error("a tunnelled connection is only made asynchronously");
  return callback;
}
var HttpTunnelAgent = class extends http.Agent {
  constructor(proxy) {
    super({ keepAlive: true });
    this.proxy = proxy;
  }
  proxy;
  createConnection(options, callback) {
    openTunnel(this.proxy, options, required(callback), false);
    return void 0;
  }
};
var HttpsTunnelAgent = class extends https.Agent {
  constructor(proxy) {
    super({ keepAlive: true });
    this.proxy = proxy;
  }
  proxy;
  createConnection(options, callback) {
    openTunnel(this.proxy, options, required(callback), true);
    return void 0;
  }
};
var agents = /* @__PURE__ */ new Map();
function tunnelAgent(target, proxy) {
  const key = `${target.protocol} ${proxy.href}`;
  let agent = agents.get(key);
  if (agent === void 0) {
    agent = target.protocol === "https:" ? new HttpsTunnelAgent(proxy) : new HttpTunnelAgent(proxy);
    agents.set(key, agent);
  }
  return agent;
}
export {
  tunnelAgent
};
