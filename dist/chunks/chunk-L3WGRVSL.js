import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  findIssueByMarker
} from "./chunk-BQG7652W.js";
import {
  breakGlassMarker
} from "./chunk-2QZJYOXF.js";
import {
  GithubError
} from "./chunk-GHM6UMHF.js";

// src/audit/break-glass-reviews.ts
var MAX_FOLLOW_UPS = 200;
function githubFollowUps(client, repo) {
  return async (requests) => {
    const out = /* @__PURE__ */ new Map();
    for (const id of requests.slice(0, MAX_FOLLOW_UPS)) {
      try {
        const issue = await findIssueByMarker(client, repo, breakGlassMarker(id), { labels: ["break-glass"], state: "all" });
        out.set(id, issue === void 0 ? { found: false } : { found: true, number: issue.number, state: issue.state });
      } catch (error) {
        out.set(id, { unread: error instanceof GithubError ? error.code : "an unexpected error" });
      }
    }
    return out;
  };
}

export {
  MAX_FOLLOW_UPS,
  githubFollowUps
};
