/** The loading API the CLI and the modes use; everything else under src/load is internal. */
export { collectRepoFiles, listRepoFiles, maxBytesForPath, readRepoFile, type RepoFiles, type RepoListing } from './fs.js';
export { POLICY_MAX_BYTES, REQUEST_MAX_BYTES } from './limits.js';
export { classifyPath, displayPath, type PathRole } from './paths.js';
export type { SourceFile } from './source.js';
export { loadRepoFiles, sortDiagnostics, validateFiles, type LoadedRepo } from './validate.js';
export { parseRequestFile, requestIdFromPath } from '../request/parse.js';
export { loadPolicySet } from '../policy/load-set.js';
export { parseProfileFile } from '../policy/load-profile.js';
export { parseTargetsFile } from '../policy/load-targets.js';
export { parseIdentitiesFile } from '../policy/load-identities.js';
export { compileTicketPattern } from '../policy/load-ticket.js';
