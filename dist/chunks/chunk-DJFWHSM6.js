import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/activity/types.ts
function notObservable(code, message) {
  return { observable: false, reason: { code, message } };
}

export {
  notObservable
};
