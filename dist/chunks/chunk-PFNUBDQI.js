import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/modes/doctor/defaults.ts
var DEFAULT_ENVIRONMENT = "grantbook-production";
var DEFAULT_REVOKE_WORKFLOW = "access-revoke.yml";

export {
  DEFAULT_ENVIRONMENT,
  DEFAULT_REVOKE_WORKFLOW
};
