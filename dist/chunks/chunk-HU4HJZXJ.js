import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  checkGithubGrant
} from "./chunk-U5R6FHN3.js";

// src/providers/github/held.ts
var RANK = { pull: 1, triage: 2, push: 3, maintain: 4, admin: 5 };
function invitationPermission(permission) {
  if (permission === "read") return "pull";
  if (permission === "write") return "push";
  return permission;
}
function holds(g, seen) {
  if (g.kind === "team") return seen.kind === "team" && seen.membership !== void 0;
  if (seen.kind !== "repo") return false;
  if (seen.permission !== void 0) return RANK[seen.permission] >= RANK[g.permission];
  return seen.invitations.includes(g.permission);
}
async function observe(g, github) {
  if (g.kind === "team") return { kind: "team", membership: await github.getTeamMembership(g.org, g.team, g.login) };
  const permission = await github.getCollaboratorPermission(g.owner, g.repo, g.login);
  if (permission !== void 0) return { kind: "repo", permission, invitations: [] };
  const login = g.login.toLowerCase();
  const invitations = (await github.listInvitations(g.owner, g.repo)).filter((i) => i.invitee?.toLowerCase() === login).map((i) => invitationPermission(i.permission));
  return { kind: "repo", permission, invitations };
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
  holds,
  githubHeld
};
