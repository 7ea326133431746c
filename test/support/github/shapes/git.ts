import type { CommitObject, TreeEntry } from '../git.js';
import type { Urls } from './urls.js';
import { nodeId } from './users.js';

interface RepoUrls {
  readonly urls: Urls;
  readonly owner: string;
  readonly repoName: string;
}

const api = (r: RepoUrls, path: string): string => r.urls.repoApi(r.owner, r.repoName, path);

export function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

export function gitCommit(r: RepoUrls, c: CommitObject): Record<string, unknown> {
  const person = (s: CommitObject['author']): Record<string, unknown> => ({
    name: s.name,
    email: s.email,
    date: isoSeconds(s.time),
  });
  return {
    sha: c.sha,
    node_id: nodeId('C', c.sha),
    url: api(r, `/git/commits/${c.sha}`),
    html_url: r.urls.web(`/${r.owner}/${r.repoName}/commit/${c.sha}`),
    author: person(c.author),
    committer: person(c.committer),
    tree: { sha: c.tree, url: api(r, `/git/trees/${c.tree}`) },
    message: c.message,
    parents: c.parents.map((p) => ({
      sha: p,
      url: api(r, `/git/commits/${p}`),
      html_url: r.urls.web(`/${r.owner}/${r.repoName}/commit/${p}`),
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

export function gitTree(r: RepoUrls, sha: string, entries: readonly TreeEntry[], truncated: boolean): Record<string, unknown> {
  return {
    sha,
    url: api(r, `/git/trees/${sha}`),
    tree: entries.map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.type === 'blob' ? { size: e.size ?? 0, url: api(r, `/git/blobs/${e.sha}`) } : {}),
      ...(e.type === 'tree' ? { url: api(r, `/git/trees/${e.sha}`) } : {}),
    })),
    truncated,
  };
}

export function gitRef(r: RepoUrls, fullName: string, sha: string): Record<string, unknown> {
  return {
    ref: fullName,
    node_id: nodeId('REF', `${r.owner}/${r.repoName}/${fullName}`),
    url: api(r, `/git/${fullName}`),
    object: { type: 'commit', sha, url: api(r, `/git/commits/${sha}`) },
  };
}

/** GitHub wraps base64 at 60 columns in blob and contents payloads. */
export function base64Wrapped(bytes: Buffer): string {
  const b64 = bytes.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 60) lines.push(b64.slice(i, i + 60));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export function blob(r: RepoUrls, sha: string, bytes: Buffer): Record<string, unknown> {
  return {
    sha,
    node_id: nodeId('B', sha),
    size: bytes.length,
    url: api(r, `/git/blobs/${sha}`),
    content: base64Wrapped(bytes),
    encoding: 'base64',
  };
}

export function shortBlob(r: RepoUrls, sha: string): Record<string, unknown> {
  return { url: api(r, `/git/blobs/${sha}`), sha };
}

export type ContentType = 'file' | 'dir' | 'symlink' | 'submodule';

/** Common fields of every contents API entry. */
export function contentEntry(r: RepoUrls, e: { type: ContentType; path: string; sha: string; size: number }, ref: string): Record<string, unknown> {
  const path = encodeURI(e.path);
  const self = `${api(r, `/contents/${path}`)}?ref=${encodeURIComponent(ref)}`;
  const git = e.type === 'dir' ? api(r, `/git/trees/${e.sha}`) : e.type === 'submodule' ? null : api(r, `/git/blobs/${e.sha}`);
  const html = r.urls.web(`/${r.owner}/${r.repoName}/${e.type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`);
  const download = e.type === 'file' || e.type === 'symlink' ? r.urls.web(`/raw/${r.owner}/${r.repoName}/${ref}/${path}`) : null;
  return {
    type: e.type,
    size: e.size,
    name: e.path.slice(e.path.lastIndexOf('/') + 1),
    path: e.path,
    sha: e.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: download,
    _links: { self, git, html },
  };
}
