import type { GithubSpec } from '../../src/providers/github/types.js';
import type { PostgresSpec } from '../../src/providers/postgres/types.js';

/** A recorded grant of one of the built-in providers, as tests write them. */
export type BuiltinSpec = PostgresSpec | GithubSpec;

/** A built-in spec where a provider-neutral one is expected (a ledger grant's `spec`): checked against the built-in shapes. */
export function builtin(spec: BuiltinSpec): BuiltinSpec {
  return spec;
}
