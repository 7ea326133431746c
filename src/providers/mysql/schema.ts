import { PATTERNS } from '../../shared/patterns.js';
import type { JsonSchema } from '../../shared/provider-shapes.js';

/*
 * JSON Schema fragments of the MySQL/MariaDB provider. The `table` grant kind
 * and the `privileges` / `tables` allow keys are shared with PostgreSQL and
 * must be deep-equal to its (the registry refuses two shapes for one key), so
 * they are the same text here; what differs between the two databases is
 * checked by each provider's rules (rules.ts: no rows or masks on MySQL,
 * MySQL's privileges and refused schemas).
 */

/** targets.yaml: one MySQL or MariaDB server, the databases grants may name on it. */
export const MYSQL_TARGET_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['provider', 'connection_env', 'grantor', 'databases'],
  properties: {
    provider: { type: 'string', enum: ['mysql'] },
    description: { $ref: '#/$defs/description' },
    connection_env: { $ref: '#/$defs/envName', description: "Name of the environment variable holding the grantor's URL (mysql://user:password@host:port/)." },
    grantor: { $ref: '#/$defs/mysqlAccount', description: 'The account Grantbook connects as (user@host); never grantable.' },
    databases: {
      type: 'array',
      description: "The databases grants on this target may name (MySQL's schemas).",
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      items: { $ref: '#/$defs/identifier' },
    },
    metadata_database: { $ref: '#/$defs/identifier', description: "The grantor's own database (tag table, expiry events); default grantbook." },
    protected_accounts: { type: 'array', maxItems: 100, uniqueItems: true, items: { $ref: '#/$defs/mysqlAccount' } },
  },
} as const satisfies JsonSchema;

/** The identities.yaml field naming a person's MySQL/MariaDB account. */
export const MYSQL_IDENTITY_SCHEMA = {
  type: 'string',
  maxLength: 300,
  pattern: PATTERNS.mysqlAccount,
  description: 'MySQL/MariaDB account (user@host) used on every mysql target unless overridden.',
} as const satisfies JsonSchema;

export const MYSQL_DEFS = {
  targets: { mysqlAccount: { type: 'string', maxLength: 300, pattern: PATTERNS.mysqlAccount } },
} as const satisfies { readonly targets: { readonly [name: string]: JsonSchema } };
