import type { ErrorObject } from 'ajv';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { LoadCode } from '../shared/codes/load.js';
import { MAX_DIAGNOSTICS_PER_FILE } from './limits.js';
import { joinPointer, offsetsAt } from './pointer.js';
import { schemaRegistry, type BranchType } from './schemas.js';
import { DEF_TEXT, IDENTIFIER_DEFS, WILDCARD_DEFS, closestKey, isOverlongIdentifier } from './schema-text.js';
import type { FileKind } from './source.js';
import { positionAt } from './source.js';
import { shownPointer } from './shown-pointer.js';
import type { ParsedDocument } from './yaml.js';

interface Context {
  readonly kind: FileKind;
  readonly file: string;
  readonly doc: ParsedDocument;
  readonly text: string;
}

/** One finding before positions are attached: `at` is where in the data, `part` which end of it. */
interface Finding {
  readonly code: LoadCode;
  readonly message: string;
  /** Pointer into the data (may hold user keys: used for positions only). */
  readonly at: string;
  /** Pointer shown to the user. */
  readonly show: string;
  readonly part: 'value' | 'key';
  /** Scalar findings at one pointer collapse to the most specific. */
  readonly rank?: number;
}

function typeName(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'a boolean';
  return Number.isInteger(value) ? 'a number' : 'a number with a fraction';
}

function defOf(error: ErrorObject): string | undefined {
  const parent = error.parentSchema as { pattern?: unknown } | undefined;
  const pattern = typeof parent?.pattern === 'string' ? parent.pattern : undefined;
  return pattern === undefined ? undefined : schemaRegistry().patternDef(pattern);
}

function scalarFinding(error: ErrorObject): Omit<Finding, 'at' | 'show' | 'part'> | undefined {
  const def = defOf(error);
  const value: unknown = error.data;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const expected = String(params['type']);
      const found = typeName(value);
      if (def === 'duration') return { code: 'E_DURATION_FORMAT', message: `Expected ${DEF_TEXT['duration']}, found ${found}.`, rank: 0 };
      if (expected === 'string') return { code: 'E_SCHEMA_EXPECTED_STRING', message: `Expected text, found ${found}.`, rank: 0 };
      if (expected === 'boolean') return { code: 'E_SCHEMA_EXPECTED_BOOLEAN', message: `Expected true or false, found ${found}.`, rank: 0 };
      if (expected === 'integer' || expected === 'number') {
        return { code: 'E_SCHEMA_EXPECTED_INTEGER', message: `Expected a whole number, found ${found}.`, rank: 0 };
      }
      const want = expected === 'object' ? 'a mapping (field: value)' : expected === 'array' ? 'a list' : expected;
      return { code: 'E_SCHEMA_TYPE', message: `Expected ${want}, found ${found}.`, rank: 0 };
    }
    case 'pattern':
    case 'maxLength':
    case 'minLength': {
      const text = typeof value === 'string' ? value : '';
      if (def !== undefined && WILDCARD_DEFS.has(def) && text.includes('*')) {
        return { code: 'E_WILDCARD', message: `Expected ${DEF_TEXT[def] ?? 'an exact name'}; wildcards are not accepted.`, rank: 1 };
      }
      if (def === 'duration') return { code: 'E_DURATION_FORMAT', message: `Expected ${DEF_TEXT['duration']}.`, rank: 2 };
      if (def !== undefined && IDENTIFIER_DEFS.has(def) && isOverlongIdentifier(text)) {
        return { code: 'E_IDENTIFIER_TOO_LONG', message: 'A PostgreSQL identifier is longer than 63 bytes.', rank: 2 };
      }
      if (error.keyword === 'pattern') {
        return {
          code: 'E_SCHEMA_PATTERN',
          message: `Expected ${def === undefined ? 'the documented format' : (DEF_TEXT[def] ?? 'the documented format')}.`,
          rank: 4,
        };
      }
      const limit = Number(params['limit']);
      const message =
        error.keyword === 'maxLength'
          ? `Text is longer than ${limit} characters.`
          : limit <= 1
            ? 'Text must not be empty.'
            : `Text is shorter than ${limit} characters.`;
      return { code: 'E_SCHEMA_LENGTH', message, rank: 3 };
    }
    case 'enum':
    case 'const': {
      // A mask may be written `null` or "null": both are the one name.
      const allowed = [...new Set((error.keyword === 'enum' ? (params['allowedValues'] as unknown[]) : [params['allowedValue']]).map(String))];
      return { code: 'E_SCHEMA_ENUM', message: `Expected one of: ${allowed.join(', ')}.`, rank: 1 };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = error.keyword.endsWith('inimum') ? 'at least' : 'at most';
      const strict = error.keyword.startsWith('exclusive') ? ' (exclusive)' : '';
      return { code: 'E_SCHEMA_RANGE', message: `The number must be ${bound} ${String(params['limit'])}${strict}.`, rank: 1 };
    }
    default:
      return undefined;
  }
}

