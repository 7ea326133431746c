import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/modes/check/outcome.ts
function headMoved() {
  return failed("E_PR_HEAD_MOVED", "the pull request has new commits since this event; the check of its newest commit decides");
}
function failed(code, message) {
  return { decision: "failed", reasonCodes: [code], requests: [], failure: `${code}: ${message}` };
}

export {
  headMoved,
  failed
};
