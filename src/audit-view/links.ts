import type { LedgerSpot } from './grant-rows.js';

/**
 * Where the export's links point: the access repository on GitHub (or a
 * GitHub Enterprise server), and the commit the ledger was read at. Without
 * a repository the export carries ids only (pull request numbers, SHAs,
 * file:line and seq), never a guessed URL.
 */
export interface ExportLinks {
  /** `https://github.com/acme/access` */
  readonly base: string;
  /** The checkout's commit: ledger lines are linked at it, so links keep pointing at the same bytes. */
  readonly ref?: string;
}

const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/;
const PART = /^[A-Za-z0-9_.-]{1,100}$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** A base URL from parts already held to GitHub's name rules; undefined when any part is not. */
export function exportLinks(server: string, owner: string, repo: string, ref?: string): ExportLinks | undefined {
  const host = server.replace(/\/+$/, '');
  if (!SERVER.test(host) || !PART.test(owner) || !PART.test(repo) || owner === '.' || owner === '..' || repo === '.' || repo === '..') return undefined;
  return { base: `${host}/${owner}/${repo}`, ...(ref !== undefined && SHA.test(ref) ? { ref } : {}) };
}

export function pullUrl(links: ExportLinks, pull: number): string {
  return `${links.base}/pull/${pull}`;
}

export function commitUrl(links: ExportLinks, sha: string): string {
  return `${links.base}/commit/${encodeURIComponent(sha)}`;
}

/** GitHub's blame of the ledger line at the checkout's commit: it names the commit that added the line. */
export function ledgerLineUrl(links: ExportLinks, spot: LedgerSpot): string | undefined {
  if (links.ref === undefined) return undefined;
  return `${links.base}/blame/${links.ref}/${spot.file.split('/').map(encodeURIComponent).join('/')}#L${spot.line}`;
}

export function runUrl(links: ExportLinks, runId: string): string {
  return `${links.base}/actions/runs/${encodeURIComponent(runId)}`;
}
