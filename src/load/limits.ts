/**
 * Hard limits on untrusted input. They are checked before the expensive step
 * they protect (size before decoding, depth and node counts while building
 * values), so a hostile file costs at most a bounded amount of work.
 */
export const REQUEST_MAX_BYTES = 64 * 1024;
export const POLICY_MAX_BYTES = 256 * 1024;

/** Valid files nest at most 6 levels; 32 leaves room without risking the stack. */
export const MAX_DEPTH = 32;
/** Keys in any one mapping (targets and bundles are the largest legitimate ones). */
export const MAX_MAPPING_KEYS = 1_000;
/** Scalars + collections in one file. */
export const MAX_NODES_REQUEST = 10_000;
export const MAX_NODES_POLICY = 200_000;
/** Per file; past this, more messages help nobody and cost memory. */
export const MAX_DIAGNOSTICS_PER_FILE = 50;

/** Directory walk limits for collecting a repository's files. */
export const MAX_REPO_FILES = 20_000;
export const MAX_REPO_DEPTH = 8;
