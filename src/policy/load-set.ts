import { failed, hasErrors, ok, type Diagnostic, type Result } from '../diagnostics.js';
import { classifyPath, displayPath, IDENTITIES_PATH, TARGETS_PATH } from '../load/paths.js';
import { fileDiagnostic } from '../load/report.js';
import type { SourceFile } from '../load/source.js';
import { readIdentities, type IdentitiesRead } from './load-identities.js';
import { readProfile } from './load-profile.js';
import { identityTargetChecks, profileTargetChecks } from './load-cross.js';
import { readTargets } from './load-targets.js';
import type { ProviderCatalog } from './provider-rules.js';
import type { Identity, PolicySet, Profile, Target } from './types.js';

/**
 * Everything under policies/ (from a trusted commit) -> one PolicySet, with
 * every problem in every file, including the rules that span files. A policy
 * set with any error is not returned at all: decisions are never made against
 * a partly valid policy.
 */
export function loadPolicySet(files: readonly SourceFile[], providers: ProviderCatalog): Result<PolicySet> {
  const diagnostics: Diagnostic[] = [];
  let targets: ReadonlyMap<string, Target> | undefined;
  let identities: IdentitiesRead | undefined;
  let sawTargets = false;
  const profileReads: ReturnType<typeof readProfile>[] = [];

  for (const file of files) {
    const role = classifyPath(file.path).role;
    if (role === 'targets') {
      sawTargets = true;
      const read = readTargets(file, providers);
      if (read.ok) targets = read.value.targets;
      else diagnostics.push(...read.diagnostics);
    } else if (role === 'identities') {
      identities = readIdentities(file, providers);
      diagnostics.push(...identities.diagnostics);
    } else if (role === 'profile') {
      const read = readProfile(file);
      profileReads.push(read);
      diagnostics.push(...read.diagnostics);
    } else {
      diagnostics.push(
        fileDiagnostic(
          'E_POLICY_FILENAME',
          'Only policies/<profile>.yaml, policies/targets.yaml and policies/identities.yaml belong in policies/.',
          displayPath(file.path),
        ),
      );
    }
  }
  if (!sawTargets) diagnostics.push(fileDiagnostic('E_POLICY_TARGETS_MISSING', 'policies/targets.yaml is missing.', TARGETS_PATH));
  if (identities === undefined) diagnostics.push(fileDiagnostic('E_POLICY_IDENTITIES_MISSING', 'policies/identities.yaml is missing.', IDENTITIES_PATH));

  // Cross-file rules need a valid targets.yaml; without one its own errors are already reported.
  if (targets !== undefined) {
    for (const read of profileReads) {
      if (read.raw !== undefined && read.report !== undefined) diagnostics.push(...profileTargetChecks(read.raw, targets, providers, read.report));
    }
    if (identities?.raw !== undefined && identities.report !== undefined) {
      diagnostics.push(...identityTargetChecks(identities.raw, targets, providers, identities.report));
    }
  }

  const profiles = new Map<string, Profile>();
  for (const read of profileReads) if (read.profile !== undefined) profiles.set(read.profile.name, read.profile);
  const people: readonly Identity[] | undefined = identities?.identities;
  if (hasErrors(diagnostics) || targets === undefined || people === undefined) return failed(diagnostics);
  return ok({ profiles, targets, identities: people, providers }, diagnostics);
}
