import type { Folded, LedgerEvent } from '../../ledger/index.js';
import { alertIssueTitle, renderAlertIssue } from '../../report/activity.js';
import { alertMarker } from '../../report/markers.js';
import type { Logger } from '../../logger.js';
import type { RevokeGithubPort } from './port.js';

/**
 * One issue per request whose limits were crossed, for the alerts this run
 * recorded (so a lost race never raises an issue the ledger does not back).
 * An issue that cannot be written is returned: the alert is in the ledger,
 * but no later run raises it again, so the step fails to say so.
 */
export async function raiseAlerts(
  deps: { readonly github: RevokeGithubPort; readonly logger: Logger },
  folded: Folded,
  recorded: readonly LedgerEvent[],
  notes: string[],
): Promise<string[]> {
  const errors: string[] = [];
  const byRequest = new Map<string, Extract<LedgerEvent, { type: 'alert' }>[]>();
  for (const e of recorded) if (e.type === 'alert') byRequest.set(e.request, [...(byRequest.get(e.request) ?? []), e]);
  for (const [request, alerts] of byRequest) {
    const marker = alertMarker(request);
    try {
      const body = renderAlertIssue(request, folded.states.get(request)?.grant?.pr.number, alerts, marker);
      const existing = await deps.github.findIssue(marker);
      if (existing === undefined) {
        const issue = await deps.github.createIssue({ title: alertIssueTitle(request), body, labels: ['grantbook', 'activity-alert'] });
        deps.logger.warning(`Opened issue #${issue.number}: ${request} crossed a limit of its profile.`);
      } else {
        await deps.github.updateIssue(existing.number, { body, state: 'open' });
      }
    } catch (error) {
      const text = `E_ACTIVITY_LIMIT_EXCEEDED the alert issue for ${request} could not be written (${error instanceof Error ? error.message : String(error)}); the alert is in the ledger.`;
      notes.push(text);
      deps.logger.error(text);
      errors.push(text);
    }
  }
  return errors;
}
