import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  ERROR_CODES,
  UserError,
  formatDiagnostic
} from "./chunk-BGLQZM7W.js";

// src/errors-report.ts
function describeFailure(error) {
  if (error instanceof UserError) {
    return { kind: "user", lines: error.diagnostics.map(formatDiagnostic), codes: error.diagnostics.map((d) => d.code) };
  }
  const code = codeOf(error);
  if (code !== void 0 && error instanceof Error) {
    const details = error.details;
    const extra = Array.isArray(details) ? details.filter((d) => typeof d === "string").map((d) => `  - ${d}`) : [];
    return { kind: "coded", lines: [error.message, ...extra, `fix: ${ERROR_CODES[code].fix}`], codes: [code] };
  }
  const message = error instanceof Error ? error.stack ?? error.message : String(error);
  return { kind: "internal", lines: [`internal error (please report it): ${message}`], codes: [] };
}
function codeOf(error) {
  const code = typeof error === "object" && error !== null ? error.code : void 0;
  return typeof code === "string" && Object.hasOwn(ERROR_CODES, code) ? code : void 0;
}

// src/time/clock.ts
var systemClock = { now: () => Date.now() };

export {
  describeFailure,
  systemClock
};
