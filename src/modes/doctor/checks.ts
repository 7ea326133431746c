import { branchChecks } from './branch.js';
import { codeownersChecks } from './codeowners.js';
import { type CheckResult, type Finding, namesOf } from './finding.js';
import { actionsCheck, environmentCheck, revokeWorkflowCheck } from './settings.js';
import type { SettingsSnapshot } from './snapshot.js';

/**
 * Judges a settings snapshot: one result per check (CHECK_IDS order), each
 * with the findings that make it fail. Pure: the snapshot is all it reads.
 */
export function diagnoseSettings(s: SettingsSnapshot): CheckResult[] {
  const names = namesOf(s);
  return [
    ...branchChecks(s, names),
    actionsCheck(s, names),
    ...codeownersChecks(s, names),
    environmentCheck(s, names, s.defaultBranch),
    revokeWorkflowCheck(s, names),
  ];
}

export function allFindings(results: readonly CheckResult[]): Finding[] {
  return results.flatMap((r) => r.findings);
}

export function criticalFindings(results: readonly CheckResult[]): Finding[] {
  return allFindings(results).filter((f) => f.severity === 'critical');
}
