import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubClient } from '../../src/github/client.js';
import { type GithubError, NonFastForwardError } from '../../src/github/errors.js';
import { getFileAtRef, listDirectory } from '../../src/github/files.js';
import {
  createBlob,
  createCommit,
  createRef,
  createTree,
  getBlob,
  getCommit,
  getRef,
  getTree,
  gitBlobSha,
  updateRefFastForward,
} from '../../src/github/git-data.js';
import { GithubStandIn } from '../support/github/index.js';
import { type Fixture, WRITE_TOKEN, startFixture } from './fixture.js';

let f: Fixture;
let client: GithubClient;
let base: string;
/** The commit that still has access-requests/big.yaml. */
let withBig: string;

beforeAll(async () => {
  f = await startFixture();
  client = f.client();
  const first = (await f.gh.refSha('main')) ?? '';
  base = await f.gh.commit({
    branch: 'main',
    author: 'bob',
    files: {
      'access-requests/alice.yaml': 'requester: alice\n',
      'access-requests/run.sh': { content: '#!/bin/sh\n', mode: '100755' },
      'access-requests/sneaky.yaml': { symlink: '../policies/targets.yaml' },
      'access-requests/vendored': { submodule: first },
      'access-requests/big.yaml': 'x'.repeat(5000),
      'policies/targets.yaml': 'targets: {}\n',
    },
  });
  withBig = base;
});
afterAll(async () => {
  await f.stop();
});

describe('git data through the port', () => {
  it('writes a blob, a tree and a commit, then fast-forwards the branch', async () => {
    const event = '{"event":"granted"}\n';
    const blob = await createBlob(client, f.repo, event);
    expect(blob).toBe(gitBlobSha(new TextEncoder().encode(event)));
    expect(new TextDecoder().decode((await getBlob(client, f.repo, blob)).bytes)).toBe(event);
    const parent = await getCommit(client, f.repo, base);
    const tree = await createTree(client, f.repo, {
      baseTree: parent.tree,
      entries: [
        { path: 'audit/2026/events.jsonl', mode: '100644', sha: blob },
        { path: 'access-requests/big.yaml', mode: '100644', sha: null },
      ],
    });
    const commit = await createCommit(client, f.repo, {
      message: 'grantbook: granted alice-inc-4211',
      tree,
      parents: [base],
      author: { name: 'Grantbook', email: 'grantbook@example.invalid' },
    });
    await updateRefFastForward(client, f.repo, 'heads/main', commit);
    expect(await getRef(client, f.repo, 'heads/main')).toBe(commit);
    const read = await getCommit(client, f.repo, commit);
    expect(read).toMatchObject({ tree, parents: [base], author: { name: 'Grantbook' } });
    const listed = await getTree(client, f.repo, tree, { recursive: true });
    expect(listed.entries.map((e) => e.path)).toContain('audit/2026/events.jsonl');
    expect(listed.entries.map((e) => e.path)).not.toContain('access-requests/big.yaml');
    base = commit;
  });

  it('turns a non-fast-forward update into a typed error, leaving the branch alone', async () => {
    const tip = (await getRef(client, f.repo, 'heads/main')) ?? '';
    const tree = (await getCommit(client, f.repo, tip)).tree;
    // Two writers build on the same tip; the second one loses the race.
    const first = await createCommit(client, f.repo, { message: 'first', tree, parents: [tip] });
    const second = await createCommit(client, f.repo, { message: 'second', tree, parents: [tip] });
    await updateRefFastForward(client, f.repo, 'heads/main', first);
    const error = await updateRefFastForward(client, f.repo, 'heads/main', second).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NonFastForwardError);
    expect((error as NonFastForwardError).code).toBe('E_GITHUB_NOT_FAST_FORWARD');
    expect(await getRef(client, f.repo, 'heads/main')).toBe(first);
    base = first;
  });

  it('creates a ref once and reports an existing one; a missing ref reads as undefined', async () => {
    expect(await createRef(client, f.repo, 'heads/ledger-lock', base)).toBe(true);
    expect(await createRef(client, f.repo, 'heads/ledger-lock', base)).toBe(false);
    expect(await getRef(client, f.repo, 'heads/does-not-exist')).toBeUndefined();
  });

  it('fails closed on a truncated recursive tree', async () => {
    const small = await GithubStandIn.start({ treeEntryLimit: 3 });
    try {
      small.addUser({ login: 'bot', type: 'Bot' });
      small.addToken(WRITE_TOKEN, 'bot');
      const sha = await small.commit({ branch: 'main', files: { 'a/1': '1', 'a/2': '2', 'b/3': '3' } });
      const c = f.client({ baseUrl: small.url });
      const repo = { owner: small.owner, repo: small.repo };
      const tree = (await getCommit(c, repo, sha)).tree;
      expect((await getTree(c, repo, tree)).entries).toHaveLength(2);
      const error = await getTree(c, repo, tree, { recursive: true }).catch((e: unknown) => e);
      expect((error as GithubError).code).toBe('E_GITHUB_LIST_TRUNCATED');
    } finally {
      await small.stop();
    }
  });
});

