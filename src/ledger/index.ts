// The ledger's public surface: modes and the CLI import from here.
export { LEDGER_CODES, type LedgerCode } from '../shared/codes/ledger.js';
export { LedgerError, type LedgerDiagnostic } from './problem.js';
export * from './events.js';
export { canonicalJson } from './canonical.js';
export { storableText } from './validate-kit.js';
export { LIMITS } from './validate.js';
export {
  LEDGER_DIR,
  LEDGER_FILE,
  appendEvents,
  ledgerPath,
  verifyChain,
  type ChainBreak,
  type ChainResult,
  type LedgerFile,
  type SealedEvent,
  type VerifyOptions,
} from './chain.js';
export { due, fold, isKnownRequestId, isLive, type Folded, type GrantState, type GrantStatus, type LiveGrantState } from './fold.js';
export { activeGrants, type ActiveGrant } from './status.js';
export {
  DEFAULT_MAX_ATTEMPTS,
  commitEvents,
  readChain,
  type CommitDeps,
  type CommitOptions,
  type CommitResult,
  type FileChange,
  type LedgerReader,
  type LedgerStore,
  type LedgerView,
  type PreparedChanges,
} from './commit.js';
export { MAX_LEDGER_FILE_BYTES, verifyLedgerDir } from './verify-dir.js';
export { checkRecorded } from './consistency.js';
