import { builtin } from '../support/builtin-specs.js';
import { appendEvents, type LedgerFile, type SealedEvent } from '../../src/ledger/chain.js';
import { EMPTY_TIP, type ChainTip, type EventDraft } from '../../src/ledger/events.js';
import { fixedClock } from '../support/clock.js';
import { formatInstant, parseInstant } from '../../src/time/instant.js';

export const HOUR = 3_600_000;
export const T0 = parseInstant('2025-01-31T22:00:00Z') ?? 0;

const sha = (c: string): string => c.repeat(40);
export const ACTOR = { run_id: '9876543210', workflow: 'acme/access/.github/workflows/apply.yml@refs/heads/main', sha: sha('a') };

/** A granted (or intent) draft starting at `start` for `hours`. */
export function grantedDraft(request: string, start: number, hours = 2, extra: Partial<Record<string, unknown>> = {}): EventDraft {
  return {
    type: 'granted',
    request,
    actor: ACTOR,
    pr: { number: 42, head_sha: sha('b'), merge_sha: sha('c') },
    requester: { login: 'alice', id: 583231 },
    grantees: [{ login: 'alice', id: 583231 }],
    approvers: [{ login: 'carol', id: 583232, review_id: 1_234_567, commit_id: sha('b') }],
    profile: 'orders-readonly',
    request_blob: sha('d'),
    grants: [
      {
        target: 'orders-prod',
        provider: 'postgres',
        principal: 'alice',
        spec: builtin({ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] }),
      },
      { target: 'github-acme', provider: 'github', principal: 'alice', spec: builtin({ kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' }) },
    ],
    granted_at: formatInstant(start),
    expires_at: formatInstant(start + hours * HOUR),
    duration: `${hours}h`,
    ticket: 'INC-4211',
    reason: 'Investigate duplicate charges reported in INC-4211',
    ...extra,
  } as EventDraft;
}

type DraftOf<T extends EventDraft['type']> = Extract<EventDraft, { type: T }>;

export function revokedDraft(request: string, targets: readonly string[] = ['orders-prod', 'github-acme'], lateMs = 1000): DraftOf<'revoked'> {
  return { type: 'revoked', request, actor: ACTOR, targets, verified: true, cause: 'expired', late_ms: lateMs };
}

export function revokeFailedDraft(request: string, target = 'orders-prod'): DraftOf<'revoke_failed'> {
  return {
    type: 'revoke_failed',
    request,
    actor: ACTOR,
    target,
    reason: { code: 'E_PROVIDER_REVOKE_NOT_VERIFIED', message: 'revocation of request x is not verified' },
    attempts: 3,
  };
}

/** Seals drafts one batch per entry of `times`, each batch at its own instant. */
export function sealBatches(batches: readonly { at: number; drafts: readonly EventDraft[] }[], tip: ChainTip = EMPTY_TIP): SealedEvent[] {
  const out: SealedEvent[] = [];
  let current = tip;
  for (const batch of batches) {
    const sealed = appendEvents(current, batch.drafts, fixedClock(batch.at));
    out.push(...sealed);
    const last = sealed[sealed.length - 1];
    if (last !== undefined) current = { seq: last.event.seq, hash: last.event.hash, at: parseInstant(last.event.at) ?? 0 };
  }
  return out;
}

/** Groups sealed events into their month files. */
export function toFiles(sealed: readonly SealedEvent[]): LedgerFile[] {
  const byPath = new Map<string, string>();
  for (const s of sealed) byPath.set(s.path, `${byPath.get(s.path) ?? ''}${s.line}\n`);
  return [...byPath].map(([path, text]) => ({ path, text }));
}

/** A valid two-month ledger: 3 events in January, 3 in February. */
export function twoMonthLedger(): { sealed: SealedEvent[]; files: LedgerFile[] } {
  const sealed = sealBatches([
    { at: T0, drafts: [grantedDraft('alice-inc-1', T0)] },
    { at: T0 + 10_000, drafts: [grantedDraft('bob-inc-2', T0 + 10_000, 1)] },
    { at: T0 + HOUR, drafts: [revokedDraft('bob-inc-2')] },
    { at: T0 + 3 * HOUR, drafts: [revokedDraft('alice-inc-1'), grantedDraft('carol-inc-3', T0 + 3 * HOUR, 4)] },
    { at: T0 + 4 * HOUR, drafts: [revokeFailedDraft('carol-inc-3')] },
  ]);
  return { sealed, files: toFiles(sealed) };
}

/** Replaces line `line` (1-based) of a file's text. */
export function editLine(text: string, line: number, edit: (l: string) => string | undefined): string {
  const lines = text.split('\n');
  const next = edit(lines[line - 1] ?? '');
  if (next === undefined) lines.splice(line - 1, 1);
  else lines[line - 1] = next;
  return lines.join('\n');
}
