import type { LedgerGrant } from '../ledger/index.js';
import { activeRegistry } from '../providers/catalog.js';
import type { ProviderRegistry } from '../providers/descriptor.js';
import { codeSpan } from './escape.js';

/**
 * One recorded grant in words. Every name in it passed the ledger's strict
 * patterns (identifiers, logins, slugs), so it is safe in logs and Markdown.
 */
export function grantText(
  g: Pick<LedgerGrant, 'target' | 'principal' | 'spec'> & { readonly provider?: string },
  registry: ProviderRegistry = activeRegistry(),
): string {
  // Without the provider, the one that records the spec's kind.
  const descriptor = g.provider !== undefined ? registry.descriptor(g.provider) : registry.descriptors.find((d) => d.kinds.some((k) => k.name === g.spec.kind));
  // A verified ledger names only registered providers; the fallback names the kind and nothing of the spec.
  return descriptor === undefined ? `${g.target}: ${g.principal} ${g.spec.kind}` : descriptor.describe(g.spec, g.principal, g.target);
}

/**
 * The sentence a pull request gets about parts of a grant the person already
 * held before it; empty when there are none.
 */
export function heldNote(
  grants: readonly (Pick<LedgerGrant, 'target' | 'principal' | 'spec' | 'already_held'> & { readonly provider?: string })[],
  when: 'granted' | 'revoked',
): string {
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
