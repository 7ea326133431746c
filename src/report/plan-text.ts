import { formatDiagnostic } from '../diagnostics.js';
import type { TargetPlan } from '../plan/request-plan.js';
import type { Decision, Footprint } from '../policy/decision.js';
import { plannedUsage } from '../providers/applied.js';
import { activeRegistry } from '../providers/catalog.js';
import type { Operation } from '../providers/contract.js';
import { escapeForLog } from './escape.js';
import { usageText } from './usage-text.js';
import { viewFootprintLines } from './view-footprint.js';

/**
 * Plain-text rendering of a decision and its plan for the terminal
 * (`grantbook plan`). Pure; the caller prints it.
 */
export function renderPlanText(decision: Decision, plans: readonly TargetPlan[]): string {
  const lines: string[] = [];
  lines.push(`Request ${decision.requestId} (${decision.path})`);
  lines.push(`Profile: ${decision.profile}${decision.breakGlass ? ' (break-glass)' : ''}`);
  lines.push(`Decision: ${decision.outcome === 'allowed' ? 'ALLOWED by policy, pending approval' : 'REFUSED'}`);
  lines.push(`Approval needed: ${approvalLine(decision)}`);
  const reasons = decision.reasons;
  if (reasons.length > 0) {
    lines.push('', 'Reasons:');
    for (const r of reasons) lines.push(`  ${r.severity}: ${formatDiagnostic(r)}`);
  }
  if (decision.window !== undefined) {
    const w = decision.window;
    lines.push('', `Window: ${w.duration}; if applied now ${w.startsAt} -> ${w.expiresAt} (the clock starts when the grant is applied)`);
  }
  lines.push('', 'Data footprint:', ...footprintLines(decision.footprint));
  for (const { targetGrant, plan } of plans) {
    const where = `${targetGrant.target.name} (${targetGrant.target.provider}) for ${targetGrant.principal}`;
    lines.push('', `Grant on ${where}:`, ...(plan.notes ?? []).map((n) => `  note: ${n}`), ...operationLines(plan.grant));
    const usage = plannedUsage(targetGrant, activeRegistry());
    if (usage !== undefined) lines.push('', `Once granted, use it on ${targetGrant.target.name}:`, ...usageText(usage, '  '));
    lines.push('', `Revoke on ${where} (at expiry):`, ...operationLines(plan.revoke));
  }
  if (decision.outcome !== 'allowed') lines.push('', 'Nothing would be applied: the request is refused.');
  return escapeForLog(lines.join('\n'));
}

export function approvalLine(decision: Decision): string {
  // An unknown profile carries an approval minimum nobody can reach.
  if (!Number.isSafeInteger(decision.approvals.min) || decision.approvals.min >= Number.MAX_SAFE_INTEGER) {
    return 'none possible: the profile is unknown';
  }
  const parts = [`${decision.approvals.min} code owner(s) of ${decision.path}`];
  for (const g of decision.approvals.groups) {
    const who = g.team !== undefined ? `team ${g.team}` : `one of ${g.users.join(', ')}`;
    parts.push(`${g.min} from ${who}`);
  }
  return parts.join('; ');
}

function footprintLines(footprint: Footprint): string[] {
  const lines: string[] = [];
  for (const t of footprint.entries) {
    lines.push(`  ${t.line.map((p) => ('code' in p ? p.code : 'strong' in p ? p.strong.toUpperCase() : p.text)).join('')}`);
    if (t.hasSensitive) lines.push(`    sensitive: ${t.sensitive.length > 0 ? t.sensitive.join(', ') : 'none'}`);
    if (t.narrower !== undefined) lines.push(`    a narrower grant would be: ${t.narrower.join(', ')}`);
    lines.push(...viewFootprintLines(t).map((l) => `    ${l}`));
  }
  if (lines.length === 0) lines.push('  nothing (no grant passed the policy)');
  return lines;
}

function operationLines(operations: readonly Operation[]): string[] {
  return operations.map((op, i) => {
    const body = op.body !== undefined ? ` ${JSON.stringify(op.body)}` : '';
    return `  ${i + 1}. ${op.text}${body}\n     -- ${op.why}`;
  });
}
