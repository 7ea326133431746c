/**
 * The grant vocabulary every layer speaks. Policy produces grants, the
 * ledger stores them, providers apply them; what a grant's fields mean is
 * its provider's (src/providers/<id>/), declared by its descriptor.
 */

import type { SpecBase } from './provider-shapes.js';

/** A grant after bundle expansion and policy checks: concrete, provider-ready JSON (`kind` names its shape). */
export type GrantSpec = SpecBase;

/** A provider's id (`provider:` in targets.yaml and the ledger); the registry says which exist. */
export type ProviderId = string;
