import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  diagnostic
} from "./chunk-BGLQZM7W.js";

// src/git/local-repo.ts
import { execFile, spawn } from "node:child_process";
var REGULAR_FILE_MODES = /* @__PURE__ */ new Set(["100644", "100755"]);
var SHA_RE = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
var LocalRepo = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** Full SHA of a revision, or undefined when it does not exist. */
  async resolve(revision) {
    try {
      const out = await this.git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]);
      const sha = out.toString("utf8").trim();
      return SHA_RE.test(sha) ? sha : void 0;
    } catch {
      return void 0;
    }
  }
  /** Parents of a commit, first parent first. */
  async parents(commit) {
    const out = await this.git(["rev-list", "--parents", "-n", "1", "--end-of-options", checkSha(commit)]);
    return out.toString("utf8").trim().split(" ").slice(1);
  }
  /**
   * Every entry under the given directories (or exact paths) at a commit,
   * with blob contents up to `maxBytes` each.
   */
  async readFiles(commit, paths, maxBytes) {
    const listing = await this.git(["ls-tree", "-r", "-z", "--full-tree", "--long", checkSha(commit), "--", ...paths]);
    const entries = parseLsTree(listing);
    const wanted = entries.filter((e) => e.type === "blob" && e.size <= maxBytes).map((e) => e.blobSha);
    const blobs = await this.readBlobs(wanted);
    return entries.map((entry) => {
      const bytes = entry.type === "blob" && entry.size <= maxBytes ? blobs.get(entry.blobSha) : void 0;
      return {
        path: entry.path,
        mode: entry.mode,
        blobSha: entry.blobSha,
        size: entry.size,
        ...bytes !== void 0 ? { bytes } : {}
      };
    });
  }
  /** Many blobs through one `git cat-file --batch` process instead of one process each. */
  readBlobs(shas) {
    const unique = [...new Set(shas.map(checkSha))];
    if (unique.length === 0) return Promise.resolve(/* @__PURE__ */ new Map());
    return new Promise((resolve, reject) => {
      const child = spawn("git", ["-C", this.dir, "cat-file", "--batch"], { stdio: ["pipe", "pipe", "ignore"] });
      const chunks = [];
      child.stdout.on("data", (c) => chunks.push(c));
      child.on("error", reject);
      child.on("close", (code) => {
        if (code !== 0) return reject(new Error(`git cat-file failed (${code})`));
        try {
          resolve(parseBatch(Buffer.concat(chunks), unique));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      child.stdin.end(`${unique.join("\n")}
`);
    });
  }
  /**
   * The entries of one directory at a commit (`''` for the root), not
   * recursive, with blob sizes; undefined when there is no such directory.
   */
  async listDir(commit, dir) {
    const spec = dir === "" ? checkSha(commit) : `${checkSha(commit)}:${dir}`;
    let listing;
    try {
      listing = await this.git(["ls-tree", "-z", "--long", "--end-of-options", spec]);
    } catch {
      return void 0;
    }
    return parseLsTree(listing).map((e) => ({ path: dir === "" ? e.path : `${dir}/${e.path}`, mode: e.mode, blobSha: e.blobSha, size: e.size }));
  }
  /** One blob's bytes. */
  async readBlob(sha) {
    const blobs = await this.readBlobs([sha]);
    const bytes = blobs.get(sha);
    if (bytes === void 0) throw new Error(`git has no blob ${sha}`);
    return bytes;
  }
  /** Paths added (status A) between two commits, as git sees them (no rename detection). */
  async addedPaths(from, to, under) {
    const out = await this.git(["diff", "--no-renames", "--name-only", "-z", "--diff-filter=A", checkSha(from), checkSha(to), "--", under]);
    return out.toString("utf8").split("\0").filter((p) => p !== "");
  }
  git(args) {
    return new Promise((resolve, reject) => {
      execFile("git", ["-C", this.dir, ...args], { encoding: "buffer", maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {
        if (error) reject(new Error(`git ${args[0] ?? ""} failed: ${error.message}`));
        else resolve(stdout);
      });
    });
  }
};
function parseBatch(output, shas) {
  const blobs = /* @__PURE__ */ new Map();
  let at = 0;
  for (const sha of shas) {
    const newline = output.indexOf(10, at);
    const header = output.subarray(at, newline).toString("utf8").split(" ");
    if (header[0] !== sha || header[1] !== "blob") throw new Error("git cat-file answered out of order");
    const size = Number(header[2]);
    blobs.set(sha, new Uint8Array(output.subarray(newline + 1, newline + 1 + size)));
    at = newline + 1 + size + 1;
  }
  return blobs;
}
function checkSha(sha) {
  if (!SHA_RE.test(sha)) throw new Error("not a full commit SHA");
  return sha;
}
function parseLsTree(output) {
  const entries = [];
  for (const record of output.toString("utf8").split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("	");
    const [mode = "", type = "", blobSha = "", size = ""] = record.slice(0, tab).split(/ +/);
    entries.push({ mode, type, blobSha, size: size === "-" ? 0 : Number(size), path: record.slice(tab + 1) });
  }
  return entries;
}

// src/modes/check/changes.ts
var REQUESTS_DIR = "access-requests/";
function classifyChanges(files) {
  const added = [];
  const removed = [];
  const problems = [];
  const outside = [];
  let edited = 0;
  for (const file of files) {
    const paths = [file.filename, ...file.previousFilename !== void 0 ? [file.previousFilename] : []];
    const inRequests = paths.filter(isUnderRequests);
    for (const p of paths) {
      if (!isUnderRequests(p) && !PLACEHOLDERS.has(p) && p.toLowerCase().startsWith(REQUESTS_DIR)) {
        problems.push(
          diagnostic("E_PR_REQUEST_PATH_CASE", "a changed file is in a directory that differs from access-requests/ only by letter case", {
            file: safePath(p)
          })
        );
      }
    }
    if (inRequests.length === 0) {
      outside.push(file.filename);
      continue;
    }
    switch (file.status) {
      case "added":
        added.push(file.filename);
        break;
      case "removed":
        removed.push(file.filename);
        break;
      // Every other status, and one GitHub adds later, is an edit: only 'added' and 'removed' pass.
      case "modified":
      case "renamed":
      case "copied":
      case "changed":
      case "unchanged":
      default:
        edited += 1;
        problems.push(
          diagnostic("E_PR_REQUEST_EDITED", `an existing request file is ${file.status}, not added or removed`, {
            file: safePath(file.filename)
          })
        );
    }
  }
  if (outside.length > 0 && added.length + removed.length + edited > 0) {
    problems.push(diagnostic("E_PR_MIXED_CHANGES", `the pull request changes ${outside.length} file(s) outside access-requests/ next to request files`, {}));
  }
  if (added.length > 0 && removed.length > 0) {
    problems.push(diagnostic("E_PR_MIXED_CHANGES", "the pull request both adds and removes request files", {}));
  }
  return { added: added.sort(), removed: removed.sort(), problems };
}
var PLACEHOLDERS = /* @__PURE__ */ new Set([`${REQUESTS_DIR}.gitkeep`, `${REQUESTS_DIR}README.md`]);
function isUnderRequests(path) {
  return path.startsWith(REQUESTS_DIR) && !PLACEHOLDERS.has(path);
}
function safePath(path) {
  return path.length <= 200 && /^[A-Za-z0-9._/-]+$/.test(path) ? path : "<file name with unusual characters>";
}

export {
  REGULAR_FILE_MODES,
  LocalRepo,
  classifyChanges,
  safePath
};
