import { matches, patternRegExp } from '../shared/patterns.js';
import { BACKSTOP_STATUSES, DRIFT_KINDS, EVENT_TYPES, EVENT_VERSIONS, REVOKE_CAUSES, type EventType, type LedgerEvent } from './events.js';
import { canonicalJson } from './canonical.js';
import { instantMs } from './instant-fast.js';
import { activityBody, alertBody } from './validate-activity.js';
import { specCatalog, type SpecCatalog, type SpecKit } from './spec-check.js';
import {
  Invalid,
  array,
  checkKeys,
  fail,
  hex,
  integer,
  object,
  oneOf,
  patterned,
  regex,
  string,
  shape,
  text,
  unique,
  type Json,
  type Shape,
} from './validate-kit.js';

/** Limits of the format (see events.ts for what each field means). */
export const LIMITS = {
  grants: 20,
  grantees: 20,
  approvers: 100,
  reasons: 50,
  columns: 200,
  reasonText: 1000,
  message: 1000,
  attempts: 1000,
} as const;

export const CODE = /^E_[A-Z0-9_]{1,64}$/;
export const RUN_ID = /^[A-Za-z0-9._-]{1,64}$/;
export const WORKFLOW_REF = /^[A-Za-z0-9._/@+-]{1,300}$/;
/** A principal as some provider names it (PATTERNS.principal: a role name, a GitHub login, a `user@host` account). */
const PRINCIPAL = patternRegExp('principal');
/** Lenient bound on an expiry read back: it only has to be a short string. */
export const MAX_EXPIRY_TEXT = 64;

const COMMON = ['actor', 'at', 'prev', 'request', 'seq', 'type', 'v'];
const GRANT_BODY = [
  'approvers',
  'duration',
  'expires_at',
  'extends?',
  'grantees',
  'grants',
  'pr',
  'profile',
  'reason?',
  'request_blob',
  'requester',
  'ticket?',
];
const sorted = (keys: readonly string[]): Shape => shape(...[...keys].sort((a, b) => (a.replace('?', '') < b.replace('?', '') ? -1 : 1)));

export const EVENT_SHAPES: Record<EventType, Shape> = {
  intent: sorted([...COMMON, ...GRANT_BODY]),
  granted: sorted([...COMMON, ...GRANT_BODY, 'applied?', 'granted_at']),
  grant_refused: sorted([...COMMON, 'reasons', 'pr?']),
  revoke_failed: sorted([...COMMON, 'target', 'reason', 'attempts']),
  revoked: sorted([...COMMON, 'targets', 'verified', 'cause', 'late_ms?']),
  drift_found: sorted([...COMMON, 'target', 'principal?', 'what']),
  activity: sorted([
    ...COMMON,
    'entries?',
    'flags?',
    'kind',
    'others?',
    'principal',
    'provider',
    'reason?',
    'since?',
    'statements?',
    'status',
    'target',
    'totals?',
  ]),
  alert: sorted([...COMMON, 'action', 'allowed', 'limit', 'observed', 'principal', 'target']),
};
const ACTOR = shape('run_id', 'sha', 'workflow');
const PULL = shape('head_sha', 'merge_sha', 'number');
const PERSON = shape('id', 'login');
const APPROVER = shape('commit_id', 'id', 'login', 'review_id');
const GRANT = shape('already_held?', 'principal', 'provider', 'spec', 'target');
const REASON = shape('code', 'message');
const APPLIED = shape('backstop?', 'object?', 'target');
const BACKSTOP = shape('by', 'reason?', 'status', 'until');

/**
 * What a provider may record of the object a grant lives on and of what
 * ends it (events.ts `AppliedTarget`): plain ASCII names as providers spell
 * them (MySQL roles and events, ARNs, condition keys), nothing that could
 * break out of a Markdown code span or a shell word.
 */
export const APPLIED_NAME = /^[A-Za-z0-9_.:/@+=,$-]{1,1024}$/;
/** Why a backstop is not armed: a provider's token. */
const BACKSTOP_REASON = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * Throws Invalid unless `value` is a well-formed version-1 event in canonical
 * key order with `hash` last. `write` also demands what only a reader may
 * forgive: a parseable, finite expiry after the grant's start.
 */
export function assertEvent(value: unknown, mode: 'read' | 'write'): asserts value is LedgerEvent {
  checkEvent(value, mode);
}

