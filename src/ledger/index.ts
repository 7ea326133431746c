// The ledger's public surface: modes and the CLI import from here.
export { LEDGER_CODES, type LedgerCode } from '../shared/codes/ledger.js';
export { LedgerError, type LedgerDiagnostic } from './problem.js';
export * from './events.js';
export { canonicalJson } from './canonical.js';
export { storableText } from './validate-kit.js';
export { LIMITS } from './validate.js';
export { CHECKPOINT_PATH, LEDGER_DIR, LEDGER_FILE, SEGMENT_TARGET_BYTES, SEGMENTS_DIR, ledgerPath, segmentPath } from './layout.js';
export {
  appendEvents,
  verifyChain,
  type ChainBreak,
  type ChainResult,
  type ChainVerdict,
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
  type LedgerView,
  type PreparedChanges,
} from './commit.js';
export { MAX_LEDGER_FILE_BYTES, type FileChange, type LedgerEntry, type LedgerReader, type LedgerStore } from './store.js';
export { readLedger, ledgerFilesFrom, type Held, type LedgerRead, type SegmentTip } from './view.js';
export type { Where } from './reader.js';
export { EventLines, type TakesLine } from './event-lines.js';
export {
  localLedgerStore,
  readLedgerViewDir,
  streamLedgerDir,
  verifyLedgerDir,
  requestLedgerDir,
  type LedgerVerdict,
  type OnEvent,
  type StreamOptions,
  type StreamProgress,
} from './verify-dir.js';
export type { RecordsHeld } from './consistency.js';
