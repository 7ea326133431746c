import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import { criticalFindings, diagnoseSettings } from './checks.js';
import type { Finding } from './finding.js';
import type { DoctorPort } from './port.js';
import { DEFAULT_ENVIRONMENT, DEFAULT_REVOKE_WORKFLOW, readSettings, type DoctorTarget } from './read.js';

export { DOCTOR_CODES, type DoctorCode } from '../../shared/codes/doctor.js';
export { allFindings, criticalFindings, diagnoseSettings } from './checks.js';
export { ADOPTION_CHECK_IDS, CHECK_IDS, namesOf, type CheckId, type CheckResult, type Finding, type Severity } from './finding.js';
export { githubAdoptionPort, readAdoption, type AdoptionPort, type AdoptionSnapshot } from './adoption.js';
export { diagnoseAdoption } from './adoption-checks.js';
export { REQUIRED_CHECK, WORKFLOW_FILES } from './defaults.js';
export { githubDoctorPort, type DoctorPort } from './port.js';
export { DEFAULT_ENVIRONMENT, DEFAULT_REVOKE_WORKFLOW, readSettings, type DoctorTarget } from './read.js';
export type { SettingsSnapshot } from './snapshot.js';

/** A finding as a Diagnostic, its fix the one naming this repository's settings. */
export function findingDiagnostic(f: Finding): Diagnostic {
  const d = diagnostic(f.code, f.message, { pointer: '' }, f.severity === 'critical' ? 'error' : 'warning');
  return { ...d, fix: f.fix };
}

/**
 * For apply, before any provider call: the repository settings that make
 * granting unsafe, as error Diagnostics (empty when it is safe to grant).
 * Unreadable settings count as unsafe. Outages and rate limits are thrown
 * (GithubError) rather than read as "safe". Revoke must not call this: it
 * always runs.
 */
export async function criticalSettingProblems(
  port: DoctorPort,
  target: Pick<DoctorTarget, 'owner' | 'repo' | 'defaultBranch'> & Partial<Pick<DoctorTarget, 'environment' | 'revokeWorkflow'>>,
): Promise<Diagnostic[]> {
  const snapshot = await readSettings(port, {
    ...target,
    environment: target.environment ?? DEFAULT_ENVIRONMENT,
    revokeWorkflow: target.revokeWorkflow ?? DEFAULT_REVOKE_WORKFLOW,
  });
  return criticalFindings(diagnoseSettings(snapshot)).map(findingDiagnostic);
}