/**
 * assertEvent, returning the number of members of every object in the event
 * (at every level). Every object a valid event may contain has a shape, so the
 * key walks of checkKeys see each member exactly once; the sub-checks below
 * return what their walks counted. A nested object this walk left unchecked
 * would go uncounted, and its line would then fail decodeLine's comparison
 * with the raw count: an omission fails closed. A test holds the count equal
 * to a generic walk of the parsed value for every event type.
 */
export function checkEvent(value: unknown, mode: 'read' | 'write'): number {
  const e = object(value, '');
  if (!(EVENT_VERSIONS as readonly unknown[]).includes(e.v)) throw new Invalid('E_LEDGER_VERSION', '/v', `is not ${EVENT_VERSIONS.join(' or ')}`);
  const type = oneOf(e.type, '', 'type', EVENT_TYPES);
  let members = checkKeys(e, EVENT_SHAPES[type], '', 'hash');
  integer(e.seq, '', 'seq', 0);
  instant(e.at, '', 'at');
  patterned(e.request, '', 'request', 'requestId');
  members += actor(e.actor);
  hex(e.prev, '', 'prev', 64);
  // Only the length here: decodeLine compares it with the digest it computes,
  // and equality with a hex digest is the format check.
  if (typeof e.hash !== 'string' || e.hash.length !== 64) fail('/hash', 'is not 64 lowercase hex digits');
  return members + body(e, type, mode);
}

/** The fields past the common ones; returns the members of the objects nested in them. */
function body(e: Json, type: EventType, mode: 'read' | 'write'): number {
  switch (type) {
    case 'intent':
    case 'granted':
      return grantBody(e, mode);
    case 'grant_refused': {
      let members = 0;
      const reasons = array(e.reasons, '', 'reasons', 1, LIMITS.reasons);
      for (let i = 0; i < reasons.length; i += 1) members += reason(reasons[i], `/reasons/${i}`);
      if (e.pr !== undefined) members += pull(e.pr, '/pr');
      return members;
    }
    case 'revoke_failed': {
      patterned(e.target, '', 'target', 'name');
      const members = reason(e.reason, '/reason');
      integer(e.attempts, '', 'attempts', 1, LIMITS.attempts);
      return members;
    }
    case 'revoked': {
      const targets = array(e.targets, '', 'targets', 1, LIMITS.grants);
      for (let i = 0; i < targets.length; i += 1) patterned(targets[i], '/targets', i, 'name');
      unique(targets, '', 'targets');
      if (e.verified !== true) fail('/verified', 'is not true');
      oneOf(e.cause, '', 'cause', REVOKE_CAUSES);
      if (e.late_ms !== undefined) integer(e.late_ms, '', 'late_ms', 0);
      return 0;
    }
    case 'drift_found':
      patterned(e.target, '', 'target', 'name');
      if (e.principal !== undefined) anyPrincipal(e.principal, '');
      oneOf(e.what, '', 'what', DRIFT_KINDS);
      return 0;
    case 'activity':
      return activityBody(e, PRINCIPAL, instant, reason);
    case 'alert':
      alertBody(e, PRINCIPAL);
      return 0;
  }
}

/** `/name/0` ... for the items of a list of at most `max`: built once, not per item of every event read. */
const pointers = (name: string, max: number): readonly string[] => Array.from({ length: max }, (_, i) => `/${name}/${i}`);
const GRANTEE_AT = pointers('grantees', LIMITS.grantees);
const APPROVER_AT = pointers('approvers', LIMITS.approvers);
const GRANT_AT = pointers('grants', LIMITS.grants);
const GRANT_SPEC_AT = GRANT_AT.map((p) => `${p}/spec`);

