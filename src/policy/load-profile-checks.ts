import type { Diagnostic } from '../diagnostics.js';
import type { RawProfile } from '../load/raw.js';
import type { Reporter } from '../load/report.js';
import { durationMs, HARD_MAX_DURATION_MS } from '../time/duration.js';
import { ticketPatternProblem } from './load-ticket.js';
import { kindOf, kindOfProvider } from './kinds.js';
import type { ProviderCatalog, ProviderRules } from './provider-rules.js';

export const BREAK_GLASS_MAX_MS = 4 * 60 * 60 * 1000;

function durationChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const max = durationMs(raw.duration.max);
  const dflt = raw.duration.default === undefined ? undefined : durationMs(raw.duration.default);
  if (max !== undefined && max > HARD_MAX_DURATION_MS) {
    out.push(report('E_PROFILE_DURATION_TOO_LONG', 'duration.max is longer than 90 days.', '/duration/max'));
  }
  if (max !== undefined && dflt !== undefined && dflt > max) {
    out.push(report('E_PROFILE_DURATION_DEFAULT', 'duration.default is longer than duration.max.', '/duration/default'));
  }
  if (raw.break_glass === true && max !== undefined && max > BREAK_GLASS_MAX_MS) {
    out.push(report('E_PROFILE_BREAK_GLASS_DURATION', 'A break-glass profile has duration.max longer than 4h.', '/duration/max'));
  }
  return out;
}

function headerChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  if ((raw.requesters.users ?? []).length === 0 && (raw.requesters.teams ?? []).length === 0) {
    out.push(report('E_PROFILE_REQUESTERS_EMPTY', 'requesters lists no users and no teams.', '/requesters'));
  }
  const pattern = raw.ticket.pattern;
  const problem = pattern === undefined ? undefined : ticketPatternProblem(pattern);
  if (problem === 'invalid') out.push(report('E_PROFILE_TICKET_PATTERN_INVALID', 'ticket.pattern is not a valid regular expression.', '/ticket/pattern'));
  if (problem === 'unanchored') {
    out.push(report('E_PROFILE_TICKET_PATTERN_ANCHOR', "ticket.pattern must match the whole ticket: '^...$' with no top-level '|'.", '/ticket/pattern'));
  }
  const minLength = raw.reason.min_length ?? 1;
  const maxLength = raw.reason.max_length ?? 1000;
  if (minLength > maxLength) out.push(report('E_PROFILE_REASON_LENGTH', 'reason.min_length is greater than reason.max_length.', '/reason/min_length'));
  (raw.approvals.groups ?? []).forEach((group, i) => {
    if ('users' in group && group.users.length < group.min) {
      out.push(
        report('E_PROFILE_APPROVAL_GROUP', `Approver group ${i} needs ${group.min} approvals but lists ${group.users.length} users.`, `/approvals/groups/${i}`),
      );
    }
  });
  return out;
}

function allowChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const targets = new Set<string>();
  raw.allow.forEach((rule, r) => {
    const at = `/allow/${r}`;
    if (targets.has(rule.target)) out.push(report('E_PROFILE_DUPLICATE_TARGET', `Two allow rules name target "${rule.target}".`, `${at}/target`));
    targets.add(rule.target);
  });
  return out;
}

/** A bundle names a target its profile allows: a bundle is a reviewed shortcut, never a way around the allow-list. */
function bundleTargetChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    if (!raw.allow.some((r) => r.target === bundle.target)) {
      out.push(
        report(
          'E_PROFILE_BUNDLE_NOT_ALLOWED',
          `Bundle ${name} uses target ${bundle.target}, which has no allow rule in this profile.`,
          `/bundles/${name}/target`,
        ),
      );
    }
  }
  return out;
}

/** Rules a profile must satisfy on its own, before it is compared with targets.yaml. */
export function profileChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  return [...headerChecks(raw, report), ...durationChecks(raw, report), ...allowChecks(raw, report), ...bundleTargetChecks(raw, report)];
}

/**
 * The allow rules and bundle grants, each checked by the provider of its
 * target (`providerOf`; undefined: not known, checked later or reported
 * elsewhere). Every bundle grant must be something the same profile would
 * allow if asked for directly.
 */
export function profileRuleChecks(
  raw: RawProfile,
  providerOf: (target: string) => ProviderRules | undefined,
  catalog: ProviderCatalog,
  report: Reporter,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  raw.allow.forEach((rule, r) => {
    out.push(...(providerOf(rule.target)?.allow.check(rule, `/allow/${r}`, report) ?? []));
  });
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    const rule = raw.allow.find((r) => r.target === bundle.target);
    const provider = providerOf(bundle.target);
    if (rule === undefined || provider === undefined) continue;
    const value = provider.allow.read(rule);
    bundle.grants.forEach((spec, i) => {
      const kindName = kindOf(spec, catalog);
      const kind = kindName === undefined ? undefined : kindOfProvider(provider, kindName);
      // A kind of another provider is reported against targets.yaml (E_PROFILE_BUNDLE_PROVIDER).
      if (kind === undefined) return;
      const where = { label: `Bundle ${name} grant ${i}`, target: bundle.target, at: `/bundles/${name}/grants/${i}`, report };
      out.push(...provider.allow.checkBundleGrant(kind.read(spec), value, where));
    });
  }
  return out;
}
