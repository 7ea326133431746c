import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Validates stand-in responses against GitHub's published OpenAPI response
 * schemas (extracted into openapi/schemas.json by scripts/extract-openapi.mjs).
 */
interface Extracted {
  readonly source: { readonly package: string; readonly version: string };
  readonly operations: Readonly<Record<string, { readonly operationId: string; readonly responses: Readonly<Record<string, unknown>> }>>;
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> };
}

export type SchemaVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const pointerToken = (s: string): string => encodeURIComponent(s.replaceAll('~', '~0').replaceAll('/', '~1'));

export class ResponseSchemas {
  readonly doc: Extracted;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    const url = new URL('./openapi/schemas.json', import.meta.url);
    this.doc = JSON.parse(readFileSync(url, 'utf8')) as Extracted;
    // OpenAPI 3.0 is close to draft-07 plus `nullable`, which Ajv reads natively;
    // strict: false lets the OpenAPI-only keywords (discriminator, readOnly...) pass.
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(this.ajv);
    this.ajv.addSchema({ ...(typelessNullable(this.doc) as object), $id: 'github' });
  }

  hasOperation(key: string): boolean {
    return key in this.doc.operations;
  }

  /** Checks one response: its status must be documented, its body must match the schema. */
  check(key: string, status: number, body: unknown, options: { strictStatus?: boolean } = {}): SchemaVerdict {
    const op = this.doc.operations[key];
    if (op === undefined) return { ok: false, reason: `no schema for ${key}` };
    let ref = `github#/operations/${pointerToken(key)}/responses/${status}`;
    if (!(String(status) in op.responses)) {
      // GitHub answers any route with 403/404/422 in its usual error body, documented or not.
      if (!options.strictStatus && status >= 400 && status < 500) ref = 'github#/components/schemas/basic-error';
      else return { ok: false, reason: `${key} does not document status ${status}` };
    } else if (op.responses[String(status)] === null) {
      // Errors described only in prose still carry GitHub's usual error body.
      if (status >= 400) ref = 'github#/components/schemas/basic-error';
      else return body === undefined ? { ok: true } : { ok: false, reason: `${key} ${status} is documented without a body` };
    }
    let validate = this.cache.get(ref);
    if (validate === undefined) {
      validate = this.ajv.compile({ $ref: ref });
      this.cache.set(ref, validate);
    }
    if (validate(body)) return { ok: true };
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
    return { ok: false, reason: `${key} ${status}: ${errors.join('; ')}` };
  }
}

/**
 * Two OpenAPI 3.0 readings Ajv does not share: `nullable: true` next to
 * oneOf/anyOf without `type` (e.g. commit.author), rewritten into
 * `anyOf: [{type: 'null'}, ...]`; and `nullable` beside an `enum` that lacks
 * null (issue.state_reason, which GitHub sends as null), where null is added.
 */
function typelessNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(typelessNullable);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = typelessNullable(v);
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
  if (out.nullable === true && out.type === undefined) {
    const { nullable: _n, ...rest } = out;
    return { anyOf: [{ type: 'null' }, rest] };
  }
  return out;
}

let shared: ResponseSchemas | undefined;

/** One compiled set per process: stand-ins started by many tests share the compiled validators. */
export function sharedResponseSchemas(): ResponseSchemas {
  shared ??= new ResponseSchemas();
  return shared;
}
