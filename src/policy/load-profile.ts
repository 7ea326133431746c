import { failed, hasErrors, ok, type Diagnostic, type Result } from '../diagnostics.js';
import { loadFile } from '../load/load.js';
import { classifyPath, displayPath } from '../load/paths.js';
import { plainObject } from '../load/plain.js';
import type { RawApproverGroup, RawProfile } from '../load/raw.js';
import { fileDiagnostic, reporter, type Reporter } from '../load/report.js';
import type { SourceFile } from '../load/source.js';
import type { Locate } from '../request/types.js';
import { agreedRules, providerOfRule } from './kinds.js';
import { profileChecks, profileRuleChecks } from './load-profile-checks.js';
import type { ProviderCatalog, ProviderRules } from './provider-rules.js';
import type { ActivityLimits, ApproverGroup, Profile } from './types.js';

const DEFAULT_MAX_GRANTS = 5;
const DEFAULT_REASON_MIN = 1;
const DEFAULT_REASON_MAX = 1000;

function toGroup(raw: RawApproverGroup): ApproverGroup {
  return 'team' in raw ? { team: raw.team, users: [], min: raw.min } : { users: [...raw.users], min: raw.min };
}

function toLimits(raw: NonNullable<RawProfile['limits']>): ActivityLimits {
  return {
    ...(raw.rows_read !== undefined ? { rowsRead: raw.rows_read } : {}),
    ...(raw.read_only !== undefined ? { readOnly: raw.read_only } : {}),
    onExceed: raw.on_exceed ?? 'alert',
  };
}

function toProfile(raw: RawProfile, path: string, locate: Locate): Profile {
  return {
    name: raw.name,
    path,
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    requesters: { users: [...(raw.requesters.users ?? [])], teams: [...(raw.requesters.teams ?? [])] },
    approvals: { min: raw.approvals.min, groups: (raw.approvals.groups ?? []).map(toGroup) },
    duration: { ...(raw.duration.default !== undefined ? { default: raw.duration.default } : {}), max: raw.duration.max },
    ticket: { required: raw.ticket.required, ...(raw.ticket.pattern !== undefined ? { pattern: raw.ticket.pattern } : {}) },
    reason: {
      required: raw.reason.required,
      minLength: raw.reason.min_length ?? DEFAULT_REASON_MIN,
      maxLength: raw.reason.max_length ?? DEFAULT_REASON_MAX,
    },
    maxGrants: raw.max_grants ?? DEFAULT_MAX_GRANTS,
    sensitiveColumns: raw.sensitive_columns,
    breakGlass: raw.break_glass ?? false,
    ...(raw.limits !== undefined ? { limits: toLimits(raw.limits) } : {}),
    allow: raw.allow.map((rule) => ({ target: rule.target, raw: plainObject(rule) })),
    bundles: new Map(
      Object.entries(raw.bundles ?? {}).map(([name, b]) => [name, { target: b.target, grants: b.grants.map((g) => ({ raw: plainObject(g) })) }] as const),
    ),
    locate,
  };
}

/** A profile file read as far as it goes: `raw` and `profile` exist once the schema passed. */
export interface ProfileRead {
  readonly path: string;
  readonly raw?: RawProfile;
  readonly profile?: Profile;
  readonly report?: Reporter;
  readonly diagnostics: readonly Diagnostic[];
}

export function readProfile(file: SourceFile): ProfileRead {
  const role = classifyPath(file.path);
  const shown = displayPath(file.path);
  const pathProblems =
    role.role === 'profile'
      ? []
      : [fileDiagnostic('E_POLICY_FILENAME', 'Profiles must be policies/<name>.yaml (lowercase name, .yaml extension, no subdirectories).', shown)];
  const loaded = loadFile(file, 'profile');
  if (!loaded.ok) return { path: file.path, diagnostics: [...pathProblems, ...loaded.diagnostics] };
  const { data: raw, locate } = loaded.value;
  const report = reporter(shown, locate);
  const nameProblems =
    role.role === 'profile' && role.name !== raw.name
      ? [report('E_PROFILE_NAME_MISMATCH', `The profile is named ${raw.name} but its file is ${role.name}.yaml.`, '/name')]
      : [];
  return {
    path: file.path,
    raw,
    profile: toProfile(raw, file.path, locate),
    report,
    diagnostics: [...pathProblems, ...nameProblems, ...profileChecks(raw, report)],
  };
}

/**
 * One profile file on its own. Its allow rules and bundles are checked by
 * the provider their keys belong to (targets.yaml is not at hand; when
 * several providers share the keys the rule waits for loadPolicySet, which
 * checks every rule against its target's provider).
 */
export function parseProfileFile(file: SourceFile, providers: ProviderCatalog): Result<Profile> {
  const read = readProfile(file);
  if (read.profile === undefined || read.raw === undefined || read.report === undefined) return failed(read.diagnostics);
  const raw = read.raw;
  const providerOf = (target: string): ProviderRules | undefined => {
    const rule = raw.allow.find((r) => r.target === target);
    return rule === undefined ? undefined : (providerOfRule(rule, providers) ?? agreedRules(rule, providers));
  };
  const diagnostics = [...read.diagnostics, ...profileRuleChecks(raw, providerOf, providers, read.report)];
  if (hasErrors(diagnostics)) return failed(diagnostics);
  return ok(read.profile, diagnostics);
}
