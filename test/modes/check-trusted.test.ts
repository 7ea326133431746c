import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileSpec } from '../support/github/index.js';
import { seedFiles, startCheckFixture, type CheckFixture } from '../support/check/fixture.js';
import { requestYaml } from '../support/check/requests.js';

/**
 * Trusted config (design invariant 1): what a pull request may change next to
 * a request, and that policy and CODEOWNERS always come from the base commit.
 */
const seed = await seedFiles();
let fx: CheckFixture;
beforeAll(async () => {
  fx = await startCheckFixture({ seed });
});
afterAll(async () => fx.stop());

const REQUEST = 'access-requests/alice-inc-4501.yaml';
const text = (path: string): string => {
  const spec = seed[path];
  if (typeof spec !== 'string') throw new Error(`no seeded ${path}`);
  return spec;
};

/**
 * Runs `body` with `files` committed on main (a CODEOWNERS layout, an
 * existing request), then puts main back: the base is always the default branch.
 */
async function onMain<T>(files: Readonly<Record<string, FileSpec>>, body: () => Promise<T>): Promise<T> {
  const before = await fx.gh.refSha('main');
  if (before === undefined) throw new Error('no main');
  await fx.gh.commit({ branch: 'main', author: 'sam', message: 'Base for this test', files });
  try {
    return await body();
  } finally {
    await fx.gh.setBranch('main', before);
  }
}

async function checkWith(files: Readonly<Record<string, FileSpec>>, approvers: readonly string[] = ['bob'], base?: string) {
  const pr = await fx.openPull(files, base === undefined ? {} : { base });
  for (const user of approvers) await fx.gh.review(pr.number, { user, state: 'APPROVED' });
  return (await fx.check(pr.number)).outcome;
}

describe('check: what a request pull request may touch', () => {
  it.each([
    ['policies/', { 'policies/orders-readonly.yaml': `${text('policies/orders-readonly.yaml')}# edited\n` }],
    ['CODEOWNERS', { '.github/CODEOWNERS': `${text('.github/CODEOWNERS')}/access-requests/ @carol\n` }],
    ['a workflow', { '.github/workflows/x.yml': 'on: push\n' }],
    ['any other file', { 'README.md': 'changed\n' }],
  ])('refuses a request next to a change to %s, approvals notwithstanding', async (_what, other) => {
    const outcome = await checkWith({ [REQUEST]: requestYaml(), ...other });
    expect(outcome.decision).toBe('refused');
    expect(outcome.reasonCodes).toContain('E_PR_MIXED_CHANGES');
    expect(outcome.failure).toBeDefined();
  });

  it('applies the BASE policy: raising the max duration next to a longer request is refused on both counts', async () => {
    const raised = text('policies/orders-readonly.yaml').replace('max: 8h', 'max: 24h');
    expect(raised).not.toBe(text('policies/orders-readonly.yaml'));
    const outcome = await checkWith({ [REQUEST]: requestYaml({ duration: '12h' }), 'policies/orders-readonly.yaml': raised });
    expect(outcome.decision).toBe('refused');
    expect(outcome.reasonCodes).toEqual(expect.arrayContaining(['E_PR_MIXED_CHANGES', 'E_POLICY_DURATION_TOO_LONG']));
  });

  it('applies the BASE policy: a profile added in the same pull request does not exist', async () => {
    const profile = text('policies/orders-two-owners.yaml').replaceAll('orders-two-owners', 'orders-anything');
    const outcome = await checkWith({ [REQUEST]: requestYaml({ profile: 'orders-anything' }), 'policies/orders-anything.yaml': profile });
    expect(outcome.reasonCodes).toEqual(expect.arrayContaining(['E_PR_MIXED_CHANGES', 'E_POLICY_PROFILE_UNKNOWN']));
  });

  it('applies the BASE CODEOWNERS: making oneself an owner in the pull request does not count', async () => {
    const owners = `${text('.github/CODEOWNERS')}/access-requests/ @carol\n`;
    const outcome = await checkWith({ [REQUEST]: requestYaml(), '.github/CODEOWNERS': owners }, ['carol']);
    expect(outcome.report?.requests[0]?.approvals?.ignored.map((i) => [i.login, i.code])).toEqual([['carol', 'E_APPROVAL_NOT_OWNER']]);
    expect(outcome.report?.requests[0]?.owners).toEqual(['acme/payments-leads', 'acme/security']);
  });

  it.each([
    ['Access-Requests/X.YAML', 'E_PR_REQUEST_PATH_CASE'],
    ['ACCESS-REQUESTS/alice-inc-4502.yaml', 'E_PR_REQUEST_PATH_CASE'],
    ['access-requests/X.YAML', 'E_REQUEST_FILENAME'],
    ['access-requests/alice-inc-4503.yml', 'E_REQUEST_FILENAME'],
    ['access-requests/nested/alice-inc-4504.yaml', 'E_REQUEST_FILENAME'],
  ])('refuses a request at %s instead of ignoring it', async (path, code) => {
    const outcome = await checkWith({ [path]: requestYaml() });
    expect(outcome.decision).toBe('refused');
    expect(outcome.reasonCodes).toContain(code);
  });

  it('refuses editing an existing request, and accepts deleting it (early relinquish) without approval', () =>
    onMain({ 'access-requests/alice-inc-4200.yaml': requestYaml({ ticket: 'INC-4200' }) }, async () => {
      const edited = await checkWith({ 'access-requests/alice-inc-4200.yaml': requestYaml({ duration: '8h' }) });
      expect(edited.decision).toBe('refused');
      expect(edited.reasonCodes).toEqual(['E_PR_REQUEST_EDITED']);

      const given = await checkWith({ 'access-requests/alice-inc-4200.yaml': null }, []);
      expect(given).toMatchObject({ decision: 'relinquish', requests: ['alice-inc-4200'] });
      expect(given.failure).toBeUndefined();

      // Deleting a request and adding a similar one reads as a rename (GitHub detects renames too): an edit.
      const swapped = await checkWith({ 'access-requests/alice-inc-4200.yaml': null, [REQUEST]: requestYaml() });
      expect(swapped).toMatchObject({ decision: 'refused', reasonCodes: ['E_PR_REQUEST_EDITED'] });
    }));

  it('a base policy that does not load refuses the request: nothing is judged against half a policy', () =>
    onMain({ 'policies/targets.yaml': 'targets: []\n' }, async () => {
      const outcome = await checkWith({ [REQUEST]: requestYaml() });
      expect(outcome.decision).toBe('refused');
      expect(outcome.report?.problems.length).toBeGreaterThan(0);
      expect(outcome.report?.problems.every((p) => p.file === 'policies/targets.yaml')).toBe(true);
      expect(outcome.report?.requests[0]?.decision).toBeUndefined();
      expect(outcome.summary).toContain('Not judged: the policy at the base commit does not load');
    }));

  it('refuses a pull request into another branch, whatever that branch says about owners', async () => {
    const from = await fx.gh.refSha('main');
    await fx.gh.commit({ branch: 'lenient', from, author: 'carol', files: { '.github/CODEOWNERS': '* @carol\n' } });
    const outcome = await checkWith({ [REQUEST]: requestYaml() }, ['carol'], 'lenient');
    expect(outcome).toMatchObject({ decision: 'refused', reasonCodes: ['E_PR_BASE_NOT_DEFAULT'], requests: [] });
    expect(outcome.summary).toContain('does not target the default branch');
  });
});

