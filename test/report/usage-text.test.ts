import { describe, expect, it } from 'vitest';
import { planRequest, type TargetPlan } from '../../src/plan/request-plan.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { recordedUses } from '../../src/providers/applied.js';
import { planAws } from '../../src/providers/aws/plan.js';
import { builtinRegistry } from '../../src/providers/catalog.js';
import { mysqlDescriptor } from '../../src/providers/mysql/descriptor.js';
import { requestRoleName } from '../../src/providers/mysql/names.js';
import { planFor } from '../../src/providers/planners.js';
import { grantedComment } from '../../src/report/apply-text.js';
import { renderCheckComment } from '../../src/report/pr-comment.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { usageMarkdown } from '../../src/report/usage-text.js';
import { awsTarget, exportsGrant } from '../support/aws/harness.js';
import { mysqlGrant, mysqlTarget } from '../support/mysql-fixture.js';
import { scenario } from '../support/policy-fixtures.js';

/** The check comment, the plan and the granted comment say how the person uses a grant, as the provider's descriptor says it. */
const mysqlTg = mysqlGrant(mysqlTarget(), 'alice-inc-4302');
const awsTg = exportsGrant(awsTarget({ accountId: '111122223333' }), 'alice-inc-4300');
const role = requestRoleName('shop-prod', 'alice-inc-4302');
const arn = 'arn:aws:iam::111122223333:role/grantbook/aws-prod/grantbook-alice-inc-4300';

function plans(): TargetPlan[] {
  return [
    { targetGrant: mysqlTg, plan: mysqlDescriptor.planner.plan(mysqlTg) },
    { targetGrant: awsTg, plan: planAws(awsTg) },
  ];
}

function postgresOnly() {
  const s = scenario();
  const decision = evaluate(s.request, s.policy, s.facts);
  return { decision, plans: planRequest(decision, s.policy, planFor) };
}

describe('how to use a grant, in the comments and the plan', () => {
  it('the check comment shows the SET ROLE statement and the assume-role command in code blocks; a postgres grant has none', () => {
    const { decision, plans: pg } = postgresOnly();
    const comment = renderCheckComment({
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      problems: [],
      relinquished: [],
      requests: [{ path: decision.path, id: decision.requestId, verdict: 'pending', loadProblems: [], decision, plans: [...pg, ...plans()] }],
    });
    expect(comment).toContain(`**Once granted, \`alice@%\` uses it on \`shop-prod\` like this:**`);
    expect(comment).toContain(`\n  \`\`\`\n  SET ROLE \`${role}\`;\n  \`\`\`\n`);
    expect(comment).toContain(`**Once granted, \`arn:aws:iam::111122223333:user/alice\` uses it on \`aws-prod\` like this:**`);
    expect(comment).toContain(`  aws sts assume-role --role-arn ${arn} --role-session-name alice --duration-seconds 3600\n`);
    expect(comment).toContain(`  role_arn = ${arn}\n`);
    expect(comment.match(/Once granted/g)).toHaveLength(2);
  });

  it('grantbook plan prints the same steps in plain text', () => {
    const { decision } = postgresOnly();
    const text = renderPlanText(decision, plans());
    expect(text).toContain(`Once granted, use it on shop-prod:\n  - alice@% activates the role in each session`);
    expect(text).toContain(`\n      SET ROLE \`${role}\`;\n`);
    expect(text).toContain(`\n      aws sts assume-role --role-arn ${arn} --role-session-name alice --duration-seconds 3600\n`);
  });

  it('the granted comment tells how to use it and whether each target ends it by itself, from what the ledger recorded', () => {
    const grants = [
      { target: 'shop-prod', provider: 'mysql', principal: 'alice@%', spec: mysqlTg.grants[0] },
      { target: 'aws-prod', provider: 'aws', principal: 'arn:aws:iam::111122223333:user/alice', spec: awsTg.grants[0] },
    ] as never;
    const uses = recordedUses(
      {
        grants,
        expires_at: '2030-01-01T00:00:00Z',
        applied: [
          {
            target: 'shop-prod',
            object: role,
            backstop: { status: 'not_armed', by: `grantbook.${role}`, until: '2030-01-01T00:00:00Z', reason: 'event_scheduler_disabled' },
          },
          { target: 'aws-prod', object: arn, backstop: { status: 'armed', by: 'aws:CurrentTime', until: '2030-01-01T00:00:00Z' } },
        ],
      },
      builtinRegistry(),
    );
    const body = grantedComment('alice-inc-4302', '2030-01-01T00:00:00Z', grants, [], uses);
    expect(body).toContain('**How to use it on `shop-prod`:**');
    expect(body).toContain(`SET ROLE \`${role}\`;`);
    expect(body).toContain('Expiry backstop on `shop-prod`: not armed: event\\_scheduler is DISABLED');
    expect(body).toContain('Expiry backstop on `aws-prod`: armed: IAM condition aws:CurrentTime &lt; 2030\\-01\\-01T00:00:00Z');
  });

  it('no line of the code can close its fence', () => {
    const lines = usageMarkdown([{ say: 'Run *this*', code: ['```', 'echo ````'] }]);
    expect(lines[0]).toBe('- Run \\*this\\*');
    expect(lines).toContain('  `````');
    expect(lines.filter((l) => l === '  `````')).toHaveLength(2);
  });
});