function findingsFor(ctx: Context, error: ErrorObject, at: string): Finding[] {
  const params = error.params as Record<string, unknown>;
  const show = shownPointer(at);
  const propertyName = (error as { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    // A mapping key that is itself a name (targets, bundles): point at the key, never show it.
    const star = propertyName.includes('*');
    return [
      {
        code: star ? 'E_WILDCARD' : 'E_SCHEMA_NAME_FORMAT',
        message: star ? 'A name in this mapping is a wildcard; use exact names.' : `A name in this mapping is not ${DEF_TEXT['name']}.`,
        at: joinPointer(at, propertyName),
        show,
        part: 'key',
      },
    ];
  }
  switch (error.keyword) {
    case 'propertyNames':
      return [];
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
      const allowed = Object.keys(properties);
      const guess = closestKey(key, allowed);
      const hint = guess === undefined ? '' : ` Did you mean "${guess}"?`;
      return [
        { code: 'E_SCHEMA_UNKNOWN_FIELD', message: `Unknown field; allowed here: ${allowed.join(', ')}.${hint}`, at: joinPointer(at, key), show, part: 'key' },
      ];
    }
    case 'required':
      return [{ code: 'E_SCHEMA_MISSING_FIELD', message: `Missing required field "${String(params['missingProperty'])}".`, at, show, part: 'value' }];
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties': {
      const bound = error.keyword.startsWith('min') ? 'at least' : 'at most';
      return [{ code: 'E_SCHEMA_COUNT', message: `Needs ${bound} ${String(params['limit'])} entries.`, at, show, part: 'value' }];
    }
    case 'uniqueItems': {
      const i = Number(params['i']);
      const j = Number(params['j']);
      return [
        {
          code: 'E_SCHEMA_DUPLICATE_ITEM',
          message: `Entries ${Math.min(i, j)} and ${Math.max(i, j)} (counting from 0) are the same.`,
          at: joinPointer(at, Math.max(i, j)),
          show,
          part: 'value',
        },
      ];
    }
    case 'oneOf':
      return oneOfFindings(ctx, error, at);
    default: {
      const scalar = scalarFinding(error);
      if (scalar !== undefined) return [{ ...scalar, at, show, part: 'value' }];
      return [{ code: 'E_SCHEMA_INVALID', message: `The value does not satisfy the schema (${error.keyword}).`, at, show, part: 'value' }];
    }
  }
}

/**
 * A `oneOf` failure is reported as the errors of the branch the data meant
 * (its discriminating key or value), re-validated alone; ajv's raw output
 * would list every branch's complaints.
 */
