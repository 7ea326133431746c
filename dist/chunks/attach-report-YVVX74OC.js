import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  DEFAULT_SCHEDULE_MINUTES,
  PendingFile,
  checkoutLedger,
  describeBreak,
  describePeriod,
  monthToDate,
  readProfileFacts,
  writeReport
} from "./chunk-KMA7OOCP.js";
import "./chunk-NFCRMHM7.js";
import {
  describeLate
} from "./chunk-TNJD4TVH.js";
import "./chunk-2L7HMFXM.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-FSM2IXNC.js";
import {
  codeSpan
} from "./chunk-TAWV74PJ.js";
import "./chunk-OTEGZEV7.js";
import "./chunk-XWXGGLRX.js";
import "./chunk-6YJFBVOG.js";
import "./chunk-W3EMCSNL.js";
import "./chunk-JKSNEYSU.js";
import "./chunk-WZMSLYSW.js";
import "./chunk-WSVCP44B.js";
import "./chunk-NHQQWKM2.js";
import "./chunk-DYIKSZD5.js";
import "./chunk-S2FTDJZ2.js";
import "./chunk-BGLQZM7W.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-VTNCT2GJ.js";
import {
  formatInstant
} from "./chunk-VIPNLK4T.js";
import "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-VBI6FCSW.js";
import "./chunk-GOSKQMZY.js";

// src/modes/revoke/attach-report.ts
import { tmpdir } from "node:os";
import path2 from "node:path";

// src/report/month-report-text.ts
function monthReportSummary(month, until, h, events) {
  const rows = [
    ["Grants", h.grants],
    ["People", h.people],
    ["Still live", h.live],
    ["Revoked", h.revoked],
    ["Revoked more than one schedule interval late", h.revokedLate],
    ["Most late revocation", h.maxLateMs > 0 ? describeLate(h.maxLateMs) : "\u2014"],
    ["Live and overdue", h.overdue],
    ["Break-glass uses", h.breakGlass],
    ["Grants with failed revocation attempts", h.withFailures],
    ["Refused at apply", h.refused],
    ["Limit alerts", h.alerts],
    ["Drift findings", h.drift]
  ];
  return [
    `### Access report, ${month} (to ${until})`,
    "",
    `The hash chain verifies (${events} events). The full report is attached to this run as an artifact.`,
    "",
    "| Figure | Value |",
    "| --- | --- |",
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    ""
  ].join("\n");
}
function monthReportRefused(month, why) {
  return `### Access report, ${month}

Not written: ${codeSpan(why)}
`;
}
var MONTH_REPORT_FAILED = "### Access report\n\nNot written: the report could not be made (see the log).\n";

// src/modes/revoke/month-report.ts
import { mkdirSync } from "node:fs";
import path from "node:path";
async function monthReport(deps) {
  const period = monthToDate(deps.now);
  const month = formatInstant(period.since).slice(0, 7);
  const tip = await deps.store.readTip(deps.branch);
  mkdirSync(deps.dir, { recursive: true });
  const file = new PendingFile(path.join(deps.dir, `access-report-${month}.html`));
  let outcome;
  try {
    outcome = await writeReport(checkoutLedger(deps.checkout, { later: { store: deps.store, commitSha: tip.commitSha } }), file, {
      period,
      now: deps.now,
      intervalMs: deps.intervalMs,
      facts: deps.facts,
      repository: deps.repository,
      ledgerRef: tip.commitSha,
      ...deps.followUps !== void 0 ? { followUps: deps.followUps } : {}
    });
  } catch (error) {
    file.abort();
    throw error;
  }
  if (!outcome.verdict.ok) {
    file.abort();
    const why = `E_AUDIT_CHAIN_BROKEN the ledger does not verify (${describeBreak(outcome.verdict)}); no report was written`;
    deps.logger.warning(why);
    return { summary: monthReportRefused(month, why) };
  }
  file.commit();
  deps.logger.info(`Access report of ${month} written (${outcome.headline.grants} grant(s)).`);
  return { file: file.target, summary: monthReportSummary(month, describePeriod(period).until, outcome.headline, outcome.verdict.events) };
}

// src/modes/revoke/attach-report.ts
async function attachMonthReport(outcome, deps) {
  try {
    const checkout = path2.resolve(deps.env.GITHUB_WORKSPACE ?? ".", deps.workingDirectory);
    const report = await deps.logger.group(
      "Access report of the month",
      async () => monthReport({
        store: deps.store,
        branch: deps.branch,
        checkout,
        now: deps.now,
        intervalMs: DEFAULT_SCHEDULE_MINUTES * 6e4,
        facts: await readProfileFacts(checkout),
        dir: path2.join(deps.env.RUNNER_TEMP || tmpdir(), "grantbook-report"),
        repository: deps.repository,
        logger: deps.logger,
        ...deps.followUps !== void 0 ? { followUps: deps.followUps } : {}
      })
    );
    return { ...outcome, summary: `${outcome.summary ?? ""}
${report.summary}`, ...report.file !== void 0 ? { reportFile: report.file } : {} };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    deps.logger.warning(`The access report could not be made: ${why}`);
    return { ...outcome, summary: `${outcome.summary ?? ""}
${MONTH_REPORT_FAILED}` };
  }
}
export {
  attachMonthReport
};