function grantBody(e: Json, mode: 'read' | 'write'): number {
  let members = pull(e.pr, '/pr');
  members += person(e.requester, '/requester');
  const grantees = array(e.grantees, '', 'grantees', 1, LIMITS.grantees);
  for (let i = 0; i < grantees.length; i += 1) members += person(grantees[i], GRANTEE_AT[i] ?? `/grantees/${i}`);
  const approvers = array(e.approvers, '', 'approvers', 1, LIMITS.approvers);
  for (let i = 0; i < approvers.length; i += 1) members += approver(approvers[i], APPROVER_AT[i] ?? `/approvers/${i}`);
  patterned(e.profile, '', 'profile', 'name');
  hex(e.request_blob, '', 'request_blob', 40, 64);
  const grants = array(e.grants, '', 'grants', 1, LIMITS.grants);
  for (let i = 0; i < grants.length; i += 1) members += grant(grants[i], GRANT_AT[i] ?? `/grants/${i}`, GRANT_SPEC_AT[i]);
  patterned(e.duration, '', 'duration', 'duration');
  if (e.ticket !== undefined) patterned(e.ticket, '', 'ticket', 'ticket');
  if (e.reason !== undefined) text(e.reason, '', 'reason', LIMITS.reasonText);
  if (e.extends !== undefined) patterned(e.extends, '', 'extends', 'requestId');
  if (e.applied !== undefined) members += applied(e.applied, grants);
  const start = e.type === 'granted' ? instant(e.granted_at, '', 'granted_at') : undefined;
  // Read leniently (invariant 4): any short string is accepted here and an
  // unparseable one folds as already expired. Written strictly.
  const expiresText = text(e.expires_at, '', 'expires_at', MAX_EXPIRY_TEXT);
  if (mode === 'write') {
    const expires = instant(expiresText, '', 'expires_at');
    if (start !== undefined && expires <= start) fail('/expires_at', 'is not after granted_at');
  }
  return members;
}

function instant(value: unknown, base: string, field: string): number {
  const parsed = typeof value === 'string' ? instantMs(value) : undefined;
  if (parsed === undefined) fail(`${base}/${field}`, 'is not an RFC 3339 UTC instant (YYYY-MM-DDTHH:MM:SSZ)');
  return parsed;
}

/* The object checks below return the members they walked (see checkEvent). */

function actor(value: unknown): number {
  const a = object(value, '/actor');
  const members = checkKeys(a, ACTOR, '/actor');
  regex(a.run_id, '/actor', 'run_id', RUN_ID, 'a workflow run id');
  hex(a.sha, '/actor', 'sha', 40, 64);
  regex(a.workflow, '/actor', 'workflow', WORKFLOW_REF, 'a workflow reference');
  return members;
}

function pull(value: unknown, pointer: string): number {
  const p = object(value, pointer);
  const members = checkKeys(p, PULL, pointer);
  hex(p.head_sha, pointer, 'head_sha', 40, 64);
  hex(p.merge_sha, pointer, 'merge_sha', 40, 64);
  integer(p.number, pointer, 'number', 1);
  return members;
}

function person(value: unknown, pointer: string): number {
  const p = object(value, pointer);
  const members = checkKeys(p, PERSON, pointer);
  integer(p.id, pointer, 'id', 1);
  patterned(p.login, pointer, 'login', 'login');
  return members;
}

function approver(value: unknown, pointer: string): number {
  const p = object(value, pointer);
  const members = checkKeys(p, APPROVER, pointer);
  hex(p.commit_id, pointer, 'commit_id', 40, 64);
  integer(p.id, pointer, 'id', 1);
  patterned(p.login, pointer, 'login', 'login');
  integer(p.review_id, pointer, 'review_id', 1);
  return members;
}

function reason(value: unknown, pointer: string): number {
  const r = object(value, pointer);
  const members = checkKeys(r, REASON, pointer);
  regex(r.code, pointer, 'code', CODE, 'an error code (E_...)');
  text(r.message, pointer, 'message', LIMITS.message);
  return members;
}

/** A granted event's `applied`: one entry per target at most, each a target of its grants. */
function applied(value: unknown, grants: readonly unknown[]): number {
  const list = array(value, '', 'applied', 1, LIMITS.grants);
  const targets = new Set(grants.map((g) => (g as Json).target));
  let members = 0;
  for (let i = 0; i < list.length; i += 1) {
    const pointer = `/applied/${i}`;
    const a = object(list[i], pointer);
    members += checkKeys(a, APPLIED, pointer);
    const target = patterned(a.target, pointer, 'target', 'name');
    if (!targets.has(target)) fail(`${pointer}/target`, 'is not a target of the grants');
    if (a.object !== undefined) regex(a.object, pointer, 'object', APPLIED_NAME, 'a provider object name');
    if (a.backstop !== undefined) members += backstop(a.backstop, `${pointer}/backstop`);
  }
  unique(
    list.map((a) => (a as Json).target),
    '',
    'applied',
  );
  return members;
}

