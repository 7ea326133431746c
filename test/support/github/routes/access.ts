import { type Ctx, HttpError, type Reply, type RouteDef, intParam, notFound, objectBody, paginate, stringField, validationFailed } from '../http.js';
import { repository } from '../shapes/repos.js';
import { simpleUser } from '../shapes/users.js';
import { type InvitationRecord, type Permission, type RepoRecord, nextId, teamKey } from '../state.js';
import { keyOf } from './common.js';

const T = '/orgs/{org}/teams/{team_slug}';
const R = '/repos/{owner}/{repo}';
const PERMISSIONS: readonly Permission[] = ['pull', 'triage', 'push', 'maintain', 'admin'];
/** Legacy `permission` and `role_name` of GET .../permission, and invitation permissions. */
const LEGACY: Record<Permission, string> = { pull: 'read', triage: 'read', push: 'write', maintain: 'write', admin: 'admin' };
const ROLE: Record<Permission, string> = { pull: 'read', triage: 'triage', push: 'write', maintain: 'maintain', admin: 'admin' };

/**
 * The team of a route. A token without the organization permission
 * "Members" sees no team at all: 404, as GitHub answers it; a write with
 * read only is refused.
 */
function team(ctx: Ctx) {
  if (ctx.token.members === 'none') throw notFound();
  if (ctx.method !== 'GET' && ctx.token.members !== 'write') throw new HttpError(403, 'Resource not accessible by integration');
  const t = ctx.state.teams.get(teamKey(ctx.params.org ?? '', ctx.params.team_slug ?? ''));
  if (t === undefined) throw notFound();
  return t;
}

function knownUser(ctx: Ctx, login: string) {
  const u = ctx.state.users.get(login.toLowerCase());
  if (u === undefined) throw notFound();
  return u;
}

function membershipBody(ctx: Ctx, login: string, m: { role: string; state: string }): Record<string, unknown> {
  const url = ctx.urls.api(`/organizations/1/team/${team(ctx).id}/memberships/${encodeURIComponent(login)}`);
  return { url, role: m.role, state: m.state };
}

function getMembership(ctx: Ctx): Reply {
  const login = ctx.params.username ?? '';
  const m = team(ctx).members.get(login.toLowerCase());
  if (m === undefined) throw notFound();
  return { status: 200, body: membershipBody(ctx, login, m) };
}

function putMembership(ctx: Ctx): Reply {
  const t = team(ctx);
  const user = knownUser(ctx, ctx.params.username ?? '');
  const role = stringField(objectBody(ctx), 'role', false) ?? 'member';
  if (role !== 'member' && role !== 'maintainer') throw validationFailed('role must be member or maintainer');
  const existing = t.members.get(user.login.toLowerCase());
  // Someone outside the organization is invited: the membership stays pending until they accept.
  const inOrg = ctx.state.orgMembers.get(t.org.toLowerCase())?.has(user.login.toLowerCase()) === true;
  const m = { role, state: existing?.state ?? (inOrg ? 'active' : 'pending') } as const;
  t.members.set(user.login.toLowerCase(), m);
  return { status: 200, body: membershipBody(ctx, user.login, m) };
}

function deleteMembership(ctx: Ctx): Reply {
  team(ctx).members.delete((ctx.params.username ?? '').toLowerCase());
  return { status: 204 };
}

function listMembers(ctx: Ctx): Reply {
  const t = team(ctx);
  const role = ctx.query.get('role') ?? 'all';
  const members = [...t.members]
    .filter(([, m]) => m.state === 'active' && (role === 'all' || m.role === role))
    .map(([login]) => ctx.user(login))
    .sort((a, b) => a.id - b.id);
  return paginate(
    ctx,
    members.map((u) => simpleUser(ctx.urls, u)),
  );
}

/**
 * The user's permission as GitHub computes it: the highest of their direct
 * collaborator permission and what each team they are an active member of
 * has on the repository (organization base roles are not modelled).
 */
function effectivePermission(ctx: Ctx, repo: RepoRecord, login: string): Permission | undefined {
  const key = login.toLowerCase();
  const sources = [repo.collaborators.get(key)];
  for (const t of ctx.state.teams.values()) {
    if (t.org.toLowerCase() === repo.owner.toLowerCase() && t.members.get(key)?.state === 'active') sources.push(t.repos.get(keyOf(repo)));
  }
  const ranks = sources.filter((p): p is Permission => p !== undefined).map((p) => PERMISSIONS.indexOf(p));
  return ranks.length === 0 ? undefined : PERMISSIONS[Math.max(...ranks)];
}

function getPermission(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const user = knownUser(ctx, ctx.params.username ?? '');
  const p = effectivePermission(ctx, repo, user.login);
  const legacy = p === undefined ? 'none' : LEGACY[p];
  const role = p === undefined ? 'none' : ROLE[p];
  return {
    status: 200,
    body: {
      permission: legacy,
      role_name: role,
      user: { ...simpleUser(ctx.urls, user), role_name: role, ...(p === undefined ? {} : { permissions: flags(p) }) },
    },
  };
}

