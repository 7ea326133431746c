import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** One CONNECT the proxy answered. */
export interface Tunnel {
  /** The authority asked for (`host:port`). */
  readonly target: string;
  /** The CONNECT request's headers: what the proxy could see. */
  readonly headers: http.IncomingHttpHeaders;
}

export interface ConnectProxy {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly tunnels: Tunnel[];
  /** Requests that were not CONNECT (a client sending plain requests to the proxy). */
  readonly plain: string[];
  close(): Promise<void>;
}

/**
 * A forward proxy on loopback that only tunnels (CONNECT), as corporate
 * proxies do for TLS, and counts what it tunnels. `route` maps the asked-for
 * authority to where the tunnel really goes (the stand-in behind a made-up
 * host name), so a client that bypasses the proxy cannot reach that host at
 * all. `auth`, when given, is the Proxy-Authorization it requires (407
 * otherwise).
 */
export async function startConnectProxy(route: (authority: string) => { host: string; port: number } | undefined, auth?: string): Promise<ConnectProxy> {
  const tunnels: Tunnel[] = [];
  const plain: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    plain.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.writeHead(405).end();
  });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    if (auth !== undefined && req.headers['proxy-authorization'] !== auth) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const to = route(target);
    if (to === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    tunnels.push({ target, headers: req.headers });
    const upstream = net.connect(to.port, to.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    plain,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
