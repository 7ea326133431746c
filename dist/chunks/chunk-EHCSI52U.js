import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  createCommit,
  createTree,
  getBlob,
  getCommit,
  getRef,
  getTree,
  gitBlobSha,
  updateRefFastForward
} from "./chunk-BQG7652W.js";
import {
  GithubError,
  NonFastForwardError
} from "./chunk-GHM6UMHF.js";

// src/github/ledger-store.ts
var MAX_CACHED_TREES = 256;
function githubLedgerStore(client, repo) {
  const trees = /* @__PURE__ */ new Map();
  const commitTrees = /* @__PURE__ */ new Map();
  const tree = async (sha) => {
    const cached = trees.get(sha);
    if (cached !== void 0) return cached;
    const fetched = await getTree(client, repo, sha);
    if (trees.size >= MAX_CACHED_TREES) trees.clear();
    trees.set(sha, fetched);
    return fetched;
  };
  const treeOf = async (commitSha) => {
    const cached = commitTrees.get(commitSha);
    if (cached !== void 0) return cached;
    const sha = (await getCommit(client, repo, commitSha)).tree;
    commitTrees.set(commitSha, sha);
    return sha;
  };
  const walk = async (rootTree, dir) => {
    let current = await tree(rootTree);
    for (const name of dir.split("/").filter((p) => p !== "")) {
      const entry = current.entries.find((e) => e.path === name);
      if (entry?.type !== "tree") return void 0;
      current = await tree(entry.sha);
    }
    return current;
  };
  return {
    async readTip(branch) {
      const commitSha = await getRef(client, repo, `heads/${branch}`);
      if (commitSha === void 0) throw new Error(`branch ${branch} does not exist`);
      return { commitSha, treeSha: await treeOf(commitSha) };
    },
    async listDir(commitSha, dir) {
      const found = await walk(await treeOf(commitSha), dir);
      return found?.entries.map((e) => ({
        name: e.path,
        kind: e.type === "tree" ? "directory" : e.type === "blob" && (e.mode === "100644" || e.mode === "100755") ? "file" : "other",
        sha: e.sha,
        ...e.size !== void 0 ? { size: e.size } : {}
      }));
    },
    async readBlob(sha) {
      return new TextDecoder("utf-8", { fatal: true }).decode((await getBlob(client, repo, sha)).bytes);
    },
    async writeCommit({ parentSha, baseTreeSha, files, message }) {
      const entries = files.map(
        (f) => f.content === null ? { path: f.path, mode: "100644", sha: null } : { path: f.path, mode: "100644", content: f.content }
      );
      const created = await createTree(client, repo, { baseTree: baseTreeSha, entries });
      for (const f of files) {
        if (f.content === null) continue;
        const slash = f.path.lastIndexOf("/");
        const dir = await walk(created, slash === -1 ? "" : f.path.slice(0, slash));
        const entry = dir?.entries.find((e) => e.path === f.path.slice(slash + 1));
        if (entry?.sha !== gitBlobSha(new TextEncoder().encode(f.content))) {
          throw new GithubError("E_GITHUB_BLOB_MISMATCH", `POST /repos/{owner}/{repo}/git/trees: GitHub stored other bytes for ${f.path}`);
        }
      }
      return createCommit(client, repo, { message, tree: created, parents: [parentSha] });
    },
    async fastForward(branch, commitSha) {
      try {
        await updateRefFastForward(client, repo, `heads/${branch}`, commitSha);
        return "ok";
      } catch (error) {
        if (error instanceof NonFastForwardError) return "not-fast-forward";
        throw error;
      }
    }
  };
}

// src/activity/window.ts
var BASELINE_CAP = 500;
function baselineBody(snapshot, cap = BASELINE_CAP) {
  if (!snapshot.observable) return { status: "not_observable", reason: snapshot.reason };
  const totals = counters(snapshot.totals.calls, snapshot.totals.rows, snapshot.totals.timeMs);
  if (!snapshot.complete || snapshot.statements.length > cap) return { status: "observed", totals, flags: ["baseline_partial"] };
  const entries = [...snapshot.statements].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map((s) => ({ id: s.id, ...counters(s.calls, s.rows, s.timeMs) }));
  return { status: "observed", entries, totals };
}
function windowBetween(baseline, current) {
  if (!current.observable) return { observable: false, reason: current.reason };
  if (baseline === void 0 || baseline.status !== "observed" || baseline.totals === void 0) {
    const why = baseline?.reason !== void 0 ? `; at grant time: ${baseline.reason.code}` : "";
    return { observable: false, reason: { code: "E_ACTIVITY_NO_BASELINE", message: `no observable baseline was recorded when the grant was applied${why}` } };
  }
  const flags = new Set(baseline.flags ?? []);
  const base = new Map((baseline.entries ?? []).map((e) => [e.id, e]));
  const partial = baseline.entries === void 0 || !current.complete;
  if (partial) flags.add("baseline_partial");
  const statements = [];
  const seen = /* @__PURE__ */ new Set();
  for (const s of current.statements) {
    seen.add(s.id);
    const delta = deltaOf(base.get(s.id), s, flags);
    if (delta.calls > 0) statements.push(delta);
  }
  for (const id of base.keys()) if (!seen.has(id) && current.complete) flags.add("counters_reset");
  let totals;
  if (!partial) {
    totals = statements.reduce((t, s) => add(t, s), counters(0, 0, 0));
  } else {
    const now = counters(current.totals.calls, current.totals.rows, current.totals.timeMs);
    const was = baseline.totals;
    const down = now.calls < was.calls || now.rows < was.rows || now.time_ms < was.time_ms;
    if (down) flags.add("counters_reset");
    totals = down ? now : { calls: now.calls - was.calls, rows: now.rows - was.rows, time_ms: now.time_ms - was.time_ms };
  }
  return { observable: true, statements, totals, flags: [...flags].sort() };
}
function deltaOf(b, s, flags) {
  const now = counters(s.calls, s.rows, s.timeMs);
  const text = s.text !== void 0 ? { text: s.text } : {};
  if (b === void 0) return { id: s.id, ...now, ...text };
  if (now.calls < b.calls || now.rows < b.rows || now.time_ms < b.time_ms) {
    flags.add("counters_reset");
    return { id: s.id, ...now, ...text };
  }
  return { id: s.id, calls: now.calls - b.calls, rows: now.rows - b.rows, time_ms: now.time_ms - b.time_ms, ...text };
}
function counters(calls, rows, timeMs) {
  const whole = (n) => Number.isFinite(n) && n > 0 ? Math.min(Math.round(n), Number.MAX_SAFE_INTEGER) : 0;
  return { calls: whole(calls), rows: whole(rows), time_ms: whole(timeMs) };
}
function add(a, b) {
  return { calls: a.calls + b.calls, rows: a.rows + b.rows, time_ms: a.time_ms + b.time_ms };
}

export {
  githubLedgerStore,
  baselineBody,
  windowBetween
};
