import type { AdmittedRows } from '../policy/decision.js';
import type { Provider, TargetGrant } from './contract.js';

/** Rows one table's row filter admits now, as the provider counted them. */
export interface AdmittedCount {
  /** `schema.table` */
  readonly table: string;
  readonly count: AdmittedRows;
}

/**
 * What a provider that can count the rows a grant's row filters admit
 * offers: reads only, with the provider's credentials, never failing (a
 * count that cannot be made says why in its note). `exact` names the tables
 * (`schema.table`) whose profile allows count(*); the others are estimates.
 */
export interface RowCounter {
  countAdmitted(grant: TargetGrant, exact: ReadonlySet<string>): Promise<readonly AdmittedCount[]>;
}

/** The provider's row counter, if it has one (duck-typed, like the activity source). */
export function rowCounterOf(provider: Provider): RowCounter | undefined {
  const candidate = provider as Provider & Partial<RowCounter>;
  return typeof candidate.countAdmitted === 'function' ? (candidate as RowCounter) : undefined;
}
