import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GithubStandIn, ROUTES } from '../support/github/index.js';
import { Router, routeKey } from '../support/github/http.js';
import { ResponseSchemas } from '../support/github/schema.js';

/**
 * Drives every route of the stand-in and validates each response body
 * against GitHub's published OpenAPI schema for that operation and status, so
 * the stand-in cannot drift into a shape real GitHub never sends.
 */
const schemas = new ResponseSchemas();
const router = new Router(ROUTES);
let gh: GithubStandIn;
const verdicts: { key: string; status: number; reason: string | undefined }[] = [];

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

async function call(method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: 'token schema-token', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  const match = router.match(method, new URL(path, gh.url).pathname);
  const key = typeof match === 'object' ? routeKey(match.def) : `${method} ${path}`;
  const verdict = schemas.check(key, res.status, parsed, { strictStatus: true });
  verdicts.push({ key, status: res.status, reason: verdict.ok ? undefined : verdict.reason });
  return { status: res.status, body: parsed };
}

const field = (a: Answer, name: string): unknown => (a.body as Record<string, unknown>)[name];

beforeAll(async () => {
  gh = await GithubStandIn.start();
  gh.addUser({ login: 'github-actions[bot]', type: 'Bot' });
  gh.addToken('schema-token', 'github-actions[bot]');
  for (const login of ['alice', 'bob', 'carol', 'outsider']) gh.addUser({ login });
  gh.addOrgMember('alice');
  gh.addOrgMember('bob');
  gh.addTeam('payments-leads');
  gh.setTeamMember('payments-leads', 'bob', { role: 'maintainer' });
  gh.setTeamMember('payments-leads', 'carol', { state: 'pending' });
  await gh.addRepo('payments-service');
  gh.setCollaborator('bob', 'push', 'payments-service');
  const base = await gh.commit({
    branch: 'main',
    author: 'bob',
    message: 'Initial policy',
    files: {
      '.github/CODEOWNERS': 'access-requests/ @acme/payments-leads\n',
      'policies/targets.yaml': 'targets: {}\n',
      'scripts/run.sh': { content: '#!/bin/sh\n', mode: '100755' },
      'link-to-targets': { symlink: 'policies/targets.yaml' },
      'dangling-link': { symlink: '../outside' },
    },
  });
  await gh.commit({ branch: 'main', author: 'bob', files: { vendor: { submodule: base } } });
  gh.setCodeownersErrors([
    {
      line: 1,
      column: 22,
      kind: 'Unknown owner',
      source: 'access-requests/ @acme/payments-leads',
      suggestion: null,
      message: 'Unknown owner on line 1',
      path: '.github/CODEOWNERS',
    },
  ]);
  await gh.commit({
    branch: 'alice-inc-4211',
    author: 'alice',
    message: 'Request access',
    files: { 'access-requests/alice-inc-4211.yaml': 'requester: alice\n', 'policies/targets.yaml': null },
  });
  const n = await gh.openPull({ head: 'alice-inc-4211', author: 'alice', title: 'Access for INC-4211' });
  await gh.review(n, { user: 'bob', state: 'APPROVED' });
  await gh.review(n, { user: null, state: 'COMMENTED', commitId: null });
  await gh.review(n, { user: 'github-actions[bot]', state: 'PENDING' });
});

afterAll(async () => {
  await gh.stop();
});

