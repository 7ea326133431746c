import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../scripts/build.mjs';
import { parseOutputs, spawnNode } from '../support/check/action.js';
import { startCheckFixture, TOKEN, type CheckFixture } from '../support/check/fixture.js';
import { requestYaml } from '../support/check/requests.js';
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js';

/**
 * A self-hosted runner behind a corporate proxy: the built action, run as a
 * process with HTTPS_PROXY set, reaches a GitHub Enterprise Server it knows
 * as https://api.github.test/api/v3 only through a CONNECT proxy on
 * loopback, which counts its tunnels. Behind the proxy a TLS front with a
 * certificate for that name (trusted through NODE_EXTRA_CA_CERTS, as a
 * corporate CA would be) forwards to the stand-in. The name resolves
 * nowhere: a request that bypassed the proxy could not arrive.
 */
const run = promisify(execFile);
const HOST = 'api.github.test';
let out: string;
let certs: string;
let fx: CheckFixture;
let front: tls.Server;
let proxy: ConnectProxy;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'grantbook-proxy-dist-'));
  certs = await mkdtemp(path.join(tmpdir(), 'grantbook-proxy-certs-'));
  const openssl = run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '2',
    '-subj',
    `/CN=${HOST}`,
    '-addext',
    `subjectAltName=DNS:${HOST}`,
    '-keyout',
    path.join(certs, 'key.pem'),
    '-out',
    path.join(certs, 'cert.pem'),
  ]);
  [fx] = await Promise.all([startCheckFixture({ pathPrefix: '/api/v3' }), buildAll(out), openssl]);
  const standIn = Number(new URL(fx.gh.url).port);
  front = tls.createServer({ key: await readFile(path.join(certs, 'key.pem')), cert: await readFile(path.join(certs, 'cert.pem')) }, (s) => {
    const upstream = net.connect(standIn, '127.0.0.1');
    s.pipe(upstream).pipe(s);
    upstream.on('error', () => s.destroy());
    s.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const frontPort = (front.address() as AddressInfo).port;
  proxy = await startConnectProxy((authority) => (authority === `${HOST}:443` ? { host: '127.0.0.1', port: frontPort } : undefined));
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  await new Promise<void>((resolve) => (front === undefined ? resolve() : front.close(() => resolve())));
  await fx?.stop();
  await rm(out, { recursive: true, force: true });
  await rm(certs, { recursive: true, force: true });
});

async function checkStep(number: number, proxyEnv: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-proxy-step-'));
  try {
    await fx.fetch('main');
    const event = path.join(dir, 'event.json');
    await writeFile(event, JSON.stringify(await fx.payload(number)));
    await writeFile(path.join(dir, 'output'), '');
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      RUNNER_TEMP: dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: `https://${HOST}/api/v3`,
      GITHUB_REPOSITORY: `${fx.gh.owner}/${fx.gh.repo}`,
      GITHUB_OUTPUT: path.join(dir, 'output'),
      INPUT_COMMAND: 'check',
      'INPUT_GITHUB-TOKEN': TOKEN,
      'INPUT_WORKING-DIRECTORY': fx.clone,
      NODE_EXTRA_CA_CERTS: path.join(certs, 'cert.pem'),
      ...proxyEnv,
    };
    const result = await spawnNode([path.join(out, 'index.js')], env);
    return { ...result, outputs: parseOutputs(await readFile(path.join(dir, 'output'), 'utf8')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the action behind a proxy (HTTPS_PROXY, NO_PROXY)', () => {
  it('sends every API call through CONNECT tunnels to the Enterprise host, and judges the pull request', async () => {
    const pr = await fx.openPull({ 'access-requests/alice-inc-7001.yaml': requestYaml() });
    await fx.gh.review(pr.number, { user: 'bob', state: 'APPROVED' });
    const before = { tunnels: proxy.tunnels.length, requests: fx.gh.requests.log.length };
    const step = await checkStep(pr.number, { HTTPS_PROXY: proxy.url, NO_PROXY: 'example.org,.internal.corp' });
    expect(step.code, step.stdout + step.stderr).toBe(0);
    expect(step.outputs.decision).toBe('approved');
    const tunnels = proxy.tunnels.slice(before.tunnels);
    const requests = fx.gh.requests.log.slice(before.requests);
    // PR files, commits, reviews, team membership, CODEOWNERS errors, the comment: all of them arrived, through tunnels only.
    expect(requests.length).toBeGreaterThanOrEqual(6);
    expect(requests.every((r) => r.path.startsWith('/api/v3/'))).toBe(true);
    expect(tunnels.length).toBeGreaterThanOrEqual(1);
    expect(tunnels.length).toBeLessThanOrEqual(requests.length);
    expect(new Set(tunnels.map((t) => t.target))).toEqual(new Set([`${HOST}:443`]));
    // The token travels inside TLS inside the tunnel, never in what the proxy reads.
    for (const t of tunnels) expect(JSON.stringify(t.headers)).not.toContain(TOKEN);
    expect(proxy.plain).toEqual([]);
  }, 60_000);

  it('goes direct for a host in NO_PROXY, lower-case variables first: no tunnel, and this name resolves nowhere', async () => {
    const pr = await fx.openPull({ 'access-requests/alice-inc-7002.yaml': requestYaml() });
    const before = proxy.tunnels.length;
    const step = await checkStep(pr.number, { HTTPS_PROXY: proxy.url, no_proxy: `.github.test`, NO_PROXY: 'example.org' });
    expect(step.code).toBe(1);
    expect(step.outputs).toMatchObject({ decision: 'failed', 'reason-codes': 'E_GITHUB_UNAVAILABLE' });
    expect(proxy.tunnels.length).toBe(before);
  }, 60_000);
});
