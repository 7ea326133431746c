import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  displayPath
} from "./chunk-W3EMCSNL.js";
import {
  FILE_START,
  MAX_DIAGNOSTICS_PER_FILE,
  MAX_NODES_POLICY,
  MAX_NODES_REQUEST,
  POLICY_MAX_BYTES,
  REQUEST_MAX_BYTES,
  joinPointer,
  lazyLocate,
  offsetsAt,
  parseStrictYaml,
  pointerSegments,
  positionAt,
  positionOf
} from "./chunk-S2FTDJZ2.js";
import {
  diagnostic,
  failed,
  ok
} from "./chunk-BGLQZM7W.js";
import {
  matches
} from "./chunk-VBI6FCSW.js";

// schemas/access-request.schema.json
var access_request_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://grantbook.dev/schemas/access-request.schema.json",
  title: "Grantbook access request",
  description: "One file per request: access-requests/<id>.yaml. The id is the file name.",
  type: "object",
  additionalProperties: false,
  required: [
    "requester",
    "profile",
    "grants"
  ],
  properties: {
    requester: {
      $ref: "#/$defs/login",
      description: "GitHub login of the person who needs access; must be the pull request author."
    },
    profile: {
      $ref: "#/$defs/name",
      description: "Profile name: policies/<profile>.yaml."
    },
    duration: {
      $ref: "#/$defs/duration",
      description: "How long the grant lasts once applied, e.g. 15m, 2h, 3d. Optional only if the profile has duration.default."
    },
    reason: {
      type: "string",
      minLength: 1,
      maxLength: 1e3,
      description: "Why the access is needed."
    },
    ticket: {
      $ref: "#/$defs/ticket",
      description: "Incident or change ticket, e.g. INC-4211."
    },
    extends: {
      $ref: "#/$defs/requestId",
      description: "Id of an earlier request this one extends (needs fresh approval)."
    },
    grants: {
      type: "array",
      minItems: 1,
      maxItems: 20,
      description: "What to grant; each item is exactly one of a table, team, repo or bundle grant.",
      items: {
        oneOf: [
          {
            $ref: "#/$defs/tableGrant"
          },
          {
            $ref: "#/$defs/teamGrant"
          },
          {
            $ref: "#/$defs/repoGrant"
          },
          {
            $ref: "#/$defs/iamGrant"
          },
          {
            $ref: "#/$defs/bundleGrant"
          }
        ]
      }
    }
  },
  $defs: {
    bundleGrant: {
      type: "object",
      description: "A named set of grants defined by the profile.",
      additionalProperties: false,
      required: [
        "target",
        "bundle"
      ],
      properties: {
        target: {
          $ref: "#/$defs/name"
        },
        bundle: {
          $ref: "#/$defs/name"
        }
      }
    },
    privilege: {
      type: "string",
      maxLength: 32,
      pattern: "^[A-Z][A-Z_]{0,31}$"
    },
    identifier: {
      type: "string",
      maxLength: 63,
      pattern: "^[a-z_][a-z0-9_$]{0,62}$"
    },
    qualifiedTable: {
      type: "string",
      maxLength: 127,
      pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$"
    },
    teamSlug: {
      type: "string",
      maxLength: 100,
      pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$"
    },
    repoName: {
      type: "string",
      maxLength: 100,
      pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$"
    },
    login: {
      type: "string",
      maxLength: 39,
      pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"
    },
    name: {
      type: "string",
      maxLength: 64,
      pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"
    },
    requestId: {
      type: "string",
      maxLength: 48,
      pattern: "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$"
    },
    ticket: {
      type: "string",
      maxLength: 27,
      pattern: "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$"
    },
    duration: {
      type: "string",
      maxLength: 5,
      pattern: "^[1-9][0-9]{0,3}[mhd]$"
    },
    privileges: {
      type: "array",
      minItems: 1,
      maxItems: 6,
      uniqueItems: true,
      items: {
        $ref: "#/$defs/privilege"
      }
    },
    columns: {
      type: "array",
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      items: {
        $ref: "#/$defs/identifier"
      }
    },
    rows: {
      type: "object",
      description: "Row filter (SELECT only, with columns): only rows matching every condition are visible. Per column either a list of values (equal to one of them) or a time range {from, to} (from included, to excluded). Columns must be allowed by the profile's rows.columns. The grant is then a view in a schema of its own; the check comment names it.",
      minProperties: 1,
      maxProperties: 8,
      propertyNames: {
        $ref: "#/$defs/identifier"
      },
      additionalProperties: {
        oneOf: [
          {
            $ref: "#/$defs/rowValues"
          },
          {
            $ref: "#/$defs/rowRange"
          }
        ]
      }
    },
    rowValues: {
      type: "array",
      description: "The column equals one of these values.",
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      items: {
        oneOf: [
          {
            $ref: "#/$defs/rowInteger"
          },
          {
            $ref: "#/$defs/rowText"
          }
        ]
      }
    },
    rowInteger: {
      type: "integer",
      minimum: 0,
      maximum: 9007199254740991,
      description: 'A whole number 0 or more; write other numbers as text ("-1").'
    },
    rowText: {
      type: "string",
      maxLength: 200,
      pattern: "^[A-Za-z0-9@._:+/# -]{1,200}$"
    },
    rowRange: {
      type: "object",
      description: "A time range on a timestamp column: from included, to excluded.",
      additionalProperties: false,
      required: [
        "from",
        "to"
      ],
      properties: {
        from: {
          $ref: "#/$defs/instant"
        },
        to: {
          $ref: "#/$defs/instant"
        }
      }
    },
    instant: {
      type: "string",
      maxLength: 32,
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
    },
    masked: {
      type: "object",
      description: "Granted columns shown through a mask instead of in clear: hash (keyed, stable within this request, different in any other), last4 (the last four characters), domain (of an e-mail address), null (always empty).",
      minProperties: 1,
      maxProperties: 200,
      propertyNames: {
        $ref: "#/$defs/identifier"
      },
      additionalProperties: {
        $ref: "#/$defs/maskName"
      }
    },
    maskName: {
      enum: [
        "hash",
        "last4",
        "domain",
        "null",
        null
      ]
    },
    tableGrant: {
      type: "object",
      description: "Privileges on a database table, optionally limited to columns.",
      additionalProperties: false,
      required: [
        "target",
        "privileges",
        "table"
      ],
      properties: {
        target: {
          $ref: "#/$defs/name"
        },
        privileges: {
          $ref: "#/$defs/privileges"
        },
        table: {
          $ref: "#/$defs/qualifiedTable"
        },
        columns: {
          $ref: "#/$defs/columns"
        },
        rows: {
          $ref: "#/$defs/rows"
        },
        masked: {
          $ref: "#/$defs/masked"
        }
      }
    },
    teamRole: {
      type: "string",
      enum: [
        "member"
      ]
    },
    repoPermission: {
      type: "string",
      enum: [
        "pull",
        "triage",
        "push",
        "maintain"
      ]
    },
    teamGrant: {
      type: "object",
      description: "Membership of a GitHub team.",
      additionalProperties: false,
      required: [
        "target",
        "team",
        "role"
      ],
      properties: {
        target: {
          $ref: "#/$defs/name"
        },
        team: {
          $ref: "#/$defs/teamSlug"
        },
        role: {
          $ref: "#/$defs/teamRole"
        }
      }
    },
    repoGrant: {
      type: "object",
      description: "Collaborator permission on a GitHub repository.",
      additionalProperties: false,
      required: [
        "target",
        "repo",
        "permission"
      ],
      properties: {
        target: {
          $ref: "#/$defs/name"
        },
        repo: {
          $ref: "#/$defs/repoName"
        },
        permission: {
          $ref: "#/$defs/repoPermission"
        }
      }
    },
    iamStatement: {
      type: "object",
      description: "An IAM statement: actions on resources, allowed until the grant expires.",
      additionalProperties: false,
      required: [
        "actions",
        "resources"
      ],
      properties: {
        actions: {
          type: "array",
          minItems: 1,
          maxItems: 100,
          uniqueItems: true,
          items: {
            type: "string",
            minLength: 1,
            maxLength: 200
          }
        },
        resources: {
          type: "array",
          minItems: 1,
          maxItems: 100,
          uniqueItems: true,
          items: {
            type: "string",
            minLength: 1,
            maxLength: 2048
          }
        }
      }
    },
    iamGrant: {
      type: "object",
      description: "IAM statements on an AWS account, through a role of the request's own.",
      additionalProperties: false,
      required: [
        "target",
        "iam"
      ],
      properties: {
        target: {
          $ref: "#/$defs/name"
        },
        iam: {
          $ref: "#/$defs/iamStatement"
        }
      }
    }
  }
};

// schemas/identities.schema.json
var identities_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://grantbook.dev/schemas/identities.schema.json",
  title: "Grantbook identities",
  description: "policies/identities.yaml: GitHub login and numeric user id -> principal on each provider. People are matched by id.",
  type: "object",
  additionalProperties: false,
  required: [
    "identities"
  ],
  properties: {
    identities: {
      type: "array",
      maxItems: 5e3,
      items: {
        $ref: "#/$defs/identity"
      }
    }
  },
  $defs: {
    identity: {
      type: "object",
      additionalProperties: false,
      required: [
        "login",
        "id"
      ],
      properties: {
        login: {
          $ref: "#/$defs/login"
        },
        id: {
          type: "integer",
          minimum: 1,
          maximum: 9007199254740991,
          description: "GitHub numeric user id (see https://api.github.com/users/<login>)."
        },
        targets: {
          type: "object",
          maxProperties: 200,
          description: "Per-target principal override: target name -> PostgreSQL role or GitHub login.",
          propertyNames: {
            $ref: "#/$defs/name"
          },
          additionalProperties: {
            $ref: "#/$defs/principal"
          }
        },
        postgres: {
          $ref: "#/$defs/identifier",
          description: "PostgreSQL login role used on every postgres target unless overridden."
        },
        mysql: {
          type: "string",
          maxLength: 300,
          pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$",
          description: "MySQL/MariaDB account (user@host) used on every mysql target unless overridden."
        },
        aws: {
          type: "string",
          maxLength: 512,
          pattern: "^arn:(?:aws|aws-cn|aws-us-gov):(?:iam::[0-9]{12}:(?:user|role)(?:/[A-Za-z0-9+=.@_-]{1,64})*/[A-Za-z0-9+=.@_-]{1,64}|sts::[0-9]{12}:assumed-role/[A-Za-z0-9+=.@_-]{1,64}/[A-Za-z0-9+=.@_-]{2,64})$",
          description: "AWS principal ARN (IAM user, role, or assumed-role session) used on every aws target unless overridden."
        }
      }
    },
    principal: {
      type: "string",
      maxLength: 63,
      pattern: "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$"
    },
    identifier: {
      type: "string",
      maxLength: 63,
      pattern: "^[a-z_][a-z0-9_$]{0,62}$"
    },
    login: {
      type: "string",
      maxLength: 39,
      pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"
    },
    name: {
      type: "string",
      maxLength: 64,
      pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"
    }
  }
};

// schemas/profile.schema.json
var profile_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://grantbook.dev/schemas/profile.schema.json",
  title: "Grantbook access profile",
  description: "policies/<name>.yaml: who may request what, for how long, approved by whom. Anything not allowed is refused.",
  type: "object",
  additionalProperties: false,
  required: [
    "name",
    "requesters",
    "approvals",
    "duration",
    "ticket",
    "reason",
    "sensitive_columns",
    "allow"
  ],
  properties: {
    name: {
      $ref: "#/$defs/name",
      description: "Must equal the file name without .yaml."
    },
    description: {
      type: "string",
      minLength: 1,
      maxLength: 500
    },
    requesters: {
      type: "object",
      description: "Who may request this profile; at least one of users / teams must be non-empty.",
      additionalProperties: false,
      properties: {
        users: {
          type: "array",
          maxItems: 500,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/login"
          }
        },
        teams: {
          type: "array",
          maxItems: 100,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/teamSlug"
          }
        }
      }
    },
    approvals: {
      type: "object",
      additionalProperties: false,
      required: [
        "min"
      ],
      properties: {
        min: {
          type: "integer",
          minimum: 1,
          maximum: 10,
          description: "Distinct approvers in total (code owners of the request path)."
        },
        groups: {
          type: "array",
          maxItems: 10,
          description: "Each group must also be satisfied; exactly one of team / users per group.",
          items: {
            oneOf: [
              {
                $ref: "#/$defs/teamGroup"
              },
              {
                $ref: "#/$defs/usersGroup"
              }
            ]
          }
        }
      }
    },
    duration: {
      type: "object",
      additionalProperties: false,
      required: [
        "max"
      ],
      properties: {
        default: {
          $ref: "#/$defs/duration",
          description: "Used when a request omits duration; without it, requests must name one."
        },
        max: {
          $ref: "#/$defs/duration"
        }
      }
    },
    ticket: {
      type: "object",
      additionalProperties: false,
      required: [
        "required"
      ],
      properties: {
        required: {
          type: "boolean"
        },
        pattern: {
          type: "string",
          minLength: 2,
          maxLength: 200,
          description: "ECMAScript regular expression anchored with ^...$."
        }
      }
    },
    reason: {
      type: "object",
      additionalProperties: false,
      required: [
        "required"
      ],
      properties: {
        required: {
          type: "boolean"
        },
        min_length: {
          type: "integer",
          minimum: 1,
          maximum: 1e3
        },
        max_length: {
          type: "integer",
          minimum: 1,
          maximum: 1e3
        }
      }
    },
    max_grants: {
      type: "integer",
      minimum: 1,
      maximum: 20
    },
    sensitive_columns: {
      type: "string",
      enum: [
        "flag",
        "refuse"
      ]
    },
    break_glass: {
      type: "boolean",
      description: "Emergency profile: duration.max must be at most 4h."
    },
    allow: {
      type: "array",
      minItems: 1,
      maxItems: 20,
      description: "One rule per target. Default deny.",
      items: {
        $ref: "#/$defs/allowRule"
      }
    },
    limits: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      description: "Alerts on unusual use during the window, checked by scheduled revoke runs where the provider records activity (PostgreSQL with pg_stat_statements). Every crossed limit is a ledger `alert` event and an issue.",
      properties: {
        rows_read: {
          type: "integer",
          minimum: 0,
          maximum: 1e12,
          description: "Rows returned by statements that do not write, per grant and target, summed over the window."
        },
        read_only: {
          type: "boolean",
          description: "true: any statement that writes (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY FROM, DDL) during the window is an alert."
        },
        on_exceed: {
          type: "string",
          enum: [
            "alert",
            "revoke"
          ],
          description: "alert (default): an alert only. revoke: also revoke the grant early."
        }
      }
    },
    bundles: {
      type: "object",
      maxProperties: 50,
      propertyNames: {
        $ref: "#/$defs/name"
      },
      additionalProperties: {
        $ref: "#/$defs/bundle"
      }
    }
  },
  $defs: {
    teamGroup: {
      type: "object",
      additionalProperties: false,
      required: [
        "team",
        "min"
      ],
      properties: {
        team: {
          $ref: "#/$defs/teamSlug"
        },
        min: {
          $ref: "#/$defs/groupMin"
        }
      }
    },
    usersGroup: {
      type: "object",
      additionalProperties: false,
      required: [
        "users",
        "min"
      ],
      properties: {
        users: {
          type: "array",
          minItems: 1,
          maxItems: 100,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/login"
          }
        },
        min: {
          $ref: "#/$defs/groupMin"
        }
      }
    },
    groupMin: {
      type: "integer",
      minimum: 1,
      maximum: 10
    },
    allowRule: {
      type: "object",
      additionalProperties: false,
      required: [
        "target"
      ],
      properties: {
        target: {
          $ref: "#/$defs/name"
        },
        privileges: {
          type: "array",
          minItems: 1,
          maxItems: 16,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/privilege"
          }
        },
        tables: {
          type: "array",
          minItems: 1,
          maxItems: 200,
          items: {
            $ref: "#/$defs/allowedTable"
          }
        },
        teams: {
          type: "array",
          minItems: 1,
          maxItems: 100,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/teamSlug"
          }
        },
        repos: {
          type: "array",
          minItems: 1,
          maxItems: 100,
          items: {
            $ref: "#/$defs/allowedRepo"
          }
        },
        statements: {
          type: "array",
          minItems: 1,
          maxItems: 50,
          items: {
            $ref: "#/$defs/iamStatement"
          }
        }
      }
    },
    bundle: {
      type: "object",
      additionalProperties: false,
      required: [
        "target",
        "grants"
      ],
      properties: {
        target: {
          $ref: "#/$defs/name"
        },
        grants: {
          type: "array",
          minItems: 1,
          maxItems: 20,
          items: {
            oneOf: [
              {
                $ref: "#/$defs/tableSpec"
              },
              {
                $ref: "#/$defs/teamSpec"
              },
              {
                $ref: "#/$defs/repoSpec"
              },
              {
                $ref: "#/$defs/iamSpec"
              }
            ]
          }
        }
      }
    },
    privilege: {
      type: "string",
      maxLength: 32,
      pattern: "^[A-Z][A-Z_]{0,31}$"
    },
    identifier: {
      type: "string",
      maxLength: 63,
      pattern: "^[a-z_][a-z0-9_$]{0,62}$"
    },
    qualifiedTable: {
      type: "string",
      maxLength: 127,
      pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$"
    },
    teamSlug: {
      type: "string",
      maxLength: 100,
      pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$"
    },
    repoName: {
      type: "string",
      maxLength: 100,
      pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$"
    },
    login: {
      type: "string",
      maxLength: 39,
      pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"
    },
    name: {
      type: "string",
      maxLength: 64,
      pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"
    },
    duration: {
      type: "string",
      maxLength: 5,
      pattern: "^[1-9][0-9]{0,3}[mhd]$"
    },
    columns: {
      type: "array",
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      items: {
        $ref: "#/$defs/identifier"
      }
    },
    allowedTable: {
      type: "object",
      additionalProperties: false,
      required: [
        "name"
      ],
      properties: {
        name: {
          $ref: "#/$defs/qualifiedTable"
        },
        columns: {
          $ref: "#/$defs/columns"
        },
        all_columns: {
          type: "boolean"
        },
        sensitive: {
          type: "array",
          minItems: 1,
          maxItems: 200,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/identifier"
          }
        },
        rows: {
          $ref: "#/$defs/rowRule"
        },
        masks: {
          $ref: "#/$defs/maskRule"
        }
      }
    },
    rowRule: {
      type: "object",
      description: "Row filters a request may put on this table. Without this entry a request may not filter rows here.",
      additionalProperties: false,
      required: [
        "columns"
      ],
      properties: {
        columns: {
          type: "object",
          description: "Columns a filter may use: values (equal to one of a list) or range (a time range on a timestamp column).",
          minProperties: 1,
          maxProperties: 50,
          propertyNames: {
            $ref: "#/$defs/identifier"
          },
          additionalProperties: {
            type: "string",
            enum: [
              "values",
              "range"
            ]
          }
        },
        required: {
          type: "boolean",
          description: "true: a grant on this table without a row filter is refused."
        },
        count: {
          type: "string",
          enum: [
            "estimate",
            "exact"
          ],
          description: "How the rows a filter admits are counted with credentials (grantbook plan --count, apply): estimate (default) from the planner's statistics, exact with count(*)."
        }
      }
    },
    maskRule: {
      type: "object",
      description: "Masks on this table's columns.",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        allowed: {
          type: "array",
          minItems: 1,
          maxItems: 4,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/maskName"
          },
          description: "Masks a request may use here; default: all of them."
        },
        required: {
          type: "object",
          description: "Columns that are never read in clear, each with the masks it may be read through.",
          minProperties: 1,
          maxProperties: 200,
          propertyNames: {
            $ref: "#/$defs/identifier"
          },
          additionalProperties: {
            type: "array",
            minItems: 1,
            maxItems: 4,
            uniqueItems: true,
            items: {
              $ref: "#/$defs/maskName"
            }
          }
        }
      }
    },
    maskName: {
      enum: [
        "hash",
        "last4",
        "domain",
        "null",
        null
      ]
    },
    tableSpec: {
      type: "object",
      additionalProperties: false,
      required: [
        "privileges",
        "table"
      ],
      properties: {
        privileges: {
          type: "array",
          minItems: 1,
          maxItems: 6,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/privilege"
          }
        },
        table: {
          $ref: "#/$defs/qualifiedTable"
        },
        columns: {
          $ref: "#/$defs/columns"
        }
      }
    },
    teamRole: {
      type: "string",
      enum: [
        "member"
      ]
    },
    repoPermission: {
      type: "string",
      enum: [
        "pull",
        "triage",
        "push",
        "maintain"
      ]
    },
    allowedRepo: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "permissions"
      ],
      properties: {
        name: {
          $ref: "#/$defs/repoName"
        },
        permissions: {
          type: "array",
          minItems: 1,
          maxItems: 4,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/repoPermission"
          }
        }
      }
    },
    teamSpec: {
      type: "object",
      additionalProperties: false,
      required: [
        "team",
        "role"
      ],
      properties: {
        team: {
          $ref: "#/$defs/teamSlug"
        },
        role: {
          $ref: "#/$defs/teamRole"
        }
      }
    },
    repoSpec: {
      type: "object",
      additionalProperties: false,
      required: [
        "repo",
        "permission"
      ],
      properties: {
        repo: {
          $ref: "#/$defs/repoName"
        },
        permission: {
          $ref: "#/$defs/repoPermission"
        }
      }
    },
    iamStatement: {
      type: "object",
      description: "An IAM statement: actions on resources, allowed until the grant expires.",
      additionalProperties: false,
      required: [
        "actions",
        "resources"
      ],
      properties: {
        actions: {
          type: "array",
          minItems: 1,
          maxItems: 100,
          uniqueItems: true,
          items: {
            type: "string",
            minLength: 1,
            maxLength: 200
          }
        },
        resources: {
          type: "array",
          minItems: 1,
          maxItems: 100,
          uniqueItems: true,
          items: {
            type: "string",
            minLength: 1,
            maxLength: 2048
          }
        }
      }
    },
    iamSpec: {
      type: "object",
      additionalProperties: false,
      required: [
        "iam"
      ],
      properties: {
        iam: {
          $ref: "#/$defs/iamStatement"
        }
      }
    }
  }
};

// schemas/targets.schema.json
var targets_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://grantbook.dev/schemas/targets.schema.json",
  title: "Grantbook targets",
  description: "policies/targets.yaml: target name -> provider and settings. Secrets are never here: a target names the environment variable that holds them.",
  type: "object",
  additionalProperties: false,
  required: [
    "targets"
  ],
  properties: {
    targets: {
      type: "object",
      minProperties: 1,
      maxProperties: 200,
      propertyNames: {
        $ref: "#/$defs/name"
      },
      additionalProperties: {
        oneOf: [
          {
            $ref: "#/$defs/postgresTarget"
          },
          {
            $ref: "#/$defs/githubTarget"
          },
          {
            $ref: "#/$defs/mysqlTarget"
          },
          {
            $ref: "#/$defs/awsTarget"
          }
        ]
      }
    }
  },
  $defs: {
    description: {
      type: "string",
      minLength: 1,
      maxLength: 500
    },
    envName: {
      type: "string",
      maxLength: 128,
      pattern: "^[A-Z][A-Z0-9_]{0,127}$"
    },
    identifier: {
      type: "string",
      maxLength: 63,
      pattern: "^[a-z_][a-z0-9_$]{0,62}$"
    },
    teamSlug: {
      type: "string",
      maxLength: 100,
      pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$"
    },
    repoName: {
      type: "string",
      maxLength: 100,
      pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$"
    },
    login: {
      type: "string",
      maxLength: 39,
      pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"
    },
    name: {
      type: "string",
      maxLength: 64,
      pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"
    },
    postgresTarget: {
      type: "object",
      additionalProperties: false,
      required: [
        "provider",
        "connection_env",
        "grantor_role"
      ],
      properties: {
        provider: {
          type: "string",
          enum: [
            "postgres"
          ]
        },
        description: {
          $ref: "#/$defs/description"
        },
        connection_env: {
          $ref: "#/$defs/envName",
          description: "Name of the environment variable holding the connection string."
        },
        grantor_role: {
          $ref: "#/$defs/identifier",
          description: "The role Grantbook connects as; never grantable."
        },
        protected_roles: {
          type: "array",
          maxItems: 100,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/identifier"
          }
        }
      }
    },
    githubTarget: {
      type: "object",
      additionalProperties: false,
      required: [
        "provider",
        "org",
        "token_env"
      ],
      properties: {
        provider: {
          type: "string",
          enum: [
            "github"
          ]
        },
        description: {
          $ref: "#/$defs/description"
        },
        org: {
          $ref: "#/$defs/login"
        },
        token_env: {
          $ref: "#/$defs/envName",
          description: "Name of the environment variable holding the token."
        },
        protected_teams: {
          type: "array",
          maxItems: 100,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/teamSlug"
          }
        },
        protected_repos: {
          type: "array",
          maxItems: 100,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/repoName"
          }
        }
      }
    },
    mysqlTarget: {
      type: "object",
      additionalProperties: false,
      required: [
        "provider",
        "connection_env",
        "grantor",
        "databases"
      ],
      properties: {
        provider: {
          type: "string",
          enum: [
            "mysql"
          ]
        },
        description: {
          $ref: "#/$defs/description"
        },
        connection_env: {
          $ref: "#/$defs/envName",
          description: "Name of the environment variable holding the grantor's URL (mysql://user:password@host:port/)."
        },
        grantor: {
          $ref: "#/$defs/mysqlAccount",
          description: "The account Grantbook connects as (user@host); never grantable."
        },
        databases: {
          type: "array",
          description: "The databases grants on this target may name (MySQL's schemas).",
          minItems: 1,
          maxItems: 100,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/identifier"
          }
        },
        metadata_database: {
          $ref: "#/$defs/identifier",
          description: "The grantor's own database (tag table, expiry events); default grantbook."
        },
        protected_accounts: {
          type: "array",
          maxItems: 100,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/mysqlAccount"
          }
        }
      }
    },
    mysqlAccount: {
      type: "string",
      maxLength: 300,
      pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$"
    },
    awsTarget: {
      type: "object",
      additionalProperties: false,
      required: [
        "provider",
        "account_id",
        "credentials_env"
      ],
      properties: {
        provider: {
          type: "string",
          enum: [
            "aws"
          ]
        },
        description: {
          $ref: "#/$defs/description"
        },
        account_id: {
          $ref: "#/$defs/awsAccountId"
        },
        partition: {
          type: "string",
          enum: [
            "aws",
            "aws-cn",
            "aws-us-gov"
          ],
          description: "Default aws."
        },
        credentials_env: {
          $ref: "#/$defs/envName",
          description: "Prefix of the environment variables holding the grantor's credentials: <prefix>_ACCESS_KEY_ID, <prefix>_SECRET_ACCESS_KEY and <prefix>_SESSION_TOKEN (AWS: what aws-actions/configure-aws-credentials sets)."
        },
        permissions_boundary: {
          type: "string",
          maxLength: 2048,
          pattern: "^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]{1,512}$",
          description: "A managed policy of this account set as every request role's permissions boundary."
        },
        principal_accounts: {
          type: "array",
          maxItems: 50,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/awsAccountId"
          },
          description: "Other accounts whose principals identities may name (an identity account); the target's own always may."
        },
        protected_roles: {
          type: "array",
          maxItems: 100,
          uniqueItems: true,
          items: {
            type: "string",
            maxLength: 64,
            pattern: "^[A-Za-z0-9+=,.@_-]{1,64}$"
          },
          description: "Role names nobody may name as their principal (the grantor, break-glass roles)."
        }
      }
    },
    awsAccountId: {
      type: "string",
      maxLength: 12,
      pattern: "^[0-9]{12}$"
    }
  }
};

