import type { JsonSchema } from '../../shared/provider-shapes.js';

/* JSON Schema fragments of the PostgreSQL provider (assembled into schemas/*.schema.json). */

/** targets.yaml: one PostgreSQL database reached with a connection string. */
export const POSTGRES_TARGET_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['provider', 'connection_env', 'grantor_role'],
  properties: {
    provider: {
      type: 'string',
      enum: ['postgres'],
    },
    description: {
      $ref: '#/$defs/description',
    },
    connection_env: {
      $ref: '#/$defs/envName',
      description: 'Name of the environment variable holding the connection string.',
    },
    grantor_role: {
      $ref: '#/$defs/identifier',
      description: 'The role Grantbook connects as; never grantable.',
    },
    protected_roles: {
      type: 'array',
      maxItems: 100,
      uniqueItems: true,
      items: {
        $ref: '#/$defs/identifier',
      },
    },
  },
} as const satisfies JsonSchema;

/** The identities.yaml field naming a person's login role. */
export const POSTGRES_IDENTITY_SCHEMA = {
  $ref: '#/$defs/identifier',
  description: 'PostgreSQL login role used on every postgres target unless overridden.',
} as const satisfies JsonSchema;

export const POSTGRES_DEFS = {
  request: {
    privileges: {
      type: 'array',
      minItems: 1,
      maxItems: 6,
      uniqueItems: true,
      items: {
        $ref: '#/$defs/privilege',
      },
    },
    columns: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      items: {
        $ref: '#/$defs/identifier',
      },
    },
    rows: {
      type: 'object',
      description:
        "Row filter (SELECT only, with columns): only rows matching every condition are visible. Per column either a list of values (equal to one of them) or a time range {from, to} (from included, to excluded). Columns must be allowed by the profile's rows.columns. The grant is then a view in a schema of its own; the check comment names it.",
      minProperties: 1,
      maxProperties: 8,
      propertyNames: {
        $ref: '#/$defs/identifier',
      },
      additionalProperties: {
        oneOf: [
          {
            $ref: '#/$defs/rowValues',
          },
          {
            $ref: '#/$defs/rowRange',
          },
        ],
      },
    },
    rowValues: {
      type: 'array',
      description: 'The column equals one of these values.',
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      items: {
        oneOf: [
          {
            $ref: '#/$defs/rowInteger',
          },
          {
            $ref: '#/$defs/rowText',
          },
        ],
      },
    },
    rowInteger: {
      type: 'integer',
      minimum: 0,
      maximum: 9007199254740991,
      description: 'A whole number 0 or more; write other numbers as text ("-1").',
    },
    rowText: {
      type: 'string',
      maxLength: 200,
      pattern: '^[A-Za-z0-9@._:+/# -]{1,200}$',
    },
    rowRange: {
      type: 'object',
      description: 'A time range on a timestamp column: from included, to excluded.',
      additionalProperties: false,
      required: ['from', 'to'],
      properties: {
        from: {
          $ref: '#/$defs/instant',
        },
        to: {
          $ref: '#/$defs/instant',
        },
      },
    },
    instant: {
      type: 'string',
      maxLength: 32,
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$',
    },
    masked: {
      type: 'object',
      description:
        'Granted columns shown through a mask instead of in clear: hash (keyed, stable within this request, different in any other), last4 (the last four characters), domain (of an e-mail address), null (always empty).',
      minProperties: 1,
      maxProperties: 200,
      propertyNames: {
        $ref: '#/$defs/identifier',
      },
      additionalProperties: {
        $ref: '#/$defs/maskName',
      },
    },
    maskName: {
      enum: ['hash', 'last4', 'domain', 'null', null],
    },
  },
  profile: {
    columns: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      items: {
        $ref: '#/$defs/identifier',
      },
    },
    allowedTable: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: {
          $ref: '#/$defs/qualifiedTable',
        },
        columns: {
          $ref: '#/$defs/columns',
        },
        all_columns: {
          type: 'boolean',
        },
        sensitive: {
          type: 'array',
          minItems: 1,
          maxItems: 200,
          uniqueItems: true,
          items: {
            $ref: '#/$defs/identifier',
          },
        },
        rows: {
          $ref: '#/$defs/rowRule',
        },
        masks: {
          $ref: '#/$defs/maskRule',
        },
      },
    },
    rowRule: {
      type: 'object',
      description: 'Row filters a request may put on this table. Without this entry a request may not filter rows here.',
      additionalProperties: false,
      required: ['columns'],
      properties: {
        columns: {
          type: 'object',
          description: 'Columns a filter may use: values (equal to one of a list) or range (a time range on a timestamp column).',
          minProperties: 1,
          maxProperties: 50,
          propertyNames: {
            $ref: '#/$defs/identifier',
          },
          additionalProperties: {
            type: 'string',
            enum: ['values', 'range'],
          },
        },
        required: {
          type: 'boolean',
          description: 'true: a grant on this table without a row filter is refused.',
        },
        count: {
          type: 'string',
          enum: ['estimate', 'exact'],
          description:
            "How the rows a filter admits are counted with credentials (grantbook plan --count, apply): estimate (default) from the planner's statistics, exact with count(*).",
        },
      },
    },
    maskRule: {
      type: 'object',
      description: "Masks on this table's columns.",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        allowed: {
          type: 'array',
          minItems: 1,
          maxItems: 4,
          uniqueItems: true,
          items: {
            $ref: '#/$defs/maskName',
          },
          description: 'Masks a request may use here; default: all of them.',
        },
        required: {
          type: 'object',
          description: 'Columns that are never read in clear, each with the masks it may be read through.',
          minProperties: 1,
          maxProperties: 200,
          propertyNames: {
            $ref: '#/$defs/identifier',
          },
          additionalProperties: {
            type: 'array',
            minItems: 1,
            maxItems: 4,
            uniqueItems: true,
            items: {
              $ref: '#/$defs/maskName',
            },
          },
        },
      },
    },
    maskName: {
      enum: ['hash', 'last4', 'domain', 'null', null],
    },
  },
} as const;
