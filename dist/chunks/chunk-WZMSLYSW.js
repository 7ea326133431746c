import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  checkGithubGrant
} from "./chunk-WSVCP44B.js";

// src/providers/github/plan.ts
function path(...segments) {
  return segments.map((s) => `/${encodeURIComponent(s)}`).join("");
}
var http = (text, why, body) => body === void 0 ? { kind: "http", text, why } : { kind: "http", text, why, body };
function grantOperation(g) {
  if (g.kind === "team") {
    return http(
      `PUT ${path("orgs", g.org, "teams", g.team, "memberships", g.login)}`,
      "Adds the grantee to the team as a member (pending until they accept, if not yet in the organisation).",
      { role: "member" }
    );
  }
  return http(
    `PUT ${path("repos", g.owner, g.repo, "collaborators", g.login)}`,
    "Makes the grantee a direct collaborator (an invitation if they are outside the organisation).",
    { permission: g.permission }
  );
}
function revokeOperations(g) {
  if (g.kind === "team") {
    return [
      http(`DELETE ${path("orgs", g.org, "teams", g.team, "memberships", g.login)}`, "Removes the team membership, active or pending."),
      http(`GET ${path("orgs", g.org, "teams", g.team, "memberships", g.login)}`, "Read-back: must be 404.")
    ];
  }
  const repo = path("repos", g.owner, g.repo);
  return [
    http(`GET ${repo}/invitations`, "Finds the grantee's pending invitations (every page)."),
    http(
      `DELETE ${repo}/invitations/{invitation_id}`,
      "Cancels each pending invitation of the grantee first, so it cannot be accepted after the removal below."
    ),
    http(`DELETE ${path("repos", g.owner, g.repo, "collaborators", g.login)}`, "Removes the direct collaborator."),
    http(
      `GET ${repo}/collaborators?affiliation=direct`,
      "Read-back (every page): the grantee is no longer a direct collaborator and no invitation is left. Access through a team or the organization is not this grant's and stays."
    )
  ];
}
function planGithub(grant) {
  const checked = checkGithubGrant(grant);
  return { grant: checked.map(grantOperation), revoke: checked.flatMap(revokeOperations) };
}
var githubPlanner = {
  id: "github",
  kinds: ["team", "repo"],
  recordsHeld: true,
  plan: planGithub,
  // Loaded only when the check asks: the plan itself needs none of it.
  seenHeld: async (grant, github) => (await import("./held-DKLM4VT5.js")).githubHeld(grant, github)
};

export {
  planGithub,
  githubPlanner
};
