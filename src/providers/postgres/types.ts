import type { AllowedTable, BundleGrant, PostgresPrivilege, Target } from '../../policy/types.js';
import type { GrantSpec } from '../../shared/grants.js';

/** A postgres target: one database, reached with a connection string. */
export type PostgresTarget = Extract<Target, { provider: 'postgres' }>;
/** A table grant as written (request or bundle). */
export type PostgresGrant = Extract<BundleGrant, { kind: 'table' }>;
/** A table grant, concrete, as recorded. */
export type PostgresSpec = Extract<GrantSpec, { kind: 'table' }>;

/** What a profile allows on a postgres target. */
export interface PostgresRule {
  readonly target: string;
  readonly privileges: readonly PostgresPrivilege[];
  readonly tables: readonly AllowedTable[];
}