describe('stand-in responses match GitHub OpenAPI schemas', () => {
  it('serves every route with a documented, schema-valid response', async () => {
    const R = '/repos/acme/access';
    expect((await call('GET', R)).status).toBe(200);
    expect((await call('GET', '/repos/acme/nope')).status).toBe(404);

    // pulls
    const pull = await call('GET', `${R}/pulls/1`);
    expect(pull.status).toBe(200);
    const head = (field(pull, 'head') as { sha: string }).sha;
    expect((await call('GET', `${R}/pulls/99`)).status).toBe(404);
    expect((await call('GET', `${R}/pulls/1/files`)).body).toHaveLength(2);
    expect((await call('GET', `${R}/pulls/1/commits`)).body).toHaveLength(1);
    expect((await call('GET', `${R}/pulls/1/reviews`)).body).toHaveLength(3);
    expect((await call('GET', `${R}/commits/${head}/pulls`)).body).toHaveLength(1);

    // contents: file, directory, symlink followed, dangling symlink, submodule
    const file = await call('GET', `${R}/contents/policies/targets.yaml?ref=main`);
    expect(field(file, 'type')).toBe('file');
    expect((await call('GET', `${R}/contents/policies`)).body).toHaveLength(1);
    expect(field(await call('GET', `${R}/contents/link-to-targets`), 'type')).toBe('file');
    expect(field(await call('GET', `${R}/contents/dangling-link`), 'type')).toBe('symlink');
    expect(field(await call('GET', `${R}/contents/vendor`), 'type')).toBe('submodule');
    expect((await call('GET', `${R}/contents/missing.txt`)).status).toBe(404);

    // git data
    const blob = await call('POST', `${R}/git/blobs`, { content: 'aGVsbG8K', encoding: 'base64' });
    expect(blob.status).toBe(201);
    const blobSha = field(blob, 'sha') as string;
    expect(field(await call('GET', `${R}/git/blobs/${blobSha}`), 'size')).toBe(6);
    const mainRef = await call('GET', `${R}/git/ref/heads/main`);
    const mainSha = (field(mainRef, 'object') as { sha: string }).sha;
    const mainCommit = await call('GET', `${R}/git/commits/${mainSha}`);
    const baseTree = (field(mainCommit, 'tree') as { sha: string }).sha;
    expect(field(await call('GET', `${R}/git/trees/${baseTree}?recursive=1`), 'truncated')).toBe(false);
    const tree = await call('POST', `${R}/git/trees`, {
      base_tree: baseTree,
      tree: [{ path: 'audit/events.jsonl', mode: '100644', type: 'blob', sha: blobSha }],
    });
    expect(tree.status).toBe(201);
    const commit = await call('POST', `${R}/git/commits`, {
      message: 'Record grant',
      tree: field(tree, 'sha'),
      parents: [mainSha],
    });
    expect(commit.status).toBe(201);
    const newSha = field(commit, 'sha') as string;
    expect((await call('POST', `${R}/git/refs`, { ref: 'refs/heads/ledger', sha: mainSha })).status).toBe(201);
    expect((await call('POST', `${R}/git/refs`, { ref: 'refs/heads/ledger', sha: mainSha })).status).toBe(422);
    expect((await call('PATCH', `${R}/git/refs/heads/ledger`, { sha: newSha })).status).toBe(200);
    expect((await call('PATCH', `${R}/git/refs/heads/ledger`, { sha: mainSha })).status).toBe(422);
    expect((await call('GET', `${R}/git/ref/heads/absent`)).status).toBe(404);

    // issues and comments
    const issue = await call('POST', `${R}/issues`, { title: 'Revocation failed', body: '<!-- m -->', labels: ['grantbook'] });
    expect(issue.status).toBe(201);
    const number = field(issue, 'number') as number;
    expect((await call('GET', `${R}/issues?labels=grantbook&state=all`)).body).toHaveLength(1);
    expect((await call('GET', `${R}/issues/${number}`)).status).toBe(200);
    expect(field(await call('PATCH', `${R}/issues/${number}`, { state: 'closed' }), 'state')).toBe('closed');
    const comment = await call('POST', `${R}/issues/1/comments`, { body: 'plan' });
    expect(comment.status).toBe(201);
    expect((await call('GET', `${R}/issues/1/comments`)).body).toHaveLength(1);
    expect((await call('PATCH', `${R}/issues/comments/${field(comment, 'id') as number}`, { body: 'plan v2' })).status).toBe(200);

    // teams
    const T = '/orgs/acme/teams/payments-leads';
    expect(field(await call('GET', `${T}/memberships/bob`), 'state')).toBe('active');
    expect((await call('GET', `${T}/memberships/alice`)).status).toBe(404);
    expect(field(await call('PUT', `${T}/memberships/alice`, { role: 'member' }), 'state')).toBe('active');
    expect(field(await call('PUT', `${T}/memberships/outsider`, { role: 'member' }), 'state')).toBe('pending');
    expect((await call('DELETE', `${T}/memberships/alice`)).status).toBe(204);
    expect((await call('GET', `${T}/members`)).body).toHaveLength(1);

    // collaborators and invitations
    const P = '/repos/acme/payments-service';
    expect(field(await call('GET', `${P}/collaborators/bob/permission`), 'role_name')).toBe('write');
    expect(field(await call('GET', `${P}/collaborators/carol/permission`), 'permission')).toBe('none');
    expect((await call('PUT', `${P}/collaborators/alice`, { permission: 'triage' })).status).toBe(204);
    const direct = (await call('GET', `${P}/collaborators?affiliation=direct`)).body as { login: string; role_name: string }[];
    expect(direct.map((c) => [c.login, c.role_name])).toEqual([
      ['alice', 'triage'],
      ['bob', 'write'],
    ]);
    const invitation = await call('PUT', `${P}/collaborators/outsider`, { permission: 'pull' });
    expect(invitation.status).toBe(201);
    expect((await call('GET', `${P}/invitations`)).body).toHaveLength(1);
    expect((await call('DELETE', `${P}/invitations/${field(invitation, 'id') as number}`)).status).toBe(204);
    expect((await call('DELETE', `${P}/collaborators/alice`)).status).toBe(204);

    // codeowners
    expect(field(await call('GET', `${R}/codeowners/errors?ref=main`), 'errors')).toHaveLength(1);
    expect((await call('GET', `${P}/codeowners/errors`)).status).toBe(404);

    // repository settings (doctor)
    gh.setBranchProtection({ bypassUsers: ['bob'] });
    expect(field(await call('GET', `${R}/branches/main/protection`), 'enforce_admins')).toMatchObject({ enabled: true });
    expect((await call('GET', `${P}/branches/main/protection`)).status).toBe(404);
    const pullRequest = { requireCodeOwnerReview: true, dismissStaleReviewsOnPush: true, requireLastPushApproval: true, requiredApprovingReviewCount: 1 };
    const ruleset = gh.addRuleset({ pullRequest, otherRules: ['deletion'], bypassActors: [{ actorType: 'Integration', actorId: 7, bypassMode: 'always' }] });
    expect((await call('GET', `${R}/rules/branches/main`)).body).toHaveLength(2);
    expect(field(await call('GET', `${R}/rulesets/${ruleset}`), 'bypass_actors')).toHaveLength(1);
    expect(field(await call('GET', `${R}/actions/permissions/workflow`), 'can_approve_pull_request_reviews')).toBe(false);
    expect(field(await call('GET', `${R}/environments/grantbook-production`), 'deployment_branch_policy')).toMatchObject({
      protected_branches: false,
      custom_branch_policies: true,
    });
    gh.setEnvironment('custom', { deploymentBranchPolicy: { custom: [{ name: 'main', type: 'branch' }] }, reviewers: ['bob'], waitTimer: 5 });
    expect(field(await call('GET', `${R}/environments/custom`), 'protection_rules')).toHaveLength(3);
    expect(field(await call('GET', `${R}/environments/custom/deployment-branch-policies`), 'total_count')).toBe(1);
    expect(field(await call('GET', `${R}/actions/workflows/access-revoke.yml`), 'state')).toBe('active');

    expect(gh.serverErrors).toEqual([]);
    expect(verdicts.filter((v) => v.reason !== undefined)).toEqual([]);
  });

  it('has a schema for every route it serves, and drove every one of them', () => {
    for (const route of ROUTES) {
      expect(schemas.hasOperation(routeKey(route)), `no OpenAPI schema for ${routeKey(route)}`).toBe(true);
      expect(gh.requests.count(routeKey(route)), `not exercised: ${routeKey(route)}`).toBeGreaterThan(0);
    }
    // And nothing extracted that the stand-in no longer serves.
    const served = new Set(ROUTES.map(routeKey));
    expect(Object.keys(schemas.doc.operations).filter((k) => !served.has(k))).toEqual([]);
  });

  it('rejects a body that does not match (the check itself can fail)', () => {
    const verdict = schemas.check('GET /repos/{owner}/{repo}/git/ref/{ref}', 200, { ref: 'refs/heads/main' });
    expect(verdict.ok).toBe(false);
    expect(schemas.check('GET /repos/{owner}/{repo}/git/ref/{ref}', 418, {}, { strictStatus: true }).ok).toBe(false);
    expect(schemas.check('GET /repos/{owner}/{repo}/git/ref/{ref}', 503, {}).ok).toBe(false);
    expect(schemas.check('GET /nowhere', 200, {}).ok).toBe(false);
  });
});
