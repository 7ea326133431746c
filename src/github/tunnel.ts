import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { proxyAuthorization } from './proxy.js';

/**
 * HTTP agents that reach GitHub through a proxy by CONNECT tunnelling, as
 * @actions/http-client does (through the `tunnel` package) for every
 * request, http and https alike: the proxy sees the host and port, never a
 * header or the token, which travel inside the tunnel (and inside TLS for
 * https). Loaded only when a proxy is configured.
 *
 * The agents keep connections alive like Node's own: one tunnel carries
 * many requests, and a new one is opened only when the pool has none free.
 */

/** Options Node's Agent hands to createConnection (host, port, and for https the TLS options). */
type ConnectOptions = https.RequestOptions;
type Created = (error: Error | null, socket?: Duplex) => void;

/** How long a CONNECT may take before the request fails (the request's own idle timeout follows). */
const CONNECT_TIMEOUT_MS = 60_000;

function openTunnel(proxy: URL, options: ConnectOptions, created: Created, secure: boolean): void {
  const host = options.host ?? options.hostname ?? 'localhost';
  const port = Number(options.port ?? (secure ? 443 : 80));
  // An IPv6 address is bracketed in the authority form, as in a URL.
  const authority = `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
  const auth = proxyAuthorization(proxy);
  const viaTls = proxy.protocol === 'https:';
  const connect = (viaTls ? https : http).request({
    host: proxy.hostname.replace(/^\[|\]$/g, ''),
    port: proxy.port !== '' ? Number(proxy.port) : viaTls ? 443 : 80,
    method: 'CONNECT',
    path: authority,
    headers: { host: authority, ...(auth !== undefined ? { 'proxy-authorization': auth } : {}) },
    agent: false,
    timeout: CONNECT_TIMEOUT_MS,
  });
  let settled = false;
  const fail = (error: Error): void => {
    if (settled) return;
    settled = true;
    created(error);
  };
  connect.once('timeout', () => connect.destroy(new Error(`the proxy did not open a tunnel within ${CONNECT_TIMEOUT_MS / 1000} s`)));
  connect.once('error', fail);
  connect.once('response', (res) => {
    res.resume();
    fail(new Error(`the proxy answered CONNECT with ${res.statusCode ?? 0} instead of opening a tunnel`));
  });
  connect.once('connect', (res, socket, head) => {
    if (res.statusCode !== 200 || head.length > 0) {
      socket.destroy();
      fail(new Error(res.statusCode !== 200 ? `the proxy refused the tunnel (${res.statusCode ?? 0})` : 'the proxy sent data before the tunnel was used'));
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
      servername: servername ?? (host.includes(':') ? '' : host),
      ...(ca !== undefined ? { ca } : {}),
      ...(cert !== undefined ? { cert } : {}),
      ...(key !== undefined ? { key } : {}),
      ...(rejectUnauthorized !== undefined ? { rejectUnauthorized } : {}),
      ...(minVersion !== undefined ? { minVersion } : {}),
      ...(maxVersion !== undefined ? { maxVersion } : {}),
    });
    created(null, wrapped);
  });
  connect.end();
}

/** Node's Agent takes the socket through the callback when createConnection returns nothing; a failure passes no socket. */
type NodeCallback = (err: Error | null, stream: Duplex) => void;

function required(callback: NodeCallback | undefined): Created {
  if (callback === undefined) throw new Error('a tunnelled connection is only made asynchronously');
  return callback as unknown as Created;
}

class HttpTunnelAgent extends http.Agent {
  constructor(private readonly proxy: URL) {
    super({ keepAlive: true });
  }

  override createConnection(options: http.ClientRequestArgs, callback?: NodeCallback): undefined {
    openTunnel(this.proxy, options, required(callback), false);
    return undefined;
  }
}

class HttpsTunnelAgent extends https.Agent {
  constructor(private readonly proxy: URL) {
    super({ keepAlive: true });
  }

  override createConnection(options: https.RequestOptions, callback?: NodeCallback): undefined {
    openTunnel(this.proxy, options, required(callback), true);
    return undefined;
  }
}

const agents = new Map<string, http.Agent>();

/** The one tunnelling agent for requests to `target`'s scheme through `proxy`. */
export function tunnelAgent(target: URL, proxy: URL): http.Agent {
  const key = `${target.protocol} ${proxy.href}`;
  let agent = agents.get(key);
  if (agent === undefined) {
    agent = target.protocol === 'https:' ? new HttpsTunnelAgent(proxy) : new HttpTunnelAgent(proxy);
    agents.set(key, agent);
  }
  return agent;
}
