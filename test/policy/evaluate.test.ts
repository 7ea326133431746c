import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/diagnostics.js';
import { evaluate, UNSATISFIABLE_APPROVALS } from '../../src/policy/evaluate.js';
import {
  errorCodes,
  locateFrom,
  bundleGrant,
  makeFacts,
  makeRequest,
  repoGrant,
  teamGrant,
  NOW,
  scenario,
  tableGrant,
  warningCodes,
  type Scenario,
} from '../support/policy-fixtures.js';

function run(s: Scenario) {
  return evaluate(s.request, s.policy, s.facts);
}

describe('evaluate', () => {
  it('allows the example request and resolves it completely', () => {
    const decision = run(scenario());
    expect(decision).toEqual({
      requestId: 'alice-inc-4211',
      path: 'access-requests/alice-inc-4211.yaml',
      profile: 'orders-readonly',
      outcome: 'allowed',
      reasons: [],
      grants: [
        {
          index: 0,
          target: 'orders-prod',
          provider: 'postgres',
          principal: 'alice',
          spec: { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] },
        },
      ],
      window: { duration: '2h', durationMs: 7_200_000, startsAt: '2025-01-15T09:00:00Z', expiresAt: '2025-01-15T11:00:00Z' },
      footprint: {
        entries: [
          {
            target: 'orders-prod',
            kind: 'table',
            line: [
              { code: 'orders-prod' },
              { text: ' ' },
              { code: 'public.orders' },
              { text: ': SELECT on ' },
              { code: 'id' },
              { text: ', ' },
              { code: 'status' },
            ],
            sensitive: [],
            hasSensitive: true,
            notes: [],
          },
        ],
      },
      approvals: { min: 1, groups: [{ team: 'payments-leads', users: [], min: 1 }] },
      breakGlass: false,
    });
  });

  it('reports several independent problems at once', () => {
    const decision = run(
      scenario({
        request: {
          duration: '8h',
          ticket: 'OPS-12',
          reason: 'too short',
          extends: 'alice-inc-4211',
          grants: [
            { kind: 'table', target: 'orders-prod', privileges: ['SELECT', 'CREATE'], table: 'public.orders', columns: ['id', 'secret'] },
            { kind: 'repo', target: 'github-acme', repo: 'access', permission: 'pull' },
            { kind: 'team', target: 'nowhere', team: 'payments-oncall', role: 'member' },
          ],
        },
      }),
    );
    expect(decision.outcome).toBe('refused');
    expect(errorCodes(decision).sort()).toEqual(
      [
        'E_POLICY_TARGET_UNKNOWN',
        'E_POLICY_PRIVILEGE_DANGEROUS',
        'E_POLICY_COLUMN_NOT_ALLOWED',
        'E_POLICY_REPO_CONTROL_PLANE',
        'E_POLICY_DURATION_TOO_LONG',
        'E_POLICY_TICKET_MISMATCH',
        'E_POLICY_REASON_TOO_SHORT',
        'E_POLICY_EXTENDS_SELF',
      ].sort(),
    );
    expect(decision.window).toBeUndefined();
  });

  it('still reports what it can check when the profile is unknown', () => {
    const decision = run(
      scenario({
        request: {
          profile: 'no-such-profile',
          requester: 'mallory',
          duration: '200d',
          extends: 'alice-inc-4211',
          grants: [
            { kind: 'table', target: 'orders-prod', privileges: ['ALL'], table: 'public.orders' },
            { kind: 'team', target: 'github-acme', team: 'security', role: 'member' },
            { kind: 'bundle', target: 'orders-prod', bundle: 'orders-triage' },
          ],
        },
      }),
    );
    expect(decision.outcome).toBe('refused');
    expect(errorCodes(decision)).toEqual([
      'E_POLICY_PROFILE_UNKNOWN',
      'E_POLICY_REQUESTER_UNKNOWN',
      'E_POLICY_REQUESTER_NOT_AUTHOR',
      'E_POLICY_PRIVILEGE_DANGEROUS',
      'E_POLICY_TEAM_PROTECTED',
      'E_POLICY_DURATION_OVER_HARD_MAX',
      'E_POLICY_EXTENDS_SELF',
    ]);
    expect(decision.approvals).toEqual(UNSATISFIABLE_APPROVALS);
    expect(decision.breakGlass).toBe(false);
    expect(decision.window).toBeUndefined();
    expect(decision.grants).toEqual([]);
  });

  it('is refused exactly when some reason is an error, and never allowed with an error', () => {
    const cases: Scenario[] = [
      scenario(),
      scenario({ request: { extends: 'alice-inc-4200' } }),
      scenario({ profile: { breakGlass: true } }),
      scenario({ request: { grants: [tableGrant({ columns: ['id', 'customer_email'] })] } }),
      scenario({ request: { ticket: 'INC-1234567' } }),
      scenario({ request: { duration: '5h' } }),
      scenario({ request: { requester: 'bob' }, facts: { author: { login: 'bob', id: 2 }, requesterTeams: undefined } }),
      scenario({ policy: { identities: [] } }),
    ];
    const outcomes = cases.map((s) => {
      const decision = run(s);
      expect(decision.outcome).toBe(hasErrors(decision.reasons) ? 'refused' : 'allowed');
      return decision.outcome;
    });
    expect(outcomes).toEqual(['allowed', 'allowed', 'allowed', 'allowed', 'refused', 'refused', 'refused', 'refused']);
  });

  it('is pure: the same inputs give deep-equal decisions and are left unchanged', () => {
    const grants = () => [
      tableGrant({ privileges: ['REFERENCES'], columns: ['id', 'customer_email'] }),
      bundleGrant('orders-triage'),
      repoGrant('payments-service', 'pull'),
      teamGrant('payments-oncall'),
    ];
    const s = scenario({ request: { grants: grants() } });
    const first = run(s);
    const second = run(s);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(first.grants).toHaveLength(4);
    expect(first.reasons.map((r) => r.code)).toEqual(['E_POLICY_SENSITIVE_COLUMN_FLAGGED']);
    expect(s.request).toEqual(makeRequest({ grants: grants() }));
    expect(s.policy).toEqual(scenario().policy);
    expect(s.facts).toEqual(makeFacts());
    // Only the injected instant moves the window.
    const later = run({ ...s, facts: { ...s.facts, now: NOW + 60_000 } });
    expect(later.window?.startsAt).toBe('2025-01-15T09:01:00Z');
    expect({ ...later, window: first.window }).toEqual(first);
  });

  it('never reads the system clock or randomness in the evaluation code', () => {
    const root = join(import.meta.dirname, '../../src/policy');
    const files = [join(root, 'evaluate.ts'), join(root, 'footprint.ts'), ...listTs(join(root, 'rules'))];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/Date\.now|new Date\(\s*\)|performance\.now|Math\.random|process\./);
    }
  });

  it('gives every reason a file, a pointer and the position the file reports', () => {
    const positions: Record<string, { line: number; column: number }> = {
      '/ticket': { line: 6, column: 9 },
      '/grants/0/columns/1': { line: 12, column: 17 },
      '/grants/1/bundle': { line: 14, column: 13 },
    };
    const s = scenario({
      request: {
        ticket: 'OPS-1',
        locate: locateFrom(positions),
        grants: [tableGrant({ columns: ['id', 'nope'] }), { kind: 'bundle', target: 'orders-prod', bundle: 'no-such-bundle' }],
      },
      profile: {
        ticket: { required: true, pattern: '^INC-[0-9]+$' },
        duration: { max: 'never' },
        locate: locateFrom({ '/duration/max': { line: 9, column: 8 } }),
      },
    });
    const decision = run(s);
    expect(decision.reasons.map((r) => [r.code, r.file, r.pointer, r.line, r.column])).toEqual([
      ['E_POLICY_COLUMN_NOT_ALLOWED', 'access-requests/alice-inc-4211.yaml', '/grants/0/columns/1', 12, 17],
      ['E_POLICY_BUNDLE_UNKNOWN', 'access-requests/alice-inc-4211.yaml', '/grants/1/bundle', 14, 13],
      ['E_POLICY_PROFILE_INVALID', 'policies/orders-readonly.yaml', '/duration/max', 9, 8],
      ['E_POLICY_TICKET_MISMATCH', 'access-requests/alice-inc-4211.yaml', '/ticket', 6, 9],
    ]);
    for (const reason of decision.reasons) expect(reason.fix.length).toBeGreaterThan(0);
    expect(warningCodes(decision)).toEqual([]);
  });

  it('never echoes the reason text in a message', () => {
    const secret = 'Rollback of the ledger-crash cleanup, see runbook';
    const decision = run(scenario({ profile: { reason: { required: true, minLength: 100, maxLength: 500 } }, request: { reason: secret } }));
    expect(errorCodes(decision)).toEqual(['E_POLICY_REASON_TOO_SHORT']);
    expect(JSON.stringify(decision)).not.toContain('runbook');
  });
});

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listTs(path) : name.endsWith('.ts') ? [path] : [];
  });
}
