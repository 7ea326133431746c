import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  codeSpan,
  escapeMarkdown
} from "./chunk-TAWV74PJ.js";

// src/report/activity.ts
var FLAG_TEXT = {
  counters_reset: "counters were reset during the window; figures are a lower bound",
  baseline_partial: "the grantee had more statements than the baseline keeps; per-statement figures are approximate",
  shared_principal: "another grant of the same login role overlapped the window; its use is counted here too"
};
var LIMIT_TEXT = {
  rows_read: "rows read",
  writes: "statements that write"
};
function flagNotes(flags) {
  return (flags ?? []).map((f) => FLAG_TEXT[f]);
}
function limitText(limit) {
  return LIMIT_TEXT[limit];
}
function renderActivity(summaries) {
  const lines = ["#### What the access was used for", ""];
  if (summaries.length === 0) lines.push("No activity record was written for this grant.");
  for (const s of summaries) {
    const where = `${codeSpan(s.target)} as ${codeSpan(s.principal)}`;
    if (s.status !== "observed") {
      lines.push(`- ${where}: not observable (${s.reason?.code ?? "unknown"}: ${escapeMarkdown(s.reason?.message ?? "")}).`);
      continue;
    }
    const totals = s.totals ?? { calls: 0, rows: 0, time_ms: 0 };
    lines.push(`${where} since ${s.since ?? "?"}: ${totals.calls} call(s), ${totals.rows} row(s), ${totals.time_ms} ms.`, "");
    const statements = s.statements ?? [];
    if (statements.length > 0) {
      lines.push("| Statement (normalized) | Calls | Rows | Time (ms) | Writes |", "| --- | ---: | ---: | ---: | --- |");
      for (const st of statements) {
        const text = st.withheld === true ? `_${escapeMarkdown(st.text)}_` : codeSpan(st.text).replaceAll("|", "\\|");
        lines.push(`| ${text} | ${st.calls} | ${st.rows} | ${st.time_ms} | ${st.writes === true ? "yes" : ""} |`);
      }
      if (s.others !== void 0 && s.others.statements > 0) {
        lines.push(`| _${s.others.statements} other statement(s)_ | ${s.others.calls} | ${s.others.rows} | ${s.others.time_ms} | |`);
      }
      lines.push("");
    } else {
      lines.push("No statements were run during the window.", "");
    }
    for (const note of flagNotes(s.flags)) lines.push(`> Note: ${note}.`);
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function alertIssueTitle(request) {
  return `Limit crossed: ${request}`;
}
function renderAlertIssue(request, pr, alerts, marker) {
  const lines = [
    marker,
    `A scheduled run found request ${codeSpan(request)} crossing limits of its profile${pr !== void 0 ? ` (granted by #${pr})` : ""}.`,
    ""
  ];
  lines.push("| Target | Principal | Limit | Observed | Allowed | Action |", "| --- | --- | --- | ---: | ---: | --- |");
  for (const a of alerts) {
    lines.push(
      `| ${codeSpan(a.target)} | ${codeSpan(a.principal)} | ${LIMIT_TEXT[a.limit]} | ${a.observed} | ${a.allowed} | ${a.action === "revoke" ? "revoked early" : "alert only"} |`
    );
  }
  lines.push("", `Review the whole story with \`grantbook audit show ${request}\`. Code: E_ACTIVITY_LIMIT_EXCEEDED.`);
  return `${lines.join("\n")}
`;
}

export {
  limitText,
  renderActivity,
  alertIssueTitle,
  renderAlertIssue
};
