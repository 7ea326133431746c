import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  checkGithubGrant
} from "./chunk-WSVCP44B.js";

// src/providers/github/held.ts
var RANK = { pull: 1, triage: 2, push: 3, maintain: 4, admin: 5 };
function invitationPermission(permission) {
  if (permission === "read") return "pull";
  if (permission === "write") return "push";
  return permission;
}
async function invitationsFor(github, g) {
  const login = g.login.toLowerCase();
  const all = await github.listInvitations(g.owner, g.repo);
  return all.filter((i) => i.invitee?.toLowerCase() === login).map((i) => ({ id: i.id, permission: invitationPermission(i.permission) }));
}
async function isDirectCollaborator(github, g) {
  const login = g.login.toLowerCase();
  return (await github.listDirectCollaborators(g.owner, g.repo)).some((l) => l.toLowerCase() === login);
}
function holds(g, seen) {
  if (g.kind === "team") return seen.kind === "team" && seen.membership !== void 0;
  if (seen.kind !== "repo") return false;
  if (seen.direct) return seen.permission !== void 0 && RANK[seen.permission] >= RANK[g.permission];
  return seen.invitations.includes(g.permission);
}
async function observe(g, github) {
  if (g.kind === "team") return { kind: "team", membership: await github.getTeamMembership(g.org, g.team, g.login) };
  if (await isDirectCollaborator(github, g))
    return { kind: "repo", direct: true, permission: await github.getCollaboratorPermission(g.owner, g.repo, g.login), invitations: [] };
  return { kind: "repo", direct: false, permission: void 0, invitations: (await invitationsFor(github, g)).map((i) => i.permission) };
}
async function githubHeld(grant, github) {
  const checked = checkGithubGrant(grant);
  const out = [];
  for (const [i, g] of checked.entries()) {
    const spec = grant.grants[i];
    if (spec !== void 0 && holds(g, await observe(g, github))) out.push(spec);
  }
  return out;
}

export {
  RANK,
  invitationPermission,
  invitationsFor,
  isDirectCollaborator,
  holds,
  githubHeld
};
