import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  heldNote
} from "./chunk-2L7HMFXM.js";
import {
  failureMarker,
  revokedMarker
} from "./chunk-2QZJYOXF.js";
import {
  codeSpan,
  escapeMarkdown
} from "./chunk-TAWV74PJ.js";

// src/report/revoke-text.ts
var MAX_ROWS = 200;
var CAUSE_TEXT = {
  expired: "its time was up",
  relinquished: "its request file was removed from the default branch",
  superseded: "an extension replaced it",
  drift: "the provider held it although the ledger did not record it as granted",
  limit: "the grantee crossed a limit of its profile, which asks for early revocation"
};
function describeLate(ms) {
  if (ms === void 0) return "\u2014";
  const minutes = Math.round(ms / 6e4);
  if (minutes < 1) return "under a minute";
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
var NOT_SWEPT_WHY = "the ledger records nothing on it, ever (no grant live, pending or revoked, no drift), so there is nothing to revoke or check; once anything is granted on it, a run without its credentials fails";
function renderSummary(s) {
  const lines = ["## Grantbook revoke sweep", ""];
  lines.push(`Sweep completed at **${s.lastSweep}** over ${codeSpan(s.branch)} at ${codeSpan(s.tip.slice(0, 12))}.`, "");
  const revoked = rows(s.outcomes, "revoked");
  const failed = rows(s.outcomes, "failed");
  const skipped = rows(s.outcomes, "skipped");
  if (s.outcomes.length === 0 && s.plan.unresolved.length === 0) lines.push("Nothing was due. Nothing was written to the ledger.", "");
  if (revoked.length > 0) {
    lines.push(`### Revoked and verified (${revoked.length})`, "", "| Request | Target | Cause | Late |", "| --- | --- | --- | --- |");
    for (const [o, r] of revoked.slice(0, MAX_ROWS)) {
      lines.push(`| ${codeSpan(o.item.request)} | ${codeSpan(r.target)} | ${o.item.cause} | ${describeLate(s.lateByRequest.get(o.item.request))} |`);
    }
    more(lines, revoked.length);
  }
  if (failed.length > 0) {
    lines.push(
      `### Failed \u2014 retried on the next run (${failed.length})`,
      "",
      "| Request | Target | Code | Attempts | Message |",
      "| --- | --- | --- | --- | --- |"
    );
    for (const [o, r] of failed.slice(0, MAX_ROWS)) {
      if (r.status !== "failed") continue;
      lines.push(
        `| ${codeSpan(o.item.request)} | ${codeSpan(r.target)} | ${r.failure.reason.code} | ${r.attempts} | ${escapeMarkdown(r.failure.reason.message)} |`
      );
    }
    more(lines, failed.length);
  }
  if (s.plan.unresolved.length > 0) {
    lines.push("### Drift that needs a person", "");
    for (const u of s.plan.unresolved.slice(0, MAX_ROWS)) {
      lines.push(`- ${codeSpan(u.request)} on ${codeSpan(u.target)}: the provider holds a Grantbook-tagged grant (${u.what}) whose grantee is unknown.`);
    }
    lines.push("");
  }
  if (skipped.length > 0 || s.busy.length > 0) {
    lines.push("### Left to another run", "");
    for (const t of s.busy) lines.push(`- Target ${codeSpan(t)}: another revoke run holds its lock and is sweeping it.`);
    for (const [o, r] of skipped.slice(0, MAX_ROWS))
      if (r.status === "skipped") lines.push(`- ${codeSpan(o.item.request)} on ${codeSpan(r.target)}: ${r.why}.`);
    lines.push("");
  }
  if (s.plan.deferred.length > 0) {
    lines.push("### Held by another live grant", "");
    for (const d of s.plan.deferred.slice(0, MAX_ROWS)) {
      lines.push(
        `- ${codeSpan(d.request)} on ${codeSpan(d.target)}: the same access is held by live request ${codeSpan(d.heldBy)}; it is revoked with that one.`
      );
    }
    lines.push("");
  }
  if (s.problems.length > 0) {
    lines.push("### Targets with problems", "");
    for (const p of s.problems) lines.push(`- ${codeSpan(p.target)}: ${p.failure.reason.code} ${escapeMarkdown(p.failure.reason.message)}`);
    lines.push("");
  }
  if ((s.notSwept ?? []).length > 0) {
    lines.push("### Targets not swept", "", `No credentials for these in the job; for each, ${NOT_SWEPT_WHY}.`, "");
    for (const n of s.notSwept ?? []) lines.push(`- ${codeSpan(n.target)}: ${n.reason.code} ${escapeMarkdown(n.reason.message)}`);
    lines.push("");
  }
  if (s.plan.missing.length > 0) {
    lines.push("### Live in the ledger, absent on the provider", "");
    for (const m of s.plan.missing.slice(0, MAX_ROWS))
      lines.push(`- ${codeSpan(m.request)} on ${codeSpan(m.target)}: nothing to revoke; it will be recorded when it is due.`);
    lines.push("");
  }
  for (const note of s.notes) lines.push(`> ${escapeMarkdown(note)}`, "");
  if (s.commit !== void 0) lines.push(`Ledger commit: ${codeSpan(s.commit)}.`, "");
  return `${lines.join("\n").trimEnd()}
`;
}
function rows(outcomes, status) {
  return outcomes.flatMap((o) => o.results.filter((r) => r.status === status).map((r) => [o, r]));
}
function more(lines, total) {
  if (total > MAX_ROWS) lines.push("", `\u2026 and ${total - MAX_ROWS} more.`);
  lines.push("");
}
function failureIssueTitle(request) {
  return `Revocation failing: ${request}`;
}
function renderFailureIssue(f) {
  const lines = [
    failureMarker(f.request),
    `Grantbook could not revoke access request ${codeSpan(f.request)}${f.pr !== void 0 ? ` (granted by #${f.pr})` : ""}.`,
    "",
    `Last attempt: **${f.at}** (workflow run ${codeSpan(f.runId)}). The revoke job tries again on every run and closes this issue once the provider read-back confirms the access is gone.`,
    "",
    "| Target | Code | Attempts | Message |",
    "| --- | --- | --- | --- |",
    ...f.failures.map((x) => `| ${codeSpan(x.target)} | ${x.code} | ${x.attempts} | ${escapeMarkdown(x.message)} |`)
  ];
  const details = f.failures.flatMap((x) => x.details.map((d) => `- ${codeSpan(x.target)}: ${escapeMarkdown(d)}`));
  if (details.length > 0) lines.push("", "What the provider still shows:", "", ...details);
  lines.push("", "Until then the access may still be in effect. See `grantbook status` and the job summary of the run.");
  return `${lines.join("\n")}
`;
}
function renderResolvedIssue(request, at, previous) {
  const note = `**Resolved at ${at}:** the revocation of ${codeSpan(request)} is verified by read-back and recorded in the ledger.`;
  const body = previous ?? failureMarker(request);
  return `${body.includes(failureMarker(request)) ? body : `${failureMarker(request)}
${body}`}

${note}
`;
}
function renderRevokedComment(o, late, at, commit, fileRemoved) {
  const targets = o.results.filter((r) => r.status === "revoked").map((r) => codeSpan(r.target));
  const lines = [
    revokedMarker(o.item.request),
    `**Access revoked** \u2014 request ${codeSpan(o.item.request)}, target${targets.length === 1 ? "" : "s"} ${targets.join(", ")}, because ${CAUSE_TEXT[o.item.cause]}.`,
    "",
    `Verified by reading each provider back at ${at}${late !== void 0 ? `, ${describeLate(late)} after it expired` : ""}.`
  ];
  if (commit !== void 0)
    lines.push(
      `Recorded in the ledger in ${codeSpan(commit.slice(0, 12))}${fileRemoved ? ", which also removes the request file (git history keeps it)" : ""}.`
    );
  const kept = o.item.targets.flatMap(
    (t) => t.principals.flatMap((p) => (p.held ?? []).map((spec) => ({ target: t.target, principal: p.principal, spec, already_held: true })))
  );
  return `${lines.join("\n")}${heldNote(kept, "revoked")}
`;
}
function commitMessage(revoked, failed, drift, removedFiles, alerts = 0) {
  const counts = [
    `${revoked.length} revoked`,
    `${failed.length} failed`,
    ...drift > 0 ? [`${drift} drift`] : [],
    ...alerts > 0 ? [`${alerts} limit alert(s)`] : [],
    ...removedFiles > 0 ? [`${removedFiles} request file(s) removed`] : []
  ];
  const list = (name, ids) => ids.length === 0 ? [] : [`${name}: ${ids.slice(0, 50).join(", ")}${ids.length > 50 ? ` and ${ids.length - 50} more` : ""}`];
  return [`grantbook revoke: ${counts.join(", ")}`, "", ...list("revoked", revoked), ...list("failed", failed)].join("\n").trimEnd();
}

export {
  describeLate,
  NOT_SWEPT_WHY,
  renderSummary,
  failureIssueTitle,
  renderFailureIssue,
  renderResolvedIssue,
  renderRevokedComment,
  commitMessage
};
