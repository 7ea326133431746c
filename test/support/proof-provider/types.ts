/** The proof provider: an in-memory secret store whose grants are read access to secrets. */
export interface VaultTarget {
  readonly name: string;
  readonly provider: 'vault';
  readonly description?: string;
  /** Environment variable naming the in-memory store (its credential). */
  readonly storeEnv: string;
  /** Secret paths nobody is ever granted. */
  readonly protectedPaths: readonly string[];
}

/** A grant as written: `secret: payments/stripe-key`. */
export interface VaultGrant {
  readonly kind: 'secret';
  readonly secret: string;
  readonly access: string;
}

/** A grant as recorded. */
export interface VaultSpec {
  readonly kind: 'secret';
  readonly path: string;
  readonly access: 'read';
}

/** What a profile allows on a vault target. */
export interface VaultRule {
  readonly target: string;
  readonly secrets: readonly string[];
}
