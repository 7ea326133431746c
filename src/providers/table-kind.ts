/**
 * The `table` grant kind, shared by the database providers (postgres, mysql):
 * one shape in requests, profile bundles and allow rules, held here once
 * because the registry requires every provider declaring a kind to declare
 * the same schema. Each provider reads and judges the grant its own way (a
 * target decides whose rules apply): MySQL refuses `rows` and `masked`, for
 * instance.
 */
import type { JsonSchema } from '../shared/provider-shapes.js';

/** An access request's table grant: privileges on one table, optionally limited to columns, rows and masks. */
export const TABLE_GRANT_SCHEMA = {
  type: 'object',
  description: 'Privileges on a database table, optionally limited to columns.',
  additionalProperties: false,
  required: ['target', 'privileges', 'table'],
  properties: {
    target: {
      $ref: '#/$defs/name',
    },
    privileges: {
      $ref: '#/$defs/privileges',
    },
    table: {
      $ref: '#/$defs/qualifiedTable',
    },
    columns: {
      $ref: '#/$defs/columns',
    },
    rows: {
      $ref: '#/$defs/rows',
    },
    masked: {
      $ref: '#/$defs/masked',
    },
  },
} as const satisfies JsonSchema;

/** A profile bundle's table grant. */
export const TABLE_SPEC_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['privileges', 'table'],
  properties: {
    privileges: {
      type: 'array',
      minItems: 1,
      maxItems: 6,
      uniqueItems: true,
      items: {
        $ref: '#/$defs/privilege',
      },
    },
    table: {
      $ref: '#/$defs/qualifiedTable',
    },
    columns: {
      $ref: '#/$defs/columns',
    },
  },
} as const satisfies JsonSchema;

/** The keys an allow rule for table grants carries. */
export const TABLE_ALLOW_KEYS = {
  privileges: {
    type: 'array',
    minItems: 1,
    maxItems: 16,
    uniqueItems: true,
    items: {
      $ref: '#/$defs/privilege',
    },
  },
  tables: {
    type: 'array',
    minItems: 1,
    maxItems: 200,
    items: {
      $ref: '#/$defs/allowedTable',
    },
  },
} as const satisfies { readonly [key: string]: JsonSchema };
