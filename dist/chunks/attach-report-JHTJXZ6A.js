import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  DEFAULT_SCHEDULE_MINUTES,
  PendingFile,
  describeBreak,
  describePeriod,
  monthToDate,
  readProfileFacts,
  streamChainResult,
  writeReport
} from "./chunk-27RNRWRH.js";
import "./chunk-NFCRMHM7.js";
import {
  describeLate
} from "./chunk-24PIUGG5.js";
import {
  readChain
} from "./chunk-M7342IVA.js";
import "./chunk-XTO7TVYV.js";
import {
  codeSpan
} from "./chunk-KUSN3L3J.js";
import "./chunk-RPGQDWBV.js";
import "./chunk-TYXZ63QX.js";
import "./chunk-LN4ZPE77.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-LIJIYEF3.js";
import "./chunk-WT4JMY5I.js";
import "./chunk-BK43TA2C.js";
import "./chunk-YPQWQKWJ.js";
import {
  formatInstant
} from "./chunk-VIPNLK4T.js";
import "./chunk-CHWKIGL4.js";
import "./chunk-QW3YBL2B.js";
import "./chunk-GHKPMBRE.js";
import "./chunk-5PK7Z5FH.js";

// src/modes/revoke/attach-report.ts
import { tmpdir } from "node:os";
import path2 from "node:path";

// src/modes/revoke/month-report.ts
import { mkdirSync } from "node:fs";
import path from "node:path";
async function monthReport(deps) {
  const period = monthToDate(deps.now);
  const month = formatInstant(period.since).slice(0, 7);
  const tip = await deps.store.readTip(deps.branch);
  const { chain } = await readChain(deps.store, tip.commitSha);
  mkdirSync(deps.dir, { recursive: true });
  const file = new PendingFile(path.join(deps.dir, `access-report-${month}.html`));
  let outcome;
  try {
    outcome = await writeReport(async (onEvent) => streamChainResult(chain, onEvent), file, {
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
    return { summary: `### Access report, ${month}

Not written: ${codeSpan(why)}
` };
  }
  file.commit();
  deps.logger.info(`Access report of ${month} written (${outcome.headline.grants} grant(s)).`);
  return { file: file.target, summary: headlineMarkdown(month, describePeriod(period).until, outcome.headline, outcome.verdict.events) };
}
function headlineMarkdown(month, until, h, events) {
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

// src/modes/revoke/attach-report.ts
async function attachMonthReport(outcome, deps) {
  try {
    const report = await deps.logger.group(
      "Access report of the month",
      async () => monthReport({
        store: deps.store,
        branch: deps.branch,
        now: deps.now,
        intervalMs: DEFAULT_SCHEDULE_MINUTES * 6e4,
        facts: await readProfileFacts(path2.resolve(deps.env.GITHUB_WORKSPACE ?? ".", deps.workingDirectory)),
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
### Access report

Not written: the report could not be made (see the log).
` };
  }
}
export {
  attachMonthReport
};
