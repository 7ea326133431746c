import { CREDENTIAL_KINDS, findCredential } from '../load/credentials.js';
import { matches } from '../shared/patterns.js';
import type { RawGrant } from '../load/raw.js';
import { findSuspects } from '../load/text.js';
import { catalog, type CatalogTable, type CatalogTarget } from './catalog.js';
import type { PolicySet, Profile } from '../policy/types.js';
import { durationMs } from '../time/duration.js';
import { bundleGrantText } from './profiles.js';
import type { Choice, Prompter } from './prompt.js';
import { refuse, type RequestDraft } from './request-draft.js';

/** A flag that is missing or not one of the accepted values: exit 2, naming the flag. */
export class UsageError extends Error {}

export interface NewFlags {
  readonly profile?: string;
  readonly target?: string;
  readonly table?: string;
  readonly columns?: string;
  readonly allColumns?: boolean;
  readonly privileges?: string;
  readonly bundle?: string;
  readonly team?: string;
  readonly repo?: string;
  readonly permission?: string;
  readonly duration?: string;
  readonly reason?: string;
  readonly ticket?: string;
}

/**
 * Where answers come from: flags first; then, only when stdin is a terminal,
 * a question offering the choices the policy allows; otherwise the flag is
 * recorded as missing. A question with exactly one possible answer is not
 * asked, in either mode.
 */
export class Answers {
  readonly missing: string[] = [];

  constructor(
    readonly prompter: Prompter | undefined,
    readonly say: (text: string) => void,
  ) {}

  async one(flag: string, label: string, given: string | undefined, choices: readonly Choice[]): Promise<string | undefined> {
    if (given !== undefined) return given;
    const [only] = choices;
    if (choices.length === 1 && only !== undefined) {
      this.say(`${label}: ${only.value} (the only choice)`);
      return only.value;
    }
    if (this.prompter !== undefined && choices.length > 0) return this.prompter.choose(label, choices);
    this.missing.push(`--${flag}`);
    return undefined;
  }

  async many(flag: string, label: string, given: string | undefined, choices: readonly Choice[]): Promise<string[] | undefined> {
    if (given !== undefined) return splitList(given);
    const [only] = choices;
    if (choices.length === 1 && only !== undefined) {
      this.say(`${label}: ${only.value} (the only choice)`);
      return [only.value];
    }
    if (this.prompter !== undefined && choices.length > 0) return this.prompter.chooseMany(label, choices);
    this.missing.push(`--${flag}`);
    return undefined;
  }

  async text(
    flag: string,
    label: string,
    given: string | undefined,
    o: { required: boolean; default?: string; check: (v: string) => string | undefined },
  ): Promise<string | undefined> {
    if (given !== undefined) return given;
    if (this.prompter !== undefined) return this.prompter.text(label, o);
    if (o.default !== undefined) return o.default;
    if (o.required) this.missing.push(`--${flag}`);
    return undefined;
  }

  /** Stops when flags are missing: nothing further can be decided without them. */
  stopIfMissing(): void {
    if (this.missing.length === 0) return;
    throw new UsageError(`missing ${[...new Set(this.missing)].join(', ')} (stdin is not a terminal, so nothing can be asked)`);
  }
}

export function splitList(text: string): string[] {
  return text.split(/[\s,]+/).filter((t) => t !== '');
}

/** Free text as the loader will judge it, said at once so the person can retype it. */
export function freeTextProblem(text: string): string | undefined {
  const kind = findCredential(text);
  if (kind !== undefined) return `That looks like ${CREDENTIAL_KINDS[kind]}. Never paste credentials into a request (and rotate that one).`;
  const [suspect] = findSuspects(text, { fileStart: false, limit: 1 });
  return suspect !== undefined ? `That contains ${suspect.what}; use plain text.` : undefined;
}

export function durationProblem(profile: Profile): (d: string) => string | undefined {
  return (d) => {
    const length = durationMs(d);
    if (length === undefined) return 'Write a duration like 30m, 2h or 1d.';
    const max = durationMs(profile.duration.max);
    return max !== undefined && length > max ? `Profile ${profile.name} allows at most ${profile.duration.max}.` : undefined;
  };
}

