import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  RANK,
  githubHeld,
  invitationsFor,
  isDirectCollaborator
} from "./chunk-57WOCNPP.js";
import {
  isHeld
} from "./chunk-BTUW2W7A.js";
import {
  planGithub
} from "./chunk-WZMSLYSW.js";
import {
  checkGithubGrant
} from "./chunk-WSVCP44B.js";
import {
  ProviderError,
  RevokeNotVerified
} from "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-VBI6FCSW.js";
import "./chunk-GOSKQMZY.js";

// src/providers/github/provider.ts
function createGithubProvider(target, api) {
  function partsOf(grant) {
    const checked = checkGithubGrant(grant);
    return checked.map((g, i) => {
      const spec = grant.grants[i];
      if (spec === void 0) throw new Error("checkGithubGrant lost a grant");
      return { g, spec, held: isHeld(grant, spec) };
    });
  }
  async function grantOne(g) {
    if (g.kind === "team") {
      const existing = await api.getTeamMembership(g.org, g.team, g.login);
      if (existing?.role === "maintainer") {
        throw new ProviderError("E_PROVIDER_TEAM_ROLE_CONFLICT", target.name, `${g.login} is a maintainer of ${g.team}; a member grant would demote them`);
      }
      if (existing === void 0) await api.addTeamMembership(g.org, g.team, g.login, "member");
      return;
    }
    if (await isDirectCollaborator(api, g)) {
      const current = await api.getCollaboratorPermission(g.owner, g.repo, g.login);
      if (current === g.permission) return;
      throw new ProviderError(
        "E_PROVIDER_REPO_PERMISSION_CONFLICT",
        target.name,
        `${g.login} is a direct collaborator on ${g.repo} with ${current ?? "no"} permission (as GitHub reports it); ${g.permission} was asked`
      );
    }
    const invitations = await invitationsFor(api, g);
    if (invitations.some((i) => i.permission === g.permission)) return;
    const other = invitations[0];
    if (other !== void 0) {
      throw new ProviderError(
        "E_PROVIDER_REPO_PERMISSION_CONFLICT",
        target.name,
        `${g.login} has a pending ${other.permission} invitation to ${g.repo}; ${g.permission} was asked`
      );
    }
    await api.addCollaborator(g.owner, g.repo, g.login, g.permission);
  }
  async function inspectOne(g) {
    if (g.kind === "team") {
      const m = await api.getTeamMembership(g.org, g.team, g.login);
      const detail = m === void 0 ? `${g.login} is not in team ${g.team}` : `${g.login} is ${m.state} ${m.role} of team ${g.team}`;
      return { present: m?.state === "active", absent: m === void 0, detail };
    }
    const direct = await isDirectCollaborator(api, g);
    const permission = direct ? await api.getCollaboratorPermission(g.owner, g.repo, g.login) : void 0;
    const invitations = await invitationsFor(api, g);
    const parts = [
      direct ? `${g.login} is a direct collaborator on ${g.repo} with ${permission ?? "no"} permission` : `${g.login} is not a direct collaborator on ${g.repo}`,
      ...invitations.map((i) => `pending invitation ${i.id} (${i.permission}) to ${g.repo}`)
    ];
    return {
      present: permission !== void 0 && RANK[permission] >= RANK[g.permission],
      absent: !direct && invitations.length === 0,
      detail: parts.join("; ")
    };
  }
  async function inspectAll(parts) {
    const results = [];
    for (const p of parts) {
      const seen = await inspectOne(p.g);
      results.push(p.held ? { present: !seen.absent, absent: true, detail: `${seen.detail} (held before this grant; left in place)` } : seen);
    }
    return {
      present: results.every((r) => r.present),
      absent: results.every((r) => r.absent),
      details: results.map((r) => r.detail)
    };
  }
  return {
    id: "github",
    kinds: ["team", "repo"],
    recordsHeld: true,
    listsManaged: false,
    plan: planGithub,
    held: (grant) => githubHeld(grant, api),
    async grant(grant) {
      const parts = partsOf(grant).filter((p) => !p.held);
      for (const p of parts) await grantOne(p.g);
      for (const p of parts) {
        const seen = await inspectOne(p.g);
        if (seen.absent) {
          throw new ProviderError("E_PROVIDER_GRANT_NOT_VERIFIED", target.name, `grant of request ${grant.requestId} did not read back`, [seen.detail]);
        }
      }
    },
    async revoke(grant) {
      const parts = partsOf(grant);
      for (const { g, held } of parts) {
        if (held) continue;
        if (g.kind === "team") {
          await api.removeTeamMembership(g.org, g.team, g.login);
          continue;
        }
        for (const i of await invitationsFor(api, g)) await api.deleteInvitation(g.owner, g.repo, i.id);
        await api.removeCollaborator(g.owner, g.repo, g.login);
      }
      const inspection = await inspectAll(parts);
      if (!inspection.absent) throw new RevokeNotVerified(target.name, grant.requestId, inspection);
    },
    async inspect(grant) {
      return inspectAll(partsOf(grant));
    },
    async listManaged() {
      return [];
    },
    async close() {
    }
  };
}
export {
  createGithubProvider
};
