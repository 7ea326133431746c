import type { Diagnostic } from '../../diagnostics.js';
import type { Logger } from '../../logger.js';
import type { ApplyPort } from './port.js';

/** Hidden marker of the one issue that says apply is holding grants back. */
export const SETTINGS_MARKER = '<!-- grantbook:apply:settings -->';

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
  const lines = problems.map((p) => `- \`${p.code}\` ${p.message.replace(/[<>@`]/g, '')}\n  Fix: ${p.fix.replace(/[<>@`]/g, '')}`);
  await port.raiseIssue(SETTINGS_MARKER, {
    title: 'Grantbook apply is holding grants back: repository settings are unsafe',
    body: [
      SETTINGS_MARKER,
      `Nothing was granted for ${ids.map((id) => `\`${id}\``).join(', ')}: a setting the review process depends on is unsafe or cannot be read.`,
      '',
      ...lines,
      '',
      'After fixing them (`npx grantbook doctor --repo owner/name` shows the state), re-run the apply job for the same push: it grants what was held back.',
    ].join('\n'),
    labels: ['grantbook'],
  });
}
