import { lookup } from 'node:dns/promises';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../src/github/client.js';
import type { GithubError } from '../../src/github/errors.js';
import { getRepo } from '../../src/github/repos.js';
import { proxyEnvOf, proxyFor, type ProxyEnv } from '../../src/github/proxy.js';
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js';
import { GithubStandIn } from '../support/github/index.js';

/**
 * The proxy rules of @actions/http-client, and the transport tunnelling
 * through a real CONNECT proxy on loopback to the stand-in, which the client
 * knows only by a made-up host name: a request that bypassed the proxy could
 * not reach it at all.
 */
const env = (e: Record<string, string>): ProxyEnv => {
  const p = proxyEnvOf(e);
  if (p === undefined) throw new Error('no proxy variables');
  return p;
};
const via = (url: string, e: Record<string, string>): string | undefined => proxyFor(new URL(url), env(e))?.href;

describe('which requests go through a proxy', () => {
  it('has no proxy (the fast path) when no proxy variable is set', () => {
    expect(proxyEnvOf({})).toBeUndefined();
    expect(proxyEnvOf({ NO_PROXY: '*', HTTPS_PROXY: '  ' })).toBeUndefined();
  });

  it('takes HTTPS_PROXY for https and HTTP_PROXY for http, the lower-case name first', () => {
    const e = { HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128', HTTP_PROXY: 'http://plain:8080' };
    expect(via('https://api.github.com/repos', e)).toBe('http://lower:3128/');
    expect(via('http://ghe.corp/api/v3', e)).toBe('http://plain:8080/');
    expect(via('http://ghe.corp/api/v3', { HTTPS_PROXY: 'http://p:1' })).toBeUndefined();
  });

  it('reads a value without a scheme as http://, and refuses other schemes', () => {
    expect(via('https://api.github.com', { HTTPS_PROXY: 'proxy.corp:3128' })).toBe('http://proxy.corp:3128/');
    expect(via('https://api.github.com', { HTTPS_PROXY: 'https://proxy.corp' })).toBe('https://proxy.corp/');
    expect(() => via('https://api.github.com', { HTTPS_PROXY: 'socks5://proxy.corp:1080' })).toThrow(/not an http/);
  });

  it.each([
    ['api.github.com', 'https://api.github.com', true],
    ['API.GitHub.com', 'https://api.github.com', true],
    ['github.com', 'https://api.github.com', true],
    ['.github.com', 'https://api.github.com', true],
    ['.api.github.com', 'https://api.github.com', false],
    ['hub.com', 'https://api.github.com', false],
    ['ithub.com', 'https://api.github.com', false],
    ['*', 'https://api.github.com', true],
    ['ghe.corp:8443', 'https://ghe.corp:8443/api/v3', true],
    ['ghe.corp:8443', 'https://ghe.corp/api/v3', false],
    ['ghe.corp:443', 'https://ghe.corp/api/v3', true],
    [' other.corp , ghe.corp ', 'https://ghe.corp/api/v3', true],
    ['', 'https://ghe.corp/api/v3', false],
  ])('NO_PROXY=%j %s bypasses: %s', (noProxy, url, bypassed) => {
    expect(via(url, { HTTPS_PROXY: 'http://p:3128', NO_PROXY: noProxy }) === undefined).toBe(bypassed);
  });

  it('never sends loopback through a proxy', () => {
    for (const url of ['http://127.0.0.1:8080', 'http://localhost', 'http://[::1]:3000', 'https://127.1.2.3']) {
      expect(via(url, { HTTP_PROXY: 'http://p:1', HTTPS_PROXY: 'http://p:1' }), url).toBeUndefined();
    }
  });
});

let gh: GithubStandIn;
let proxy: ConnectProxy;
let port: number;
beforeAll(async () => {
  gh = await GithubStandIn.start();
  gh.addUser({ login: 'github-actions[bot]', type: 'Bot' });
  gh.addToken('t', 'github-actions[bot]', 'write');
  await gh.commit({ branch: 'main', files: { 'README.md': 'x\n' } });
  port = Number(new URL(gh.url).port);
  proxy = await startConnectProxy((authority) => (authority === `api.github.test:${port}` ? { host: '127.0.0.1', port } : undefined));
});
afterAll(async () => {
  await proxy.close();
  await gh.stop();
});

const client = (proxyEnv: Record<string, string>, baseUrl = `http://api.github.test:${port}`) =>
  createGithubClient({ token: 't', baseUrl, proxy: proxyEnvOf(proxyEnv), waitScale: 0.001, retries: 0, spaceWrites: false });
const failure = async (p: Promise<unknown>): Promise<GithubError> =>
  (await p.then(
    () => undefined,
    (e: unknown) => e,
  )) as GithubError;

describe('the GitHub transport behind a proxy', () => {
  it('tunnels every call through the proxy with CONNECT, the token only inside the tunnel', async () => {
    const before = { tunnels: proxy.tunnels.length, requests: gh.requests.log.length };
    const c = client({ HTTP_PROXY: proxy.url });
    for (let i = 0; i < 3; i++) expect((await getRepo(c, { owner: 'acme', repo: 'access' })).fullName).toBe('acme/access');
    const tunnels = proxy.tunnels.slice(before.tunnels);
    expect(tunnels.length).toBeGreaterThanOrEqual(1);
    expect(tunnels.map((t) => t.target)).toEqual(tunnels.map(() => `api.github.test:${port}`));
    for (const t of tunnels) expect(t.headers.authorization).toBeUndefined();
    expect(proxy.plain).toEqual([]);
    expect(gh.requests.log.slice(before.requests).map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('sends the proxy credentials of the proxy URL, percent-decoded, and fails when the proxy refuses', async () => {
    const auth = `Basic ${Buffer.from('build bot:p@ss').toString('base64')}`;
    const guarded = await startConnectProxy(() => ({ host: '127.0.0.1', port }), auth);
    try {
      const proxyUrl = new URL(guarded.url);
      proxyUrl.username = 'build%20bot';
      proxyUrl.password = 'p%40ss';
      expect((await getRepo(client({ HTTP_PROXY: proxyUrl.href }), { owner: 'acme', repo: 'access' })).fullName).toBe('acme/access');
      expect(guarded.tunnels.map((t) => t.headers['proxy-authorization'])).toEqual([auth]);
      const refused = await failure(getRepo(client({ HTTP_PROXY: guarded.url }), { owner: 'acme', repo: 'access' }));
      expect(refused.code).toBe('E_GITHUB_UNAVAILABLE');
      expect(guarded.tunnels).toHaveLength(1);
    } finally {
      await guarded.close();
    }
  });

  it('goes direct for a host in NO_PROXY (here one that only the proxy could reach)', async () => {
    const before = proxy.tunnels.length;
    const error = await failure(getRepo(client({ HTTP_PROXY: proxy.url, NO_PROXY: 'example.org,.github.test' }), { owner: 'acme', repo: 'access' }));
    expect(error.code).toBe('E_GITHUB_UNAVAILABLE');
    // Octokit keeps the transport's failure as the cause: the client itself tried to resolve the name.
    expect((error.cause as Error | undefined)?.message).toMatch(/ENOTFOUND|EAI_AGAIN/);
    expect(proxy.tunnels.length).toBe(before);
  });

  it('reaches a host in NO_PROXY directly and the others through the proxy', async (ctx) => {
    const name = hostname();
    const resolved = await lookup(name).catch(() => undefined);
    if (resolved === undefined) {
      console.warn(`skipped: this machine's own host name (${name}) does not resolve, so no direct connection by name can be made`);
      ctx.skip();
      return;
    }
    // Any interface: whatever address the host name resolves to reaches the stand-in.
    const forward = net.createServer((s) => s.pipe(net.connect(port, '127.0.0.1')).pipe(s));
    await new Promise<void>((resolve) => forward.listen(0, resolve));
    try {
      const direct = `http://${name}:${(forward.address() as AddressInfo).port}`;
      const before = { tunnels: proxy.tunnels.length, requests: gh.requests.log.length };
      const c = client({ HTTP_PROXY: proxy.url, NO_PROXY: `${name.toUpperCase()},example.org` }, direct);
      expect((await getRepo(c, { owner: 'acme', repo: 'access' })).fullName).toBe('acme/access');
      expect(gh.requests.log.length).toBe(before.requests + 1);
      expect(proxy.tunnels.length).toBe(before.tunnels);
      // The made-up name resolves nowhere: only the proxy reaches it.
      expect((await getRepo(client({ HTTP_PROXY: proxy.url, NO_PROXY: 'example.org' }), { owner: 'acme', repo: 'access' })).fullName).toBe('acme/access');
    } finally {
      await new Promise<void>((resolve) => forward.close(() => resolve()));
    }
  });

  it('refuses a proxy variable that is not an http(s) URL when the client is made', () => {
    expect(() => client({ HTTPS_PROXY: 'socks5://127.0.0.1:1080' })).toThrow(/E_GITHUB_INVALID_NAME/);
  });
});
