import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  usageText
} from "./chunk-RMGFMFKL.js";
import {
  escapeForLog
} from "./chunk-TAWV74PJ.js";
import {
  activeRegistry
} from "./chunk-JKSNEYSU.js";
import {
  formatDiagnostic
} from "./chunk-BGLQZM7W.js";
import {
  plannedUsage
} from "./chunk-VTNCT2GJ.js";

// src/report/view-footprint.ts
function viewFootprintLines(t) {
  const lines = [];
  const filter = t.rowFilter;
  if (filter !== void 0) {
    const how = filter.count === void 0 ? `${filter.exact ? "counted exactly" : "estimated"} at apply` : countText(filter.count);
    lines.push(`rows: only where ${filter.filter}; rows admitted: ${how}`);
  }
  lines.push(...t.notes);
  return lines;
}
function countText(count) {
  if (count.rows === null) return `not counted (${count.note ?? "no reason given"})`;
  return `${count.exact ? "" : "about "}${count.rows}${count.exact ? "" : " (estimate from the planner's statistics)"}`;
}

// src/report/plan-text.ts
function renderPlanText(decision, plans) {
  const lines = [];
  lines.push(`Request ${decision.requestId} (${decision.path})`);
  lines.push(`Profile: ${decision.profile}${decision.breakGlass ? " (break-glass)" : ""}`);
  lines.push(`Decision: ${decision.outcome === "allowed" ? "ALLOWED by policy, pending approval" : "REFUSED"}`);
  lines.push(`Approval needed: ${approvalLine(decision)}`);
  const reasons = decision.reasons;
  if (reasons.length > 0) {
    lines.push("", "Reasons:");
    for (const r of reasons) lines.push(`  ${r.severity}: ${formatDiagnostic(r)}`);
  }
  if (decision.window !== void 0) {
    const w = decision.window;
    lines.push("", `Window: ${w.duration}; if applied now ${w.startsAt} -> ${w.expiresAt} (the clock starts when the grant is applied)`);
  }
  lines.push("", "Data footprint:", ...footprintLines(decision.footprint));
  for (const { targetGrant, plan } of plans) {
    const where = `${targetGrant.target.name} (${targetGrant.target.provider}) for ${targetGrant.principal}`;
    lines.push("", `Grant on ${where}:`, ...(plan.notes ?? []).map((n) => `  note: ${n}`), ...operationLines(plan.grant));
    const usage = plannedUsage(targetGrant, activeRegistry());
    if (usage !== void 0) lines.push("", `Once granted, use it on ${targetGrant.target.name}:`, ...usageText(usage, "  "));
    lines.push("", `Revoke on ${where} (at expiry):`, ...operationLines(plan.revoke));
  }
  if (decision.outcome !== "allowed") lines.push("", "Nothing would be applied: the request is refused.");
  return escapeForLog(lines.join("\n"));
}
function approvalLine(decision) {
  if (!Number.isSafeInteger(decision.approvals.min) || decision.approvals.min >= Number.MAX_SAFE_INTEGER) {
    return "none possible: the profile is unknown";
  }
  const parts = [`${decision.approvals.min} code owner(s) of ${decision.path}`];
  for (const g of decision.approvals.groups) {
    const who = g.team !== void 0 ? `team ${g.team}` : `one of ${g.users.join(", ")}`;
    parts.push(`${g.min} from ${who}`);
  }
  return parts.join("; ");
}
function footprintLines(footprint) {
  const lines = [];
  for (const t of footprint.entries) {
    lines.push(`  ${t.line.map((p) => "code" in p ? p.code : "strong" in p ? p.strong.toUpperCase() : p.text).join("")}`);
    if (t.hasSensitive) lines.push(`    sensitive: ${t.sensitive.length > 0 ? t.sensitive.join(", ") : "none"}`);
    if (t.narrower !== void 0) lines.push(`    a narrower grant would be: ${t.narrower.join(", ")}`);
    lines.push(...viewFootprintLines(t).map((l) => `    ${l}`));
  }
  if (lines.length === 0) lines.push("  nothing (no grant passed the policy)");
  return lines;
}
function operationLines(operations) {
  return operations.map((op, i) => {
    const body = op.body !== void 0 ? ` ${JSON.stringify(op.body)}` : "";
    return `  ${i + 1}. ${op.text}${body}
     -- ${op.why}`;
  });
}

export {
  viewFootprintLines,
  renderPlanText,
  approvalLine
};
