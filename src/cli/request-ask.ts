import { CREDENTIAL_KINDS, findCredential } from '../load/credentials.js';
import { matches } from '../shared/patterns.js';
import type { RawGrant } from '../load/raw.js';
import { findSuspects } from '../load/text.js';
import { catalog, type CatalogTarget, type Offer } from './catalog.js';
import type { PolicySet, Profile } from '../policy/types.js';
import type { RawObject } from '../shared/provider-shapes.js';
import { durationMs } from '../time/duration.js';
import { bundleGrantText } from './profiles.js';
import type { Choice, Prompter } from './prompt.js';
import { refuse, type RequestDraft } from './request-draft.js';

/** A flag that is missing or not one of the accepted values: exit 2, naming the flag. */
export class UsageError extends Error {}

export interface NewFlags {
  readonly profile?: string;
  readonly target?: string;
  readonly bundle?: string;
  /**
   * The flags the registered grant kinds bring (src/cli/request-flags.ts):
   * `--<kind> NAME` picks an offer, `--<field> a,b` answers a field,
   * `--all-<field>` leaves a field out (every column).
   */
  readonly fields?: Readonly<Record<string, string | boolean | undefined>>;
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

/** The value of `--<key>` (or `--all-<key>`) for a field, if given. */
function flagFor(flags: NewFlags, key: string): string | undefined {
  const value = flags.fields?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** A copy of the offer's grant with `value` at `path` (or the key left out when undefined). */
function fill(grant: RawObject, path: readonly string[], value: string | string[] | undefined): RawObject {
  const [key, ...rest] = path;
  if (key === undefined) return grant;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(grant)) {
    if (k !== key) out[k] = v;
    else if (rest.length > 0) out[k] = fill(typeof v === 'object' && v !== null ? (v as RawObject) : {}, rest, value);
    else if (value !== undefined) out[k] = value;
  }
  return out;
}

/** One grant of an offer: each of its fields from its flag, or chosen from what the offer lists. */
async function offerGrant(a: Answers, flags: NewFlags, target: string, offer: Offer): Promise<RawGrant> {
  let grant: RawObject = offer.grant;
  for (const field of offer.fields) {
    const key = field.path[field.path.length - 1] ?? '';
    if (field.omit !== undefined && flags.fields?.[`all-${key}`] === true) {
      grant = fill(grant, field.path, undefined);
      continue;
    }
    const typed = flagFor(flags, key);
    const given = field.upperCase === true ? typed?.toUpperCase() : typed;
    if (field.refused !== undefined && given === undefined && a.prompter !== undefined) {
      a.say(`Not offered: ${field.refused.values.join(', ')} (${field.refused.why})`);
    }
    const choices: Choice[] = [...(field.omit !== undefined ? [field.omit] : []), ...field.choices];
    if (field.many) {
      const picked = await a.many(key, field.label, given, choices);
      grant = fill(grant, field.path, picked === undefined ? [] : field.omit !== undefined && picked.includes(field.omit.value) ? undefined : picked);
    } else {
      grant = fill(grant, field.path, (await a.one(key, field.label, given, choices)) ?? '');
    }
  }
  return { target, ...grant };
}

/** Everything the target's allow rule offers, as one list: its provider's offers, then the profile's bundles. */
function offers(t: CatalogTarget): Choice[] {
  return [
    ...t.offers.map((o) => ({ value: o.label, note: o.note })),
    ...t.bundles.map((b) => ({ value: `bundle ${b.name}`, note: b.grants.map(bundleGrantText).join('; ') })),
  ];
}

/** The grants of a new request: from --<kind> NAME and --bundle, or chosen from what the target's allow rule offers. */
async function grantsFor(a: Answers, flags: NewFlags, t: CatalogTarget, profile: Profile): Promise<RawGrant[]> {
  const kinds = [...new Set(t.offers.map((o) => o.kind))];
  const picked: (Offer | string)[] = [];
  for (const kind of kinds) {
    const name = flagFor(flags, kind);
    if (name === undefined) continue;
    const offer = t.offers.find((o) => o.kind === kind && o.name === name);
    if (offer === undefined) {
      const names = t.offers.filter((o) => o.kind === kind).map((o) => o.name);
      throw new UsageError(`--${kind}: profile ${profile.name} offers on ${t.target} only ${names.join(', ')}`);
    }
    picked.push(offer);
  }
  if (flags.bundle !== undefined) picked.push(flags.bundle);
  if (picked.length === 0) {
    const choices = offers(t);
    if (choices.length !== 1 && a.prompter === undefined) {
      const [first = '--bundle', ...others] = [...kinds.map((k) => `--${k}`), ...(t.bundles.length > 0 ? ['--bundle'] : [])];
      a.missing.push(others.length > 0 ? `${first} (or ${others.join(', ')})` : first);
      return [];
    }
    const chosen = await a.many(kinds[0] ?? 'bundle', `What to grant on ${t.target}`, undefined, choices);
    for (const label of chosen ?? []) picked.push(t.offers.find((o) => o.label === label) ?? label.slice('bundle '.length));
  }
  const grants: RawGrant[] = [];
  for (const item of picked) grants.push(typeof item === 'string' ? { target: t.target, bundle: item } : await offerGrant(a, flags, t.target, item));
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