describe('files at a commit through the port', () => {
  it('returns bytes, blob sha and mode of a regular file', async () => {
    const file = await getFileAtRef(client, f.repo, base, 'access-requests/alice.yaml');
    expect(file).toMatchObject({ kind: 'file', mode: '100644', size: 17 });
    expect(new TextDecoder().decode(file?.bytes)).toBe('requester: alice\n');
    expect(file?.sha).toBe(gitBlobSha(file?.bytes ?? new Uint8Array()));
  });

  it('shows a symlink for what it is, where the contents API would serve the target', async () => {
    const link = await getFileAtRef(client, f.repo, base, 'access-requests/sneaky.yaml');
    expect(link).toMatchObject({ kind: 'symlink', mode: '120000', bytes: undefined });
    const res = await fetch(`${f.gh.url}/repos/acme/access/contents/access-requests/sneaky.yaml?ref=${base}`, {
      headers: { authorization: `token ${WRITE_TOKEN}` },
    });
    expect(((await res.json()) as { type: string }).type).toBe('file');
  });

  it('describes executables, submodules, directories and oversized files; absent paths are undefined', async () => {
    expect(await getFileAtRef(client, f.repo, base, 'access-requests/run.sh')).toMatchObject({ kind: 'executable' });
    expect(await getFileAtRef(client, f.repo, base, 'access-requests/vendored')).toMatchObject({ kind: 'submodule', bytes: undefined });
    expect(await getFileAtRef(client, f.repo, base, 'access-requests')).toMatchObject({ kind: 'directory', bytes: undefined });
    const big = await getFileAtRef(client, f.repo, withBig, 'access-requests/big.yaml', { maxBytes: 4096 });
    expect(big).toMatchObject({ kind: 'file', size: 5000, bytes: undefined });
    expect((await getFileAtRef(client, f.repo, withBig, 'access-requests/big.yaml'))?.bytes).toHaveLength(5000);
    expect(await getFileAtRef(client, f.repo, base, 'access-requests/nobody.yaml')).toBeUndefined();
    expect(await getFileAtRef(client, f.repo, base, 'README.md/child')).toBeUndefined();
  });

  it('lists a directory with kinds, and refuses malformed paths and refs before any request', async () => {
    const entries = await listDirectory(client, f.repo, base, 'access-requests');
    expect(entries?.map((e) => [e.path, e.kind])).toContainEqual(['access-requests/sneaky.yaml', 'symlink']);
    expect(await listDirectory(client, f.repo, base, 'nothing-here')).toBeUndefined();
    const before = f.gh.requests.log.length;
    for (const bad of ['../etc/passwd', 'a//b', '/abs', 'a/./b']) {
      const error = await getFileAtRef(client, f.repo, base, bad).catch((e: unknown) => e);
      expect((error as GithubError).code).toBe('E_GITHUB_INVALID_NAME');
    }
    const error = await getFileAtRef(client, f.repo, 'main', 'README.md').catch((e: unknown) => e);
    expect((error as GithubError).code).toBe('E_GITHUB_INVALID_NAME');
    expect(f.gh.requests.log.length).toBe(before);
  });
});