/**
 * GET .../collaborators. `direct`: the repository's own collaborators (an
 * organization member or not); `outside`: those of them outside the
 * organization; `all` (the default): anyone with access, through a team too.
 * As GitHub documents, `role_name` is the highest role from any source.
 */
function listCollaborators(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const affiliation = ctx.query.get('affiliation') ?? 'all';
  if (!['direct', 'outside', 'all'].includes(affiliation)) throw validationFailed('affiliation must be one of outside, direct, all');
  const inOrg = ctx.state.orgMembers.get(repo.owner.toLowerCase()) ?? new Set<string>();
  const logins = new Set(repo.collaborators.keys());
  if (affiliation === 'all') {
    for (const t of ctx.state.teams.values()) {
      if (!t.repos.has(keyOf(repo))) continue;
      for (const [login, m] of t.members) if (m.state === 'active') logins.add(login);
    }
  }
  const users = [...logins]
    .filter((login) => affiliation !== 'outside' || !inOrg.has(login))
    .map((login) => ctx.user(login))
    .sort((a, b) => a.id - b.id);
  return paginate(
    ctx,
    users.map((u) => {
      const p = effectivePermission(ctx, repo, u.login) ?? 'pull';
      return { ...simpleUser(ctx.urls, u), permissions: flags(p), role_name: ROLE[p] };
    }),
  );
}

function flags(p: Permission): Record<string, boolean> {
  const rank = PERMISSIONS.indexOf(p);
  return { pull: rank >= 0, triage: rank >= 1, push: rank >= 2, maintain: rank >= 3, admin: rank >= 4 };
}

function invitationBody(ctx: Ctx, repo: RepoRecord, inv: InvitationRecord): Record<string, unknown> {
  return {
    id: inv.id,
    node_id: `RI_${inv.id}`,
    repository: repository(ctx.urls, repo, ctx.user(repo.owner)),
    invitee: simpleUser(ctx.urls, ctx.user(inv.invitee)),
    inviter: simpleUser(ctx.urls, ctx.user(inv.inviter)),
    permissions: ROLE[inv.permission],
    created_at: inv.createdAt,
    expired: false,
    url: ctx.urls.api(`/user/repository_invitations/${inv.id}`),
    html_url: ctx.urls.web(`/${repo.owner}/${repo.name}/invitations`),
  };
}

function putCollaborator(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const user = knownUser(ctx, ctx.params.username ?? '');
  const raw = ctx.body === undefined ? undefined : stringField(objectBody(ctx), 'permission', false);
  const permission = (raw ?? 'push') as Permission;
  if (!PERMISSIONS.includes(permission)) throw validationFailed(`permission must be one of ${PERMISSIONS.join(', ')}`);
  const login = user.login.toLowerCase();
  const inOrg = ctx.state.orgMembers.get(repo.owner.toLowerCase())?.has(login) === true;
  if (repo.collaborators.has(login) || inOrg) {
    repo.collaborators.set(login, permission);
    return { status: 204 };
  }
  let inv = ctx.state.invitations.find((i) => i.repo === keyOf(repo) && i.invitee.toLowerCase() === login);
  if (inv === undefined) {
    inv = { id: nextId(ctx.state), repo: keyOf(repo), invitee: user.login, inviter: ctx.caller.login, permission, createdAt: ctx.now() };
    ctx.state.invitations.push(inv);
  } else inv.permission = permission;
  return { status: 201, body: invitationBody(ctx, repo, inv) };
}

function deleteCollaborator(ctx: Ctx): Reply {
  const repo = ctx.repo();
  repo.collaborators.delete((ctx.params.username ?? '').toLowerCase());
  return { status: 204 };
}

function listInvitations(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const list = ctx.state.invitations.filter((i) => i.repo === keyOf(repo)).sort((a, b) => a.id - b.id);
  return paginate(
    ctx,
    list.map((i) => invitationBody(ctx, repo, i)),
  );
}

function deleteInvitation(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const id = intParam(ctx, 'invitation_id');
  const index = ctx.state.invitations.findIndex((i) => i.repo === keyOf(repo) && i.id === id);
  if (index === -1) throw notFound();
  ctx.state.invitations.splice(index, 1);
  return { status: 204 };
}

export function accessRoutes(): RouteDef[] {
  return [
    { method: 'GET', template: `${T}/memberships/{username}`, handler: getMembership },
    { method: 'PUT', template: `${T}/memberships/{username}`, handler: putMembership },
    { method: 'DELETE', template: `${T}/memberships/{username}`, handler: deleteMembership },
    { method: 'GET', template: `${T}/members`, handler: listMembers },
    { method: 'GET', template: `${R}/collaborators`, handler: listCollaborators },
    { method: 'GET', template: `${R}/collaborators/{username}/permission`, handler: getPermission },
    { method: 'PUT', template: `${R}/collaborators/{username}`, handler: putCollaborator },
    { method: 'DELETE', template: `${R}/collaborators/{username}`, handler: deleteCollaborator },
    { method: 'GET', template: `${R}/invitations`, handler: listInvitations },
    { method: 'DELETE', template: `${R}/invitations/{invitation_id}`, handler: deleteInvitation },
  ];
}
