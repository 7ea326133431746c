import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  PROVIDER_CODES
} from "./chunk-7Y243W6Z.js";

// src/load/patterns.ts
var PATTERNS = {
  login: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
  teamSlug: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$",
  repoName: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$",
  identifier: "^[a-z_][a-z0-9_$]{0,62}$",
  qualifiedTable: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$",
  name: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$",
  requestId: "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$",
  ticket: "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$",
  duration: "^[1-9][0-9]{0,3}[mhd]$",
  privilege: "^[A-Z][A-Z_]{0,31}$",
  envName: "^[A-Z][A-Z0-9_]{0,127}$"
};
var COMPILED = Object.fromEntries(
  Object.entries(PATTERNS).map(([key, source]) => [key, new RegExp(source, "u")])
);
function matches(name, value) {
  return COMPILED[name].test(value);
}

// src/policy/types.ts
var POSTGRES_PRIVILEGES = ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES"];
var GITHUB_REPO_PERMISSIONS = ["pull", "triage", "push", "maintain"];

// src/providers/errors.ts
var ProviderError = class extends Error {
  code;
  target;
  details;
  constructor(code, target, message, details = []) {
    super(`${code} target ${target}: ${message}`);
    this.name = "ProviderError";
    this.code = code;
    this.target = target;
    this.details = details;
  }
  get fix() {
    return PROVIDER_CODES[this.code].fix;
  }
};
var RevokeNotVerified = class extends ProviderError {
  inspection;
  constructor(target, requestId, inspection, extra = []) {
    const details = [...extra, ...inspection.details];
    super("E_PROVIDER_REVOKE_NOT_VERIFIED", target, `revocation of request ${requestId} is not verified`, details);
    this.name = "RevokeNotVerified";
    this.inspection = inspection;
  }
};
function describeError(error) {
  if (error instanceof ProviderError) return error.message;
  if (error instanceof Error) {
    const detail = error.detail;
    return typeof detail === "string" && detail !== "" ? `${error.message} (${detail})` : error.message;
  }
  return String(error);
}

// src/providers/github/plan.ts
var PERMISSIONS = new Set(GITHUB_REPO_PERMISSIONS);
function checkGithubGrant(grant) {
  const { target } = grant;
  const invalid = (what) => new ProviderError("E_PROVIDER_INVALID_GRANT", target.name, `request ${grant.requestId}: ${what}`);
  if (!matches("login", grant.principal)) throw invalid("the principal is not a GitHub login");
  if (!matches("login", target.org)) throw invalid("the target org is not a GitHub login");
  if (grant.grants.length === 0) throw invalid("no grants");
  const lower = (s) => s.toLowerCase();
  return grant.grants.map((spec, i) => {
    const n = i + 1;
    switch (spec.kind) {
      case "team":
        if (lower(spec.org) !== lower(target.org)) throw invalid(`grant ${n}: the team is outside the target's organisation`);
        if (!matches("teamSlug", spec.team)) throw invalid(`grant ${n}: the team slug is not in the slug pattern`);
        if (spec.role !== "member") throw invalid(`grant ${n}: only the member role is granted`);
        if (target.protectedTeams.some((t) => lower(t) === lower(spec.team))) {
          throw new ProviderError("E_PROVIDER_PROTECTED_RESOURCE", target.name, `grant ${n}: team ${spec.team} is protected`);
        }
        return { kind: "team", org: target.org, team: spec.team, login: grant.principal };
      case "repo":
        if (lower(spec.owner) !== lower(target.org)) throw invalid(`grant ${n}: the repository is outside the target's organisation`);
        if (!matches("repoName", spec.repo)) throw invalid(`grant ${n}: the repository name is not in the repository pattern`);
        if (!PERMISSIONS.has(spec.permission)) throw invalid(`grant ${n}: permission must be one of ${GITHUB_REPO_PERMISSIONS.join(", ")}`);
        if (target.protectedRepos.some((r) => lower(r) === lower(spec.repo))) {
          throw new ProviderError("E_PROVIDER_PROTECTED_RESOURCE", target.name, `grant ${n}: repository ${spec.repo} is protected`);
        }
        return { kind: "repo", owner: target.org, repo: spec.repo, login: grant.principal, permission: spec.permission };
      default:
        throw new ProviderError("E_PROVIDER_KIND_UNSUPPORTED", target.name, `grant ${n} is a ${spec.kind} grant; github grants teams and repositories`);
    }
  });
}
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
  seenHeld: async (grant, github) => (await import("./held-IR7MLGZO.js")).githubHeld(grant, github)
};

export {
  PATTERNS,
  matches,
  POSTGRES_PRIVILEGES,
  GITHUB_REPO_PERMISSIONS,
  ProviderError,
  RevokeNotVerified,
  describeError,
  checkGithubGrant,
  planGithub,
  githubPlanner
};
