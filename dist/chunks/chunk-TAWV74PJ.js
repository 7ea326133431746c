import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/report/escape.ts
var INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
function escapeForLog(text) {
  return text.replace(/\r\n?/g, "\n").replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)?.toString(16) ?? "?"}}`).split("\n").map((line) => /^\s*::/.test(line) ? `| ${line}` : line).join("\n");
}
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;" };
function escapeMarkdown(text) {
  return text.replace(INVISIBLE, "").replace(/[&<>@\\`*_{}[\]()#+\-.!|~]/g, (c) => ENTITIES[c] ?? `\\${c}`).replace(/\r\n?|\n/g, " ");
}
function codeSpan(text) {
  const clean = text.replace(INVISIBLE, "").replace(/\r\n?|\n/g, " ");
  const longestRun = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function pathText(path) {
  return /^[A-Za-z0-9./-]+$/.test(path) ? path : escapeMarkdown(path);
}
function codeFence(lines, info = "") {
  const fence = "`".repeat(Math.max(3, ...lines.flatMap((l) => [...l.matchAll(/`+/g)].map((m) => m[0].length + 1))));
  return [`${fence}${info}`, ...lines, fence];
}

export {
  escapeForLog,
  escapeMarkdown,
  codeSpan,
  pathText,
  codeFence
};
