import type { SpecBase } from '../../shared/provider-shapes.js';
import type { PostgresSpec } from './types.js';

/** A recorded spec of the postgres table kind (the ledger validated its shape). */
export function isTableSpec(spec: SpecBase): spec is PostgresSpec {
  return spec.kind === 'table';
}