describe('check: CODEOWNERS as GitHub reads it, from the base', () => {
  const ignored = (o: Awaited<ReturnType<typeof checkWith>>) => o.report?.requests[0]?.approvals?.ignored.map((i) => [i.login, i.code]);

  it('.github/CODEOWNERS wins over a root CODEOWNERS', () =>
    onMain({ CODEOWNERS: '* @carol\n' }, async () => {
      const outcome = await checkWith({ [REQUEST]: requestYaml() }, ['carol', 'bob']);
      expect(outcome.decision).toBe('approved');
      expect(ignored(outcome)).toEqual([['carol', 'E_APPROVAL_NOT_OWNER']]);
    }));

  it('a root CODEOWNERS wins over docs/CODEOWNERS when .github/ has none', () =>
    onMain(
      { '.github/CODEOWNERS': null, CODEOWNERS: '/access-requests/ @acme/security\n', 'docs/CODEOWNERS': '/access-requests/ @acme/payments-leads\n' },
      async () => {
        const outcome = await checkWith({ [REQUEST]: requestYaml() }, ['bob']);
        expect(outcome.report?.requests[0]?.owners).toEqual(['acme/security']);
        expect(ignored(outcome)).toEqual([['bob', 'E_APPROVAL_NOT_OWNER']]);
      },
    ));

  it('the last matching line wins, and a line without owners un-owns', () =>
    onMain({ '.github/CODEOWNERS': `${text('.github/CODEOWNERS')}/access-requests/ghost-*.yaml\n` }, async () => {
      const ghost = await checkWith({ 'access-requests/ghost-1.yaml': requestYaml() }, ['bob']);
      expect(ghost.decision).toBe('pending');
      expect(ghost.reasonCodes).toContain('E_APPROVAL_NO_OWNERS');
      expect(ghost.report?.requests[0]?.owners).toEqual([]);
      // The same base still has owners for every other request file.
      expect((await checkWith({ [REQUEST]: requestYaml() }, ['bob'])).decision).toBe('approved');
    }));

  it('patterns are case-sensitive: an upper-case pattern does not own a lower-case path', () =>
    onMain({ '.github/CODEOWNERS': `${text('.github/CODEOWNERS')}/Access-Requests/ @carol\n/access-requests/ALICE-*.yaml @carol\n` }, async () => {
      const outcome = await checkWith({ [REQUEST]: requestYaml() }, ['carol', 'bob']);
      expect(outcome.decision).toBe('approved');
      expect(outcome.report?.requests[0]?.owners).toEqual(['acme/payments-leads', 'acme/security']);
    }));

  it('no CODEOWNERS at the base: nobody can approve, and the pull request is refused', () =>
    onMain({ '.github/CODEOWNERS': null }, async () => {
      const outcome = await checkWith({ [REQUEST]: requestYaml() }, ['bob']);
      expect(outcome.decision).toBe('refused');
      expect(outcome.reasonCodes).toEqual(expect.arrayContaining(['E_CODEOWNERS_MISSING', 'E_APPROVAL_NO_OWNERS']));
    }));

  it('a CODEOWNERS error GitHub reports on a line covering access-requests/ fails closed', async () => {
    fx.gh.setCodeownersErrors([
      { line: 5, column: 1, kind: 'Unknown owner', source: '', suggestion: null, message: 'Unknown owner', path: '.github/CODEOWNERS' },
    ]);
    try {
      const outcome = await checkWith({ [REQUEST]: requestYaml() });
      expect(outcome.decision).toBe('refused');
      expect(outcome.reasonCodes).toContain('E_CODEOWNERS_CRITICAL_LINE_ERROR');
    } finally {
      fx.gh.setCodeownersErrors([]);
    }
  });
});
