import { CODEOWNERS_MAX_BYTES, ownersOf, parseCodeowners, type CodeownersFile } from '../../policy/codeowners.js';
import { coverageErrors } from '../../policy/codeowners-coverage.js';
import { mayMatchUnder } from '../../policy/codeowners-pattern.js';
import { type CheckResult, type Finding, type Names, cannotVerify, finding, result } from './finding.js';
import type { SettingsSnapshot } from './snapshot.js';

/**
 * The paths whose code owners decide everything: who approves requests
 * (access-requests/), the rules (policies/), the workflows and CODEOWNERS
 * itself (.github/), and the ledger revoke reads its due grants from (audit/:
 * a rewritten ledger could hide a grant from revocation).
 */
export const GUARDED_PATHS = ['access-requests/', 'policies/', '.github/', 'audit/'] as const;

/**
 * Files a rule must give an owner, per path: "covered" means that the line
 * deciding (last match wins) each of these has at least one owner, and that
 * the last line able to match anything under the path has one too.
 */
const PROBES: Readonly<Record<(typeof GUARDED_PATHS)[number], readonly string[]>> = {
  'access-requests/': ['access-requests/example.yaml'],
  'policies/': ['policies/targets.yaml', 'policies/identities.yaml', 'policies/example.yaml'],
  '.github/': ['.github/CODEOWNERS', '.github/workflows/access-apply.yml', '.github/workflows/access-revoke.yml'],
  'audit/': ['audit/2026-01.jsonl'],
};

const TITLE_VALID = 'CODEOWNERS on the default branch is present and valid';
const TITLE_COVERAGE = `CODEOWNERS gives an owner to ${GUARDED_PATHS.join(', ')}`;

export function codeownersChecks(s: SettingsSnapshot, n: Names): CheckResult[] {
  if (!s.codeowners.ok) {
    return [
      result('codeowners-valid', TITLE_VALID, [cannotVerify(`CODEOWNERS on ${n.branch}`, s.codeowners)]),
      result('codeowners-coverage', TITLE_COVERAGE, [], 'CODEOWNERS could not be read'),
    ];
  }
  const { file, errors } = s.codeowners.value;
  const invalid = (message: string): CheckResult[] => [
    result('codeowners-valid', TITLE_VALID, [finding('E_DOCTOR_CODEOWNERS_INVALID', message, fixFor('.github/CODEOWNERS', n))]),
    result('codeowners-coverage', TITLE_COVERAGE, [], 'no usable CODEOWNERS'),
  ];
  if (file === undefined) return invalid(`${n.branch} has no CODEOWNERS file (.github/, the root or docs/)`);
  // An oversized file or one that is not a regular file: hand the parser bytes
  // over GitHub's limit so it refuses it, as GitHub ignores it.
  const parsed = parseCodeowners(file.bytes ?? new Uint8Array(CODEOWNERS_MAX_BYTES + 1), file.path);
  if (!parsed.loaded) {
    const code = parsed.diagnostics[0]?.code ?? 'E_CODEOWNERS_MISSING';
    return invalid(`${file.path} on ${n.branch} is not usable (${code}: not UTF-8, too large, or not a regular file)`);
  }
  const lineErrors = coverageErrors(parsed, errors, GUARDED_PATHS).filter((d) => d.severity === 'error');
  const valid = lineErrors.map((d) => finding('E_DOCTOR_CODEOWNERS_INVALID', `${d.message} (${d.code})`, fixFor(file.path, n)));
  return [result('codeowners-valid', TITLE_VALID, valid), result('codeowners-coverage', TITLE_COVERAGE, coverage(parsed, file.path, n))];
}

function coverage(file: CodeownersFile, path: string, n: Names): Finding[] {
  const out: Finding[] = [];
  for (const prefix of GUARDED_PATHS) {
    const probed = PROBES[prefix].every((p) => ownersOf(file.rules, p).owners.length > 0);
    const last = [...file.rules].reverse().find((r) => mayMatchUnder(r.matcher, prefix));
    if (probed && last !== undefined && last.owners.length > 0) continue;
    out.push(
      finding(
        'E_DOCTOR_CODEOWNERS_UNCOVERED',
        `${path} on ${n.branch} leaves files under ${prefix} without an owner`,
        `Add a line \`/${prefix} @<org>/<security-team>\` to ${path} on ${n.branch}, after every broader line (the last matching line wins), and merge it through a reviewed pull request.`,
      ),
    );
  }
  return out;
}

function fixFor(path: string, n: Names): string {
  return (
    `Fix ${path} on ${n.branch} so that it exists and every line is valid; GitHub lists the problems on the file's page and at ` +
    `GET /repos/${n.repo}/codeowners/errors. Owners must be @login, @org/team (with write access) or an email of a user.`
  );
}
