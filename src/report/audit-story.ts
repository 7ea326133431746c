import type { ActivityEvent, GrantedEvent, LedgerEvent, LedgerGrant } from '../ledger/index.js';
import { recordedUses } from '../providers/applied.js';
import { activeRegistry } from '../providers/catalog.js';
import type { ProviderRegistry } from '../providers/descriptor.js';
import { renderActivity, limitText } from './activity.js';
import { grantText } from './grant-text.js';
import { usageText } from './usage-text.js';

/** Where links point: `https://github.com` (or a GitHub Enterprise server) and the access repository. */
export interface RepoLinks {
  readonly server: string;
  readonly owner: string;
  readonly repo: string;
}

/**
 * One request's whole story from the ledger, oldest first: the request and
 * who approved it, the grant, the activity baseline, alerts, the revocation
 * and what the access was used for, with links to the pull request and the
 * commits the events name. Pure: the events are already verified data, and
 * every free-text field passed the ledger's character checks.
 */
export function renderStory(request: string, events: readonly LedgerEvent[], links?: RepoLinks): string {
  const mine = events.filter((e) => e.request === request);
  const lines: string[] = [`# Request ${request}`, ''];
  if (mine.length === 0) return `${lines.join('\n')}The ledger names no such request.\n`;
  const base = links === undefined ? undefined : `${links.server.replace(/\/+$/, '')}/${links.owner}/${links.repo}`;
  const commit = (sha: string): string => (base === undefined ? sha.slice(0, 12) : `[${sha.slice(0, 12)}](${base}/commit/${sha})`);
  const pull = (n: number): string => (base === undefined ? `#${n}` : `[#${n}](${base}/pull/${n})`);

  const grant = mine.find((e) => e.type === 'granted') ?? mine.find((e) => e.type === 'intent');
  if (grant !== undefined && (grant.type === 'granted' || grant.type === 'intent')) {
    lines.push(
      `- Pull request: ${pull(grant.pr.number)}, head ${commit(grant.pr.head_sha)}, merged as ${commit(grant.pr.merge_sha)}`,
      `- Requester: ${grant.requester.login} (id ${grant.requester.id}); grantees: ${grant.grantees.map((g) => `${g.login} (id ${g.id})`).join(', ')}`,
      `- Profile: ${grant.profile}; duration ${grant.duration}${grant.ticket !== undefined ? `; ticket ${grant.ticket}` : ''}${grant.extends !== undefined ? `; extends ${grant.extends}` : ''}`,
      ...(grant.reason !== undefined ? [`- Reason: ${grant.reason.replace(/\n/g, ' ')}`] : []),
      `- Approved by: ${grant.approvers.map((a) => `${a.login} (id ${a.id}, review ${a.review_id} at ${commit(a.commit_id)})`).join('; ')}`,
      `- Request file blob: ${grant.request_blob}`,
      '',
    );
  }
  const held = grant !== undefined && (grant.type === 'granted' || grant.type === 'intent') ? grant.grants.filter((g) => g.already_held === true) : [];
  if (held.length > 0) {
    const ended = mine.some((e) => e.type === 'revoked');
    lines.push(
      '## Already held before the grant',
      '',
      `Grantbook granted nothing for these parts and ${ended ? 'left them in place at revocation' : 'leaves them in place at revocation'}: the person held them before the request, not through a live Grantbook grant.`,
      '',
      ...held.map((g) => `- ${grantText(g)}`),
      '',
    );
  }
  lines.push(...targetLines(mine));
  lines.push('## Timeline', '');
  for (const e of mine) lines.push(`- ${e.at} #${e.seq} ${describe(e)} (run ${e.actor.run_id} at ${commit(e.actor.sha)})`);
  const summaries = mine.filter((e): e is ActivityEvent => e.type === 'activity' && e.kind === 'summary');
  if (summaries.length > 0) lines.push('', renderActivity(summaries).replace(/^####/, '##').trimEnd());
  return `${lines.join('\n')}\n`;
}

/**
 * Per target, what the `granted` event recorded: whether the target ends the
 * grant by itself (the expiry backstop) and, while the grant is live (no
 * `revoked` yet), how the person uses it. Nothing for a grant recorded
 * without `applied` (before the field, or by the repair of an interrupted run).
 */
function targetLines(mine: readonly LedgerEvent[], registry: ProviderRegistry = activeRegistry()): string[] {
  const granted = mine.filter((e): e is GrantedEvent => e.type === 'granted').at(-1);
  if (granted?.applied === undefined) return [];
  const live = !mine.some((e) => e.type === 'revoked' && e.seq > granted.seq);
  const lines: string[] = ['## On each target', ''];
  for (const u of recordedUses(granted, registry)) {
    lines.push(`${u.target} (${u.provider}, ${u.principal}):`);
    // Absent: the provider has none, or the run that read it was interrupted before recording it (repair.ts).
    lines.push(`- expiry backstop: ${u.backstop ?? 'not recorded'}`);
    if (u.steps.length > 0 && live) lines.push(`- how to use it until ${granted.expires_at}:`, ...usageText(u.steps, '  '));
    lines.push('');
  }
  return lines;
}

function describe(e: LedgerEvent): string {
  switch (e.type) {
    case 'intent':
      return `intent to grant until ${e.expires_at}: ${e.grants.map(partText).join('; ')}`;
    case 'granted':
      return `granted at ${e.granted_at} until ${e.expires_at}: ${e.grants.map(partText).join('; ')}`;
    case 'grant_refused':
      return `refused: ${e.reasons.map((r) => r.code).join(', ')}`;
    case 'revoke_failed':
      return `revocation on ${e.target} failed after ${e.attempts} attempt(s): ${e.reason.code} ${e.reason.message}`;
    case 'revoked':
      return `revoked on ${e.targets.join(', ')} (${e.cause}), verified by read-back${e.late_ms !== undefined ? `, ${Math.round(e.late_ms / 1000)} s after expiry` : ''}`;
    case 'drift_found':
      return `drift on ${e.target}: ${e.what}${e.principal !== undefined ? ` (${e.principal})` : ''}`;
    case 'alert':
      return `ALERT on ${e.target} (${e.principal}): ${limitText(e.limit)} ${e.observed} > ${e.allowed}${e.action === 'revoke' ? ', revoked early' : ''}`;
    case 'activity': {
      const what = e.kind === 'baseline' ? 'activity baseline' : 'activity during the window';
      if (e.status !== 'observed') return `${what} on ${e.target} (${e.principal}): not observable, ${e.reason?.code ?? 'unknown'}`;
      const t = e.totals;
      return `${what} on ${e.target} (${e.principal}): ${t?.calls ?? 0} call(s), ${t?.rows ?? 0} row(s)${e.kind === 'baseline' ? ' so far' : ''}${e.flags !== undefined ? ` [${e.flags.join(', ')}]` : ''}`;
    }
  }
}

/** A part of the grant; one held before it is marked, since nothing was granted for it. */
function partText(g: LedgerGrant): string {
  return g.already_held === true ? `${grantText(g)} (already held; left in place)` : grantText(g);
}
