import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/providers/aws/iam.ts
var IamCallError = class extends Error {
  code;
  action;
  constructor(action, code) {
    super(`IAM ${action} failed: ${code}`);
    this.name = "IamCallError";
    this.action = action;
    this.code = code;
  }
};
function iamCode(error) {
  const e = error;
  for (const candidate of [e.Code, e.name, e.code]) {
    if (typeof candidate === "string" && /^[A-Za-z][A-Za-z0-9.]{0,63}$/.test(candidate)) return candidate.replace(/Exception$/, "");
  }
  return "UnknownError";
}

export {
  IamCallError,
  iamCode
};
