import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../src/github/client.js';
import { nodeFetch } from '../../src/github/transport.js';

/** What a test server saw of one request. */
interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

/** A plain HTTP server on 127.0.0.1 whose answers each test sets. */
async function server(): Promise<{ url: string; seen: Seen[]; on(path: string, handler: Handler): void; close(): Promise<void> }> {
  const handlers = new Map<string, Handler>();
  const seen: Seen[] = [];
  const srv = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const handler = handlers.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (handler === undefined) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
        return;
      }
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    on: (path, handler) => handlers.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        srv.closeAllConnections();
        srv.close(() => resolve());
      }),
  };
}

let a: Awaited<ReturnType<typeof server>>;
let b: Awaited<ReturnType<typeof server>>;
beforeAll(async () => {
  [a, b] = await Promise.all([server(), server()]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

const json = (res: http.ServerResponse, status: number, data: unknown, headers: http.OutgoingHttpHeaders = {}) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(data));

describe('nodeFetch: the fetch Octokit calls, over node:http', () => {
  it('sends method, headers and body with a length, and answers status, url, headers, text and bytes', async () => {
    a.on('/echo', (req, res, body) => json(res, 201, { method: req.method, body, length: req.headers['content-length'] ?? null }, { 'x-b': '2', 'x-a': '1' }));
    const res = await nodeFetch(`${a.url}/echo`, { method: 'post', headers: { 'Content-Type': 'application/json', 'X-Token': 't' }, body: '{"ü":1}' });
    expect(res.status).toBe(201);
    expect(res.ok).toBe(true);
    expect(res.url).toBe(`${a.url}/echo`);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ method: 'POST', body: '{"ü":1}', length: '8' });
    expect(res.headers.get('X-A')).toBe('1');
    const names = [...res.headers].map(([name]) => name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('x-b');
    expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe(text);
    expect(a.seen.at(-1)?.headers['x-token']).toBe('t');
  });

  it('undoes a gzip encoding and refuses an unknown one', async () => {
    a.on('/gz', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('hello')));
    a.on('/odd', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'zstd-ish' }).end('x'));
    expect(await (await nodeFetch(`${a.url}/gz`)).text()).toBe('hello');
    await expect(nodeFetch(`${a.url}/odd`)).rejects.toThrow(TypeError);
  });

  it('follows redirects as fetch does: 307 keeps the method and body, 303 becomes a GET without them', async () => {
    a.on('/keep', (_req, res) => res.writeHead(307, { location: '/landed' }).end());
    a.on('/see-other', (_req, res) => res.writeHead(303, { location: '/landed' }).end());
    a.on('/landed', (req, res, body) => json(res, 200, { method: req.method, body, type: req.headers['content-type'] ?? null }));
    const kept = await nodeFetch(`${a.url}/keep`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
    expect(JSON.parse(await kept.text())).toEqual({ method: 'PATCH', body: '{"x":1}', type: 'application/json' });
    expect(kept.url).toBe(`${a.url}/landed`);
    expect(kept.redirected).toBe(true);
    const seeOther = await nodeFetch(`${a.url}/see-other`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
    expect(JSON.parse(await seeOther.text())).toEqual({ method: 'GET', body: '', type: null });
  });

  it('never carries the token to another origin, and gives up after 20 redirects', async () => {
    b.on('/elsewhere', (req, res) => json(res, 200, { authorization: req.headers.authorization ?? null, other: req.headers['x-other'] ?? null }));
    a.on('/away', (_req, res) => res.writeHead(302, { location: `${b.url}/elsewhere` }).end());
    a.on('/loop', (_req, res) => res.writeHead(302, { location: '/loop' }).end());
    const res = await nodeFetch(`${a.url}/away`, { headers: { authorization: 'token secret', 'x-other': 'kept' } });
    expect(JSON.parse(await res.text())).toEqual({ authorization: null, other: 'kept' });
    await expect(nodeFetch(`${a.url}/loop`)).rejects.toThrow(TypeError);
    const before = a.seen.length;
    await expect(nodeFetch(`${a.url}/loop`)).rejects.toThrow(TypeError);
    expect(a.seen.length - before).toBe(21);
  });

  it('returns the redirect itself with redirect: manual, and fails with redirect: error', async () => {
    a.on('/moved', (_req, res) => res.writeHead(301, { location: '/landed' }).end());
    expect((await nodeFetch(`${a.url}/moved`, { redirect: 'manual' })).status).toBe(301);
    await expect(nodeFetch(`${a.url}/moved`, { redirect: 'error' })).rejects.toThrow(TypeError);
  });

  it('rejects with the signal reason when aborted, and with a TypeError carrying the cause when the connection fails', async () => {
    a.on('/slow', (_req, res) => setTimeout(() => json(res, 200, {}), 5_000).unref());
    const controller = new AbortController();
    const pending = nodeFetch(`${a.url}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    a.on('/reset', (req) => req.socket.destroy());
    await expect(nodeFetch(`${a.url}/reset`)).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: expect.any(Error) });
  });

  it('fails on an answer cut short, and on an abort while the body is still coming', async () => {
    a.on('/cut', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    await expect(nodeFetch(`${a.url}/cut`)).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    a.on('/trickle', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      setTimeout(() => res.end(']'), 5_000).unref();
    });
    const controller = new AbortController();
    const pending = nodeFetch(`${a.url}/trickle`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a URL carrying credentials, first or by redirect, and anything but http(s)', async () => {
    a.on('/to-creds', (_req, res) => res.writeHead(302, { location: `${b.url.replace('http://', 'http://user:pw@')}/elsewhere` }).end());
    const before = b.seen.length;
    await expect(nodeFetch(`${a.url}/to-creds`)).rejects.toThrow(TypeError);
    await expect(nodeFetch(`${b.url.replace('http://', 'http://user:pw@')}/elsewhere`)).rejects.toThrow(TypeError);
    await expect(nodeFetch('file:///etc/passwd')).rejects.toThrow(TypeError);
    expect(b.seen.length).toBe(before);
  });
});

describe('the GitHub client over nodeFetch', () => {
  it('retries a dropped connection and then fails closed with E_GITHUB_UNAVAILABLE', async () => {
    let calls = 0;
    a.on('/repos/acme/access', (req) => {
      calls += 1;
      req.socket.destroy();
    });
    const client = createGithubClient({ token: 't', baseUrl: a.url, waitScale: 0.001, retries: 2 });
    const { toGithubError } = await import('../../src/github/errors.js');
    const error = await client.octokit.rest.repos.get({ owner: 'acme', repo: 'access' }).catch((e: unknown) => toGithubError('GET /repos/{owner}/{repo}', e));
    expect(error).toMatchObject({ code: 'E_GITHUB_UNAVAILABLE' });
    expect(calls).toBe(3);
  });

  it('reads JSON, paginates by the link header, and surfaces a 404 with its status', async () => {
    a.on('/repos/acme/access/pulls', (req, res) => {
      const page = Number(new URL(req.url ?? '/', a.url).searchParams.get('page') ?? '1');
      const link = page === 1 ? { link: `<${a.url}/repos/acme/access/pulls?page=2>; rel="next"` } : {};
      json(res, 200, [{ number: page }], link);
    });
    const client = createGithubClient({ token: 't', baseUrl: a.url, waitScale: 0.001 });
    const pulls = await client.octokit.paginate(client.octokit.rest.pulls.list, { owner: 'acme', repo: 'access' });
    expect(pulls.map((p) => p.number)).toEqual([1, 2]);
    await expect(client.octokit.rest.repos.get({ owner: 'acme', repo: 'gone' })).rejects.toMatchObject({ status: 404 });
  });
});
