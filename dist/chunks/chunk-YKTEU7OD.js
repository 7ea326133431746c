import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/modes/doctor/defaults.ts
var DEFAULT_ENVIRONMENT = "grantbook-production";
var DEFAULT_REVOKE_WORKFLOW = "access-revoke.yml";
var REQUIRED_CHECK = "access-check";
var WORKFLOW_FILES = { check: "access-check.yml", apply: "access-apply.yml", revoke: DEFAULT_REVOKE_WORKFLOW };

export {
  DEFAULT_ENVIRONMENT,
  DEFAULT_REVOKE_WORKFLOW,
  REQUIRED_CHECK,
  WORKFLOW_FILES
};