/**
 * Whether a provider's reported backstop is what a `granted` event may
 * record (the same check `audit verify` holds the recorded one to): a
 * grant already in effect leaves out one that is not, rather than failing
 * its record.
 */
export function isRecordableBackstop(value: unknown): boolean {
  try {
    // In the key order the record is written in (canonical JSON), which the check holds it to.
    backstop(JSON.parse(canonicalJson(value)), '/backstop');
    return true;
  } catch (error) {
    if (error instanceof Invalid) return false;
    throw error;
  }
}

function backstop(value: unknown, pointer: string): number {
  const b = object(value, pointer);
  const members = checkKeys(b, BACKSTOP, pointer);
  const status = oneOf(b.status, pointer, 'status', BACKSTOP_STATUSES);
  regex(b.by, pointer, 'by', APPLIED_NAME, 'a provider object name');
  instant(b.until, pointer, 'until');
  // A reason says why it is not armed; an armed one has none.
  if (status === 'not_armed') regex(b.reason, pointer, 'reason', BACKSTOP_REASON, 'a lowercase token');
  else if (b.reason !== undefined) fail(`${pointer}/reason`, 'is present although the backstop is armed');
  return members;
}

/** A principal of some provider (a drift event names its target, not its provider). */
function anyPrincipal(value: unknown, pointer: string): void {
  const specs = specCatalog();
  const formats = specs.ids.flatMap((id) => specs.principalPattern?.(id) ?? []);
  if (typeof value === 'string' && (PRINCIPAL.test(value) || formats.some((f) => matches(f, value)))) return;
  fail(`${pointer}/principal`, 'is not a principal name');
}

/** Every kind some provider of the catalog records, worked out once per catalog (not per grant read). */
const catalogKinds = new WeakMap<SpecCatalog, readonly string[]>();
function allKinds(specs: SpecCatalog): readonly string[] {
  let kinds = catalogKinds.get(specs);
  if (kinds === undefined) {
    kinds = [...new Set(specs.ids.flatMap((id) => specs.kinds(id) ?? []))];
    catalogKinds.set(specs, kinds);
  }
  return kinds;
}

/** A grant and its spec: the members of both. */
function grant(value: unknown, pointer: string, specPointer?: string): number {
  const g = object(value, pointer);
  const members = checkKeys(g, GRANT, pointer);
  // Written only as true: a `false` would be a second way to say "absent".
  if (g.already_held !== undefined && g.already_held !== true) fail(`${pointer}/already_held`, 'is not true');
  const specs = specCatalog();
  const provider = oneOf(g.provider, pointer, 'provider', specs.ids);
  // Each provider's principals have their own format (a role name, a login, an ARN).
  const format = specs.principalPattern?.(provider);
  if (format === undefined) regex(g.principal, pointer, 'principal', PRINCIPAL, 'a principal name');
  else patterned(g.principal, pointer, 'principal', format);
  patterned(g.target, pointer, 'target', 'name');
  const at = specPointer ?? `${pointer}/spec`;
  const s = object(g.spec, at);
  const kind = oneOf(s.kind, at, 'kind', allKinds(specs));
  const validation = specs.spec(provider);
  // A kind of another provider: a table grant recorded on a team provider would be applied by nobody.
  if (!(specs.kinds(provider) ?? []).includes(kind) || validation === undefined) fail(`${at}/kind`, 'does not belong to the provider');
  return members + validation.validate(s, kind, at, SPEC_KIT);
}

/** The validation helpers a provider's spec check is given (validate-kit.ts). */
const SPEC_KIT: SpecKit = {
  fail,
  checkKeys: (obj, keys, pointer) => checkKeys(obj, shapeOf(keys), pointer),
  patterned,
  oneOf,
  array,
  unique,
  integer,
  string,
};

/** A provider's key list as a Shape, made once per list (a list literal is a new array per call: then by its names). */
const shapesByList = new WeakMap<readonly string[], Shape>();
const shapesByNames = new Map<string, Shape>();
function shapeOf(keys: readonly string[]): Shape {
  let found = shapesByList.get(keys);
  if (found !== undefined) return found;
  const names = keys.join('\u0000');
  found = shapesByNames.get(names);
  if (found === undefined) {
    found = shape(...keys);
    // Providers name a handful of lists; a bound all the same.
    if (shapesByNames.size < 1000) shapesByNames.set(names, found);
  }
  shapesByList.set(keys, found);
  return found;
}
