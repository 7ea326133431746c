import type { LedgerGrant } from '../ledger/index.js';
import { codeSpan } from './escape.js';

/**
 * One recorded grant in words. Every name in it passed the ledger's strict
 * patterns (identifiers, logins, slugs), so it is safe in logs and Markdown.
 */
export function grantText(g: Pick<LedgerGrant, 'target' | 'principal' | 'spec'>): string {
  const s = g.spec;
  if (s.kind === 'table') return `${g.target}: ${s.privileges.join(', ')}${s.columns !== undefined ? ` (${s.columns.join(', ')})` : ''} ON ${s.schema}.${s.table} to ${g.principal}`;
  if (s.kind === 'team') return `${g.target}: ${g.principal} member of ${s.org}/${s.team}`;
  return `${g.target}: ${g.principal} ${s.permission} on ${s.owner}/${s.repo}`;
}

/**
 * The sentence a pull request gets about parts of a grant the person already
 * held before it; empty when there are none.
 */
export function heldNote(grants: readonly Pick<LedgerGrant, 'target' | 'principal' | 'spec' | 'already_held'>[], when: 'granted' | 'revoked'): string {
  const held = grants.filter((g) => g.already_held === true);
  if (held.length === 0) return '';
  const list = held.map((g) => `- ${codeSpan(grantText(g))}`).join('\n');
  const head =
    when === 'granted'
      ? 'Already held before this grant, not given by Grantbook: nothing was granted for it, and revocation leaves it in place.'
      : 'Left in place: held before the grant, not given by Grantbook.';
  return `\n\n${head}\n\n${list}`;
}

/** What the pull request is told once a grant is recorded (by apply, or by the repair of an interrupted run). */
export function grantedText(id: string, expiresAt: string, grants: readonly LedgerGrant[]): string {
  return `Granted \`${id}\` until ${expiresAt}. It is revoked automatically then; delete the request file in a pull request to give it up earlier.${heldNote(grants, 'granted')}`;
}