function oneOfFindings(ctx: Context, error: ErrorObject, at: string): Finding[] {
  const show = shownPointer(at);
  const data: unknown = error.data;
  const refs = (Array.isArray(error.schema) ? (error.schema as { $ref?: string }[]) : []).map((b) => (b.$ref ?? '').replace('#/$defs/', ''));
  const typed = refs
    .map((def) => [def, schemaRegistry().branchRule(def)] as const)
    .flatMap(([def, rule]) => (rule !== undefined && 'type' in rule ? [{ def, type: rule.type }] : []));
  if (typed.length > 0 && typed.length === refs.length) return typedOneOfFindings(ctx, data, typed, at);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return [{ code: 'E_SCHEMA_TYPE', message: `Expected a mapping (field: value), found ${typeName(data)}.`, at, show, part: 'value' }];
  }
  const record = data as Record<string, unknown>;
  const keyed = refs
    .map((def) => [def, schemaRegistry().branchRule(def)] as const)
    .flatMap(([def, rule]) => (rule !== undefined && 'key' in rule ? [{ def, rule }] : []));
  const meant = keyed
    .filter(({ rule }) => Object.hasOwn(record, rule.key) && (rule.value === undefined || record[rule.key] === rule.value))
    .map(({ def }) => def);
  const first = meant[0];
  const branch = meant.length === 1 && first !== undefined ? schemaRegistry().branch(ctx.kind, first) : undefined;
  if (branch !== undefined) {
    branch(data);
    return findingsOf(ctx, branch.errors ?? [], at);
  }
  const rules = keyed.map(({ rule }) => rule);
  const valueRule = rules.find((r) => r.value !== undefined);
  if (valueRule !== undefined) {
    const values = rules.map((r) => r.value ?? '').join(', ');
    return Object.hasOwn(record, valueRule.key)
      ? [
          {
            code: 'E_SCHEMA_ENUM',
            message: `Expected one of: ${values}.`,
            at: joinPointer(at, valueRule.key),
            show: shownPointer(joinPointer(at, valueRule.key)),
            part: 'value',
          },
        ]
      : [{ code: 'E_SCHEMA_MISSING_FIELD', message: `Missing required field "${valueRule.key}" (one of: ${values}).`, at, show, part: 'value' }];
  }
  const keys = rules.map((r) => r.key).join(', ');
  const message = meant.length === 0 ? `Needs exactly one of: ${keys}; found none.` : `Needs exactly one of: ${keys}; found ${meant.length}.`;
  return [{ code: 'E_SCHEMA_ONE_OF', message, at, show, part: 'value' }];
}

const TYPE_WORDS: Readonly<Record<BranchType, string>> = { array: 'a list', object: 'a mapping (field: value)', integer: 'a whole number', string: 'text' };

/** Branches of different JSON types (a list or a range; a number or text): the value's own type picks one. */
function typedOneOfFindings(ctx: Context, data: unknown, typed: readonly { def: string; type: BranchType }[], at: string): Finding[] {
  const own: BranchType | undefined = Array.isArray(data)
    ? 'array'
    : data !== null && typeof data === 'object'
      ? 'object'
      : typeof data === 'number'
        ? 'integer'
        : typeof data === 'string'
          ? 'string'
          : undefined;
  const meant = typed.find((t) => t.type === own);
  const branch = meant === undefined ? undefined : schemaRegistry().branch(ctx.kind, meant.def);
  if (branch !== undefined) {
    branch(data);
    return findingsOf(ctx, branch.errors ?? [], at);
  }
  const expected = typed.map((t) => TYPE_WORDS[t.type]).join(' or ');
  return [{ code: 'E_SCHEMA_TYPE', message: `Expected ${expected}, found ${typeName(data)}.`, at, show: shownPointer(at), part: 'value' }];
}

/**
 * The findings of a list of ajv errors, `base` being where their data sits.
 * Errors inside a failed `oneOf` are its branches' complaints; the `oneOf`
 * reports the one branch the data meant instead (oneOfFindings), at any depth.
 */
function findingsOf(ctx: Context, errors: readonly ErrorObject[], base: string): Finding[] {
  const oneOfAt = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const underOneOf = (p: string) => oneOfAt.some((o) => p === o || p.startsWith(`${o}/`));
  return errors.filter((e) => e.keyword === 'oneOf' || !underOneOf(e.instancePath)).flatMap((e) => findingsFor(ctx, e, base + e.instancePath));
}

/** ajv errors -> diagnostics with file, line, column, a safe pointer and a stable code. */
export function schemaDiagnostics(ctx: Context, errors: readonly ErrorObject[]): Diagnostic[] {
  const findings = findingsOf(ctx, errors, '');
  // Several complaints about one scalar (pattern and length, say): keep the most specific.
  const bestRank = new Map<string, number>();
  for (const f of findings) if (f.rank !== undefined) bestRank.set(f.at, Math.min(bestRank.get(f.at) ?? f.rank, f.rank));
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const f of findings) {
    if (f.rank !== undefined && f.rank !== bestRank.get(f.at)) continue;
    const key = `${f.code}\0${f.at}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const hit = offsetsAt(ctx.doc, f.at);
    const offset = f.part === 'key' ? (hit.key ?? hit.value) : hit.value;
    out.push(diagnostic(f.code, f.message, { file: ctx.file, pointer: f.show, position: positionAt(ctx.text, offset) }));
  }
  out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return out.slice(0, MAX_DIAGNOSTICS_PER_FILE);
}
