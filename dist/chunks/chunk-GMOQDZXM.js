import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/shared/grants.ts
var PROVIDER_IDS = ["postgres", "github"];
var POSTGRES_PRIVILEGES = ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES"];
var GITHUB_REPO_PERMISSIONS = ["pull", "triage", "push", "maintain"];

export {
  PROVIDER_IDS,
  POSTGRES_PRIVILEGES,
  GITHUB_REPO_PERMISSIONS
};
