import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/report/markers.ts
var CHECK_COMMENT_MARKER = "<!-- grantbook:check -->";
var applyMarker = (id) => `<!-- grantbook:apply:${id} -->`;
var SETTINGS_MARKER = "<!-- grantbook:apply:settings -->";
var breakGlassMarker = (id) => `<!-- grantbook:break-glass:${id} -->`;
var encode = (id) => id.replaceAll("-", "_");
function failureMarker(request) {
  return `<!-- grantbook:revoke-failure:${encode(request)} -->`;
}
function revokedMarker(request) {
  return `<!-- grantbook:revoked:${encode(request)} -->`;
}
function alertMarker(request) {
  return `<!-- grantbook:activity-alert:${encode(request)} -->`;
}

export {
  CHECK_COMMENT_MARKER,
  applyMarker,
  SETTINGS_MARKER,
  breakGlassMarker,
  failureMarker,
  revokedMarker,
  alertMarker
};
