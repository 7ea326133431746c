import { describe, expect, it } from 'vitest';
import { planRequest } from '../../src/plan/request-plan.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { planFor } from '../../src/providers/planners.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { renderCheckComment } from '../../src/report/pr-comment.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { toAllowedRows } from '../../src/providers/postgres/view-allow.js';
import { allowedTable, makeProfile, scenario, tableGrant } from '../support/policy-fixtures.js';

function viewScenario() {
  const [rule, ...rest] = makeProfile().allow;
  const orders = allowedTable('public.orders', ['id', 'status', 'customer_id', 'customer_email'], {
    sensitive: ['customer_email'],
    rows: toAllowedRows({ columns: { customer_id: 'values' } }),
  });
  const s = scenario({
    request: {
      grants: [
        tableGrant({
          columns: ['id', 'customer_email'],
          rows: [{ column: 'customer_id', values: [4211] }],
          masked: [{ column: 'customer_email', mask: 'hash' }],
        }),
      ],
    },
    profile: { allow: [{ ...rule!, tables: [orders] }, ...rest] },
  });
  const decision = evaluate(s.request, s.policy, s.facts);
  return { decision, plans: planRequest(decision, s.policy, planFor) };
}

describe('the check comment for a grant through a view', () => {
  it('says which name to query, what is filtered and masked, and that rows are counted at apply', () => {
    const { decision, plans } = viewScenario();
    expect(decision.outcome).toBe('allowed');
    const comment = renderCheckComment({
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      problems: [],
      relinquished: [],
      requests: [{ path: decision.path, id: decision.requestId, verdict: 'pending', loadProblems: [], decision, plans }],
    });
    // Plain text from the plan, escaped for Markdown like everything else in the comment.
    expect(comment).toContain(`- ${escapeMarkdown('public.orders is read as gv_4f05e3d5993_alice_inc_4211.orders')}`);
    expect(comment).toContain(escapeMarkdown('rows: only where customer_id = 4211; rows admitted: estimated at apply'));
    expect(comment).toContain(escapeMarkdown('masked: customer_email as hash'));
    expect(comment).toMatch(/CREATE VIEW "gv_4f05e3d5993_alice_inc_4211"\."orders" WITH \(security_barrier\)/);
    expect(comment).not.toContain('⚠️ sensitive');
  });

  it('prints a count made with credentials in place of "at apply"', () => {
    const { decision, plans } = viewScenario();
    const [entry] = decision.footprint.entries;
    const counted = { ...decision, footprint: { entries: [{ ...entry!, rowFilter: { ...entry!.rowFilter!, count: { rows: 12, exact: true } } }] } };
    expect(renderPlanText(counted, plans)).toContain('rows admitted: 12');
    const failed = {
      ...decision,
      footprint: {
        entries: [{ ...entry!, rowFilter: { ...entry!.rowFilter!, count: { rows: null, exact: false, note: 'the database could not count them' } } }],
      },
    };
    expect(renderPlanText(failed, plans)).toContain('rows admitted: not counted (the database could not count them)');
  });
});