export function ticketProblem(profile: Profile): (t: string) => string | undefined {
  return (t) => {
    if (!matches('ticket', t)) return 'Write the ticket like INC-4211 (letters, a hyphen, digits).';
    const pattern = profile.ticket.pattern;
    return pattern !== undefined && !new RegExp(pattern, 'u').test(t) ? `Profile ${profile.name} expects tickets matching ${pattern}.` : undefined;
  };
}

export function reasonProblem(profile: Profile): (r: string) => string | undefined {
  return (r) => {
    const length = [...r].length;
    if (length < profile.reason.minLength) return `Profile ${profile.name} asks for at least ${profile.reason.minLength} characters.`;
    if (length > profile.reason.maxLength) return `Profile ${profile.name} allows at most ${profile.reason.maxLength} characters.`;
    return freeTextProblem(r);
  };
}

/** Duration, ticket and reason: asked for a new request and for an extension alike. */
export async function askWhenAndWhy(a: Answers, profile: Profile, flags: Pick<NewFlags, 'duration' | 'reason' | 'ticket'>, defaults: { ticket?: string } = {}) {
  const duration = await a.text('duration', `Duration (at most ${profile.duration.max})`, flags.duration, {
    required: true,
    ...(profile.duration.default !== undefined ? { default: profile.duration.default } : {}),
    check: durationProblem(profile),
  });
  const ticket = await a.text('ticket', `Ticket${profile.ticket.pattern !== undefined ? ` (${profile.ticket.pattern})` : ''}`, flags.ticket, {
    required: profile.ticket.required,
    ...(defaults.ticket !== undefined ? { default: defaults.ticket } : {}),
    check: ticketProblem(profile),
  });
  const reason = await a.text('reason', `Reason (${profile.reason.minLength}-${profile.reason.maxLength} characters; no secrets)`, flags.reason, {
    required: profile.reason.required,
    check: reasonProblem(profile),
  });
  return { duration, ticket, reason };
}

const WHOLE_TABLE = '(whole table)';

async function tableGrant(
  a: Answers,
  flags: NewFlags,
  target: string,
  table: CatalogTable | undefined,
  name: string,
  privileges: readonly string[],
  profile: Profile,
): Promise<RawGrant> {
  let columns: string[] | undefined;
  if (flags.allColumns !== true) {
    const refused = profile.sensitiveColumns === 'refuse' ? (table?.columns.filter((c) => c.sensitive) ?? []) : [];
    if (refused.length > 0 && flags.columns === undefined && a.prompter !== undefined) {
      a.say(`Not offered: ${refused.map((c) => c.name).join(', ')} (sensitive; profile ${profile.name} refuses sensitive columns)`);
    }
    const choices: Choice[] = [
      ...(table?.allColumns === true ? [{ value: WHOLE_TABLE, note: 'every column, now and later' }] : []),
      ...(table?.columns ?? []).filter((c) => !refused.includes(c)).map((c) => ({ value: c.name, ...(c.sensitive ? { note: '(sensitive)' } : {}) })),
    ];
    const picked = await a.many('columns', `Columns of ${name}`, flags.columns, choices);
    columns = picked?.includes(WHOLE_TABLE) === true ? undefined : picked;
  }
  const chosen = await a.many(
    'privileges',
    `Privileges on ${name}`,
    flags.privileges?.toUpperCase(),
    privileges.map((p) => ({ value: p })),
  );
  return { target, privileges: chosen ?? [], table: name, ...(columns !== undefined ? { columns } : {}) };
}

/** Everything the target's allow rule offers, as one list: tables, bundles, teams, repositories. */
function offers(t: CatalogTarget): Choice[] {
  return [
    ...t.tables.map((x) => ({ value: `table ${x.name}`, note: `${x.columns.length} column(s)${x.allColumns ? ' or the whole table' : ''}` })),
    ...t.bundles.map((b) => ({ value: `bundle ${b.name}`, note: b.grants.map(bundleGrantText).join('; ') })),
    ...t.teams.map((team) => ({ value: `team ${team}`, note: 'membership' })),
    ...t.repos.map((r) => ({ value: `repository ${r.name}`, note: r.permissions.join(', ') })),
  ];
}

