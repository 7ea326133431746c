import { activeRegistry } from '../../providers/catalog.js';
import type { ProviderRegistry } from '../../providers/descriptor.js';
import { TARGETS_PATH } from '../../load/paths.js';
import { POLICY_MAX_BYTES } from '../../load/limits.js';
import { readTargets as parseTargets } from '../../policy/load-targets.js';
import type { Target } from '../../policy/types.js';
import type { RevokeGithubPort } from './port.js';
import { sweepFailure, type Failure } from './reason.js';

/**
 * policies/targets.yaml at the default branch tip, through the API: the same
 * commit the ledger is read at. Not the checkout: a scheduled run's checkout
 * may be behind the tip, and a manual run may have been started on another
 * branch, whose targets.yaml nobody reviewed. Only targets.yaml is read: a
 * broken profile must never stop revocation.
 */
export async function readTargets(
  port: Pick<RevokeGithubPort, 'readFile'>,
  commitSha: string,
  providers: ProviderRegistry = activeRegistry(),
): Promise<ReadonlyMap<string, Target> | { readonly unreadable: Failure }> {
  const file = await port.readFile(commitSha, TARGETS_PATH, POLICY_MAX_BYTES);
  if (file.kind !== 'file') {
    const what = file.kind === 'absent' ? 'is missing' : file.kind === 'too-large' ? `is over the ${POLICY_MAX_BYTES}-byte limit` : 'is not a regular file';
    return { unreadable: sweepFailure('E_REVOKE_TARGETS_UNREADABLE', `${TARGETS_PATH} ${what} at ${commitSha}`) };
  }
  const read = parseTargets({ path: TARGETS_PATH, bytes: file.bytes }, providers);
  if (read.ok) return read.value.targets;
  const first = read.diagnostics[0];
  return {
    unreadable: sweepFailure(
      'E_REVOKE_TARGETS_UNREADABLE',
      `${TARGETS_PATH} is invalid at ${commitSha}${first === undefined ? '' : `: ${first.code} ${first.message}`}`,
      read.diagnostics.slice(1).map((d) => `${d.code} ${d.message}`),
    ),
  };
}
