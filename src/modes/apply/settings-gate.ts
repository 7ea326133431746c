import type { Diagnostic } from '../../diagnostics.js';
import type { Logger } from '../../logger.js';
import { heldBackIssue } from '../../report/apply-text.js';
import type { ApplyPort } from './port.js';

/**
 * The repository settings the security model stands on (design §2; the
 * checks are `grantbook doctor`'s critical ones), asked once per run and
 * only when there is something to grant. While one is unsafe nothing is
 * granted, and nothing is recorded either: the condition belongs to the
 * repository, not to the request, so once the settings are fixed a re-run of
 * the same apply job grants what was held back (its expiry then counts from
 * that run). Revocation never waits for this.
 */
export function settingsGate(check: () => Promise<readonly Diagnostic[]>, logger: Logger): () => Promise<readonly Diagnostic[]> {
  let answer: Promise<readonly Diagnostic[]> | undefined;
  return () =>
    (answer ??= logger.group('Repository settings', async () => {
      const problems = await check();
      for (const p of problems) logger.error(`${p.code} ${p.message}`);
      if (problems.length === 0) logger.info('Branch protection, CODEOWNERS, the apply environment and the revoke workflow are as the security model needs.');
      return problems;
    }));
}

/** One issue for all requests held back, updated while the settings stay unsafe. */
export async function reportHeldBack(port: Pick<ApplyPort, 'raiseIssue'>, ids: readonly string[], problems: readonly Diagnostic[]): Promise<void> {
  const issue = heldBackIssue(ids, problems);
  await port.raiseIssue(issue.marker, { title: issue.title, body: issue.body, labels: ['grantbook'] });
}
