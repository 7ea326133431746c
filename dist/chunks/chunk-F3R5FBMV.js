import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  PROVIDER_CODES
} from "./chunk-4O4M6HYO.js";

// src/providers/errors.ts
var ProviderError = class extends Error {
  code;
  target;
  details;
  constructor(code, target, message, details = []) {
    super(`${code} target ${target}: ${message}`);
    this.name = "ProviderError";
    this.code = code;
    this.target = target;
    this.details = details;
  }
  get fix() {
    return PROVIDER_CODES[this.code].fix;
  }
};
var RevokeNotVerified = class extends ProviderError {
  inspection;
  constructor(target, requestId, inspection, extra = []) {
    const details = [...extra, ...inspection.details];
    super("E_PROVIDER_REVOKE_NOT_VERIFIED", target, `revocation of request ${requestId} is not verified`, details);
    this.name = "RevokeNotVerified";
    this.inspection = inspection;
  }
};
function describeError(error) {
  if (error instanceof ProviderError) return error.message;
  if (error instanceof Error) {
    const detail = error.detail;
    return typeof detail === "string" && detail !== "" ? `${error.message} (${detail})` : error.message;
  }
  return String(error);
}

export {
  ProviderError,
  RevokeNotVerified,
  describeError
};