// src/load/generated/validators.js
var runtime_ucs2length = function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
};
var runtime_equal = function equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a == "object" && typeof b == "object") {
    if (a.constructor !== b.constructor) return false;
    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0; )
        if (!equal(a[i], b[i])) return false;
      return true;
    }
    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;
    for (i = length; i-- !== 0; )
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
    for (i = length; i-- !== 0; ) {
      var key = keys[i];
      if (!equal(a[key], b[key])) return false;
    }
    return true;
  }
  return a !== a && b !== b;
};
var request = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://grantbook.dev/schemas/access-request.schema.json", "title": "Grantbook access request", "description": "One file per request: access-requests/<id>.yaml. The id is the file name.", "type": "object", "additionalProperties": false, "required": ["requester", "profile", "grants"], "properties": { "requester": { "$ref": "#/$defs/login", "description": "GitHub login of the person who needs access; must be the pull request author." }, "profile": { "$ref": "#/$defs/name", "description": "Profile name: policies/<profile>.yaml." }, "duration": { "$ref": "#/$defs/duration", "description": "How long the grant lasts once applied, e.g. 15m, 2h, 3d. Optional only if the profile has duration.default." }, "reason": { "type": "string", "minLength": 1, "maxLength": 1e3, "description": "Why the access is needed." }, "ticket": { "$ref": "#/$defs/ticket", "description": "Incident or change ticket, e.g. INC-4211." }, "extends": { "$ref": "#/$defs/requestId", "description": "Id of an earlier request this one extends (needs fresh approval)." }, "grants": { "type": "array", "minItems": 1, "maxItems": 20, "description": "What to grant; each item is exactly one of a table, team, repo or bundle grant.", "items": { "oneOf": [{ "$ref": "#/$defs/tableGrant" }, { "$ref": "#/$defs/teamGrant" }, { "$ref": "#/$defs/repoGrant" }, { "$ref": "#/$defs/iamGrant" }, { "$ref": "#/$defs/bundleGrant" }] } } }, "$defs": { "bundleGrant": { "type": "object", "description": "A named set of grants defined by the profile.", "additionalProperties": false, "required": ["target", "bundle"], "properties": { "target": { "$ref": "#/$defs/name" }, "bundle": { "$ref": "#/$defs/name" } } }, "privilege": { "type": "string", "maxLength": 32, "pattern": "^[A-Z][A-Z_]{0,31}$" }, "identifier": { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" }, "qualifiedTable": { "type": "string", "maxLength": 127, "pattern": "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, "teamSlug": { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, "repoName": { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, "login": { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "name": { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, "requestId": { "type": "string", "maxLength": 48, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$" }, "ticket": { "type": "string", "maxLength": 27, "pattern": "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$" }, "duration": { "type": "string", "maxLength": 5, "pattern": "^[1-9][0-9]{0,3}[mhd]$" }, "privileges": { "type": "array", "minItems": 1, "maxItems": 6, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } }, "columns": { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } }, "rows": { "type": "object", "description": "Row filter (SELECT only, with columns): only rows matching every condition are visible. Per column either a list of values (equal to one of them) or a time range {from, to} (from included, to excluded). Columns must be allowed by the profile's rows.columns. The grant is then a view in a schema of its own; the check comment names it.", "minProperties": 1, "maxProperties": 8, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/rowValues" }, { "$ref": "#/$defs/rowRange" }] } }, "rowValues": { "type": "array", "description": "The column equals one of these values.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "oneOf": [{ "$ref": "#/$defs/rowInteger" }, { "$ref": "#/$defs/rowText" }] } }, "rowInteger": { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": 'A whole number 0 or more; write other numbers as text ("-1").' }, "rowText": { "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9@._:+/# -]{1,200}$" }, "rowRange": { "type": "object", "description": "A time range on a timestamp column: from included, to excluded.", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "$ref": "#/$defs/instant" }, "to": { "$ref": "#/$defs/instant" } } }, "instant": { "type": "string", "maxLength": 32, "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, "masked": { "type": "object", "description": "Granted columns shown through a mask instead of in clear: hash (keyed, stable within this request, different in any other), last4 (the last four characters), domain (of an e-mail address), null (always empty).", "minProperties": 1, "maxProperties": 200, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/maskName" } }, "maskName": { "enum": ["hash", "last4", "domain", "null", null] }, "tableGrant": { "type": "object", "description": "Privileges on a database table, optionally limited to columns.", "additionalProperties": false, "required": ["target", "privileges", "table"], "properties": { "target": { "$ref": "#/$defs/name" }, "privileges": { "$ref": "#/$defs/privileges" }, "table": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" }, "rows": { "$ref": "#/$defs/rows" }, "masked": { "$ref": "#/$defs/masked" } } }, "teamRole": { "type": "string", "enum": ["member"] }, "repoPermission": { "type": "string", "enum": ["pull", "triage", "push", "maintain"] }, "teamGrant": { "type": "object", "description": "Membership of a GitHub team.", "additionalProperties": false, "required": ["target", "team", "role"], "properties": { "target": { "$ref": "#/$defs/name" }, "team": { "$ref": "#/$defs/teamSlug" }, "role": { "$ref": "#/$defs/teamRole" } } }, "repoGrant": { "type": "object", "description": "Collaborator permission on a GitHub repository.", "additionalProperties": false, "required": ["target", "repo", "permission"], "properties": { "target": { "$ref": "#/$defs/name" }, "repo": { "$ref": "#/$defs/repoName" }, "permission": { "$ref": "#/$defs/repoPermission" } } }, "iamStatement": { "type": "object", "description": "An IAM statement: actions on resources, allowed until the grant expires.", "additionalProperties": false, "required": ["actions", "resources"], "properties": { "actions": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 } }, "resources": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 2048 } } } }, "iamGrant": { "type": "object", "description": "IAM statements on an AWS account, through a role of the request's own.", "additionalProperties": false, "required": ["target", "iam"], "properties": { "target": { "$ref": "#/$defs/name" }, "iam": { "$ref": "#/$defs/iamStatement" } } } } };
var schema32 = { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" };
var schema33 = { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" };
var schema34 = { "type": "string", "maxLength": 5, "pattern": "^[1-9][0-9]{0,3}[mhd]$" };
var schema35 = { "type": "string", "maxLength": 27, "pattern": "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$" };
var schema36 = { "type": "string", "maxLength": 48, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$" };
var func0 = Object.prototype.hasOwnProperty;
var func64 = runtime_ucs2length;
var pattern4 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
var pattern5 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "u");
var pattern6 = new RegExp("^[1-9][0-9]{0,3}[mhd]$", "u");
var pattern7 = new RegExp("^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$", "u");
var pattern8 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$", "u");
var schema37 = { "type": "object", "description": "Privileges on a database table, optionally limited to columns.", "additionalProperties": false, "required": ["target", "privileges", "table"], "properties": { "target": { "$ref": "#/$defs/name" }, "privileges": { "$ref": "#/$defs/privileges" }, "table": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" }, "rows": { "$ref": "#/$defs/rows" }, "masked": { "$ref": "#/$defs/masked" } } };
var schema41 = { "type": "string", "maxLength": 127, "pattern": "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" };
var pattern11 = new RegExp("^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", "u");
var schema39 = { "type": "array", "minItems": 1, "maxItems": 6, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } };
var schema40 = { "type": "string", "maxLength": 32, "pattern": "^[A-Z][A-Z_]{0,31}$" };
var func27 = runtime_equal;
var pattern10 = new RegExp("^[A-Z][A-Z_]{0,31}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 6) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 6 }, schema: 6, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func64(data0) > 32) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/privilege/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema40, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/privilege/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z_]{0,31}$" }, schema: "^[A-Z][A-Z_]{0,31}$", parentSchema: schema40, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/privilege/type", keyword: "type", params: { type: "string" }, schema: schema40.type, parentSchema: schema40, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func27(data[i1], data[j0])) {
              const err5 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema39, data };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema42 = { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } };
var schema43 = { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" };
var pattern12 = new RegExp("^[a-z_][a-z0-9_$]{0,62}$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 200) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 200 }, schema: 200, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func64(data0) > 63) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema43, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern12.test(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema43, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema43.type, parentSchema: schema43, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func27(data[i1], data[j0])) {
              const err5 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema42, data };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema44 = { "type": "object", "description": "Row filter (SELECT only, with columns): only rows matching every condition are visible. Per column either a list of values (equal to one of them) or a time range {from, to} (from included, to excluded). Columns must be allowed by the profile's rows.columns. The grant is then a view in a schema of its own; the check comment names it.", "minProperties": 1, "maxProperties": 8, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/rowValues" }, { "$ref": "#/$defs/rowRange" }] } };
var schema46 = { "type": "array", "description": "The column equals one of these values.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "oneOf": [{ "$ref": "#/$defs/rowInteger" }, { "$ref": "#/$defs/rowText" }] } };
var schema47 = { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": 'A whole number 0 or more; write other numbers as text ("-1").' };
var schema48 = { "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9@._:+/# -]{1,200}$" };
var pattern14 = new RegExp("^[A-Za-z0-9@._:+/# -]{1,200}$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 100) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs2 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs3 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/type", keyword: "type", params: { type: "integer" }, schema: schema47.type, parentSchema: schema47, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 9007199254740991 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, schema: 9007199254740991, parentSchema: schema47, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema47, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      var _valid0 = _errs3 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (typeof data0 === "string") {
        if (func64(data0) > 200) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern14.test(data0)) {
          const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9@._:+/# -]{1,200}$" }, schema: "^[A-Za-z0-9@._:+/# -]{1,200}$", parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/type", keyword: "type", params: { type: "string" }, schema: schema48.type, parentSchema: schema48, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema46.items.oneOf, parentSchema: schema46.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs2;
        if (vErrors !== null) {
          if (_errs2) {
            vErrors.length = _errs2;
          } else {
            vErrors = null;
          }
        }
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func27(data[i1], data[j0])) {
              const err9 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema46, data };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema49 = { "type": "object", "description": "A time range on a timestamp column: from included, to excluded.", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "$ref": "#/$defs/instant" }, "to": { "$ref": "#/$defs/instant" } } };
var schema50 = { "type": "string", "maxLength": 32, "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" };
var pattern15 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.from === void 0 || !func0.call(data, "from")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.to === void 0 || !func0.call(data, "to")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "from" || key0 === "to")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.from !== void 0 && func0.call(data, "from")) {
      let data0 = data.from;
      if (typeof data0 === "string") {
        if (func64(data0) > 32) {
          const err3 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern15.test(data0)) {
          const err4 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, schema: schema50.type, parentSchema: schema50, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.to !== void 0 && func0.call(data, "to")) {
      let data1 = data.to;
      if (typeof data1 === "string") {
        if (func64(data1) > 32) {
          const err6 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern15.test(data1)) {
          const err7 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, schema: schema50.type, parentSchema: schema50, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 8) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 8 }, schema: 8, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func64(key0) > 63) {
          const err2 = { instancePath, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema43, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern12.test(key0)) {
          const err3 = { instancePath, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema43, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema43.type, parentSchema: schema43, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, schema: schema44.propertyNames, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key1 of Object.keys(data)) {
      let data0 = data[key1];
      const _errs6 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (!validate27(data0, { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if (!validate29(data0, { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema44.additionalProperties.oneOf, parentSchema: schema44.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema52 = { "type": "object", "description": "Granted columns shown through a mask instead of in clear: hash (keyed, stable within this request, different in any other), last4 (the last four characters), domain (of an e-mail address), null (always empty).", "minProperties": 1, "maxProperties": 200, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/maskName" } };
var schema54 = { "enum": ["hash", "last4", "domain", "null", null] };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 200) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 200 }, schema: 200, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func64(key0) > 63) {
          const err2 = { instancePath, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema43, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern12.test(key0)) {
          const err3 = { instancePath, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema43, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema43.type, parentSchema: schema43, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, schema: schema52.propertyNames, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key1 of Object.keys(data)) {
      let data0 = data[key1];
      if (!(data0 === "hash" || data0 === "last4" || data0 === "domain" || data0 === "null" || data0 === null)) {
        const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/maskName/enum", keyword: "enum", params: { allowedValues: schema54.enum }, schema: schema54.enum, parentSchema: schema54, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.privileges === void 0 || !func0.call(data, "privileges")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privileges" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.table === void 0 || !func0.call(data, "table")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "table" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "privileges" || key0 === "table" || key0 === "columns" || key0 === "rows" || key0 === "masked")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.privileges !== void 0 && func0.call(data, "privileges")) {
      if (!validate22(data.privileges, { instancePath: instancePath + "/privileges", parentData: data, parentDataProperty: "privileges", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.table !== void 0 && func0.call(data, "table")) {
      let data2 = data.table;
      if (typeof data2 === "string") {
        if (func64(data2) > 127) {
          const err7 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/maxLength", keyword: "maxLength", params: { limit: 127 }, schema: 127, parentSchema: schema41, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern11.test(data2)) {
          const err8 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema41, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/type", keyword: "type", params: { type: "string" }, schema: schema41.type, parentSchema: schema41, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      if (!validate24(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.rows !== void 0 && func0.call(data, "rows")) {
      if (!validate26(data.rows, { instancePath: instancePath + "/rows", parentData: data, parentDataProperty: "rows", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.masked !== void 0 && func0.call(data, "masked")) {
      if (!validate32(data.masked, { instancePath: instancePath + "/masked", parentData: data, parentDataProperty: "masked", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema55 = { "type": "object", "description": "Membership of a GitHub team.", "additionalProperties": false, "required": ["target", "team", "role"], "properties": { "target": { "$ref": "#/$defs/name" }, "team": { "$ref": "#/$defs/teamSlug" }, "role": { "$ref": "#/$defs/teamRole" } } };
var schema57 = { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" };
var schema58 = { "type": "string", "enum": ["member"] };
var pattern19 = new RegExp("^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.role === void 0 || !func0.call(data, "role")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "team" || key0 === "role")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data1 = data.team;
      if (typeof data1 === "string") {
        if (func64(data1) > 100) {
          const err7 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema57, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern19.test(data1)) {
          const err8 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema57, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema57.type, parentSchema: schema57, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.role !== void 0 && func0.call(data, "role")) {
      let data2 = data.role;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/type", keyword: "type", params: { type: "string" }, schema: schema58.type, parentSchema: schema58, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "member")) {
        const err11 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/enum", keyword: "enum", params: { allowedValues: schema58.enum }, schema: schema58.enum, parentSchema: schema58, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema59 = { "type": "object", "description": "Collaborator permission on a GitHub repository.", "additionalProperties": false, "required": ["target", "repo", "permission"], "properties": { "target": { "$ref": "#/$defs/name" }, "repo": { "$ref": "#/$defs/repoName" }, "permission": { "$ref": "#/$defs/repoPermission" } } };
var schema61 = { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" };
var schema62 = { "type": "string", "enum": ["pull", "triage", "push", "maintain"] };
var pattern21 = new RegExp("^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", "u");
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.repo === void 0 || !func0.call(data, "repo")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repo" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.permission === void 0 || !func0.call(data, "permission")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permission" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "repo" || key0 === "permission")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.repo !== void 0 && func0.call(data, "repo")) {
      let data1 = data.repo;
      if (typeof data1 === "string") {
        if (func64(data1) > 100) {
          const err7 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema61, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern21.test(data1)) {
          const err8 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema61, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema61.type, parentSchema: schema61, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.permission !== void 0 && func0.call(data, "permission")) {
      let data2 = data.permission;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/type", keyword: "type", params: { type: "string" }, schema: schema62.type, parentSchema: schema62, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "pull" || data2 === "triage" || data2 === "push" || data2 === "maintain")) {
        const err11 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/enum", keyword: "enum", params: { allowedValues: schema62.enum }, schema: schema62.enum, parentSchema: schema62, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema63 = { "type": "object", "description": "IAM statements on an AWS account, through a role of the request's own.", "additionalProperties": false, "required": ["target", "iam"], "properties": { "target": { "$ref": "#/$defs/name" }, "iam": { "$ref": "#/$defs/iamStatement" } } };
var schema65 = { "type": "object", "description": "An IAM statement: actions on resources, allowed until the grant expires.", "additionalProperties": false, "required": ["actions", "resources"], "properties": { "actions": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 } }, "resources": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 2048 } } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.iam === void 0 || !func0.call(data, "iam")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iam" }, schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "iam")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.iam !== void 0 && func0.call(data, "iam")) {
      let data1 = data.iam;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.actions === void 0 || !func0.call(data1, "actions")) {
          const err6 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/required", keyword: "required", params: { missingProperty: "actions" }, schema: schema65.required, parentSchema: schema65, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.resources === void 0 || !func0.call(data1, "resources")) {
          const err7 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/required", keyword: "required", params: { missingProperty: "resources" }, schema: schema65.required, parentSchema: schema65, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 of Object.keys(data1)) {
          if (!(key1 === "actions" || key1 === "resources")) {
            const err8 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, schema: false, parentSchema: schema65, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.actions !== void 0 && func0.call(data1, "actions")) {
          let data2 = data1.actions;
          if (Array.isArray(data2)) {
            if (data2.length > 100) {
              const err9 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema65.properties.actions, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data2.length < 1) {
              const err10 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema65.properties.actions, data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func64(data3) > 200) {
                  const err11 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema65.properties.actions.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (func64(data3) < 1) {
                  const err12 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema65.properties.actions.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/type", keyword: "type", params: { type: "string" }, schema: schema65.properties.actions.items.type, parentSchema: schema65.properties.actions.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            let i1 = data2.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data2[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err14 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema65.properties.actions, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/type", keyword: "type", params: { type: "array" }, schema: schema65.properties.actions.type, parentSchema: schema65.properties.actions, data: data2 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data1.resources !== void 0 && func0.call(data1, "resources")) {
          let data4 = data1.resources;
          if (Array.isArray(data4)) {
            if (data4.length > 100) {
              const err16 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema65.properties.resources, data: data4 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data4.length < 1) {
              const err17 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema65.properties.resources, data: data4 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data5 = data4[i2];
              if (typeof data5 === "string") {
                if (func64(data5) > 2048) {
                  const err18 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema65.properties.resources.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (func64(data5) < 1) {
                  const err19 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema65.properties.resources.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/type", keyword: "type", params: { type: "string" }, schema: schema65.properties.resources.items.type, parentSchema: schema65.properties.resources.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            let i3 = data4.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data4[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err21 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema65.properties.resources, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/type", keyword: "type", params: { type: "array" }, schema: schema65.properties.resources.type, parentSchema: schema65.properties.resources, data: data4 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/type", keyword: "type", params: { type: "object" }, schema: schema65.type, parentSchema: schema65, data: data1 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema66 = { "type": "object", "description": "A named set of grants defined by the profile.", "additionalProperties": false, "required": ["target", "bundle"], "properties": { "target": { "$ref": "#/$defs/name" }, "bundle": { "$ref": "#/$defs/name" } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.bundle === void 0 || !func0.call(data, "bundle")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bundle" }, schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "bundle")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.bundle !== void 0 && func0.call(data, "bundle")) {
      let data1 = data.bundle;
      if (typeof data1 === "string") {
        if (func64(data1) > 64) {
          const err6 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requester === void 0 || !func0.call(data, "requester")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requester" }, schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.profile === void 0 || !func0.call(data, "profile")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" }, schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.grants === void 0 || !func0.call(data, "grants")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grants" }, schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "requester" || key0 === "profile" || key0 === "duration" || key0 === "reason" || key0 === "ticket" || key0 === "extends" || key0 === "grants")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.requester !== void 0 && func0.call(data, "requester")) {
      let data0 = data.requester;
      if (typeof data0 === "string") {
        if (func64(data0) > 39) {
          const err4 = { instancePath: instancePath + "/requester", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/requester", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/requester", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.profile !== void 0 && func0.call(data, "profile")) {
      let data1 = data.profile;
      if (typeof data1 === "string") {
        if (func64(data1) > 64) {
          const err7 = { instancePath: instancePath + "/profile", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err8 = { instancePath: instancePath + "/profile", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/profile", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.duration !== void 0 && func0.call(data, "duration")) {
      let data2 = data.duration;
      if (typeof data2 === "string") {
        if (func64(data2) > 5) {
          const err10 = { instancePath: instancePath + "/duration", schemaPath: "#/$defs/duration/maxLength", keyword: "maxLength", params: { limit: 5 }, schema: 5, parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern6.test(data2)) {
          const err11 = { instancePath: instancePath + "/duration", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,3}[mhd]$" }, schema: "^[1-9][0-9]{0,3}[mhd]$", parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/duration", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, schema: schema34.type, parentSchema: schema34, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reason !== void 0 && func0.call(data, "reason")) {
      let data3 = data.reason;
      if (typeof data3 === "string") {
        if (func64(data3) > 1e3) {
          const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e3 }, schema: 1e3, parentSchema: schema31.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func64(data3) < 1) {
          const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema31.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, schema: schema31.properties.reason.type, parentSchema: schema31.properties.reason, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0 && func0.call(data, "ticket")) {
      let data4 = data.ticket;
      if (typeof data4 === "string") {
        if (func64(data4) > 27) {
          const err16 = { instancePath: instancePath + "/ticket", schemaPath: "#/$defs/ticket/maxLength", keyword: "maxLength", params: { limit: 27 }, schema: 27, parentSchema: schema35, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern7.test(data4)) {
          const err17 = { instancePath: instancePath + "/ticket", schemaPath: "#/$defs/ticket/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$" }, schema: "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$", parentSchema: schema35, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/ticket", schemaPath: "#/$defs/ticket/type", keyword: "type", params: { type: "string" }, schema: schema35.type, parentSchema: schema35, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.extends !== void 0 && func0.call(data, "extends")) {
      let data5 = data.extends;
      if (typeof data5 === "string") {
        if (func64(data5) > 48) {
          const err19 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/requestId/maxLength", keyword: "maxLength", params: { limit: 48 }, schema: 48, parentSchema: schema36, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern8.test(data5)) {
          const err20 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/requestId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$", parentSchema: schema36, data: data5 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/requestId/type", keyword: "type", params: { type: "string" }, schema: schema36.type, parentSchema: schema36, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.grants !== void 0 && func0.call(data, "grants")) {
      let data6 = data.grants;
      if (Array.isArray(data6)) {
        if (data6.length > 20) {
          const err22 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/maxItems", keyword: "maxItems", params: { limit: 20 }, schema: 20, parentSchema: schema31.properties.grants, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data6.length < 1) {
          const err23 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema31.properties.grants, data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs22 = errors;
          let valid8 = false;
          let passing0 = null;
          const _errs23 = errors;
          if (!validate21(data7, { instancePath: instancePath + "/grants/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs23 === errors;
          if (_valid0) {
            valid8 = true;
            passing0 = 0;
            var props0 = true;
          }
          const _errs24 = errors;
          if (!validate35(data7, { instancePath: instancePath + "/grants/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs24 === errors;
          if (_valid0 && valid8) {
            valid8 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid8 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs25 = errors;
            if (!validate37(data7, { instancePath: instancePath + "/grants/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs25 === errors;
            if (_valid0 && valid8) {
              valid8 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid8 = true;
                passing0 = 2;
                if (props0 !== true) {
                  props0 = true;
                }
              }
              const _errs26 = errors;
              if (!validate39(data7, { instancePath: instancePath + "/grants/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs26 === errors;
              if (_valid0 && valid8) {
                valid8 = false;
                passing0 = [passing0, 3];
              } else {
                if (_valid0) {
                  valid8 = true;
                  passing0 = 3;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
                const _errs27 = errors;
                if (!validate41(data7, { instancePath: instancePath + "/grants/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                  errors = vErrors.length;
                }
                var _valid0 = _errs27 === errors;
                if (_valid0 && valid8) {
                  valid8 = false;
                  passing0 = [passing0, 4];
                } else {
                  if (_valid0) {
                    valid8 = true;
                    passing0 = 4;
                    if (props0 !== true) {
                      props0 = true;
                    }
                  }
                }
              }
            }
          }
          if (!valid8) {
            const err24 = { instancePath: instancePath + "/grants/" + i0, schemaPath: "#/properties/grants/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema31.properties.grants.items.oneOf, parentSchema: schema31.properties.grants.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          } else {
            errors = _errs22;
            if (vErrors !== null) {
              if (_errs22) {
                vErrors.length = _errs22;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/type", keyword: "type", params: { type: "array" }, schema: schema31.properties.grants.type, parentSchema: schema31.properties.grants, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_bundleGrant = validate43;
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.bundle === void 0 || !func0.call(data, "bundle")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bundle" }, schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "bundle")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.bundle !== void 0 && func0.call(data, "bundle")) {
      let data1 = data.bundle;
      if (typeof data1 === "string") {
        if (func64(data1) > 64) {
          const err6 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_iamGrant = validate44;
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.iam === void 0 || !func0.call(data, "iam")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iam" }, schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "iam")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.iam !== void 0 && func0.call(data, "iam")) {
      let data1 = data.iam;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.actions === void 0 || !func0.call(data1, "actions")) {
          const err6 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/required", keyword: "required", params: { missingProperty: "actions" }, schema: schema65.required, parentSchema: schema65, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.resources === void 0 || !func0.call(data1, "resources")) {
          const err7 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/required", keyword: "required", params: { missingProperty: "resources" }, schema: schema65.required, parentSchema: schema65, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 of Object.keys(data1)) {
          if (!(key1 === "actions" || key1 === "resources")) {
            const err8 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, schema: false, parentSchema: schema65, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.actions !== void 0 && func0.call(data1, "actions")) {
          let data2 = data1.actions;
          if (Array.isArray(data2)) {
            if (data2.length > 100) {
              const err9 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema65.properties.actions, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data2.length < 1) {
              const err10 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema65.properties.actions, data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func64(data3) > 200) {
                  const err11 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema65.properties.actions.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (func64(data3) < 1) {
                  const err12 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema65.properties.actions.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/type", keyword: "type", params: { type: "string" }, schema: schema65.properties.actions.items.type, parentSchema: schema65.properties.actions.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            let i1 = data2.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data2[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err14 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema65.properties.actions, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/type", keyword: "type", params: { type: "array" }, schema: schema65.properties.actions.type, parentSchema: schema65.properties.actions, data: data2 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data1.resources !== void 0 && func0.call(data1, "resources")) {
          let data4 = data1.resources;
          if (Array.isArray(data4)) {
            if (data4.length > 100) {
              const err16 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema65.properties.resources, data: data4 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data4.length < 1) {
              const err17 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema65.properties.resources, data: data4 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data5 = data4[i2];
              if (typeof data5 === "string") {
                if (func64(data5) > 2048) {
                  const err18 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema65.properties.resources.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (func64(data5) < 1) {
                  const err19 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema65.properties.resources.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/type", keyword: "type", params: { type: "string" }, schema: schema65.properties.resources.items.type, parentSchema: schema65.properties.resources.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            let i3 = data4.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data4[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err21 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema65.properties.resources, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/type", keyword: "type", params: { type: "array" }, schema: schema65.properties.resources.type, parentSchema: schema65.properties.resources, data: data4 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/type", keyword: "type", params: { type: "object" }, schema: schema65.type, parentSchema: schema65, data: data1 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_repoGrant = validate45;
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.repo === void 0 || !func0.call(data, "repo")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repo" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.permission === void 0 || !func0.call(data, "permission")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permission" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "repo" || key0 === "permission")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.repo !== void 0 && func0.call(data, "repo")) {
      let data1 = data.repo;
      if (typeof data1 === "string") {
        if (func64(data1) > 100) {
          const err7 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema61, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern21.test(data1)) {
          const err8 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema61, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema61.type, parentSchema: schema61, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.permission !== void 0 && func0.call(data, "permission")) {
      let data2 = data.permission;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/type", keyword: "type", params: { type: "string" }, schema: schema62.type, parentSchema: schema62, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "pull" || data2 === "triage" || data2 === "push" || data2 === "maintain")) {
        const err11 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/enum", keyword: "enum", params: { allowedValues: schema62.enum }, schema: schema62.enum, parentSchema: schema62, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_rowInteger = validate46;
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 9007199254740991 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, schema: 9007199254740991, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "dynamicProps": false, "dynamicItems": false };
var request_rowRange = validate47;
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.from === void 0 || !func0.call(data, "from")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.to === void 0 || !func0.call(data, "to")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "from" || key0 === "to")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.from !== void 0 && func0.call(data, "from")) {
      let data0 = data.from;
      if (typeof data0 === "string") {
        if (func64(data0) > 32) {
          const err3 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern15.test(data0)) {
          const err4 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, schema: schema50.type, parentSchema: schema50, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.to !== void 0 && func0.call(data, "to")) {
      let data1 = data.to;
      if (typeof data1 === "string") {
        if (func64(data1) > 32) {
          const err6 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern15.test(data1)) {
          const err7 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, schema: schema50.type, parentSchema: schema50, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_rowText = validate48;
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func64(data) > 200) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern14.test(data)) {
      const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9@._:+/# -]{1,200}$" }, schema: "^[A-Za-z0-9@._:+/# -]{1,200}$", parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "dynamicProps": false, "dynamicItems": false };
var request_rowValues = validate49;
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 100) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs2 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs3 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/type", keyword: "type", params: { type: "integer" }, schema: schema47.type, parentSchema: schema47, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 9007199254740991 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, schema: 9007199254740991, parentSchema: schema47, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema47, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      var _valid0 = _errs3 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (typeof data0 === "string") {
        if (func64(data0) > 200) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern14.test(data0)) {
          const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9@._:+/# -]{1,200}$" }, schema: "^[A-Za-z0-9@._:+/# -]{1,200}$", parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/type", keyword: "type", params: { type: "string" }, schema: schema48.type, parentSchema: schema48, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema46.items.oneOf, parentSchema: schema46.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs2;
        if (vErrors !== null) {
          if (_errs2) {
            vErrors.length = _errs2;
          } else {
            vErrors = null;
          }
        }
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func27(data[i1], data[j0])) {
              const err9 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema46, data };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var request_tableGrant = validate50;
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.privileges === void 0 || !func0.call(data, "privileges")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privileges" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.table === void 0 || !func0.call(data, "table")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "table" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "privileges" || key0 === "table" || key0 === "columns" || key0 === "rows" || key0 === "masked")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.privileges !== void 0 && func0.call(data, "privileges")) {
      if (!validate22(data.privileges, { instancePath: instancePath + "/privileges", parentData: data, parentDataProperty: "privileges", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.table !== void 0 && func0.call(data, "table")) {
      let data2 = data.table;
      if (typeof data2 === "string") {
        if (func64(data2) > 127) {
          const err7 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/maxLength", keyword: "maxLength", params: { limit: 127 }, schema: 127, parentSchema: schema41, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern11.test(data2)) {
          const err8 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema41, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/type", keyword: "type", params: { type: "string" }, schema: schema41.type, parentSchema: schema41, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      if (!validate24(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.rows !== void 0 && func0.call(data, "rows")) {
      if (!validate26(data.rows, { instancePath: instancePath + "/rows", parentData: data, parentDataProperty: "rows", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.masked !== void 0 && func0.call(data, "masked")) {
      if (!validate32(data.masked, { instancePath: instancePath + "/masked", parentData: data, parentDataProperty: "masked", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_teamGrant = validate55;
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.role === void 0 || !func0.call(data, "role")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "team" || key0 === "role")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data1 = data.team;
      if (typeof data1 === "string") {
        if (func64(data1) > 100) {
          const err7 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema57, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern19.test(data1)) {
          const err8 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema57, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema57.type, parentSchema: schema57, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.role !== void 0 && func0.call(data, "role")) {
      let data2 = data.role;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/type", keyword: "type", params: { type: "string" }, schema: schema58.type, parentSchema: schema58, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "member")) {
        const err11 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/enum", keyword: "enum", params: { allowedValues: schema58.enum }, schema: schema58.enum, parentSchema: schema58, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile = validate56;
var schema94 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://grantbook.dev/schemas/profile.schema.json", "title": "Grantbook access profile", "description": "policies/<name>.yaml: who may request what, for how long, approved by whom. Anything not allowed is refused.", "type": "object", "additionalProperties": false, "required": ["name", "requesters", "approvals", "duration", "ticket", "reason", "sensitive_columns", "allow"], "properties": { "name": { "$ref": "#/$defs/name", "description": "Must equal the file name without .yaml." }, "description": { "type": "string", "minLength": 1, "maxLength": 500 }, "requesters": { "type": "object", "description": "Who may request this profile; at least one of users / teams must be non-empty.", "additionalProperties": false, "properties": { "users": { "type": "array", "maxItems": 500, "uniqueItems": true, "items": { "$ref": "#/$defs/login" } }, "teams": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/teamSlug" } } } }, "approvals": { "type": "object", "additionalProperties": false, "required": ["min"], "properties": { "min": { "type": "integer", "minimum": 1, "maximum": 10, "description": "Distinct approvers in total (code owners of the request path)." }, "groups": { "type": "array", "maxItems": 10, "description": "Each group must also be satisfied; exactly one of team / users per group.", "items": { "oneOf": [{ "$ref": "#/$defs/teamGroup" }, { "$ref": "#/$defs/usersGroup" }] } } } }, "duration": { "type": "object", "additionalProperties": false, "required": ["max"], "properties": { "default": { "$ref": "#/$defs/duration", "description": "Used when a request omits duration; without it, requests must name one." }, "max": { "$ref": "#/$defs/duration" } } }, "ticket": { "type": "object", "additionalProperties": false, "required": ["required"], "properties": { "required": { "type": "boolean" }, "pattern": { "type": "string", "minLength": 2, "maxLength": 200, "description": "ECMAScript regular expression anchored with ^...$." } } }, "reason": { "type": "object", "additionalProperties": false, "required": ["required"], "properties": { "required": { "type": "boolean" }, "min_length": { "type": "integer", "minimum": 1, "maximum": 1e3 }, "max_length": { "type": "integer", "minimum": 1, "maximum": 1e3 } } }, "max_grants": { "type": "integer", "minimum": 1, "maximum": 20 }, "sensitive_columns": { "type": "string", "enum": ["flag", "refuse"] }, "break_glass": { "type": "boolean", "description": "Emergency profile: duration.max must be at most 4h." }, "allow": { "type": "array", "minItems": 1, "maxItems": 20, "description": "One rule per target. Default deny.", "items": { "$ref": "#/$defs/allowRule" } }, "limits": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "Alerts on unusual use during the window, checked by scheduled revoke runs where the provider records activity (PostgreSQL with pg_stat_statements). Every crossed limit is a ledger `alert` event and an issue.", "properties": { "rows_read": { "type": "integer", "minimum": 0, "maximum": 1e12, "description": "Rows returned by statements that do not write, per grant and target, summed over the window." }, "read_only": { "type": "boolean", "description": "true: any statement that writes (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY FROM, DDL) during the window is an alert." }, "on_exceed": { "type": "string", "enum": ["alert", "revoke"], "description": "alert (default): an alert only. revoke: also revoke the grant early." } } }, "bundles": { "type": "object", "maxProperties": 50, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/bundle" } } }, "$defs": { "teamGroup": { "type": "object", "additionalProperties": false, "required": ["team", "min"], "properties": { "team": { "$ref": "#/$defs/teamSlug" }, "min": { "$ref": "#/$defs/groupMin" } } }, "usersGroup": { "type": "object", "additionalProperties": false, "required": ["users", "min"], "properties": { "users": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/login" } }, "min": { "$ref": "#/$defs/groupMin" } } }, "groupMin": { "type": "integer", "minimum": 1, "maximum": 10 }, "allowRule": { "type": "object", "additionalProperties": false, "required": ["target"], "properties": { "target": { "$ref": "#/$defs/name" }, "privileges": { "type": "array", "minItems": 1, "maxItems": 16, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } }, "tables": { "type": "array", "minItems": 1, "maxItems": 200, "items": { "$ref": "#/$defs/allowedTable" } }, "teams": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/teamSlug" } }, "repos": { "type": "array", "minItems": 1, "maxItems": 100, "items": { "$ref": "#/$defs/allowedRepo" } }, "statements": { "type": "array", "minItems": 1, "maxItems": 50, "items": { "$ref": "#/$defs/iamStatement" } } } }, "bundle": { "type": "object", "additionalProperties": false, "required": ["target", "grants"], "properties": { "target": { "$ref": "#/$defs/name" }, "grants": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "oneOf": [{ "$ref": "#/$defs/tableSpec" }, { "$ref": "#/$defs/teamSpec" }, { "$ref": "#/$defs/repoSpec" }, { "$ref": "#/$defs/iamSpec" }] } } } }, "privilege": { "type": "string", "maxLength": 32, "pattern": "^[A-Z][A-Z_]{0,31}$" }, "identifier": { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" }, "qualifiedTable": { "type": "string", "maxLength": 127, "pattern": "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, "teamSlug": { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, "repoName": { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, "login": { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "name": { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, "duration": { "type": "string", "maxLength": 5, "pattern": "^[1-9][0-9]{0,3}[mhd]$" }, "columns": { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } }, "allowedTable": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" }, "all_columns": { "type": "boolean" }, "sensitive": { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } }, "rows": { "$ref": "#/$defs/rowRule" }, "masks": { "$ref": "#/$defs/maskRule" } } }, "rowRule": { "type": "object", "description": "Row filters a request may put on this table. Without this entry a request may not filter rows here.", "additionalProperties": false, "required": ["columns"], "properties": { "columns": { "type": "object", "description": "Columns a filter may use: values (equal to one of a list) or range (a time range on a timestamp column).", "minProperties": 1, "maxProperties": 50, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "string", "enum": ["values", "range"] } }, "required": { "type": "boolean", "description": "true: a grant on this table without a row filter is refused." }, "count": { "type": "string", "enum": ["estimate", "exact"], "description": "How the rows a filter admits are counted with credentials (grantbook plan --count, apply): estimate (default) from the planner's statistics, exact with count(*)." } } }, "maskRule": { "type": "object", "description": "Masks on this table's columns.", "additionalProperties": false, "minProperties": 1, "properties": { "allowed": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/maskName" }, "description": "Masks a request may use here; default: all of them." }, "required": { "type": "object", "description": "Columns that are never read in clear, each with the masks it may be read through.", "minProperties": 1, "maxProperties": 200, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/maskName" } } } } }, "maskName": { "enum": ["hash", "last4", "domain", "null", null] }, "tableSpec": { "type": "object", "additionalProperties": false, "required": ["privileges", "table"], "properties": { "privileges": { "type": "array", "minItems": 1, "maxItems": 6, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } }, "table": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" } } }, "teamRole": { "type": "string", "enum": ["member"] }, "repoPermission": { "type": "string", "enum": ["pull", "triage", "push", "maintain"] }, "allowedRepo": { "type": "object", "additionalProperties": false, "required": ["name", "permissions"], "properties": { "name": { "$ref": "#/$defs/repoName" }, "permissions": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/repoPermission" } } } }, "teamSpec": { "type": "object", "additionalProperties": false, "required": ["team", "role"], "properties": { "team": { "$ref": "#/$defs/teamSlug" }, "role": { "$ref": "#/$defs/teamRole" } } }, "repoSpec": { "type": "object", "additionalProperties": false, "required": ["repo", "permission"], "properties": { "repo": { "$ref": "#/$defs/repoName" }, "permission": { "$ref": "#/$defs/repoPermission" } } }, "iamStatement": { "type": "object", "description": "An IAM statement: actions on resources, allowed until the grant expires.", "additionalProperties": false, "required": ["actions", "resources"], "properties": { "actions": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 } }, "resources": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 2048 } } } }, "iamSpec": { "type": "object", "additionalProperties": false, "required": ["iam"], "properties": { "iam": { "$ref": "#/$defs/iamStatement" } } } } };
var schema95 = { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" };
var schema96 = { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" };
var schema97 = { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" };
var schema104 = { "type": "string", "maxLength": 5, "pattern": "^[1-9][0-9]{0,3}[mhd]$" };
var schema98 = { "type": "object", "additionalProperties": false, "required": ["team", "min"], "properties": { "team": { "$ref": "#/$defs/teamSlug" }, "min": { "$ref": "#/$defs/groupMin" } } };
var schema100 = { "type": "integer", "minimum": 1, "maximum": 10 };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.min === void 0 || !func0.call(data, "min")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" }, schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "team" || key0 === "min")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema98, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data0 = data.team;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema97, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern19.test(data0)) {
          const err4 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema97, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema97.type, parentSchema: schema97, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.min !== void 0 && func0.call(data, "min")) {
      let data1 = data.min;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/type", keyword: "type", params: { type: "integer" }, schema: schema100.type, parentSchema: schema100, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 10 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, schema: 10, parentSchema: schema100, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema100, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema98.type, parentSchema: schema98, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema101 = { "type": "object", "additionalProperties": false, "required": ["users", "min"], "properties": { "users": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/login" } }, "min": { "$ref": "#/$defs/groupMin" } } };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.users === void 0 || !func0.call(data, "users")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "users" }, schema: schema101.required, parentSchema: schema101, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.min === void 0 || !func0.call(data, "min")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" }, schema: schema101.required, parentSchema: schema101, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "users" || key0 === "min")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema101, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.users !== void 0 && func0.call(data, "users")) {
      let data0 = data.users;
      if (Array.isArray(data0)) {
        if (data0.length > 100) {
          const err3 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema101.properties.users, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema101.properties.users, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func64(data1) > 39) {
              const err5 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema96, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern4.test(data1)) {
              const err6 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema96, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema96.type, parentSchema: schema96, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data0[i1], data0[j0])) {
                  const err8 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema101.properties.users, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err9 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/type", keyword: "type", params: { type: "array" }, schema: schema101.properties.users.type, parentSchema: schema101.properties.users, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.min !== void 0 && func0.call(data, "min")) {
      let data2 = data.min;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/type", keyword: "type", params: { type: "integer" }, schema: schema100.type, parentSchema: schema100, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 10 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, schema: 10, parentSchema: schema100, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema100, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema101.type, parentSchema: schema101, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema106 = { "type": "object", "additionalProperties": false, "required": ["target"], "properties": { "target": { "$ref": "#/$defs/name" }, "privileges": { "type": "array", "minItems": 1, "maxItems": 16, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } }, "tables": { "type": "array", "minItems": 1, "maxItems": 200, "items": { "$ref": "#/$defs/allowedTable" } }, "teams": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/teamSlug" } }, "repos": { "type": "array", "minItems": 1, "maxItems": 100, "items": { "$ref": "#/$defs/allowedRepo" } }, "statements": { "type": "array", "minItems": 1, "maxItems": 50, "items": { "$ref": "#/$defs/iamStatement" } } } };
var schema108 = { "type": "string", "maxLength": 32, "pattern": "^[A-Z][A-Z_]{0,31}$" };
var schema124 = { "type": "object", "description": "An IAM statement: actions on resources, allowed until the grant expires.", "additionalProperties": false, "required": ["actions", "resources"], "properties": { "actions": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 } }, "resources": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 2048 } } } };
var schema109 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" }, "all_columns": { "type": "boolean" }, "sensitive": { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } }, "rows": { "$ref": "#/$defs/rowRule" }, "masks": { "$ref": "#/$defs/maskRule" } } };
var schema110 = { "type": "string", "maxLength": 127, "pattern": "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" };
var schema112 = { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" };
var schema111 = { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 200) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 200 }, schema: 200, parentSchema: schema111, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema111, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func64(data0) > 63) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema112, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern12.test(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema112, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema112.type, parentSchema: schema112, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func27(data[i1], data[j0])) {
              const err5 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema111, data };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema111.type, parentSchema: schema111, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema114 = { "type": "object", "description": "Row filters a request may put on this table. Without this entry a request may not filter rows here.", "additionalProperties": false, "required": ["columns"], "properties": { "columns": { "type": "object", "description": "Columns a filter may use: values (equal to one of a list) or range (a time range on a timestamp column).", "minProperties": 1, "maxProperties": 50, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "string", "enum": ["values", "range"] } }, "required": { "type": "boolean", "description": "true: a grant on this table without a row filter is refused." }, "count": { "type": "string", "enum": ["estimate", "exact"], "description": "How the rows a filter admits are counted with credentials (grantbook plan --count, apply): estimate (default) from the planner's statistics, exact with count(*)." } } };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.columns === void 0 || !func0.call(data, "columns")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "columns" }, schema: schema114.required, parentSchema: schema114, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "columns" || key0 === "required" || key0 === "count")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema114, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      let data0 = data.columns;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 50) {
          const err2 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/maxProperties", keyword: "maxProperties", params: { limit: 50 }, schema: 50, parentSchema: schema114.properties.columns, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (Object.keys(data0).length < 1) {
          const err3 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema114.properties.columns, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 of Object.keys(data0)) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (func64(key1) > 63) {
              const err4 = { instancePath: instancePath + "/columns", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema112, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern12.test(key1)) {
              const err5 = { instancePath: instancePath + "/columns", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema112, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/columns", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema112.type, parentSchema: schema112, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err7 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, schema: schema114.properties.columns.propertyNames, parentSchema: schema114.properties.columns, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 of Object.keys(data0)) {
          let data1 = data0[key2];
          if (typeof data1 !== "string") {
            const err8 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/type", keyword: "type", params: { type: "string" }, schema: schema114.properties.columns.additionalProperties.type, parentSchema: schema114.properties.columns.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data1 === "values" || data1 === "range")) {
            const err9 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema114.properties.columns.additionalProperties.enum }, schema: schema114.properties.columns.additionalProperties.enum, parentSchema: schema114.properties.columns.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "object" }, schema: schema114.properties.columns.type, parentSchema: schema114.properties.columns, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.required !== void 0 && func0.call(data, "required")) {
      let data2 = data.required;
      if (typeof data2 !== "boolean") {
        const err11 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, schema: schema114.properties.required.type, parentSchema: schema114.properties.required, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.count !== void 0 && func0.call(data, "count")) {
      let data3 = data.count;
      if (typeof data3 !== "string") {
        const err12 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "string" }, schema: schema114.properties.count.type, parentSchema: schema114.properties.count, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data3 === "estimate" || data3 === "exact")) {
        const err13 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/enum", keyword: "enum", params: { allowedValues: schema114.properties.count.enum }, schema: schema114.properties.count.enum, parentSchema: schema114.properties.count, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema114.type, parentSchema: schema114, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema116 = { "type": "object", "description": "Masks on this table's columns.", "additionalProperties": false, "minProperties": 1, "properties": { "allowed": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/maskName" }, "description": "Masks a request may use here; default: all of them." }, "required": { "type": "object", "description": "Columns that are never read in clear, each with the masks it may be read through.", "minProperties": 1, "maxProperties": 200, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/maskName" } } } } };
var schema117 = { "enum": ["hash", "last4", "domain", "null", null] };
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "allowed" || key0 === "required")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.allowed !== void 0 && func0.call(data, "allowed")) {
      let data0 = data.allowed;
      if (Array.isArray(data0)) {
        if (data0.length > 4) {
          const err2 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/maxItems", keyword: "maxItems", params: { limit: 4 }, schema: 4, parentSchema: schema116.properties.allowed, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema116.properties.allowed, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(data1 === "hash" || data1 === "last4" || data1 === "domain" || data1 === "null" || data1 === null)) {
            const err4 = { instancePath: instancePath + "/allowed/" + i0, schemaPath: "#/$defs/maskName/enum", keyword: "enum", params: { allowedValues: schema117.enum }, schema: schema117.enum, parentSchema: schema117, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data0[i1], data0[j0])) {
                  const err5 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema116.properties.allowed, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err6 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/type", keyword: "type", params: { type: "array" }, schema: schema116.properties.allowed.type, parentSchema: schema116.properties.allowed, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.required !== void 0 && func0.call(data, "required")) {
      let data2 = data.required;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length > 200) {
          const err7 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/maxProperties", keyword: "maxProperties", params: { limit: 200 }, schema: 200, parentSchema: schema116.properties.required, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (Object.keys(data2).length < 1) {
          const err8 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema116.properties.required, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 of Object.keys(data2)) {
          const _errs8 = errors;
          if (typeof key1 === "string") {
            if (func64(key1) > 63) {
              const err9 = { instancePath: instancePath + "/required", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema112, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern12.test(key1)) {
              const err10 = { instancePath: instancePath + "/required", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema112, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/required", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema112.type, parentSchema: schema112, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var valid5 = _errs8 === errors;
          if (!valid5) {
            const err12 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, schema: schema116.properties.required.propertyNames, parentSchema: schema116.properties.required, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key2 of Object.keys(data2)) {
          let data3 = data2[key2];
          if (Array.isArray(data3)) {
            if (data3.length > 4) {
              const err13 = { instancePath: instancePath + "/required/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/required/additionalProperties/maxItems", keyword: "maxItems", params: { limit: 4 }, schema: 4, parentSchema: schema116.properties.required.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data3.length < 1) {
              const err14 = { instancePath: instancePath + "/required/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/required/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema116.properties.required.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            const len1 = data3.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data4 = data3[i2];
              if (!(data4 === "hash" || data4 === "last4" || data4 === "domain" || data4 === "null" || data4 === null)) {
                const err15 = { instancePath: instancePath + "/required/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/$defs/maskName/enum", keyword: "enum", params: { allowedValues: schema117.enum }, schema: schema117.enum, parentSchema: schema117, data: data4 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            let i3 = data3.length;
            let j1;
            if (i3 > 1) {
              outer1:
                for (; i3--; ) {
                  for (j1 = i3; j1--; ) {
                    if (func27(data3[i3], data3[j1])) {
                      const err16 = { instancePath: instancePath + "/required/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/required/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema116.properties.required.additionalProperties, data: data3 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                      break outer1;
                    }
                  }
                }
            }
          } else {
            const err17 = { instancePath: instancePath + "/required/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/required/additionalProperties/type", keyword: "type", params: { type: "array" }, schema: schema116.properties.required.additionalProperties.type, parentSchema: schema116.properties.required.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "object" }, schema: schema116.properties.required.type, parentSchema: schema116.properties.required, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema116.type, parentSchema: schema116, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0 || !func0.call(data, "name")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema109.required, parentSchema: schema109, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "name" || key0 === "columns" || key0 === "all_columns" || key0 === "sensitive" || key0 === "rows" || key0 === "masks")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema109, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0 && func0.call(data, "name")) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func64(data0) > 127) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/qualifiedTable/maxLength", keyword: "maxLength", params: { limit: 127 }, schema: 127, parentSchema: schema110, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern11.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/qualifiedTable/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema110, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/qualifiedTable/type", keyword: "type", params: { type: "string" }, schema: schema110.type, parentSchema: schema110, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      if (!validate63(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.all_columns !== void 0 && func0.call(data, "all_columns")) {
      let data2 = data.all_columns;
      if (typeof data2 !== "boolean") {
        const err5 = { instancePath: instancePath + "/all_columns", schemaPath: "#/properties/all_columns/type", keyword: "type", params: { type: "boolean" }, schema: schema109.properties.all_columns.type, parentSchema: schema109.properties.all_columns, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.sensitive !== void 0 && func0.call(data, "sensitive")) {
      let data3 = data.sensitive;
      if (Array.isArray(data3)) {
        if (data3.length > 200) {
          const err6 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/maxItems", keyword: "maxItems", params: { limit: 200 }, schema: 200, parentSchema: schema109.properties.sensitive, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data3.length < 1) {
          const err7 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema109.properties.sensitive, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func64(data4) > 63) {
              const err8 = { instancePath: instancePath + "/sensitive/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema112, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern12.test(data4)) {
              const err9 = { instancePath: instancePath + "/sensitive/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema112, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/sensitive/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema112.type, parentSchema: schema112, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data3[i1], data3[j0])) {
                  const err11 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema109.properties.sensitive, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err12 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/type", keyword: "type", params: { type: "array" }, schema: schema109.properties.sensitive.type, parentSchema: schema109.properties.sensitive, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.rows !== void 0 && func0.call(data, "rows")) {
      if (!validate65(data.rows, { instancePath: instancePath + "/rows", parentData: data, parentDataProperty: "rows", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
        errors = vErrors.length;
      }
    }
    if (data.masks !== void 0 && func0.call(data, "masks")) {
      if (!validate67(data.masks, { instancePath: instancePath + "/masks", parentData: data, parentDataProperty: "masks", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema109.type, parentSchema: schema109, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema121 = { "type": "object", "additionalProperties": false, "required": ["name", "permissions"], "properties": { "name": { "$ref": "#/$defs/repoName" }, "permissions": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/repoPermission" } } } };
var schema122 = { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" };
var schema123 = { "type": "string", "enum": ["pull", "triage", "push", "maintain"] };
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0 || !func0.call(data, "name")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.permissions === void 0 || !func0.call(data, "permissions")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permissions" }, schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "name" || key0 === "permissions")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema121, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0 && func0.call(data, "name")) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema122, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern21.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema122, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema122.type, parentSchema: schema122, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0 && func0.call(data, "permissions")) {
      let data1 = data.permissions;
      if (Array.isArray(data1)) {
        if (data1.length > 4) {
          const err6 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/maxItems", keyword: "maxItems", params: { limit: 4 }, schema: 4, parentSchema: schema121.properties.permissions, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema121.properties.permissions, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err8 = { instancePath: instancePath + "/permissions/" + i0, schemaPath: "#/$defs/repoPermission/type", keyword: "type", params: { type: "string" }, schema: schema123.type, parentSchema: schema123, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data2 === "pull" || data2 === "triage" || data2 === "push" || data2 === "maintain")) {
            const err9 = { instancePath: instancePath + "/permissions/" + i0, schemaPath: "#/$defs/repoPermission/enum", keyword: "enum", params: { allowedValues: schema123.enum }, schema: schema123.enum, parentSchema: schema123, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data1[i1], data1[j0])) {
                  const err10 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema121.properties.permissions, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err11 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, schema: schema121.properties.permissions.type, parentSchema: schema121.properties.permissions, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema121.type, parentSchema: schema121, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema106.required, parentSchema: schema106, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "privileges" || key0 === "tables" || key0 === "teams" || key0 === "repos" || key0 === "statements")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema106, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err2 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema95, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema95, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema95.type, parentSchema: schema95, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.privileges !== void 0 && func0.call(data, "privileges")) {
      let data1 = data.privileges;
      if (Array.isArray(data1)) {
        if (data1.length > 16) {
          const err5 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/maxItems", keyword: "maxItems", params: { limit: 16 }, schema: 16, parentSchema: schema106.properties.privileges, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err6 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema106.properties.privileges, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func64(data2) > 32) {
              const err7 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema108, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern10.test(data2)) {
              const err8 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z_]{0,31}$" }, schema: "^[A-Z][A-Z_]{0,31}$", parentSchema: schema108, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/type", keyword: "type", params: { type: "string" }, schema: schema108.type, parentSchema: schema108, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data1[i1], data1[j0])) {
                  const err10 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema106.properties.privileges, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err11 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/type", keyword: "type", params: { type: "array" }, schema: schema106.properties.privileges.type, parentSchema: schema106.properties.privileges, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tables !== void 0 && func0.call(data, "tables")) {
      let data3 = data.tables;
      if (Array.isArray(data3)) {
        if (data3.length > 200) {
          const err12 = { instancePath: instancePath + "/tables", schemaPath: "#/properties/tables/maxItems", keyword: "maxItems", params: { limit: 200 }, schema: 200, parentSchema: schema106.properties.tables, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data3.length < 1) {
          const err13 = { instancePath: instancePath + "/tables", schemaPath: "#/properties/tables/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema106.properties.tables, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!validate62(data3[i2], { instancePath: instancePath + "/tables/" + i2, parentData: data3, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/tables", schemaPath: "#/properties/tables/type", keyword: "type", params: { type: "array" }, schema: schema106.properties.tables.type, parentSchema: schema106.properties.tables, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.teams !== void 0 && func0.call(data, "teams")) {
      let data5 = data.teams;
      if (Array.isArray(data5)) {
        if (data5.length > 100) {
          const err15 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema106.properties.teams, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data5.length < 1) {
          const err16 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema106.properties.teams, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len2 = data5.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data6 = data5[i3];
          if (typeof data6 === "string") {
            if (func64(data6) > 100) {
              const err17 = { instancePath: instancePath + "/teams/" + i3, schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema97, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!pattern19.test(data6)) {
              const err18 = { instancePath: instancePath + "/teams/" + i3, schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema97, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/teams/" + i3, schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema97.type, parentSchema: schema97, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        let i4 = data5.length;
        let j1;
        if (i4 > 1) {
          outer1:
            for (; i4--; ) {
              for (j1 = i4; j1--; ) {
                if (func27(data5[i4], data5[j1])) {
                  const err20 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, schema: true, parentSchema: schema106.properties.teams, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err21 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "array" }, schema: schema106.properties.teams.type, parentSchema: schema106.properties.teams, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.repos !== void 0 && func0.call(data, "repos")) {
      let data7 = data.repos;
      if (Array.isArray(data7)) {
        if (data7.length > 100) {
          const err22 = { instancePath: instancePath + "/repos", schemaPath: "#/properties/repos/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema106.properties.repos, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data7.length < 1) {
          const err23 = { instancePath: instancePath + "/repos", schemaPath: "#/properties/repos/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema106.properties.repos, data: data7 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len3 = data7.length;
        for (let i5 = 0; i5 < len3; i5++) {
          if (!validate70(data7[i5], { instancePath: instancePath + "/repos/" + i5, parentData: data7, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/repos", schemaPath: "#/properties/repos/type", keyword: "type", params: { type: "array" }, schema: schema106.properties.repos.type, parentSchema: schema106.properties.repos, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.statements !== void 0 && func0.call(data, "statements")) {
      let data9 = data.statements;
      if (Array.isArray(data9)) {
        if (data9.length > 50) {
          const err25 = { instancePath: instancePath + "/statements", schemaPath: "#/properties/statements/maxItems", keyword: "maxItems", params: { limit: 50 }, schema: 50, parentSchema: schema106.properties.statements, data: data9 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data9.length < 1) {
          const err26 = { instancePath: instancePath + "/statements", schemaPath: "#/properties/statements/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema106.properties.statements, data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len4 = data9.length;
        for (let i6 = 0; i6 < len4; i6++) {
          let data10 = data9[i6];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.actions === void 0 || !func0.call(data10, "actions")) {
              const err27 = { instancePath: instancePath + "/statements/" + i6, schemaPath: "#/$defs/iamStatement/required", keyword: "required", params: { missingProperty: "actions" }, schema: schema124.required, parentSchema: schema124, data: data10 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data10.resources === void 0 || !func0.call(data10, "resources")) {
              const err28 = { instancePath: instancePath + "/statements/" + i6, schemaPath: "#/$defs/iamStatement/required", keyword: "required", params: { missingProperty: "resources" }, schema: schema124.required, parentSchema: schema124, data: data10 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key1 of Object.keys(data10)) {
              if (!(key1 === "actions" || key1 === "resources")) {
                const err29 = { instancePath: instancePath + "/statements/" + i6, schemaPath: "#/$defs/iamStatement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, schema: false, parentSchema: schema124, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data10.actions !== void 0 && func0.call(data10, "actions")) {
              let data11 = data10.actions;
              if (Array.isArray(data11)) {
                if (data11.length > 100) {
                  const err30 = { instancePath: instancePath + "/statements/" + i6 + "/actions", schemaPath: "#/$defs/iamStatement/properties/actions/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema124.properties.actions, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (data11.length < 1) {
                  const err31 = { instancePath: instancePath + "/statements/" + i6 + "/actions", schemaPath: "#/$defs/iamStatement/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.actions, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                const len5 = data11.length;
                for (let i7 = 0; i7 < len5; i7++) {
                  let data12 = data11[i7];
                  if (typeof data12 === "string") {
                    if (func64(data12) > 200) {
                      const err32 = { instancePath: instancePath + "/statements/" + i6 + "/actions/" + i7, schemaPath: "#/$defs/iamStatement/properties/actions/items/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema124.properties.actions.items, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                    if (func64(data12) < 1) {
                      const err33 = { instancePath: instancePath + "/statements/" + i6 + "/actions/" + i7, schemaPath: "#/$defs/iamStatement/properties/actions/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.actions.items, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/statements/" + i6 + "/actions/" + i7, schemaPath: "#/$defs/iamStatement/properties/actions/items/type", keyword: "type", params: { type: "string" }, schema: schema124.properties.actions.items.type, parentSchema: schema124.properties.actions.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                let i8 = data11.length;
                let j2;
                if (i8 > 1) {
                  const indices0 = {};
                  for (; i8--; ) {
                    let item0 = data11[i8];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j2 = indices0[item0];
                      const err35 = { instancePath: instancePath + "/statements/" + i6 + "/actions", schemaPath: "#/$defs/iamStatement/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j2 }, schema: true, parentSchema: schema124.properties.actions, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i8;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/statements/" + i6 + "/actions", schemaPath: "#/$defs/iamStatement/properties/actions/type", keyword: "type", params: { type: "array" }, schema: schema124.properties.actions.type, parentSchema: schema124.properties.actions, data: data11 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data10.resources !== void 0 && func0.call(data10, "resources")) {
              let data13 = data10.resources;
              if (Array.isArray(data13)) {
                if (data13.length > 100) {
                  const err37 = { instancePath: instancePath + "/statements/" + i6 + "/resources", schemaPath: "#/$defs/iamStatement/properties/resources/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema124.properties.resources, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data13.length < 1) {
                  const err38 = { instancePath: instancePath + "/statements/" + i6 + "/resources", schemaPath: "#/$defs/iamStatement/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.resources, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                const len6 = data13.length;
                for (let i9 = 0; i9 < len6; i9++) {
                  let data14 = data13[i9];
                  if (typeof data14 === "string") {
                    if (func64(data14) > 2048) {
                      const err39 = { instancePath: instancePath + "/statements/" + i6 + "/resources/" + i9, schemaPath: "#/$defs/iamStatement/properties/resources/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema124.properties.resources.items, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                    if (func64(data14) < 1) {
                      const err40 = { instancePath: instancePath + "/statements/" + i6 + "/resources/" + i9, schemaPath: "#/$defs/iamStatement/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.resources.items, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/statements/" + i6 + "/resources/" + i9, schemaPath: "#/$defs/iamStatement/properties/resources/items/type", keyword: "type", params: { type: "string" }, schema: schema124.properties.resources.items.type, parentSchema: schema124.properties.resources.items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                let i10 = data13.length;
                let j3;
                if (i10 > 1) {
                  const indices1 = {};
                  for (; i10--; ) {
                    let item1 = data13[i10];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j3 = indices1[item1];
                      const err42 = { instancePath: instancePath + "/statements/" + i6 + "/resources", schemaPath: "#/$defs/iamStatement/properties/resources/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j3 }, schema: true, parentSchema: schema124.properties.resources, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i10;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/statements/" + i6 + "/resources", schemaPath: "#/$defs/iamStatement/properties/resources/type", keyword: "type", params: { type: "array" }, schema: schema124.properties.resources.type, parentSchema: schema124.properties.resources, data: data13 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/statements/" + i6, schemaPath: "#/$defs/iamStatement/type", keyword: "type", params: { type: "object" }, schema: schema124.type, parentSchema: schema124, data: data10 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/statements", schemaPath: "#/properties/statements/type", keyword: "type", params: { type: "array" }, schema: schema106.properties.statements.type, parentSchema: schema106.properties.statements, data: data9 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema106.type, parentSchema: schema106, data };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema126 = { "type": "object", "additionalProperties": false, "required": ["target", "grants"], "properties": { "target": { "$ref": "#/$defs/name" }, "grants": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "oneOf": [{ "$ref": "#/$defs/tableSpec" }, { "$ref": "#/$defs/teamSpec" }, { "$ref": "#/$defs/repoSpec" }, { "$ref": "#/$defs/iamSpec" }] } } } };
var schema128 = { "type": "object", "additionalProperties": false, "required": ["privileges", "table"], "properties": { "privileges": { "type": "array", "minItems": 1, "maxItems": 6, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } }, "table": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" } } };
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.privileges === void 0 || !func0.call(data, "privileges")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privileges" }, schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.table === void 0 || !func0.call(data, "table")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "table" }, schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "privileges" || key0 === "table" || key0 === "columns")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema128, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.privileges !== void 0 && func0.call(data, "privileges")) {
      let data0 = data.privileges;
      if (Array.isArray(data0)) {
        if (data0.length > 6) {
          const err3 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/maxItems", keyword: "maxItems", params: { limit: 6 }, schema: 6, parentSchema: schema128.properties.privileges, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema128.properties.privileges, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func64(data1) > 32) {
              const err5 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema108, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern10.test(data1)) {
              const err6 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z_]{0,31}$" }, schema: "^[A-Z][A-Z_]{0,31}$", parentSchema: schema108, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/type", keyword: "type", params: { type: "string" }, schema: schema108.type, parentSchema: schema108, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data0[i1], data0[j0])) {
                  const err8 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema128.properties.privileges, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err9 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/type", keyword: "type", params: { type: "array" }, schema: schema128.properties.privileges.type, parentSchema: schema128.properties.privileges, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.table !== void 0 && func0.call(data, "table")) {
      let data2 = data.table;
      if (typeof data2 === "string") {
        if (func64(data2) > 127) {
          const err10 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/maxLength", keyword: "maxLength", params: { limit: 127 }, schema: 127, parentSchema: schema110, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern11.test(data2)) {
          const err11 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema110, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/type", keyword: "type", params: { type: "string" }, schema: schema110.type, parentSchema: schema110, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      if (!validate63(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema128.type, parentSchema: schema128, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema131 = { "type": "object", "additionalProperties": false, "required": ["team", "role"], "properties": { "team": { "$ref": "#/$defs/teamSlug" }, "role": { "$ref": "#/$defs/teamRole" } } };
var schema133 = { "type": "string", "enum": ["member"] };
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate77.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema131.required, parentSchema: schema131, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === void 0 || !func0.call(data, "role")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, schema: schema131.required, parentSchema: schema131, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "team" || key0 === "role")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema131, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data0 = data.team;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema97, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern19.test(data0)) {
          const err4 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema97, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema97.type, parentSchema: schema97, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.role !== void 0 && func0.call(data, "role")) {
      let data1 = data.role;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/type", keyword: "type", params: { type: "string" }, schema: schema133.type, parentSchema: schema133, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "member")) {
        const err7 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/enum", keyword: "enum", params: { allowedValues: schema133.enum }, schema: schema133.enum, parentSchema: schema133, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema131.type, parentSchema: schema131, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
validate77.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema134 = { "type": "object", "additionalProperties": false, "required": ["repo", "permission"], "properties": { "repo": { "$ref": "#/$defs/repoName" }, "permission": { "$ref": "#/$defs/repoPermission" } } };
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.repo === void 0 || !func0.call(data, "repo")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repo" }, schema: schema134.required, parentSchema: schema134, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.permission === void 0 || !func0.call(data, "permission")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permission" }, schema: schema134.required, parentSchema: schema134, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "repo" || key0 === "permission")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema134, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.repo !== void 0 && func0.call(data, "repo")) {
      let data0 = data.repo;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema122, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern21.test(data0)) {
          const err4 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema122, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema122.type, parentSchema: schema122, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.permission !== void 0 && func0.call(data, "permission")) {
      let data1 = data.permission;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/type", keyword: "type", params: { type: "string" }, schema: schema123.type, parentSchema: schema123, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "pull" || data1 === "triage" || data1 === "push" || data1 === "maintain")) {
        const err7 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/enum", keyword: "enum", params: { allowedValues: schema123.enum }, schema: schema123.enum, parentSchema: schema123, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema134.type, parentSchema: schema134, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema137 = { "type": "object", "additionalProperties": false, "required": ["iam"], "properties": { "iam": { "$ref": "#/$defs/iamStatement" } } };
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.iam === void 0 || !func0.call(data, "iam")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iam" }, schema: schema137.required, parentSchema: schema137, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "iam")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema137, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.iam !== void 0 && func0.call(data, "iam")) {
      let data0 = data.iam;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.actions === void 0 || !func0.call(data0, "actions")) {
          const err2 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/required", keyword: "required", params: { missingProperty: "actions" }, schema: schema124.required, parentSchema: schema124, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.resources === void 0 || !func0.call(data0, "resources")) {
          const err3 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/required", keyword: "required", params: { missingProperty: "resources" }, schema: schema124.required, parentSchema: schema124, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 of Object.keys(data0)) {
          if (!(key1 === "actions" || key1 === "resources")) {
            const err4 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, schema: false, parentSchema: schema124, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.actions !== void 0 && func0.call(data0, "actions")) {
          let data1 = data0.actions;
          if (Array.isArray(data1)) {
            if (data1.length > 100) {
              const err5 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema124.properties.actions, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.length < 1) {
              const err6 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.actions, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 === "string") {
                if (func64(data2) > 200) {
                  const err7 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema124.properties.actions.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                if (func64(data2) < 1) {
                  const err8 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.actions.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/type", keyword: "type", params: { type: "string" }, schema: schema124.properties.actions.items.type, parentSchema: schema124.properties.actions.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            let i1 = data1.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data1[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err10 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema124.properties.actions, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/type", keyword: "type", params: { type: "array" }, schema: schema124.properties.actions.type, parentSchema: schema124.properties.actions, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.resources !== void 0 && func0.call(data0, "resources")) {
          let data3 = data0.resources;
          if (Array.isArray(data3)) {
            if (data3.length > 100) {
              const err12 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema124.properties.resources, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data3.length < 1) {
              const err13 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.resources, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len1 = data3.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data4 = data3[i2];
              if (typeof data4 === "string") {
                if (func64(data4) > 2048) {
                  const err14 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema124.properties.resources.items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (func64(data4) < 1) {
                  const err15 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.resources.items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/type", keyword: "type", params: { type: "string" }, schema: schema124.properties.resources.items.type, parentSchema: schema124.properties.resources.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            let i3 = data3.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data3[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err17 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema124.properties.resources, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/type", keyword: "type", params: { type: "array" }, schema: schema124.properties.resources.type, parentSchema: schema124.properties.resources, data: data3 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/type", keyword: "type", params: { type: "object" }, schema: schema124.type, parentSchema: schema124, data: data0 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema137.type, parentSchema: schema137, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.grants === void 0 || !func0.call(data, "grants")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grants" }, schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "grants")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema126, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema95, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema95, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema95.type, parentSchema: schema95, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.grants !== void 0 && func0.call(data, "grants")) {
      let data1 = data.grants;
      if (Array.isArray(data1)) {
        if (data1.length > 20) {
          const err6 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/maxItems", keyword: "maxItems", params: { limit: 20 }, schema: 20, parentSchema: schema126.properties.grants, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema126.properties.grants, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs8 = errors;
          let valid4 = false;
          let passing0 = null;
          const _errs9 = errors;
          if (!validate74(data2, { instancePath: instancePath + "/grants/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs9 === errors;
          if (_valid0) {
            valid4 = true;
            passing0 = 0;
            var props0 = true;
          }
          const _errs10 = errors;
          if (!validate77(data2, { instancePath: instancePath + "/grants/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs10 === errors;
          if (_valid0 && valid4) {
            valid4 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid4 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs11 = errors;
            if (!validate79(data2, { instancePath: instancePath + "/grants/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs11 === errors;
            if (_valid0 && valid4) {
              valid4 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid4 = true;
                passing0 = 2;
                if (props0 !== true) {
                  props0 = true;
                }
              }
              const _errs12 = errors;
              if (!validate81(data2, { instancePath: instancePath + "/grants/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs12 === errors;
              if (_valid0 && valid4) {
                valid4 = false;
                passing0 = [passing0, 3];
              } else {
                if (_valid0) {
                  valid4 = true;
                  passing0 = 3;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
              }
            }
          }
          if (!valid4) {
            const err8 = { instancePath: instancePath + "/grants/" + i0, schemaPath: "#/properties/grants/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema126.properties.grants.items.oneOf, parentSchema: schema126.properties.grants.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/type", keyword: "type", params: { type: "array" }, schema: schema126.properties.grants.type, parentSchema: schema126.properties.grants, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema126.type, parentSchema: schema126, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0 || !func0.call(data, "name")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.requesters === void 0 || !func0.call(data, "requesters")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requesters" }, schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.approvals === void 0 || !func0.call(data, "approvals")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvals" }, schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.duration === void 0 || !func0.call(data, "duration")) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration" }, schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.ticket === void 0 || !func0.call(data, "ticket")) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ticket" }, schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.reason === void 0 || !func0.call(data, "reason")) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sensitive_columns === void 0 || !func0.call(data, "sensitive_columns")) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sensitive_columns" }, schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.allow === void 0 || !func0.call(data, "allow")) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "allow" }, schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!func0.call(schema94.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema94, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== void 0 && func0.call(data, "name")) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err9 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema95, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err10 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema95, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema95.type, parentSchema: schema95, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema94.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err13 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema94.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, schema: schema94.properties.description.type, parentSchema: schema94.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.requesters !== void 0 && func0.call(data, "requesters")) {
      let data2 = data.requesters;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 of Object.keys(data2)) {
          if (!(key1 === "users" || key1 === "teams")) {
            const err15 = { instancePath: instancePath + "/requesters", schemaPath: "#/properties/requesters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, schema: false, parentSchema: schema94.properties.requesters, data: data2 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.users !== void 0 && func0.call(data2, "users")) {
          let data3 = data2.users;
          if (Array.isArray(data3)) {
            if (data3.length > 500) {
              const err16 = { instancePath: instancePath + "/requesters/users", schemaPath: "#/properties/requesters/properties/users/maxItems", keyword: "maxItems", params: { limit: 500 }, schema: 500, parentSchema: schema94.properties.requesters.properties.users, data: data3 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 === "string") {
                if (func64(data4) > 39) {
                  const err17 = { instancePath: instancePath + "/requesters/users/" + i0, schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema96, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (!pattern4.test(data4)) {
                  const err18 = { instancePath: instancePath + "/requesters/users/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema96, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/requesters/users/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema96.type, parentSchema: schema96, data: data4 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            let i1 = data3.length;
            let j0;
            if (i1 > 1) {
              outer0:
                for (; i1--; ) {
                  for (j0 = i1; j0--; ) {
                    if (func27(data3[i1], data3[j0])) {
                      const err20 = { instancePath: instancePath + "/requesters/users", schemaPath: "#/properties/requesters/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema94.properties.requesters.properties.users, data: data3 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
            }
          } else {
            const err21 = { instancePath: instancePath + "/requesters/users", schemaPath: "#/properties/requesters/properties/users/type", keyword: "type", params: { type: "array" }, schema: schema94.properties.requesters.properties.users.type, parentSchema: schema94.properties.requesters.properties.users, data: data3 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.teams !== void 0 && func0.call(data2, "teams")) {
          let data5 = data2.teams;
          if (Array.isArray(data5)) {
            if (data5.length > 100) {
              const err22 = { instancePath: instancePath + "/requesters/teams", schemaPath: "#/properties/requesters/properties/teams/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema94.properties.requesters.properties.teams, data: data5 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            const len1 = data5.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data6 = data5[i2];
              if (typeof data6 === "string") {
                if (func64(data6) > 100) {
                  const err23 = { instancePath: instancePath + "/requesters/teams/" + i2, schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema97, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (!pattern19.test(data6)) {
                  const err24 = { instancePath: instancePath + "/requesters/teams/" + i2, schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema97, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/requesters/teams/" + i2, schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema97.type, parentSchema: schema97, data: data6 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            let i3 = data5.length;
            let j1;
            if (i3 > 1) {
              outer1:
                for (; i3--; ) {
                  for (j1 = i3; j1--; ) {
                    if (func27(data5[i3], data5[j1])) {
                      const err26 = { instancePath: instancePath + "/requesters/teams", schemaPath: "#/properties/requesters/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema94.properties.requesters.properties.teams, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                      break outer1;
                    }
                  }
                }
            }
          } else {
            const err27 = { instancePath: instancePath + "/requesters/teams", schemaPath: "#/properties/requesters/properties/teams/type", keyword: "type", params: { type: "array" }, schema: schema94.properties.requesters.properties.teams.type, parentSchema: schema94.properties.requesters.properties.teams, data: data5 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/requesters", schemaPath: "#/properties/requesters/type", keyword: "type", params: { type: "object" }, schema: schema94.properties.requesters.type, parentSchema: schema94.properties.requesters, data: data2 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0 && func0.call(data, "approvals")) {
      let data7 = data.approvals;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.min === void 0 || !func0.call(data7, "min")) {
          const err29 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/required", keyword: "required", params: { missingProperty: "min" }, schema: schema94.properties.approvals.required, parentSchema: schema94.properties.approvals, data: data7 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key2 of Object.keys(data7)) {
          if (!(key2 === "min" || key2 === "groups")) {
            const err30 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, schema: false, parentSchema: schema94.properties.approvals, data: data7 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data7.min !== void 0 && func0.call(data7, "min")) {
          let data8 = data7.min;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err31 = { instancePath: instancePath + "/approvals/min", schemaPath: "#/properties/approvals/properties/min/type", keyword: "type", params: { type: "integer" }, schema: schema94.properties.approvals.properties.min.type, parentSchema: schema94.properties.approvals.properties.min, data: data8 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 10 || isNaN(data8)) {
              const err32 = { instancePath: instancePath + "/approvals/min", schemaPath: "#/properties/approvals/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, schema: 10, parentSchema: schema94.properties.approvals.properties.min, data: data8 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data8 < 1 || isNaN(data8)) {
              const err33 = { instancePath: instancePath + "/approvals/min", schemaPath: "#/properties/approvals/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema94.properties.approvals.properties.min, data: data8 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        if (data7.groups !== void 0 && func0.call(data7, "groups")) {
          let data9 = data7.groups;
          if (Array.isArray(data9)) {
            if (data9.length > 10) {
              const err34 = { instancePath: instancePath + "/approvals/groups", schemaPath: "#/properties/approvals/properties/groups/maxItems", keyword: "maxItems", params: { limit: 10 }, schema: 10, parentSchema: schema94.properties.approvals.properties.groups, data: data9 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            const len2 = data9.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data10 = data9[i4];
              const _errs28 = errors;
              let valid14 = false;
              let passing0 = null;
              const _errs29 = errors;
              if (!validate57(data10, { instancePath: instancePath + "/approvals/groups/" + i4, parentData: data9, parentDataProperty: i4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs29 === errors;
              if (_valid0) {
                valid14 = true;
                passing0 = 0;
                var props0 = true;
              }
              const _errs30 = errors;
              if (!validate59(data10, { instancePath: instancePath + "/approvals/groups/" + i4, parentData: data9, parentDataProperty: i4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs30 === errors;
              if (_valid0 && valid14) {
                valid14 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid14 = true;
                  passing0 = 1;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
              }
              if (!valid14) {
                const err35 = { instancePath: instancePath + "/approvals/groups/" + i4, schemaPath: "#/properties/approvals/properties/groups/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema94.properties.approvals.properties.groups.items.oneOf, parentSchema: schema94.properties.approvals.properties.groups.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              } else {
                errors = _errs28;
                if (vErrors !== null) {
                  if (_errs28) {
                    vErrors.length = _errs28;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/approvals/groups", schemaPath: "#/properties/approvals/properties/groups/type", keyword: "type", params: { type: "array" }, schema: schema94.properties.approvals.properties.groups.type, parentSchema: schema94.properties.approvals.properties.groups, data: data9 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, schema: schema94.properties.approvals.type, parentSchema: schema94.properties.approvals, data: data7 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.duration !== void 0 && func0.call(data, "duration")) {
      let data11 = data.duration;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.max === void 0 || !func0.call(data11, "max")) {
          const err38 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/required", keyword: "required", params: { missingProperty: "max" }, schema: schema94.properties.duration.required, parentSchema: schema94.properties.duration, data: data11 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key3 of Object.keys(data11)) {
          if (!(key3 === "default" || key3 === "max")) {
            const err39 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, schema: false, parentSchema: schema94.properties.duration, data: data11 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data11.default !== void 0 && func0.call(data11, "default")) {
          let data12 = data11.default;
          if (typeof data12 === "string") {
            if (func64(data12) > 5) {
              const err40 = { instancePath: instancePath + "/duration/default", schemaPath: "#/$defs/duration/maxLength", keyword: "maxLength", params: { limit: 5 }, schema: 5, parentSchema: schema104, data: data12 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (!pattern6.test(data12)) {
              const err41 = { instancePath: instancePath + "/duration/default", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,3}[mhd]$" }, schema: "^[1-9][0-9]{0,3}[mhd]$", parentSchema: schema104, data: data12 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/duration/default", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, schema: schema104.type, parentSchema: schema104, data: data12 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data11.max !== void 0 && func0.call(data11, "max")) {
          let data13 = data11.max;
          if (typeof data13 === "string") {
            if (func64(data13) > 5) {
              const err43 = { instancePath: instancePath + "/duration/max", schemaPath: "#/$defs/duration/maxLength", keyword: "maxLength", params: { limit: 5 }, schema: 5, parentSchema: schema104, data: data13 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!pattern6.test(data13)) {
              const err44 = { instancePath: instancePath + "/duration/max", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,3}[mhd]$" }, schema: "^[1-9][0-9]{0,3}[mhd]$", parentSchema: schema104, data: data13 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/duration/max", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, schema: schema104.type, parentSchema: schema104, data: data13 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/type", keyword: "type", params: { type: "object" }, schema: schema94.properties.duration.type, parentSchema: schema94.properties.duration, data: data11 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0 && func0.call(data, "ticket")) {
      let data14 = data.ticket;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.required === void 0 || !func0.call(data14, "required")) {
          const err47 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/required", keyword: "required", params: { missingProperty: "required" }, schema: schema94.properties.ticket.required, parentSchema: schema94.properties.ticket, data: data14 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key4 of Object.keys(data14)) {
          if (!(key4 === "required" || key4 === "pattern")) {
            const err48 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, schema: false, parentSchema: schema94.properties.ticket, data: data14 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data14.required !== void 0 && func0.call(data14, "required")) {
          let data15 = data14.required;
          if (typeof data15 !== "boolean") {
            const err49 = { instancePath: instancePath + "/ticket/required", schemaPath: "#/properties/ticket/properties/required/type", keyword: "type", params: { type: "boolean" }, schema: schema94.properties.ticket.properties.required.type, parentSchema: schema94.properties.ticket.properties.required, data: data15 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data14.pattern !== void 0 && func0.call(data14, "pattern")) {
          let data16 = data14.pattern;
          if (typeof data16 === "string") {
            if (func64(data16) > 200) {
              const err50 = { instancePath: instancePath + "/ticket/pattern", schemaPath: "#/properties/ticket/properties/pattern/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema94.properties.ticket.properties.pattern, data: data16 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (func64(data16) < 2) {
              const err51 = { instancePath: instancePath + "/ticket/pattern", schemaPath: "#/properties/ticket/properties/pattern/minLength", keyword: "minLength", params: { limit: 2 }, schema: 2, parentSchema: schema94.properties.ticket.properties.pattern, data: data16 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/ticket/pattern", schemaPath: "#/properties/ticket/properties/pattern/type", keyword: "type", params: { type: "string" }, schema: schema94.properties.ticket.properties.pattern.type, parentSchema: schema94.properties.ticket.properties.pattern, data: data16 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "object" }, schema: schema94.properties.ticket.type, parentSchema: schema94.properties.ticket, data: data14 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.reason !== void 0 && func0.call(data, "reason")) {
      let data17 = data.reason;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.required === void 0 || !func0.call(data17, "required")) {
          const err54 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/required", keyword: "required", params: { missingProperty: "required" }, schema: schema94.properties.reason.required, parentSchema: schema94.properties.reason, data: data17 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key5 of Object.keys(data17)) {
          if (!(key5 === "required" || key5 === "min_length" || key5 === "max_length")) {
            const err55 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, schema: false, parentSchema: schema94.properties.reason, data: data17 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data17.required !== void 0 && func0.call(data17, "required")) {
          let data18 = data17.required;
          if (typeof data18 !== "boolean") {
            const err56 = { instancePath: instancePath + "/reason/required", schemaPath: "#/properties/reason/properties/required/type", keyword: "type", params: { type: "boolean" }, schema: schema94.properties.reason.properties.required.type, parentSchema: schema94.properties.reason.properties.required, data: data18 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data17.min_length !== void 0 && func0.call(data17, "min_length")) {
          let data19 = data17.min_length;
          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
            const err57 = { instancePath: instancePath + "/reason/min_length", schemaPath: "#/properties/reason/properties/min_length/type", keyword: "type", params: { type: "integer" }, schema: schema94.properties.reason.properties.min_length.type, parentSchema: schema94.properties.reason.properties.min_length, data: data19 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 > 1e3 || isNaN(data19)) {
              const err58 = { instancePath: instancePath + "/reason/min_length", schemaPath: "#/properties/reason/properties/min_length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, schema: 1e3, parentSchema: schema94.properties.reason.properties.min_length, data: data19 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data19 < 1 || isNaN(data19)) {
              const err59 = { instancePath: instancePath + "/reason/min_length", schemaPath: "#/properties/reason/properties/min_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema94.properties.reason.properties.min_length, data: data19 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
        }
        if (data17.max_length !== void 0 && func0.call(data17, "max_length")) {
          let data20 = data17.max_length;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err60 = { instancePath: instancePath + "/reason/max_length", schemaPath: "#/properties/reason/properties/max_length/type", keyword: "type", params: { type: "integer" }, schema: schema94.properties.reason.properties.max_length.type, parentSchema: schema94.properties.reason.properties.max_length, data: data20 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 > 1e3 || isNaN(data20)) {
              const err61 = { instancePath: instancePath + "/reason/max_length", schemaPath: "#/properties/reason/properties/max_length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, schema: 1e3, parentSchema: schema94.properties.reason.properties.max_length, data: data20 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data20 < 1 || isNaN(data20)) {
              const err62 = { instancePath: instancePath + "/reason/max_length", schemaPath: "#/properties/reason/properties/max_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema94.properties.reason.properties.max_length, data: data20 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "object" }, schema: schema94.properties.reason.type, parentSchema: schema94.properties.reason, data: data17 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.max_grants !== void 0 && func0.call(data, "max_grants")) {
      let data21 = data.max_grants;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
        const err64 = { instancePath: instancePath + "/max_grants", schemaPath: "#/properties/max_grants/type", keyword: "type", params: { type: "integer" }, schema: schema94.properties.max_grants.type, parentSchema: schema94.properties.max_grants, data: data21 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 > 20 || isNaN(data21)) {
          const err65 = { instancePath: instancePath + "/max_grants", schemaPath: "#/properties/max_grants/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, schema: 20, parentSchema: schema94.properties.max_grants, data: data21 };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (data21 < 1 || isNaN(data21)) {
          const err66 = { instancePath: instancePath + "/max_grants", schemaPath: "#/properties/max_grants/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema94.properties.max_grants, data: data21 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      }
    }
    if (data.sensitive_columns !== void 0 && func0.call(data, "sensitive_columns")) {
      let data22 = data.sensitive_columns;
      if (typeof data22 !== "string") {
        const err67 = { instancePath: instancePath + "/sensitive_columns", schemaPath: "#/properties/sensitive_columns/type", keyword: "type", params: { type: "string" }, schema: schema94.properties.sensitive_columns.type, parentSchema: schema94.properties.sensitive_columns, data: data22 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
      if (!(data22 === "flag" || data22 === "refuse")) {
        const err68 = { instancePath: instancePath + "/sensitive_columns", schemaPath: "#/properties/sensitive_columns/enum", keyword: "enum", params: { allowedValues: schema94.properties.sensitive_columns.enum }, schema: schema94.properties.sensitive_columns.enum, parentSchema: schema94.properties.sensitive_columns, data: data22 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.break_glass !== void 0 && func0.call(data, "break_glass")) {
      let data23 = data.break_glass;
      if (typeof data23 !== "boolean") {
        const err69 = { instancePath: instancePath + "/break_glass", schemaPath: "#/properties/break_glass/type", keyword: "type", params: { type: "boolean" }, schema: schema94.properties.break_glass.type, parentSchema: schema94.properties.break_glass, data: data23 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.allow !== void 0 && func0.call(data, "allow")) {
      let data24 = data.allow;
      if (Array.isArray(data24)) {
        if (data24.length > 20) {
          const err70 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/maxItems", keyword: "maxItems", params: { limit: 20 }, schema: 20, parentSchema: schema94.properties.allow, data: data24 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        if (data24.length < 1) {
          const err71 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema94.properties.allow, data: data24 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        const len3 = data24.length;
        for (let i5 = 0; i5 < len3; i5++) {
          if (!validate61(data24[i5], { instancePath: instancePath + "/allow/" + i5, parentData: data24, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, schema: schema94.properties.allow.type, parentSchema: schema94.properties.allow, data: data24 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.limits !== void 0 && func0.call(data, "limits")) {
      let data26 = data.limits;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (Object.keys(data26).length < 1) {
          const err73 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema94.properties.limits, data: data26 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        for (const key6 of Object.keys(data26)) {
          if (!(key6 === "rows_read" || key6 === "read_only" || key6 === "on_exceed")) {
            const err74 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, schema: false, parentSchema: schema94.properties.limits, data: data26 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data26.rows_read !== void 0 && func0.call(data26, "rows_read")) {
          let data27 = data26.rows_read;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err75 = { instancePath: instancePath + "/limits/rows_read", schemaPath: "#/properties/limits/properties/rows_read/type", keyword: "type", params: { type: "integer" }, schema: schema94.properties.limits.properties.rows_read.type, parentSchema: schema94.properties.limits.properties.rows_read, data: data27 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 > 1e12 || isNaN(data27)) {
              const err76 = { instancePath: instancePath + "/limits/rows_read", schemaPath: "#/properties/limits/properties/rows_read/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, schema: 1e12, parentSchema: schema94.properties.limits.properties.rows_read, data: data27 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data27 < 0 || isNaN(data27)) {
              const err77 = { instancePath: instancePath + "/limits/rows_read", schemaPath: "#/properties/limits/properties/rows_read/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema94.properties.limits.properties.rows_read, data: data27 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
        }
        if (data26.read_only !== void 0 && func0.call(data26, "read_only")) {
          let data28 = data26.read_only;
          if (typeof data28 !== "boolean") {
            const err78 = { instancePath: instancePath + "/limits/read_only", schemaPath: "#/properties/limits/properties/read_only/type", keyword: "type", params: { type: "boolean" }, schema: schema94.properties.limits.properties.read_only.type, parentSchema: schema94.properties.limits.properties.read_only, data: data28 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data26.on_exceed !== void 0 && func0.call(data26, "on_exceed")) {
          let data29 = data26.on_exceed;
          if (typeof data29 !== "string") {
            const err79 = { instancePath: instancePath + "/limits/on_exceed", schemaPath: "#/properties/limits/properties/on_exceed/type", keyword: "type", params: { type: "string" }, schema: schema94.properties.limits.properties.on_exceed.type, parentSchema: schema94.properties.limits.properties.on_exceed, data: data29 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          if (!(data29 === "alert" || data29 === "revoke")) {
            const err80 = { instancePath: instancePath + "/limits/on_exceed", schemaPath: "#/properties/limits/properties/on_exceed/enum", keyword: "enum", params: { allowedValues: schema94.properties.limits.properties.on_exceed.enum }, schema: schema94.properties.limits.properties.on_exceed.enum, parentSchema: schema94.properties.limits.properties.on_exceed, data: data29 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, schema: schema94.properties.limits.type, parentSchema: schema94.properties.limits, data: data26 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.bundles !== void 0 && func0.call(data, "bundles")) {
      let data30 = data.bundles;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (Object.keys(data30).length > 50) {
          const err82 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/maxProperties", keyword: "maxProperties", params: { limit: 50 }, schema: 50, parentSchema: schema94.properties.bundles, data: data30 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        for (const key7 of Object.keys(data30)) {
          const _errs76 = errors;
          if (typeof key7 === "string") {
            if (func64(key7) > 64) {
              const err83 = { instancePath: instancePath + "/bundles", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema95, data: key7, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            if (!pattern5.test(key7)) {
              const err84 = { instancePath: instancePath + "/bundles", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema95, data: key7, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          } else {
            const err85 = { instancePath: instancePath + "/bundles", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema95.type, parentSchema: schema95, data: key7, propertyName: key7 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          var valid23 = _errs76 === errors;
          if (!valid23) {
            const err86 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, schema: schema94.properties.bundles.propertyNames, parentSchema: schema94.properties.bundles, data: data30 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        for (const key8 of Object.keys(data30)) {
          if (!validate73(data30[key8], { instancePath: instancePath + "/bundles/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data30, parentDataProperty: key8, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/type", keyword: "type", params: { type: "object" }, schema: schema94.properties.bundles.type, parentSchema: schema94.properties.bundles, data: data30 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
  } else {
    const err88 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema94.type, parentSchema: schema94, data };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_iamSpec = validate84;
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.iam === void 0 || !func0.call(data, "iam")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iam" }, schema: schema137.required, parentSchema: schema137, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "iam")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema137, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.iam !== void 0 && func0.call(data, "iam")) {
      let data0 = data.iam;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.actions === void 0 || !func0.call(data0, "actions")) {
          const err2 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/required", keyword: "required", params: { missingProperty: "actions" }, schema: schema124.required, parentSchema: schema124, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.resources === void 0 || !func0.call(data0, "resources")) {
          const err3 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/required", keyword: "required", params: { missingProperty: "resources" }, schema: schema124.required, parentSchema: schema124, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 of Object.keys(data0)) {
          if (!(key1 === "actions" || key1 === "resources")) {
            const err4 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, schema: false, parentSchema: schema124, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.actions !== void 0 && func0.call(data0, "actions")) {
          let data1 = data0.actions;
          if (Array.isArray(data1)) {
            if (data1.length > 100) {
              const err5 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema124.properties.actions, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.length < 1) {
              const err6 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.actions, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 === "string") {
                if (func64(data2) > 200) {
                  const err7 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema124.properties.actions.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                if (func64(data2) < 1) {
                  const err8 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.actions.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/iam/actions/" + i0, schemaPath: "#/$defs/iamStatement/properties/actions/items/type", keyword: "type", params: { type: "string" }, schema: schema124.properties.actions.items.type, parentSchema: schema124.properties.actions.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            let i1 = data1.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data1[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err10 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema124.properties.actions, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/iam/actions", schemaPath: "#/$defs/iamStatement/properties/actions/type", keyword: "type", params: { type: "array" }, schema: schema124.properties.actions.type, parentSchema: schema124.properties.actions, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.resources !== void 0 && func0.call(data0, "resources")) {
          let data3 = data0.resources;
          if (Array.isArray(data3)) {
            if (data3.length > 100) {
              const err12 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema124.properties.resources, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data3.length < 1) {
              const err13 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.resources, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len1 = data3.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data4 = data3[i2];
              if (typeof data4 === "string") {
                if (func64(data4) > 2048) {
                  const err14 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema124.properties.resources.items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (func64(data4) < 1) {
                  const err15 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema124.properties.resources.items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/iam/resources/" + i2, schemaPath: "#/$defs/iamStatement/properties/resources/items/type", keyword: "type", params: { type: "string" }, schema: schema124.properties.resources.items.type, parentSchema: schema124.properties.resources.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            let i3 = data3.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data3[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err17 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema124.properties.resources, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/iam/resources", schemaPath: "#/$defs/iamStatement/properties/resources/type", keyword: "type", params: { type: "array" }, schema: schema124.properties.resources.type, parentSchema: schema124.properties.resources, data: data3 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/iam", schemaPath: "#/$defs/iamStatement/type", keyword: "type", params: { type: "object" }, schema: schema124.type, parentSchema: schema124, data: data0 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema137.type, parentSchema: schema137, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_repoSpec = validate85;
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.repo === void 0 || !func0.call(data, "repo")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repo" }, schema: schema134.required, parentSchema: schema134, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.permission === void 0 || !func0.call(data, "permission")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permission" }, schema: schema134.required, parentSchema: schema134, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "repo" || key0 === "permission")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema134, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.repo !== void 0 && func0.call(data, "repo")) {
      let data0 = data.repo;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema122, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern21.test(data0)) {
          const err4 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema122, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema122.type, parentSchema: schema122, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.permission !== void 0 && func0.call(data, "permission")) {
      let data1 = data.permission;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/type", keyword: "type", params: { type: "string" }, schema: schema123.type, parentSchema: schema123, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "pull" || data1 === "triage" || data1 === "push" || data1 === "maintain")) {
        const err7 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/enum", keyword: "enum", params: { allowedValues: schema123.enum }, schema: schema123.enum, parentSchema: schema123, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema134.type, parentSchema: schema134, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_tableSpec = validate86;
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate86.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.privileges === void 0 || !func0.call(data, "privileges")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privileges" }, schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.table === void 0 || !func0.call(data, "table")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "table" }, schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "privileges" || key0 === "table" || key0 === "columns")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema128, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.privileges !== void 0 && func0.call(data, "privileges")) {
      let data0 = data.privileges;
      if (Array.isArray(data0)) {
        if (data0.length > 6) {
          const err3 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/maxItems", keyword: "maxItems", params: { limit: 6 }, schema: 6, parentSchema: schema128.properties.privileges, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema128.properties.privileges, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func64(data1) > 32) {
              const err5 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema108, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern10.test(data1)) {
              const err6 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z_]{0,31}$" }, schema: "^[A-Z][A-Z_]{0,31}$", parentSchema: schema108, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/type", keyword: "type", params: { type: "string" }, schema: schema108.type, parentSchema: schema108, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data0[i1], data0[j0])) {
                  const err8 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema128.properties.privileges, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err9 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/type", keyword: "type", params: { type: "array" }, schema: schema128.properties.privileges.type, parentSchema: schema128.properties.privileges, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.table !== void 0 && func0.call(data, "table")) {
      let data2 = data.table;
      if (typeof data2 === "string") {
        if (func64(data2) > 127) {
          const err10 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/maxLength", keyword: "maxLength", params: { limit: 127 }, schema: 127, parentSchema: schema110, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern11.test(data2)) {
          const err11 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema110, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/type", keyword: "type", params: { type: "string" }, schema: schema110.type, parentSchema: schema110, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      if (!validate63(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema128.type, parentSchema: schema128, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate86.errors = vErrors;
  return errors === 0;
}
validate86.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_teamGroup = validate88;
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.min === void 0 || !func0.call(data, "min")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" }, schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "team" || key0 === "min")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema98, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data0 = data.team;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema97, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern19.test(data0)) {
          const err4 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema97, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema97.type, parentSchema: schema97, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.min !== void 0 && func0.call(data, "min")) {
      let data1 = data.min;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/type", keyword: "type", params: { type: "integer" }, schema: schema100.type, parentSchema: schema100, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 10 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, schema: 10, parentSchema: schema100, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema100, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema98.type, parentSchema: schema98, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_teamSpec = validate89;
function validate89(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate89.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema131.required, parentSchema: schema131, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === void 0 || !func0.call(data, "role")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, schema: schema131.required, parentSchema: schema131, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "team" || key0 === "role")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema131, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data0 = data.team;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema97, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern19.test(data0)) {
          const err4 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema97, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema97.type, parentSchema: schema97, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.role !== void 0 && func0.call(data, "role")) {
      let data1 = data.role;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/type", keyword: "type", params: { type: "string" }, schema: schema133.type, parentSchema: schema133, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "member")) {
        const err7 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/enum", keyword: "enum", params: { allowedValues: schema133.enum }, schema: schema133.enum, parentSchema: schema133, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema131.type, parentSchema: schema131, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate89.errors = vErrors;
  return errors === 0;
}
validate89.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_usersGroup = validate90;
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.users === void 0 || !func0.call(data, "users")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "users" }, schema: schema101.required, parentSchema: schema101, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.min === void 0 || !func0.call(data, "min")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" }, schema: schema101.required, parentSchema: schema101, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "users" || key0 === "min")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema101, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.users !== void 0 && func0.call(data, "users")) {
      let data0 = data.users;
      if (Array.isArray(data0)) {
        if (data0.length > 100) {
          const err3 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema101.properties.users, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema101.properties.users, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func64(data1) > 39) {
              const err5 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema96, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern4.test(data1)) {
              const err6 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema96, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema96.type, parentSchema: schema96, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data0[i1], data0[j0])) {
                  const err8 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema101.properties.users, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err9 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/type", keyword: "type", params: { type: "array" }, schema: schema101.properties.users.type, parentSchema: schema101.properties.users, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.min !== void 0 && func0.call(data, "min")) {
      let data2 = data.min;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/type", keyword: "type", params: { type: "integer" }, schema: schema100.type, parentSchema: schema100, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 10 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, schema: 10, parentSchema: schema100, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema100, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema101.type, parentSchema: schema101, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var targets = validate91;
var schema156 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://grantbook.dev/schemas/targets.schema.json", "title": "Grantbook targets", "description": "policies/targets.yaml: target name -> provider and settings. Secrets are never here: a target names the environment variable that holds them.", "type": "object", "additionalProperties": false, "required": ["targets"], "properties": { "targets": { "type": "object", "minProperties": 1, "maxProperties": 200, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/postgresTarget" }, { "$ref": "#/$defs/githubTarget" }, { "$ref": "#/$defs/mysqlTarget" }, { "$ref": "#/$defs/awsTarget" }] } } }, "$defs": { "description": { "type": "string", "minLength": 1, "maxLength": 500 }, "envName": { "type": "string", "maxLength": 128, "pattern": "^[A-Z][A-Z0-9_]{0,127}$" }, "identifier": { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" }, "teamSlug": { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, "repoName": { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, "login": { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "name": { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, "postgresTarget": { "type": "object", "additionalProperties": false, "required": ["provider", "connection_env", "grantor_role"], "properties": { "provider": { "type": "string", "enum": ["postgres"] }, "description": { "$ref": "#/$defs/description" }, "connection_env": { "$ref": "#/$defs/envName", "description": "Name of the environment variable holding the connection string." }, "grantor_role": { "$ref": "#/$defs/identifier", "description": "The role Grantbook connects as; never grantable." }, "protected_roles": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } } } }, "githubTarget": { "type": "object", "additionalProperties": false, "required": ["provider", "org", "token_env"], "properties": { "provider": { "type": "string", "enum": ["github"] }, "description": { "$ref": "#/$defs/description" }, "org": { "$ref": "#/$defs/login" }, "token_env": { "$ref": "#/$defs/envName", "description": "Name of the environment variable holding the token." }, "protected_teams": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/teamSlug" } }, "protected_repos": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/repoName" } } } }, "mysqlTarget": { "type": "object", "additionalProperties": false, "required": ["provider", "connection_env", "grantor", "databases"], "properties": { "provider": { "type": "string", "enum": ["mysql"] }, "description": { "$ref": "#/$defs/description" }, "connection_env": { "$ref": "#/$defs/envName", "description": "Name of the environment variable holding the grantor's URL (mysql://user:password@host:port/)." }, "grantor": { "$ref": "#/$defs/mysqlAccount", "description": "The account Grantbook connects as (user@host); never grantable." }, "databases": { "type": "array", "description": "The databases grants on this target may name (MySQL's schemas).", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } }, "metadata_database": { "$ref": "#/$defs/identifier", "description": "The grantor's own database (tag table, expiry events); default grantbook." }, "protected_accounts": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/mysqlAccount" } } } }, "mysqlAccount": { "type": "string", "maxLength": 300, "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$" }, "awsTarget": { "type": "object", "additionalProperties": false, "required": ["provider", "account_id", "credentials_env"], "properties": { "provider": { "type": "string", "enum": ["aws"] }, "description": { "$ref": "#/$defs/description" }, "account_id": { "$ref": "#/$defs/awsAccountId" }, "partition": { "type": "string", "enum": ["aws", "aws-cn", "aws-us-gov"], "description": "Default aws." }, "credentials_env": { "$ref": "#/$defs/envName", "description": "Prefix of the environment variables holding the grantor's credentials: <prefix>_ACCESS_KEY_ID, <prefix>_SECRET_ACCESS_KEY and <prefix>_SESSION_TOKEN (AWS: what aws-actions/configure-aws-credentials sets)." }, "permissions_boundary": { "type": "string", "maxLength": 2048, "pattern": "^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]{1,512}$", "description": "A managed policy of this account set as every request role's permissions boundary." }, "principal_accounts": { "type": "array", "maxItems": 50, "uniqueItems": true, "items": { "$ref": "#/$defs/awsAccountId" }, "description": "Other accounts whose principals identities may name (an identity account); the target's own always may." }, "protected_roles": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "maxLength": 64, "pattern": "^[A-Za-z0-9+=,.@_-]{1,64}$" }, "description": "Role names nobody may name as their principal (the grantor, break-glass roles)." } } }, "awsAccountId": { "type": "string", "maxLength": 12, "pattern": "^[0-9]{12}$" } } };
var schema157 = { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" };
var schema158 = { "type": "object", "additionalProperties": false, "required": ["provider", "connection_env", "grantor_role"], "properties": { "provider": { "type": "string", "enum": ["postgres"] }, "description": { "$ref": "#/$defs/description" }, "connection_env": { "$ref": "#/$defs/envName", "description": "Name of the environment variable holding the connection string." }, "grantor_role": { "$ref": "#/$defs/identifier", "description": "The role Grantbook connects as; never grantable." }, "protected_roles": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } } } };
var schema159 = { "type": "string", "minLength": 1, "maxLength": 500 };
var schema160 = { "type": "string", "maxLength": 128, "pattern": "^[A-Z][A-Z0-9_]{0,127}$" };
var schema161 = { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" };
var pattern67 = new RegExp("^[A-Z][A-Z0-9_]{0,127}$", "u");
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate92.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema158.required, parentSchema: schema158, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.connection_env === void 0 || !func0.call(data, "connection_env")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connection_env" }, schema: schema158.required, parentSchema: schema158, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.grantor_role === void 0 || !func0.call(data, "grantor_role")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grantor_role" }, schema: schema158.required, parentSchema: schema158, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "connection_env" || key0 === "grantor_role" || key0 === "protected_roles")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema158, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema158.properties.provider.type, parentSchema: schema158.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "postgres")) {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema158.properties.provider.enum }, schema: schema158.properties.provider.enum, parentSchema: schema158.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema159.type, parentSchema: schema159, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.connection_env !== void 0 && func0.call(data, "connection_env")) {
      let data2 = data.connection_env;
      if (typeof data2 === "string") {
        if (func64(data2) > 128) {
          const err9 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema160, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern67.test(data2)) {
          const err10 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema160, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema160.type, parentSchema: schema160, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.grantor_role !== void 0 && func0.call(data, "grantor_role")) {
      let data3 = data.grantor_role;
      if (typeof data3 === "string") {
        if (func64(data3) > 63) {
          const err12 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema161, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern12.test(data3)) {
          const err13 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema161, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema161.type, parentSchema: schema161, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.protected_roles !== void 0 && func0.call(data, "protected_roles")) {
      let data4 = data.protected_roles;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err15 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema158.properties.protected_roles, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func64(data5) > 63) {
              const err16 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema161, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern12.test(data5)) {
              const err17 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema161, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema161.type, parentSchema: schema161, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data4[i1], data4[j0])) {
                  const err19 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema158.properties.protected_roles, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err20 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/type", keyword: "type", params: { type: "array" }, schema: schema158.properties.protected_roles.type, parentSchema: schema158.properties.protected_roles, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema158.type, parentSchema: schema158, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
validate92.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema163 = { "type": "object", "additionalProperties": false, "required": ["provider", "org", "token_env"], "properties": { "provider": { "type": "string", "enum": ["github"] }, "description": { "$ref": "#/$defs/description" }, "org": { "$ref": "#/$defs/login" }, "token_env": { "$ref": "#/$defs/envName", "description": "Name of the environment variable holding the token." }, "protected_teams": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/teamSlug" } }, "protected_repos": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/repoName" } } } };
var schema165 = { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" };
var schema167 = { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" };
var schema168 = { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" };
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate94.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema163.required, parentSchema: schema163, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.org === void 0 || !func0.call(data, "org")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "org" }, schema: schema163.required, parentSchema: schema163, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.token_env === void 0 || !func0.call(data, "token_env")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "token_env" }, schema: schema163.required, parentSchema: schema163, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "org" || key0 === "token_env" || key0 === "protected_teams" || key0 === "protected_repos")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema163, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema163.properties.provider.type, parentSchema: schema163.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "github")) {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema163.properties.provider.enum }, schema: schema163.properties.provider.enum, parentSchema: schema163.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema159.type, parentSchema: schema159, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.org !== void 0 && func0.call(data, "org")) {
      let data2 = data.org;
      if (typeof data2 === "string") {
        if (func64(data2) > 39) {
          const err9 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema165, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema165, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema165.type, parentSchema: schema165, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.token_env !== void 0 && func0.call(data, "token_env")) {
      let data3 = data.token_env;
      if (typeof data3 === "string") {
        if (func64(data3) > 128) {
          const err12 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema160, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern67.test(data3)) {
          const err13 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema160, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema160.type, parentSchema: schema160, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.protected_teams !== void 0 && func0.call(data, "protected_teams")) {
      let data4 = data.protected_teams;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err15 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema163.properties.protected_teams, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func64(data5) > 100) {
              const err16 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema167, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern19.test(data5)) {
              const err17 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema167, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema167.type, parentSchema: schema167, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data4[i1], data4[j0])) {
                  const err19 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema163.properties.protected_teams, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err20 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/type", keyword: "type", params: { type: "array" }, schema: schema163.properties.protected_teams.type, parentSchema: schema163.properties.protected_teams, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.protected_repos !== void 0 && func0.call(data, "protected_repos")) {
      let data6 = data.protected_repos;
      if (Array.isArray(data6)) {
        if (data6.length > 100) {
          const err21 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema163.properties.protected_repos, data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data7 = data6[i2];
          if (typeof data7 === "string") {
            if (func64(data7) > 100) {
              const err22 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema168, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (!pattern21.test(data7)) {
              const err23 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema168, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema168.type, parentSchema: schema168, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i3 = data6.length;
        let j1;
        if (i3 > 1) {
          outer1:
            for (; i3--; ) {
              for (j1 = i3; j1--; ) {
                if (func27(data6[i3], data6[j1])) {
                  const err25 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema163.properties.protected_repos, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err26 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/type", keyword: "type", params: { type: "array" }, schema: schema163.properties.protected_repos.type, parentSchema: schema163.properties.protected_repos, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema163.type, parentSchema: schema163, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate94.errors = vErrors;
  return errors === 0;
}
validate94.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema169 = { "type": "object", "additionalProperties": false, "required": ["provider", "connection_env", "grantor", "databases"], "properties": { "provider": { "type": "string", "enum": ["mysql"] }, "description": { "$ref": "#/$defs/description" }, "connection_env": { "$ref": "#/$defs/envName", "description": "Name of the environment variable holding the grantor's URL (mysql://user:password@host:port/)." }, "grantor": { "$ref": "#/$defs/mysqlAccount", "description": "The account Grantbook connects as (user@host); never grantable." }, "databases": { "type": "array", "description": "The databases grants on this target may name (MySQL's schemas).", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } }, "metadata_database": { "$ref": "#/$defs/identifier", "description": "The grantor's own database (tag table, expiry events); default grantbook." }, "protected_accounts": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/mysqlAccount" } } } };
var schema172 = { "type": "string", "maxLength": 300, "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$" };
var pattern75 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$", "u");
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate96.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.connection_env === void 0 || !func0.call(data, "connection_env")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connection_env" }, schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.grantor === void 0 || !func0.call(data, "grantor")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grantor" }, schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.databases === void 0 || !func0.call(data, "databases")) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "databases" }, schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "connection_env" || key0 === "grantor" || key0 === "databases" || key0 === "metadata_database" || key0 === "protected_accounts")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema169, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema169.properties.provider.type, parentSchema: schema169.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data0 === "mysql")) {
        const err6 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema169.properties.provider.enum }, schema: schema169.properties.provider.enum, parentSchema: schema169.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema159.type, parentSchema: schema159, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.connection_env !== void 0 && func0.call(data, "connection_env")) {
      let data2 = data.connection_env;
      if (typeof data2 === "string") {
        if (func64(data2) > 128) {
          const err10 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema160, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern67.test(data2)) {
          const err11 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema160, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema160.type, parentSchema: schema160, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.grantor !== void 0 && func0.call(data, "grantor")) {
      let data3 = data.grantor;
      if (typeof data3 === "string") {
        if (func64(data3) > 300) {
          const err13 = { instancePath: instancePath + "/grantor", schemaPath: "#/$defs/mysqlAccount/maxLength", keyword: "maxLength", params: { limit: 300 }, schema: 300, parentSchema: schema172, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern75.test(data3)) {
          const err14 = { instancePath: instancePath + "/grantor", schemaPath: "#/$defs/mysqlAccount/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$" }, schema: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$", parentSchema: schema172, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/grantor", schemaPath: "#/$defs/mysqlAccount/type", keyword: "type", params: { type: "string" }, schema: schema172.type, parentSchema: schema172, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.databases !== void 0 && func0.call(data, "databases")) {
      let data4 = data.databases;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err16 = { instancePath: instancePath + "/databases", schemaPath: "#/properties/databases/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema169.properties.databases, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data4.length < 1) {
          const err17 = { instancePath: instancePath + "/databases", schemaPath: "#/properties/databases/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema169.properties.databases, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func64(data5) > 63) {
              const err18 = { instancePath: instancePath + "/databases/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema161, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (!pattern12.test(data5)) {
              const err19 = { instancePath: instancePath + "/databases/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema161, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/databases/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema161.type, parentSchema: schema161, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data4[i1], data4[j0])) {
                  const err21 = { instancePath: instancePath + "/databases", schemaPath: "#/properties/databases/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema169.properties.databases, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err22 = { instancePath: instancePath + "/databases", schemaPath: "#/properties/databases/type", keyword: "type", params: { type: "array" }, schema: schema169.properties.databases.type, parentSchema: schema169.properties.databases, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.metadata_database !== void 0 && func0.call(data, "metadata_database")) {
      let data6 = data.metadata_database;
      if (typeof data6 === "string") {
        if (func64(data6) > 63) {
          const err23 = { instancePath: instancePath + "/metadata_database", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema161, data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern12.test(data6)) {
          const err24 = { instancePath: instancePath + "/metadata_database", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema161, data: data6 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/metadata_database", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema161.type, parentSchema: schema161, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.protected_accounts !== void 0 && func0.call(data, "protected_accounts")) {
      let data7 = data.protected_accounts;
      if (Array.isArray(data7)) {
        if (data7.length > 100) {
          const err26 = { instancePath: instancePath + "/protected_accounts", schemaPath: "#/properties/protected_accounts/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema169.properties.protected_accounts, data: data7 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data8 = data7[i2];
          if (typeof data8 === "string") {
            if (func64(data8) > 300) {
              const err27 = { instancePath: instancePath + "/protected_accounts/" + i2, schemaPath: "#/$defs/mysqlAccount/maxLength", keyword: "maxLength", params: { limit: 300 }, schema: 300, parentSchema: schema172, data: data8 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (!pattern75.test(data8)) {
              const err28 = { instancePath: instancePath + "/protected_accounts/" + i2, schemaPath: "#/$defs/mysqlAccount/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$" }, schema: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$", parentSchema: schema172, data: data8 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/protected_accounts/" + i2, schemaPath: "#/$defs/mysqlAccount/type", keyword: "type", params: { type: "string" }, schema: schema172.type, parentSchema: schema172, data: data8 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let i3 = data7.length;
        let j1;
        if (i3 > 1) {
          outer1:
            for (; i3--; ) {
              for (j1 = i3; j1--; ) {
                if (func27(data7[i3], data7[j1])) {
                  const err30 = { instancePath: instancePath + "/protected_accounts", schemaPath: "#/properties/protected_accounts/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema169.properties.protected_accounts, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err31 = { instancePath: instancePath + "/protected_accounts", schemaPath: "#/properties/protected_accounts/type", keyword: "type", params: { type: "array" }, schema: schema169.properties.protected_accounts.type, parentSchema: schema169.properties.protected_accounts, data: data7 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema169.type, parentSchema: schema169, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate96.errors = vErrors;
  return errors === 0;
}
validate96.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema176 = { "type": "object", "additionalProperties": false, "required": ["provider", "account_id", "credentials_env"], "properties": { "provider": { "type": "string", "enum": ["aws"] }, "description": { "$ref": "#/$defs/description" }, "account_id": { "$ref": "#/$defs/awsAccountId" }, "partition": { "type": "string", "enum": ["aws", "aws-cn", "aws-us-gov"], "description": "Default aws." }, "credentials_env": { "$ref": "#/$defs/envName", "description": "Prefix of the environment variables holding the grantor's credentials: <prefix>_ACCESS_KEY_ID, <prefix>_SECRET_ACCESS_KEY and <prefix>_SESSION_TOKEN (AWS: what aws-actions/configure-aws-credentials sets)." }, "permissions_boundary": { "type": "string", "maxLength": 2048, "pattern": "^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]{1,512}$", "description": "A managed policy of this account set as every request role's permissions boundary." }, "principal_accounts": { "type": "array", "maxItems": 50, "uniqueItems": true, "items": { "$ref": "#/$defs/awsAccountId" }, "description": "Other accounts whose principals identities may name (an identity account); the target's own always may." }, "protected_roles": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "maxLength": 64, "pattern": "^[A-Za-z0-9+=,.@_-]{1,64}$" }, "description": "Role names nobody may name as their principal (the grantor, break-glass roles)." } } };
var schema178 = { "type": "string", "maxLength": 12, "pattern": "^[0-9]{12}$" };
var pattern79 = new RegExp("^[0-9]{12}$", "u");
var pattern81 = new RegExp("^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]{1,512}$", "u");
var pattern83 = new RegExp("^[A-Za-z0-9+=,.@_-]{1,64}$", "u");
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema176.required, parentSchema: schema176, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.account_id === void 0 || !func0.call(data, "account_id")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account_id" }, schema: schema176.required, parentSchema: schema176, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.credentials_env === void 0 || !func0.call(data, "credentials_env")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "credentials_env" }, schema: schema176.required, parentSchema: schema176, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "account_id" || key0 === "partition" || key0 === "credentials_env" || key0 === "permissions_boundary" || key0 === "principal_accounts" || key0 === "protected_roles")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema176, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema176.properties.provider.type, parentSchema: schema176.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "aws")) {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema176.properties.provider.enum }, schema: schema176.properties.provider.enum, parentSchema: schema176.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema159.type, parentSchema: schema159, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.account_id !== void 0 && func0.call(data, "account_id")) {
      let data2 = data.account_id;
      if (typeof data2 === "string") {
        if (func64(data2) > 12) {
          const err9 = { instancePath: instancePath + "/account_id", schemaPath: "#/$defs/awsAccountId/maxLength", keyword: "maxLength", params: { limit: 12 }, schema: 12, parentSchema: schema178, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern79.test(data2)) {
          const err10 = { instancePath: instancePath + "/account_id", schemaPath: "#/$defs/awsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, schema: "^[0-9]{12}$", parentSchema: schema178, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/account_id", schemaPath: "#/$defs/awsAccountId/type", keyword: "type", params: { type: "string" }, schema: schema178.type, parentSchema: schema178, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.partition !== void 0 && func0.call(data, "partition")) {
      let data3 = data.partition;
      if (typeof data3 !== "string") {
        const err12 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/type", keyword: "type", params: { type: "string" }, schema: schema176.properties.partition.type, parentSchema: schema176.properties.partition, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data3 === "aws" || data3 === "aws-cn" || data3 === "aws-us-gov")) {
        const err13 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/enum", keyword: "enum", params: { allowedValues: schema176.properties.partition.enum }, schema: schema176.properties.partition.enum, parentSchema: schema176.properties.partition, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.credentials_env !== void 0 && func0.call(data, "credentials_env")) {
      let data4 = data.credentials_env;
      if (typeof data4 === "string") {
        if (func64(data4) > 128) {
          const err14 = { instancePath: instancePath + "/credentials_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema160, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern67.test(data4)) {
          const err15 = { instancePath: instancePath + "/credentials_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema160, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/credentials_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema160.type, parentSchema: schema160, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.permissions_boundary !== void 0 && func0.call(data, "permissions_boundary")) {
      let data5 = data.permissions_boundary;
      if (typeof data5 === "string") {
        if (func64(data5) > 2048) {
          const err17 = { instancePath: instancePath + "/permissions_boundary", schemaPath: "#/properties/permissions_boundary/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema176.properties.permissions_boundary, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (!pattern81.test(data5)) {
          const err18 = { instancePath: instancePath + "/permissions_boundary", schemaPath: "#/properties/permissions_boundary/pattern", keyword: "pattern", params: { pattern: "^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]{1,512}$" }, schema: "^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]{1,512}$", parentSchema: schema176.properties.permissions_boundary, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/permissions_boundary", schemaPath: "#/properties/permissions_boundary/type", keyword: "type", params: { type: "string" }, schema: schema176.properties.permissions_boundary.type, parentSchema: schema176.properties.permissions_boundary, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.principal_accounts !== void 0 && func0.call(data, "principal_accounts")) {
      let data6 = data.principal_accounts;
      if (Array.isArray(data6)) {
        if (data6.length > 50) {
          const err20 = { instancePath: instancePath + "/principal_accounts", schemaPath: "#/properties/principal_accounts/maxItems", keyword: "maxItems", params: { limit: 50 }, schema: 50, parentSchema: schema176.properties.principal_accounts, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (func64(data7) > 12) {
              const err21 = { instancePath: instancePath + "/principal_accounts/" + i0, schemaPath: "#/$defs/awsAccountId/maxLength", keyword: "maxLength", params: { limit: 12 }, schema: 12, parentSchema: schema178, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (!pattern79.test(data7)) {
              const err22 = { instancePath: instancePath + "/principal_accounts/" + i0, schemaPath: "#/$defs/awsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, schema: "^[0-9]{12}$", parentSchema: schema178, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/principal_accounts/" + i0, schemaPath: "#/$defs/awsAccountId/type", keyword: "type", params: { type: "string" }, schema: schema178.type, parentSchema: schema178, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data6[i1], data6[j0])) {
                  const err24 = { instancePath: instancePath + "/principal_accounts", schemaPath: "#/properties/principal_accounts/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema176.properties.principal_accounts, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err25 = { instancePath: instancePath + "/principal_accounts", schemaPath: "#/properties/principal_accounts/type", keyword: "type", params: { type: "array" }, schema: schema176.properties.principal_accounts.type, parentSchema: schema176.properties.principal_accounts, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.protected_roles !== void 0 && func0.call(data, "protected_roles")) {
      let data8 = data.protected_roles;
      if (Array.isArray(data8)) {
        if (data8.length > 100) {
          const err26 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema176.properties.protected_roles, data: data8 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data9 = data8[i2];
          if (typeof data9 === "string") {
            if (func64(data9) > 64) {
              const err27 = { instancePath: instancePath + "/protected_roles/" + i2, schemaPath: "#/properties/protected_roles/items/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema176.properties.protected_roles.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (!pattern83.test(data9)) {
              const err28 = { instancePath: instancePath + "/protected_roles/" + i2, schemaPath: "#/properties/protected_roles/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+=,.@_-]{1,64}$" }, schema: "^[A-Za-z0-9+=,.@_-]{1,64}$", parentSchema: schema176.properties.protected_roles.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/protected_roles/" + i2, schemaPath: "#/properties/protected_roles/items/type", keyword: "type", params: { type: "string" }, schema: schema176.properties.protected_roles.items.type, parentSchema: schema176.properties.protected_roles.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let i3 = data8.length;
        let j1;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--; ) {
            let item0 = data8[i3];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j1 = indices0[item0];
              const err30 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema176.properties.protected_roles, data: data8 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/type", keyword: "type", params: { type: "array" }, schema: schema176.properties.protected_roles.type, parentSchema: schema176.properties.protected_roles, data: data8 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema176.type, parentSchema: schema176, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate91(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.targets === void 0 || !func0.call(data, "targets")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targets" }, schema: schema156.required, parentSchema: schema156, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "targets")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema156, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.targets !== void 0 && func0.call(data, "targets")) {
      let data0 = data.targets;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 200) {
          const err2 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/maxProperties", keyword: "maxProperties", params: { limit: 200 }, schema: 200, parentSchema: schema156.properties.targets, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (Object.keys(data0).length < 1) {
          const err3 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema156.properties.targets, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 of Object.keys(data0)) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (func64(key1) > 64) {
              const err4 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema157, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern5.test(key1)) {
              const err5 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema157, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema157.type, parentSchema: schema157, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err7 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, schema: schema156.properties.targets.propertyNames, parentSchema: schema156.properties.targets, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 of Object.keys(data0)) {
          let data1 = data0[key2];
          const _errs9 = errors;
          let valid4 = false;
          let passing0 = null;
          const _errs10 = errors;
          if (!validate92(data1, { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs10 === errors;
          if (_valid0) {
            valid4 = true;
            passing0 = 0;
            var props0 = true;
          }
          const _errs11 = errors;
          if (!validate94(data1, { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs11 === errors;
          if (_valid0 && valid4) {
            valid4 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid4 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs12 = errors;
            if (!validate96(data1, { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs12 === errors;
            if (_valid0 && valid4) {
              valid4 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid4 = true;
                passing0 = 2;
                if (props0 !== true) {
                  props0 = true;
                }
              }
              const _errs13 = errors;
              if (!validate98(data1, { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs13 === errors;
              if (_valid0 && valid4) {
                valid4 = false;
                passing0 = [passing0, 3];
              } else {
                if (_valid0) {
                  valid4 = true;
                  passing0 = 3;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
              }
            }
          }
          if (!valid4) {
            const err8 = { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/targets/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema156.properties.targets.additionalProperties.oneOf, parentSchema: schema156.properties.targets.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "object" }, schema: schema156.properties.targets.type, parentSchema: schema156.properties.targets, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema156.type, parentSchema: schema156, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var targets_awsTarget = validate100;
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate100.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema176.required, parentSchema: schema176, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.account_id === void 0 || !func0.call(data, "account_id")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account_id" }, schema: schema176.required, parentSchema: schema176, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.credentials_env === void 0 || !func0.call(data, "credentials_env")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "credentials_env" }, schema: schema176.required, parentSchema: schema176, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "account_id" || key0 === "partition" || key0 === "credentials_env" || key0 === "permissions_boundary" || key0 === "principal_accounts" || key0 === "protected_roles")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema176, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema176.properties.provider.type, parentSchema: schema176.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "aws")) {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema176.properties.provider.enum }, schema: schema176.properties.provider.enum, parentSchema: schema176.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema159.type, parentSchema: schema159, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.account_id !== void 0 && func0.call(data, "account_id")) {
      let data2 = data.account_id;
      if (typeof data2 === "string") {
        if (func64(data2) > 12) {
          const err9 = { instancePath: instancePath + "/account_id", schemaPath: "#/$defs/awsAccountId/maxLength", keyword: "maxLength", params: { limit: 12 }, schema: 12, parentSchema: schema178, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern79.test(data2)) {
          const err10 = { instancePath: instancePath + "/account_id", schemaPath: "#/$defs/awsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, schema: "^[0-9]{12}$", parentSchema: schema178, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/account_id", schemaPath: "#/$defs/awsAccountId/type", keyword: "type", params: { type: "string" }, schema: schema178.type, parentSchema: schema178, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.partition !== void 0 && func0.call(data, "partition")) {
      let data3 = data.partition;
      if (typeof data3 !== "string") {
        const err12 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/type", keyword: "type", params: { type: "string" }, schema: schema176.properties.partition.type, parentSchema: schema176.properties.partition, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data3 === "aws" || data3 === "aws-cn" || data3 === "aws-us-gov")) {
        const err13 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/enum", keyword: "enum", params: { allowedValues: schema176.properties.partition.enum }, schema: schema176.properties.partition.enum, parentSchema: schema176.properties.partition, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.credentials_env !== void 0 && func0.call(data, "credentials_env")) {
      let data4 = data.credentials_env;
      if (typeof data4 === "string") {
        if (func64(data4) > 128) {
          const err14 = { instancePath: instancePath + "/credentials_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema160, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern67.test(data4)) {
          const err15 = { instancePath: instancePath + "/credentials_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema160, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/credentials_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema160.type, parentSchema: schema160, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.permissions_boundary !== void 0 && func0.call(data, "permissions_boundary")) {
      let data5 = data.permissions_boundary;
      if (typeof data5 === "string") {
        if (func64(data5) > 2048) {
          const err17 = { instancePath: instancePath + "/permissions_boundary", schemaPath: "#/properties/permissions_boundary/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema176.properties.permissions_boundary, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (!pattern81.test(data5)) {
          const err18 = { instancePath: instancePath + "/permissions_boundary", schemaPath: "#/properties/permissions_boundary/pattern", keyword: "pattern", params: { pattern: "^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]{1,512}$" }, schema: "^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]{1,512}$", parentSchema: schema176.properties.permissions_boundary, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/permissions_boundary", schemaPath: "#/properties/permissions_boundary/type", keyword: "type", params: { type: "string" }, schema: schema176.properties.permissions_boundary.type, parentSchema: schema176.properties.permissions_boundary, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.principal_accounts !== void 0 && func0.call(data, "principal_accounts")) {
      let data6 = data.principal_accounts;
      if (Array.isArray(data6)) {
        if (data6.length > 50) {
          const err20 = { instancePath: instancePath + "/principal_accounts", schemaPath: "#/properties/principal_accounts/maxItems", keyword: "maxItems", params: { limit: 50 }, schema: 50, parentSchema: schema176.properties.principal_accounts, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (func64(data7) > 12) {
              const err21 = { instancePath: instancePath + "/principal_accounts/" + i0, schemaPath: "#/$defs/awsAccountId/maxLength", keyword: "maxLength", params: { limit: 12 }, schema: 12, parentSchema: schema178, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (!pattern79.test(data7)) {
              const err22 = { instancePath: instancePath + "/principal_accounts/" + i0, schemaPath: "#/$defs/awsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, schema: "^[0-9]{12}$", parentSchema: schema178, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/principal_accounts/" + i0, schemaPath: "#/$defs/awsAccountId/type", keyword: "type", params: { type: "string" }, schema: schema178.type, parentSchema: schema178, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data6[i1], data6[j0])) {
                  const err24 = { instancePath: instancePath + "/principal_accounts", schemaPath: "#/properties/principal_accounts/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema176.properties.principal_accounts, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err25 = { instancePath: instancePath + "/principal_accounts", schemaPath: "#/properties/principal_accounts/type", keyword: "type", params: { type: "array" }, schema: schema176.properties.principal_accounts.type, parentSchema: schema176.properties.principal_accounts, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.protected_roles !== void 0 && func0.call(data, "protected_roles")) {
      let data8 = data.protected_roles;
      if (Array.isArray(data8)) {
        if (data8.length > 100) {
          const err26 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema176.properties.protected_roles, data: data8 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data9 = data8[i2];
          if (typeof data9 === "string") {
            if (func64(data9) > 64) {
              const err27 = { instancePath: instancePath + "/protected_roles/" + i2, schemaPath: "#/properties/protected_roles/items/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema176.properties.protected_roles.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (!pattern83.test(data9)) {
              const err28 = { instancePath: instancePath + "/protected_roles/" + i2, schemaPath: "#/properties/protected_roles/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+=,.@_-]{1,64}$" }, schema: "^[A-Za-z0-9+=,.@_-]{1,64}$", parentSchema: schema176.properties.protected_roles.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/protected_roles/" + i2, schemaPath: "#/properties/protected_roles/items/type", keyword: "type", params: { type: "string" }, schema: schema176.properties.protected_roles.items.type, parentSchema: schema176.properties.protected_roles.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let i3 = data8.length;
        let j1;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--; ) {
            let item0 = data8[i3];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j1 = indices0[item0];
              const err30 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema176.properties.protected_roles, data: data8 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/type", keyword: "type", params: { type: "array" }, schema: schema176.properties.protected_roles.type, parentSchema: schema176.properties.protected_roles, data: data8 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema176.type, parentSchema: schema176, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
validate100.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var targets_githubTarget = validate101;
function validate101(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate101.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema163.required, parentSchema: schema163, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.org === void 0 || !func0.call(data, "org")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "org" }, schema: schema163.required, parentSchema: schema163, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.token_env === void 0 || !func0.call(data, "token_env")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "token_env" }, schema: schema163.required, parentSchema: schema163, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "org" || key0 === "token_env" || key0 === "protected_teams" || key0 === "protected_repos")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema163, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema163.properties.provider.type, parentSchema: schema163.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "github")) {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema163.properties.provider.enum }, schema: schema163.properties.provider.enum, parentSchema: schema163.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema159.type, parentSchema: schema159, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.org !== void 0 && func0.call(data, "org")) {
      let data2 = data.org;
      if (typeof data2 === "string") {
        if (func64(data2) > 39) {
          const err9 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema165, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema165, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema165.type, parentSchema: schema165, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.token_env !== void 0 && func0.call(data, "token_env")) {
      let data3 = data.token_env;
      if (typeof data3 === "string") {
        if (func64(data3) > 128) {
          const err12 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema160, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern67.test(data3)) {
          const err13 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema160, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema160.type, parentSchema: schema160, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.protected_teams !== void 0 && func0.call(data, "protected_teams")) {
      let data4 = data.protected_teams;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err15 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema163.properties.protected_teams, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func64(data5) > 100) {
              const err16 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema167, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern19.test(data5)) {
              const err17 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema167, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema167.type, parentSchema: schema167, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data4[i1], data4[j0])) {
                  const err19 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema163.properties.protected_teams, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err20 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/type", keyword: "type", params: { type: "array" }, schema: schema163.properties.protected_teams.type, parentSchema: schema163.properties.protected_teams, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.protected_repos !== void 0 && func0.call(data, "protected_repos")) {
      let data6 = data.protected_repos;
      if (Array.isArray(data6)) {
        if (data6.length > 100) {
          const err21 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema163.properties.protected_repos, data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data7 = data6[i2];
          if (typeof data7 === "string") {
            if (func64(data7) > 100) {
              const err22 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema168, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (!pattern21.test(data7)) {
              const err23 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema168, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema168.type, parentSchema: schema168, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i3 = data6.length;
        let j1;
        if (i3 > 1) {
          outer1:
            for (; i3--; ) {
              for (j1 = i3; j1--; ) {
                if (func27(data6[i3], data6[j1])) {
                  const err25 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema163.properties.protected_repos, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err26 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/type", keyword: "type", params: { type: "array" }, schema: schema163.properties.protected_repos.type, parentSchema: schema163.properties.protected_repos, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema163.type, parentSchema: schema163, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
validate101.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var targets_mysqlTarget = validate102;
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate102.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.connection_env === void 0 || !func0.call(data, "connection_env")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connection_env" }, schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.grantor === void 0 || !func0.call(data, "grantor")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grantor" }, schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.databases === void 0 || !func0.call(data, "databases")) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "databases" }, schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "connection_env" || key0 === "grantor" || key0 === "databases" || key0 === "metadata_database" || key0 === "protected_accounts")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema169, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema169.properties.provider.type, parentSchema: schema169.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data0 === "mysql")) {
        const err6 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema169.properties.provider.enum }, schema: schema169.properties.provider.enum, parentSchema: schema169.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema159.type, parentSchema: schema159, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.connection_env !== void 0 && func0.call(data, "connection_env")) {
      let data2 = data.connection_env;
      if (typeof data2 === "string") {
        if (func64(data2) > 128) {
          const err10 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema160, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern67.test(data2)) {
          const err11 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema160, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema160.type, parentSchema: schema160, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.grantor !== void 0 && func0.call(data, "grantor")) {
      let data3 = data.grantor;
      if (typeof data3 === "string") {
        if (func64(data3) > 300) {
          const err13 = { instancePath: instancePath + "/grantor", schemaPath: "#/$defs/mysqlAccount/maxLength", keyword: "maxLength", params: { limit: 300 }, schema: 300, parentSchema: schema172, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern75.test(data3)) {
          const err14 = { instancePath: instancePath + "/grantor", schemaPath: "#/$defs/mysqlAccount/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$" }, schema: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$", parentSchema: schema172, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/grantor", schemaPath: "#/$defs/mysqlAccount/type", keyword: "type", params: { type: "string" }, schema: schema172.type, parentSchema: schema172, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.databases !== void 0 && func0.call(data, "databases")) {
      let data4 = data.databases;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err16 = { instancePath: instancePath + "/databases", schemaPath: "#/properties/databases/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema169.properties.databases, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data4.length < 1) {
          const err17 = { instancePath: instancePath + "/databases", schemaPath: "#/properties/databases/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema169.properties.databases, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func64(data5) > 63) {
              const err18 = { instancePath: instancePath + "/databases/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema161, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (!pattern12.test(data5)) {
              const err19 = { instancePath: instancePath + "/databases/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema161, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/databases/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema161.type, parentSchema: schema161, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data4[i1], data4[j0])) {
                  const err21 = { instancePath: instancePath + "/databases", schemaPath: "#/properties/databases/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema169.properties.databases, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err22 = { instancePath: instancePath + "/databases", schemaPath: "#/properties/databases/type", keyword: "type", params: { type: "array" }, schema: schema169.properties.databases.type, parentSchema: schema169.properties.databases, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.metadata_database !== void 0 && func0.call(data, "metadata_database")) {
      let data6 = data.metadata_database;
      if (typeof data6 === "string") {
        if (func64(data6) > 63) {
          const err23 = { instancePath: instancePath + "/metadata_database", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema161, data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern12.test(data6)) {
          const err24 = { instancePath: instancePath + "/metadata_database", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema161, data: data6 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/metadata_database", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema161.type, parentSchema: schema161, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.protected_accounts !== void 0 && func0.call(data, "protected_accounts")) {
      let data7 = data.protected_accounts;
      if (Array.isArray(data7)) {
        if (data7.length > 100) {
          const err26 = { instancePath: instancePath + "/protected_accounts", schemaPath: "#/properties/protected_accounts/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema169.properties.protected_accounts, data: data7 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data8 = data7[i2];
          if (typeof data8 === "string") {
            if (func64(data8) > 300) {
              const err27 = { instancePath: instancePath + "/protected_accounts/" + i2, schemaPath: "#/$defs/mysqlAccount/maxLength", keyword: "maxLength", params: { limit: 300 }, schema: 300, parentSchema: schema172, data: data8 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (!pattern75.test(data8)) {
              const err28 = { instancePath: instancePath + "/protected_accounts/" + i2, schemaPath: "#/$defs/mysqlAccount/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$" }, schema: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$", parentSchema: schema172, data: data8 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/protected_accounts/" + i2, schemaPath: "#/$defs/mysqlAccount/type", keyword: "type", params: { type: "string" }, schema: schema172.type, parentSchema: schema172, data: data8 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let i3 = data7.length;
        let j1;
        if (i3 > 1) {
          outer1:
            for (; i3--; ) {
              for (j1 = i3; j1--; ) {
                if (func27(data7[i3], data7[j1])) {
                  const err30 = { instancePath: instancePath + "/protected_accounts", schemaPath: "#/properties/protected_accounts/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema169.properties.protected_accounts, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err31 = { instancePath: instancePath + "/protected_accounts", schemaPath: "#/properties/protected_accounts/type", keyword: "type", params: { type: "array" }, schema: schema169.properties.protected_accounts.type, parentSchema: schema169.properties.protected_accounts, data: data7 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema169.type, parentSchema: schema169, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
validate102.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var targets_postgresTarget = validate103;
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate103.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema158.required, parentSchema: schema158, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.connection_env === void 0 || !func0.call(data, "connection_env")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connection_env" }, schema: schema158.required, parentSchema: schema158, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.grantor_role === void 0 || !func0.call(data, "grantor_role")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grantor_role" }, schema: schema158.required, parentSchema: schema158, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "connection_env" || key0 === "grantor_role" || key0 === "protected_roles")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema158, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema158.properties.provider.type, parentSchema: schema158.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "postgres")) {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema158.properties.provider.enum }, schema: schema158.properties.provider.enum, parentSchema: schema158.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema159, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema159.type, parentSchema: schema159, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.connection_env !== void 0 && func0.call(data, "connection_env")) {
      let data2 = data.connection_env;
      if (typeof data2 === "string") {
        if (func64(data2) > 128) {
          const err9 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema160, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern67.test(data2)) {
          const err10 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema160, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema160.type, parentSchema: schema160, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.grantor_role !== void 0 && func0.call(data, "grantor_role")) {
      let data3 = data.grantor_role;
      if (typeof data3 === "string") {
        if (func64(data3) > 63) {
          const err12 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema161, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern12.test(data3)) {
          const err13 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema161, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema161.type, parentSchema: schema161, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.protected_roles !== void 0 && func0.call(data, "protected_roles")) {
      let data4 = data.protected_roles;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err15 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema158.properties.protected_roles, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func64(data5) > 63) {
              const err16 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema161, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern12.test(data5)) {
              const err17 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema161, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema161.type, parentSchema: schema161, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data4[i1], data4[j0])) {
                  const err19 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema158.properties.protected_roles, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err20 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/type", keyword: "type", params: { type: "array" }, schema: schema158.properties.protected_roles.type, parentSchema: schema158.properties.protected_roles, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema158.type, parentSchema: schema158, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
validate103.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var identities = validate104;
var schema204 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://grantbook.dev/schemas/identities.schema.json", "title": "Grantbook identities", "description": "policies/identities.yaml: GitHub login and numeric user id -> principal on each provider. People are matched by id.", "type": "object", "additionalProperties": false, "required": ["identities"], "properties": { "identities": { "type": "array", "maxItems": 5e3, "items": { "$ref": "#/$defs/identity" } } }, "$defs": { "identity": { "type": "object", "additionalProperties": false, "required": ["login", "id"], "properties": { "login": { "$ref": "#/$defs/login" }, "id": { "type": "integer", "minimum": 1, "maximum": 9007199254740991, "description": "GitHub numeric user id (see https://api.github.com/users/<login>)." }, "targets": { "type": "object", "maxProperties": 200, "description": "Per-target principal override: target name -> PostgreSQL role or GitHub login.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/principal" } }, "postgres": { "$ref": "#/$defs/identifier", "description": "PostgreSQL login role used on every postgres target unless overridden." }, "mysql": { "type": "string", "maxLength": 300, "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$", "description": "MySQL/MariaDB account (user@host) used on every mysql target unless overridden." }, "aws": { "type": "string", "maxLength": 512, "pattern": "^arn:(?:aws|aws-cn|aws-us-gov):(?:iam::[0-9]{12}:(?:user|role)(?:/[A-Za-z0-9+=.@_-]{1,64})*/[A-Za-z0-9+=.@_-]{1,64}|sts::[0-9]{12}:assumed-role/[A-Za-z0-9+=.@_-]{1,64}/[A-Za-z0-9+=.@_-]{2,64})$", "description": "AWS principal ARN (IAM user, role, or assumed-role session) used on every aws target unless overridden." } } }, "principal": { "type": "string", "maxLength": 63, "pattern": "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$" }, "identifier": { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" }, "login": { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "name": { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" } } };
var schema205 = { "type": "object", "additionalProperties": false, "required": ["login", "id"], "properties": { "login": { "$ref": "#/$defs/login" }, "id": { "type": "integer", "minimum": 1, "maximum": 9007199254740991, "description": "GitHub numeric user id (see https://api.github.com/users/<login>)." }, "targets": { "type": "object", "maxProperties": 200, "description": "Per-target principal override: target name -> PostgreSQL role or GitHub login.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/principal" } }, "postgres": { "$ref": "#/$defs/identifier", "description": "PostgreSQL login role used on every postgres target unless overridden." }, "mysql": { "type": "string", "maxLength": 300, "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$", "description": "MySQL/MariaDB account (user@host) used on every mysql target unless overridden." }, "aws": { "type": "string", "maxLength": 512, "pattern": "^arn:(?:aws|aws-cn|aws-us-gov):(?:iam::[0-9]{12}:(?:user|role)(?:/[A-Za-z0-9+=.@_-]{1,64})*/[A-Za-z0-9+=.@_-]{1,64}|sts::[0-9]{12}:assumed-role/[A-Za-z0-9+=.@_-]{1,64}/[A-Za-z0-9+=.@_-]{2,64})$", "description": "AWS principal ARN (IAM user, role, or assumed-role session) used on every aws target unless overridden." } } };
var schema206 = { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" };
var schema207 = { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" };
var schema208 = { "type": "string", "maxLength": 63, "pattern": "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$" };
var schema209 = { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" };
var pattern103 = new RegExp("^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$", "u");
var pattern106 = new RegExp("^arn:(?:aws|aws-cn|aws-us-gov):(?:iam::[0-9]{12}:(?:user|role)(?:/[A-Za-z0-9+=.@_-]{1,64})*/[A-Za-z0-9+=.@_-]{1,64}|sts::[0-9]{12}:assumed-role/[A-Za-z0-9+=.@_-]{1,64}/[A-Za-z0-9+=.@_-]{2,64})$", "u");
function validate105(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate105.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.login === void 0 || !func0.call(data, "login")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "login" }, schema: schema205.required, parentSchema: schema205, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0 || !func0.call(data, "id")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema205.required, parentSchema: schema205, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "login" || key0 === "id" || key0 === "targets" || key0 === "postgres" || key0 === "mysql" || key0 === "aws")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema205, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.login !== void 0 && func0.call(data, "login")) {
      let data0 = data.login;
      if (typeof data0 === "string") {
        if (func64(data0) > 39) {
          const err3 = { instancePath: instancePath + "/login", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema206, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/login", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema206, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/login", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema206.type, parentSchema: schema206, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0 && func0.call(data, "id")) {
      let data1 = data.id;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, schema: schema205.properties.id.type, parentSchema: schema205.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 9007199254740991 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, schema: 9007199254740991, parentSchema: schema205.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema205.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.targets !== void 0 && func0.call(data, "targets")) {
      let data2 = data.targets;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length > 200) {
          const err9 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/maxProperties", keyword: "maxProperties", params: { limit: 200 }, schema: 200, parentSchema: schema205.properties.targets, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 of Object.keys(data2)) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (func64(key1) > 64) {
              const err10 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema207, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (!pattern5.test(key1)) {
              const err11 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema207, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema207.type, parentSchema: schema207, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var valid2 = _errs9 === errors;
          if (!valid2) {
            const err13 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, schema: schema205.properties.targets.propertyNames, parentSchema: schema205.properties.targets, data: data2 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        for (const key2 of Object.keys(data2)) {
          let data3 = data2[key2];
          if (typeof data3 === "string") {
            if (func64(data3) > 63) {
              const err14 = { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/principal/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema208, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (!pattern103.test(data3)) {
              const err15 = { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/principal/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$" }, schema: "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$", parentSchema: schema208, data: data3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/principal/type", keyword: "type", params: { type: "string" }, schema: schema208.type, parentSchema: schema208, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "object" }, schema: schema205.properties.targets.type, parentSchema: schema205.properties.targets, data: data2 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.postgres !== void 0 && func0.call(data, "postgres")) {
      let data4 = data.postgres;
      if (typeof data4 === "string") {
        if (func64(data4) > 63) {
          const err18 = { instancePath: instancePath + "/postgres", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema209, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern12.test(data4)) {
          const err19 = { instancePath: instancePath + "/postgres", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema209, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/postgres", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema209.type, parentSchema: schema209, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.mysql !== void 0 && func0.call(data, "mysql")) {
      let data5 = data.mysql;
      if (typeof data5 === "string") {
        if (func64(data5) > 300) {
          const err21 = { instancePath: instancePath + "/mysql", schemaPath: "#/properties/mysql/maxLength", keyword: "maxLength", params: { limit: 300 }, schema: 300, parentSchema: schema205.properties.mysql, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (!pattern75.test(data5)) {
          const err22 = { instancePath: instancePath + "/mysql", schemaPath: "#/properties/mysql/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$" }, schema: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$", parentSchema: schema205.properties.mysql, data: data5 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/mysql", schemaPath: "#/properties/mysql/type", keyword: "type", params: { type: "string" }, schema: schema205.properties.mysql.type, parentSchema: schema205.properties.mysql, data: data5 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.aws !== void 0 && func0.call(data, "aws")) {
      let data6 = data.aws;
      if (typeof data6 === "string") {
        if (func64(data6) > 512) {
          const err24 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/maxLength", keyword: "maxLength", params: { limit: 512 }, schema: 512, parentSchema: schema205.properties.aws, data: data6 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern106.test(data6)) {
          const err25 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/pattern", keyword: "pattern", params: { pattern: "^arn:(?:aws|aws-cn|aws-us-gov):(?:iam::[0-9]{12}:(?:user|role)(?:/[A-Za-z0-9+=.@_-]{1,64})*/[A-Za-z0-9+=.@_-]{1,64}|sts::[0-9]{12}:assumed-role/[A-Za-z0-9+=.@_-]{1,64}/[A-Za-z0-9+=.@_-]{2,64})$" }, schema: "^arn:(?:aws|aws-cn|aws-us-gov):(?:iam::[0-9]{12}:(?:user|role)(?:/[A-Za-z0-9+=.@_-]{1,64})*/[A-Za-z0-9+=.@_-]{1,64}|sts::[0-9]{12}:assumed-role/[A-Za-z0-9+=.@_-]{1,64}/[A-Za-z0-9+=.@_-]{2,64})$", parentSchema: schema205.properties.aws, data: data6 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/type", keyword: "type", params: { type: "string" }, schema: schema205.properties.aws.type, parentSchema: schema205.properties.aws, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema205.type, parentSchema: schema205, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate105.errors = vErrors;
  return errors === 0;
}
validate105.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate104.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.identities === void 0 || !func0.call(data, "identities")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identities" }, schema: schema204.required, parentSchema: schema204, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "identities")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema204, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.identities !== void 0 && func0.call(data, "identities")) {
      let data0 = data.identities;
      if (Array.isArray(data0)) {
        if (data0.length > 5e3) {
          const err2 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/maxItems", keyword: "maxItems", params: { limit: 5e3 }, schema: 5e3, parentSchema: schema204.properties.identities, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate105(data0[i0], { instancePath: instancePath + "/identities/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/type", keyword: "type", params: { type: "array" }, schema: schema204.properties.identities.type, parentSchema: schema204.properties.identities, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema204.type, parentSchema: schema204, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
validate104.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validators = { request, profile, targets, identities };
var branches = { "request:bundleGrant": request_bundleGrant, "request:iamGrant": request_iamGrant, "request:repoGrant": request_repoGrant, "request:rowInteger": request_rowInteger, "request:rowRange": request_rowRange, "request:rowText": request_rowText, "request:rowValues": request_rowValues, "request:tableGrant": request_tableGrant, "request:teamGrant": request_teamGrant, "profile:iamSpec": profile_iamSpec, "profile:repoSpec": profile_repoSpec, "profile:tableSpec": profile_tableSpec, "profile:teamGroup": profile_teamGroup, "profile:teamSpec": profile_teamSpec, "profile:usersGroup": profile_usersGroup, "targets:awsTarget": targets_awsTarget, "targets:githubTarget": targets_githubTarget, "targets:mysqlTarget": targets_mysqlTarget, "targets:postgresTarget": targets_postgresTarget };

// src/load/schemas.ts
var SCHEMAS = {
  request: access_request_schema_default,
  profile: profile_schema_default,
  targets: targets_schema_default,
  identities: identities_schema_default
};
var ONE_OF_BRANCHES = {
  bundleGrant: { key: "bundle" },
  teamGroup: { key: "team" },
  usersGroup: { key: "users" },
  rowValues: { type: "array" },
  rowRange: { type: "object" },
  rowInteger: { type: "integer" },
  rowText: { type: "string" }
};
var TARGET_DEF = /^[a-z][A-Za-z0-9]*Target$/;
var KIND_DEF = /^([a-z][A-Za-z0-9]*)(?:Grant|Spec)$/;
function objectField(value, key) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value[key] : void 0;
}
function providerSlotRules(schemas, branchKeys) {
  const out = {};
  for (const key of branchKeys) {
    const [file = "", def = ""] = key.split(":");
    if (!Object.hasOwn(schemas, file)) continue;
    if (TARGET_DEF.test(def)) {
      const values = objectField(objectField(objectField(objectField(objectField(schemas[file], "$defs"), def), "properties"), "provider"), "enum");
      if (Array.isArray(values) && values.length === 1 && typeof values[0] === "string") out[def] = { key: "provider", value: values[0] };
      continue;
    }
    const kind = KIND_DEF.exec(def)?.[1];
    if (kind !== void 0) out[def] = { key: kind };
  }
  return out;
}
var registry;
function collectNames(schema, names, patterns, def) {
  if (typeof schema !== "object" || schema === null) return;
  if (Array.isArray(schema)) {
    for (const item of schema) collectNames(item, names, patterns, def);
    return;
  }
  const record = schema;
  if (typeof record["pattern"] === "string" && def !== void 0) patterns.set(record["pattern"], def);
  for (const [key, value] of Object.entries(record)) {
    if (key === "properties" && typeof value === "object" && value !== null) {
      for (const [prop, sub] of Object.entries(value)) {
        names.add(prop);
        collectNames(sub, names, patterns, def);
      }
    } else if (key === "$defs" && typeof value === "object" && value !== null) {
      for (const [name, sub] of Object.entries(value)) collectNames(sub, names, patterns, name);
    } else {
      collectNames(value, names, patterns, def);
    }
  }
}
function makeSchemaRegistry(schemas, compiled, branchRules = {}) {
  const names = /* @__PURE__ */ new Set();
  const patterns = /* @__PURE__ */ new Map();
  for (const schema of Object.values(schemas)) collectNames(schema, names, patterns);
  const slots = providerSlotRules(schemas, Object.keys(compiled.branches));
  const rule = (rules, def) => Object.hasOwn(rules, def) ? rules[def] : void 0;
  return {
    validator(kind) {
      const fn = compiled.validators[kind];
      return fn;
    },
    branch: (kind, def) => Object.hasOwn(compiled.branches, `${kind}:${def}`) ? compiled.branches[`${kind}:${def}`] : void 0,
    patternDef: (pattern) => patterns.get(pattern),
    propertyNames: names,
    branchRule: (def) => rule(branchRules, def) ?? rule(ONE_OF_BRANCHES, def) ?? rule(slots, def)
  };
}
function build() {
  return makeSchemaRegistry(SCHEMAS, { validators, branches });
}
function schemaRegistry() {
  registry ??= build();
  return registry;
}
function installSchemaRegistry(schemas) {
  registry = schemas;
}

// src/load/schema-text.ts
var DEF_TEXT = {
  login: "a GitHub login (letters, digits and single inner hyphens, at most 39 characters)",
  name: "a name of lowercase letters, digits and inner hyphens (at most 64 characters)",
  requestId: "a request id of lowercase letters, digits and inner hyphens (at most 48 characters)",
  identifier: "a PostgreSQL identifier (lowercase letter or _, then lowercase letters, digits, _ or $; at most 63 bytes)",
  qualifiedTable: "schema.table, each part a PostgreSQL identifier (lowercase, at most 63 bytes)",
  teamSlug: "a GitHub team slug (lowercase letters, digits, - and _, at most 100 characters)",
  repoName: "a GitHub repository name (letters, digits, ., - and _, at most 100 characters; not . or ..)",
  ticket: "a ticket id like INC-4211 (letters and digits, a hyphen, then digits)",
  duration: "a duration like 15m, 2h or 3d",
  privilege: "a privilege name in capitals, like SELECT",
  envName: "an environment variable name (capital letters, digits and _)",
  principal: "a PostgreSQL role name or a GitHub login",
  rowText: "a value of letters, digits, spaces and @ . _ : + / # - (at most 200 characters; no quotes, semicolons or backslashes)",
  instant: "an instant like 2026-05-01T00:00:00Z (UTC, whole seconds)"
};
var WILDCARD_DEFS = /* @__PURE__ */ new Set(["identifier", "qualifiedTable", "teamSlug", "repoName", "privilege", "name", "login", "principal"]);
var IDENTIFIER_DEFS = /* @__PURE__ */ new Set(["identifier", "qualifiedTable", "principal"]);
var IDENT_CHARS = /^[a-z_][a-z0-9_$]*$/;
function isOverlongIdentifier(value) {
  const parts = value.split(".");
  return parts.length <= 2 && parts.every((p) => IDENT_CHARS.test(p)) && parts.some((p) => p.length > 63);
}
function closestKey(written, allowed) {
  const w = written.toLowerCase();
  const limit = w.length <= 3 ? 1 : 2;
  let best;
  let bestDistance = limit + 1;
  for (const candidate of allowed) {
    const d = editDistance(w, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit || a.length > 64) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

// src/load/credentials.ts
var CREDENTIAL_KINDS = {
  "github-token": "a GitHub token",
  "aws-access-key": "an AWS access key id",
  "slack-token": "a Slack token",
  "private-key": "a private key",
  jwt: "a JSON Web Token",
  "url-password": "a URL or connection string with an embedded password",
  "secret-assignment": "a password, secret, token or API key assignment"
};
var GITHUB = /gh[pousr]_[A-Za-z0-9]{30}|github_pat_[A-Za-z0-9_]{30}/;
var AWS = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;
var SLACK = /xox[abposr]-[0-9]{1,32}-[A-Za-z0-9-]{8}/;
var PRIVATE_KEY = /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/;
var JWT = /eyJ[A-Za-z0-9_-]{5,2048}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,8192}/g;
var MAX_JWT_CANDIDATES = 16;
var URL_PASSWORD = /[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s/?#@:]{0,256}:([^\s/?#@]{1,256})@[^\s/?#@]/g;
var ASSIGNMENT = /(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,32}[_.-]){0,4}(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret)["']?(?:\s{0,8}=\s{0,8}|:\s{0,8}(?=["'])|:(?=[^\s]))(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|([^\s"',;&]{1,256}))/gi;
var PLACEHOLDER = /^(?:\*+|x+|X+|\.+|<[^<>]*>|\[[^[\]]*\]|\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|\{\{[^{}]*\}\})$/;
var NOT_SECRET = /* @__PURE__ */ new Set(["true", "false", "yes", "no", "null", "none", "nil", "empty", "redacted", "hidden", "masked", "unset", "required", "optional"]);
var MIN_SECRET_LENGTH = 4;
function isPlaceholder(value) {
  return value.length < MIN_SECRET_LENGTH || PLACEHOLDER.test(value) || NOT_SECRET.has(value.toLowerCase());
}
function isJwtHeader(part) {
  try {
    const header = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof header === "object" && header !== null && typeof header.alg === "string";
  } catch {
    return false;
  }
}
function hasJwt(text) {
  if (!text.includes("eyJ")) return false;
  let seen = 0;
  for (const match of text.matchAll(JWT)) {
    if (isJwtHeader(match[0].slice(0, match[0].indexOf(".")))) return true;
    if (++seen >= MAX_JWT_CANDIDATES) break;
  }
  return false;
}
function hasUrlPassword(text) {
  if (!text.includes("://")) return false;
  for (const match of text.matchAll(URL_PASSWORD)) if (!isPlaceholder(match[1] ?? "")) return true;
  return false;
}
function hasAssignment(text) {
  for (const match of text.matchAll(ASSIGNMENT)) {
    const value = match[1] ?? match[2] ?? match[3] ?? "";
    if (!isPlaceholder(value)) return true;
  }
  return false;
}
var TRIGGER = /gh[pousr]_|github_pat_|AKIA|ASIA|xox[abposr]-|-----BEGIN|eyJ|:\/\/|pass|pwd|secret|token|key/i;
function findCredential(text) {
  if (text.length < 8 || !TRIGGER.test(text)) return void 0;
  if (PRIVATE_KEY.test(text)) return "private-key";
  if (GITHUB.test(text)) return "github-token";
  if (AWS.test(text)) return "aws-access-key";
  if (SLACK.test(text)) return "slack-token";
  if (hasJwt(text)) return "jwt";
  if (hasUrlPassword(text)) return "url-password";
  if (hasAssignment(text)) return "secret-assignment";
  return void 0;
}

// src/load/shown-pointer.ts
function shownPointer(pointer) {
  const names = schemaRegistry().propertyNames;
  const kept = [];
  for (const segment of pointerSegments(pointer) ?? []) {
    if (!(/^(?:0|[1-9][0-9]{0,5})$/.test(segment) || names.has(segment) || matches("name", segment))) break;
    if (findCredential(segment) !== void 0) break;
    kept.push(segment);
  }
  return joinPointer("", ...kept);
}
function fieldLabel(shown) {
  return shown === "" ? "the top level of the file" : `field "${shown.slice(1)}"`;
}

// src/load/schema-errors.ts
function typeName(value) {
  if (value === null) return "an empty value (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return "a boolean";
  return Number.isInteger(value) ? "a number" : "a number with a fraction";
}
function defOf(error) {
  const parent = error.parentSchema;
  const pattern = typeof parent?.pattern === "string" ? parent.pattern : void 0;
  return pattern === void 0 ? void 0 : schemaRegistry().patternDef(pattern);
}
function scalarFinding(error) {
  const def = defOf(error);
  const value = error.data;
  const params = error.params;
  switch (error.keyword) {
    case "type": {
      const expected = String(params["type"]);
      const found = typeName(value);
      if (def === "duration") return { code: "E_DURATION_FORMAT", message: `Expected ${DEF_TEXT["duration"]}, found ${found}.`, rank: 0 };
      if (expected === "string") return { code: "E_SCHEMA_EXPECTED_STRING", message: `Expected text, found ${found}.`, rank: 0 };
      if (expected === "boolean") return { code: "E_SCHEMA_EXPECTED_BOOLEAN", message: `Expected true or false, found ${found}.`, rank: 0 };
      if (expected === "integer" || expected === "number") {
        return { code: "E_SCHEMA_EXPECTED_INTEGER", message: `Expected a whole number, found ${found}.`, rank: 0 };
      }
      const want = expected === "object" ? "a mapping (field: value)" : expected === "array" ? "a list" : expected;
      return { code: "E_SCHEMA_TYPE", message: `Expected ${want}, found ${found}.`, rank: 0 };
    }
    case "pattern":
    case "maxLength":
    case "minLength": {
      const text = typeof value === "string" ? value : "";
      if (def !== void 0 && WILDCARD_DEFS.has(def) && text.includes("*")) {
        return { code: "E_WILDCARD", message: `Expected ${DEF_TEXT[def] ?? "an exact name"}; wildcards are not accepted.`, rank: 1 };
      }
      if (def === "duration") return { code: "E_DURATION_FORMAT", message: `Expected ${DEF_TEXT["duration"]}.`, rank: 2 };
      if (def !== void 0 && IDENTIFIER_DEFS.has(def) && isOverlongIdentifier(text)) {
        return { code: "E_IDENTIFIER_TOO_LONG", message: "A PostgreSQL identifier is longer than 63 bytes.", rank: 2 };
      }
      if (error.keyword === "pattern") {
        return {
          code: "E_SCHEMA_PATTERN",
          message: `Expected ${def === void 0 ? "the documented format" : DEF_TEXT[def] ?? "the documented format"}.`,
          rank: 4
        };
      }
      const limit = Number(params["limit"]);
      const message = error.keyword === "maxLength" ? `Text is longer than ${limit} characters.` : limit <= 1 ? "Text must not be empty." : `Text is shorter than ${limit} characters.`;
      return { code: "E_SCHEMA_LENGTH", message, rank: 3 };
    }
    case "enum":
    case "const": {
      const allowed = [...new Set((error.keyword === "enum" ? params["allowedValues"] : [params["allowedValue"]]).map(String))];
      return { code: "E_SCHEMA_ENUM", message: `Expected one of: ${allowed.join(", ")}.`, rank: 1 };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const bound = error.keyword.endsWith("inimum") ? "at least" : "at most";
      const strict = error.keyword.startsWith("exclusive") ? " (exclusive)" : "";
      return { code: "E_SCHEMA_RANGE", message: `The number must be ${bound} ${String(params["limit"])}${strict}.`, rank: 1 };
    }
    default:
      return void 0;
  }
}
function findingsFor(ctx, error, at) {
  const params = error.params;
  const show = shownPointer(at);
  const propertyName = error.propertyName;
  if (propertyName !== void 0) {
    const star = propertyName.includes("*");
    return [
      {
        code: star ? "E_WILDCARD" : "E_SCHEMA_NAME_FORMAT",
        message: star ? "A name in this mapping is a wildcard; use exact names." : `A name in this mapping is not ${DEF_TEXT["name"]}.`,
        at: joinPointer(at, propertyName),
        show,
        part: "key"
      }
    ];
  }
  switch (error.keyword) {
    case "propertyNames":
      return [];
    case "additionalProperties": {
      const key = String(params["additionalProperty"]);
      const properties = error.parentSchema?.properties ?? {};
      const allowed = Object.keys(properties);
      const guess = closestKey(key, allowed);
      const hint = guess === void 0 ? "" : ` Did you mean "${guess}"?`;
      return [
        { code: "E_SCHEMA_UNKNOWN_FIELD", message: `Unknown field; allowed here: ${allowed.join(", ")}.${hint}`, at: joinPointer(at, key), show, part: "key" }
      ];
    }
    case "required":
      return [{ code: "E_SCHEMA_MISSING_FIELD", message: `Missing required field "${String(params["missingProperty"])}".`, at, show, part: "value" }];
    case "minItems":
    case "maxItems":
    case "minProperties":
    case "maxProperties": {
      const bound = error.keyword.startsWith("min") ? "at least" : "at most";
      return [{ code: "E_SCHEMA_COUNT", message: `Needs ${bound} ${String(params["limit"])} entries.`, at, show, part: "value" }];
    }
    case "uniqueItems": {
      const i = Number(params["i"]);
      const j = Number(params["j"]);
      return [
        {
          code: "E_SCHEMA_DUPLICATE_ITEM",
          message: `Entries ${Math.min(i, j)} and ${Math.max(i, j)} (counting from 0) are the same.`,
          at: joinPointer(at, Math.max(i, j)),
          show,
          part: "value"
        }
      ];
    }
    case "oneOf":
      return oneOfFindings(ctx, error, at);
    default: {
      const scalar = scalarFinding(error);
      if (scalar !== void 0) return [{ ...scalar, at, show, part: "value" }];
      return [{ code: "E_SCHEMA_INVALID", message: `The value does not satisfy the schema (${error.keyword}).`, at, show, part: "value" }];
    }
  }
}
function oneOfFindings(ctx, error, at) {
  const show = shownPointer(at);
  const data = error.data;
  const refs = (Array.isArray(error.schema) ? error.schema : []).map((b) => (b.$ref ?? "").replace("#/$defs/", ""));
  const typed = refs.map((def) => [def, schemaRegistry().branchRule(def)]).flatMap(([def, rule]) => rule !== void 0 && "type" in rule ? [{ def, type: rule.type }] : []);
  if (typed.length > 0 && typed.length === refs.length) return typedOneOfFindings(ctx, data, typed, at);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return [{ code: "E_SCHEMA_TYPE", message: `Expected a mapping (field: value), found ${typeName(data)}.`, at, show, part: "value" }];
  }
  const record = data;
  const keyed = refs.map((def) => [def, schemaRegistry().branchRule(def)]).flatMap(([def, rule]) => rule !== void 0 && "key" in rule ? [{ def, rule }] : []);
  const meant = keyed.filter(({ rule }) => Object.hasOwn(record, rule.key) && (rule.value === void 0 || record[rule.key] === rule.value)).map(({ def }) => def);
  const first = meant[0];
  const branch = meant.length === 1 && first !== void 0 ? schemaRegistry().branch(ctx.kind, first) : void 0;
  if (branch !== void 0) {
    branch(data);
    return findingsOf(ctx, branch.errors ?? [], at);
  }
  const rules = keyed.map(({ rule }) => rule);
  const valueRule = rules.find((r) => r.value !== void 0);
  if (valueRule !== void 0) {
    const values = rules.map((r) => r.value ?? "").join(", ");
    return Object.hasOwn(record, valueRule.key) ? [
      {
        code: "E_SCHEMA_ENUM",
        message: `Expected one of: ${values}.`,
        at: joinPointer(at, valueRule.key),
        show: shownPointer(joinPointer(at, valueRule.key)),
        part: "value"
      }
    ] : [{ code: "E_SCHEMA_MISSING_FIELD", message: `Missing required field "${valueRule.key}" (one of: ${values}).`, at, show, part: "value" }];
  }
  const keys = rules.map((r) => r.key).join(", ");
  const message = meant.length === 0 ? `Needs exactly one of: ${keys}; found none.` : `Needs exactly one of: ${keys}; found ${meant.length}.`;
  return [{ code: "E_SCHEMA_ONE_OF", message, at, show, part: "value" }];
}
var TYPE_WORDS = { array: "a list", object: "a mapping (field: value)", integer: "a whole number", string: "text" };
function typedOneOfFindings(ctx, data, typed, at) {
  const own = Array.isArray(data) ? "array" : data !== null && typeof data === "object" ? "object" : typeof data === "number" ? "integer" : typeof data === "string" ? "string" : void 0;
  const meant = typed.find((t) => t.type === own);
  const branch = meant === void 0 ? void 0 : schemaRegistry().branch(ctx.kind, meant.def);
  if (branch !== void 0) {
    branch(data);
    return findingsOf(ctx, branch.errors ?? [], at);
  }
  const expected = typed.map((t) => TYPE_WORDS[t.type]).join(" or ");
  return [{ code: "E_SCHEMA_TYPE", message: `Expected ${expected}, found ${typeName(data)}.`, at, show: shownPointer(at), part: "value" }];
}
function findingsOf(ctx, errors, base) {
  const oneOfAt = errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath);
  const underOneOf = (p) => oneOfAt.some((o) => p === o || p.startsWith(`${o}/`));
  return errors.filter((e) => e.keyword === "oneOf" || !underOneOf(e.instancePath)).flatMap((e) => findingsFor(ctx, e, base + e.instancePath));
}
function schemaDiagnostics(ctx, errors) {
  const findings = findingsOf(ctx, errors, "");
  const bestRank = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.rank !== void 0) bestRank.set(f.at, Math.min(bestRank.get(f.at) ?? f.rank, f.rank));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of findings) {
    if (f.rank !== void 0 && f.rank !== bestRank.get(f.at)) continue;
    const key = `${f.code}\0${f.at}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const hit = offsetsAt(ctx.doc, f.at);
    const offset = f.part === "key" ? hit.key ?? hit.value : hit.value;
    out.push(diagnostic(f.code, f.message, { file: ctx.file, pointer: f.show, position: positionAt(ctx.text, offset) }));
  }
  out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return out.slice(0, MAX_DIAGNOSTICS_PER_FILE);
}

// src/load/utf8.ts
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 128) {
      i += 1;
      continue;
    }
    let need;
    let min;
    if (b0 >= 194 && b0 <= 223) {
      need = 1;
      min = 128;
    } else if (b0 >= 224 && b0 <= 239) {
      need = 2;
      min = 2048;
    } else if (b0 >= 240 && b0 <= 244) {
      need = 3;
      min = 65536;
    } else {
      return i;
    }
    let cp = b0 & 255 >> need + 2;
    for (let k = 1; k <= need; k += 1) {
      const b = bytes[i + k];
      if (b === void 0 || (b & 192) !== 128) return i;
      cp = cp << 6 | b & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
function bytePosition(bytes, offset) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    if (b === 10) {
      line += 1;
      column = 1;
    } else if ((b & 192) !== 128) {
      column += b >= 240 ? 2 : 1;
    }
  }
  return { line, column };
}

// src/load/text.ts
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var SUSPECT = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|\r(?!\n)|\uDB40[\uDC00-\uDC7F]/;
var BIDI = /* @__PURE__ */ new Set([1564, 8206, 8207, 8234, 8235, 8236, 8237, 8238, 8294, 8295, 8296, 8297]);
var INVISIBLE = /* @__PURE__ */ new Set([
  173,
  4447,
  4448,
  6158,
  8203,
  8204,
  8205,
  8288,
  8289,
  8290,
  8291,
  8292,
  12644,
  65279,
  65440,
  65529,
  65530,
  65531
]);
function codePointLabel(cp) {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}
function classify(cp, atFileStart) {
  if (cp === 9) return { code: "E_TEXT_TAB", what: "a tab" };
  if (cp === 0) return { code: "E_TEXT_NUL", what: "a NUL byte" };
  if (cp === 13) return { code: "E_TEXT_LONE_CR", what: "a carriage return not followed by a line feed" };
  if (cp === 65279 && atFileStart) return { code: "E_TEXT_BOM", what: "a byte order mark" };
  if (BIDI.has(cp)) return { code: "E_TEXT_BIDI", what: "a bidirectional control character" };
  if (INVISIBLE.has(cp) || cp >= 917504 && cp <= 917631) return { code: "E_TEXT_INVISIBLE", what: "an invisible character" };
  if (cp === 8232 || cp === 8233) return { code: "E_TEXT_LINE_SEPARATOR", what: "a Unicode line or paragraph separator" };
  return { code: "E_TEXT_CONTROL", what: "a control or non-character code point" };
}
function findSuspects(text, options) {
  if (!SUSPECT.test(text)) return [];
  const all = new RegExp(SUSPECT.source, "g");
  const found = [];
  for (let m = all.exec(text); m !== null && found.length < options.limit; m = all.exec(text)) {
    const codePoint = text.codePointAt(m.index) ?? 0;
    found.push({ index: m.index, codePoint, ...classify(codePoint, options.fileStart && m.index === 0) });
  }
  return found;
}
function scanText(text, file) {
  return findSuspects(text, { fileStart: true, limit: MAX_DIAGNOSTICS_PER_FILE }).map(
    (s) => diagnostic(s.code, `The file contains ${s.what} (${codePointLabel(s.codePoint)}).`, {
      file,
      pointer: "",
      position: positionAt(text, s.index)
    })
  );
}
function decodeText(bytes, file, maxBytes) {
  if (bytes.length > maxBytes) {
    return failed([
      diagnostic("E_FILE_TOO_LARGE", `The file is ${bytes.length} bytes; the limit is ${maxBytes} bytes.`, {
        file,
        pointer: "",
        position: FILE_START
      })
    ]);
  }
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    return failed([
      diagnostic("E_TEXT_ENCODING", `The file is not valid UTF-8 (first bad byte at offset ${at}).`, {
        file,
        pointer: "",
        position: bytePosition(bytes, at)
      })
    ]);
  }
  const problems = scanText(text, file);
  if (problems.length > 0) return failed(problems);
  return ok(text.includes("\r") ? text.replace(/\r\n/g, "\n") : text);
}

// src/load/strings.ts
function visitStrings(value, visit) {
  const walk = (node, path) => {
    if (typeof node === "string") return visit(node, "value", () => joinPointer("", ...path));
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i += 1) if (!walk(node[i] ?? null, [...path, i])) return false;
    } else if (node !== null && typeof node === "object") {
      for (const key of Object.keys(node)) {
        const at = [...path, key];
        if (!visit(key, "key", () => joinPointer("", ...at))) return false;
        if (!walk(node[key] ?? null, at)) return false;
      }
    }
    return true;
  };
  walk(value, []);
}

// src/load/values.ts
function where(ctx, s) {
  return { file: ctx.file, pointer: shownPointer(s.pointer), position: positionOf(ctx.doc, ctx.text, s.pointer, s.part) };
}
function subject(s) {
  const label = fieldLabel(shownPointer(s.pointer));
  return s.part === "key" ? `A key at ${label}` : `The value of ${label}`;
}
function decodedTextDiagnostics(value, ctx) {
  const found = [];
  visitStrings(value, (text, part, pointer) => {
    const [first] = findSuspects(text, { fileStart: false, limit: 1 });
    if (first === void 0) return true;
    const s = { text, part, pointer: pointer() };
    found.push(
      diagnostic(first.code, `${subject(s)} contains ${first.what} (${codePointLabel(first.codePoint)}) once its YAML escapes are decoded.`, where(ctx, s))
    );
    return found.length < MAX_DIAGNOSTICS_PER_FILE;
  });
  return found;
}
function credentialDiagnostics(value, ctx) {
  const found = [];
  visitStrings(value, (text, part, pointer) => {
    const kind = findCredential(text);
    if (kind === void 0) return true;
    const s = { text, part, pointer: pointer() };
    found.push(diagnostic("E_TEXT_CREDENTIAL", `${subject(s)} holds what looks like ${CREDENTIAL_KINDS[kind]}.`, where(ctx, s)));
    return found.length < MAX_DIAGNOSTICS_PER_FILE;
  });
  return found;
}

// src/load/load.ts
function maxBytesFor(kind) {
  return kind === "request" ? REQUEST_MAX_BYTES : POLICY_MAX_BYTES;
}
function maxNodesFor(kind) {
  return kind === "request" ? MAX_NODES_REQUEST : MAX_NODES_POLICY;
}
function loadFile(source, kind) {
  const file = displayPath(source.path);
  const text = decodeText(source.bytes, file, maxBytesFor(kind));
  if (!text.ok) return failed(text.diagnostics);
  const yaml = parseStrictYaml(text.value, file, maxNodesFor(kind));
  if (!yaml.ok) return failed(yaml.diagnostics);
  const ctx = { file, doc: yaml.value.doc, text: text.value };
  const decoded = decodedTextDiagnostics(yaml.value.value, ctx);
  if (decoded.length > 0) return failed(decoded);
  const secrets = kind === "request" ? credentialDiagnostics(yaml.value.value, ctx) : [];
  const validate = schemaRegistry().validator(kind);
  const data = yaml.value.value;
  if (!validate(data)) return failed([...secrets, ...schemaDiagnostics({ kind, ...ctx }, validate.errors ?? [])]);
  if (secrets.length > 0) return failed(secrets);
  return ok({ file, data, locate: lazyLocate(text.value) });
}

export {
  access_request_schema_default,
  identities_schema_default,
  profile_schema_default,
  targets_schema_default,
  installSchemaRegistry,
  CREDENTIAL_KINDS,
  findCredential,
  findSuspects,
  loadFile
};