/** The grants of a new request: from --table/--bundle/--team/--repo, or chosen from what the target's allow rule offers. */
async function grantsFor(a: Answers, flags: NewFlags, t: CatalogTarget, profile: Profile): Promise<RawGrant[]> {
  const given = [
    ...(flags.table !== undefined ? [`table ${flags.table}`] : []),
    ...(flags.bundle !== undefined ? [`bundle ${flags.bundle}`] : []),
    ...(flags.team !== undefined ? [`team ${flags.team}`] : []),
    ...(flags.repo !== undefined ? [`repository ${flags.repo}`] : []),
  ];
  const flagNames = [
    t.tables.length > 0 && '--table',
    t.bundles.length > 0 && '--bundle',
    t.teams.length > 0 && '--team',
    t.repos.length > 0 && '--repo',
  ].filter((f) => f !== false);
  let picked: string[] | undefined = given.length > 0 ? given : undefined;
  if (picked === undefined) {
    const choices = offers(t);
    if (choices.length !== 1 && a.prompter === undefined) {
      const [first = '--table', ...others] = flagNames;
      a.missing.push(others.length > 0 ? `${first} (or ${others.join(', ')})` : first);
      return [];
    }
    picked = await a.many('table', `What to grant on ${t.target}`, undefined, choices);
    if (picked === undefined) return [];
  }
  const grants: RawGrant[] = [];
  for (const item of picked) {
    const space = item.indexOf(' ');
    const kind = item.slice(0, space);
    const name = item.slice(space + 1);
    if (kind === 'table')
      grants.push(
        await tableGrant(
          a,
          flags,
          t.target,
          t.tables.find((x) => x.name === name),
          name,
          t.privileges,
          profile,
        ),
      );
    else if (kind === 'bundle') grants.push({ target: t.target, bundle: name });
    else if (kind === 'team') grants.push({ target: t.target, team: name, role: 'member' });
    else {
      const allowed = t.repos.find((r) => r.name === name)?.permissions ?? [];
      const permission = await a.one(
        'permission',
        `Permission on ${name}`,
        flags.permission,
        allowed.map((p) => ({ value: p })),
      );
      grants.push({ target: t.target, repo: name, permission: permission ?? 'pull' });
    }
  }
  return grants;
}

/**
 * Every answer `request new` needs, from flags and (on a terminal) questions.
 * Values outside the policy's lists are not refused here: the loader and the
 * evaluation refuse them afterwards with the codes `validate` gives.
 */
export async function askNew(a: Answers, flags: NewFlags, policy: PolicySet, requester: string): Promise<RequestDraft> {
  const usable = catalog(policy, requester);
  if (flags.profile !== undefined && !policy.profiles.has(flags.profile)) {
    throw new UsageError(
      `--profile: no such profile under policies/ (${usable.length > 0 ? `yours: ${usable.map((p) => p.name).join(', ')}` : 'none lists you'})`,
    );
  }
  if (flags.profile === undefined && usable.length === 0) {
    throw refuse('E_REQUEST_NO_PROFILE', `no profile under policies/ lists ${requester}, directly or through a requester team`);
  }
  const profileChoices = usable.map((p) => ({
    value: p.name,
    note: `${p.description ?? ''}${p.breakGlass ? ' [break-glass]' : ''}${p.access === 'team' ? ' [through team membership]' : ''}`.trim(),
  }));
  const profileName = await a.one('profile', 'Profile', flags.profile, profileChoices);
  a.stopIfMissing();
  const profile = policy.profiles.get(profileName ?? '');
  if (profile === undefined) throw new UsageError('--profile: no profile could be chosen');
  const targets = catalog(policy).find((p) => p.name === profile.name)?.targets ?? [];
  if (flags.target !== undefined && !targets.some((t) => t.target === flags.target)) {
    throw new UsageError(`--target: profile ${profile.name} allows only ${targets.map((t) => t.target).join(', ')}`);
  }
  const targetName = await a.one(
    'target',
    'Target',
    flags.target,
    targets.map((t) => ({ value: t.target, note: `(${t.provider ?? 'unknown'})${t.description !== undefined ? ` ${t.description}` : ''}` })),
  );
  a.stopIfMissing();
  const target = targets.find((t) => t.target === targetName);
  if (target === undefined) throw new UsageError('--target: no target could be chosen');
  const grants = await grantsFor(a, flags, target, profile);
  const { duration, ticket, reason } = await askWhenAndWhy(a, profile, flags);
  a.stopIfMissing();
  return {
    requester,
    profile: profile.name,
    ...(duration !== undefined ? { duration } : {}),
    ...(reason !== undefined ? { reason } : {}),
    ...(ticket !== undefined ? { ticket } : {}),
    grants,
  };
}
