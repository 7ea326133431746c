import { PATTERNS, type PatternName } from '../load/patterns.js';
import { GITHUB_REPO_PERMISSIONS, POSTGRES_PRIVILEGES } from '../policy/types.js';
import {
  ACTIVITY_FLAGS,
  ALERT_ACTIONS,
  DRIFT_KINDS,
  LIMIT_KINDS,
  REVOKE_CAUSES,
  type EventType,
} from './events.js';
import { instantMs } from './instant-fast.js';
import { ACTIVITY_LIMITS } from './validate-activity.js';
import { CODE, LIMITS, MAX_EXPIRY_TEXT, PRINCIPAL, RUN_ID, WORKFLOW_REF } from './validate.js';

/**
 * The verifier's fast path: one regular expression per record type that
 * matches exactly the canonical lines the reference reader (line.ts:
 * JSON.parse, the validator, the canonical-form scan) accepts, for the shapes
 * the ledger is made of. A line it does not match goes to the reference
 * reader, which decides; so this path may only ever be narrower than the
 * reference, never wider. A fuzz test holds every line it accepts to the
 * reference, with the same facts.
 *
 * Why: JSON.parse alone of every line costs three times the sha256 of the
 * line; a compiled expression walks the line once without building objects.
 * Deliberately left to the reference: numbers of 16 digits, text with
 * characters outside the Basic Multilingual Plane, instants in other forms.
 */

export interface FastRecord {
  readonly type: EventType | 'checkpoint';
  readonly seq: number;
  readonly at: string;
  readonly prev: string;
  /** The stored hash (64 hex digits; compared with the digest by the caller). */
  readonly hash: string;
  /** '' for a checkpoint record. */
  readonly request: string;
  readonly v: 1 | 2;
  /** A granted event stored without its body (slim.ts). */
  readonly slim: boolean;
  readonly targets: readonly string[] | undefined;
  readonly target: string | undefined;
  readonly extends: string | undefined;
  readonly checkpoint: { readonly open: string; readonly openEvents: number; readonly kept: string; readonly keptEvents: number } | undefined;
}

// --- fragments ------------------------------------------------------------

/** A pattern source as a fragment: anchors dropped, an anchor in a lookahead becomes the closing quote. */
function frag(source: string): string {
  let s = source;
  if (s.startsWith('^')) s = s.slice(1);
  if (s.endsWith('$')) s = s.slice(0, -1);
  return s.replace(/\$\)/g, '(?="))');
}
const pattern = (name: PatternName): string => `"${frag(PATTERNS[name])}"`;
const regexValue = (re: RegExp): string => `"${frag(re.source)}"`;
const HEX = (n: number): string => `[0-9a-f]{${n}}`;
const HEX_40_64 = `"${HEX(40)}(?:${HEX(24)})?"`;
const HEX_64 = `"${HEX(64)}"`;
/** Integers of up to 15 digits are always safe; longer ones go to the reference. */
const INT0 = '(?:0|[1-9][0-9]{0,14})';
const INT1 = '[1-9][0-9]{0,14}';
const INSTANT = '"[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,3})?Z"';
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneOf = (values: readonly string[]): string => `"(?:${values.map(escapeRe).join('|')})"`;

/**
 * Free text (validate-kit `text`): 1..max characters, none of the refused
 * ones, only the escapes canonical JSON uses. Surrogates (characters beyond
 * the BMP) are left to the reference: there length counts code units.
 */
const TEXT_CHAR =
  '(?:[^"\\\\\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u115F\\u1160\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\u3164\\uD800-\\uDFFF\\uFEFF\\uFFA0\\uFFF9-\\uFFFB\\uFFFE\\uFFFF]|\\\\["\\\\n])';
const text = (max: number): string => `"${TEXT_CHAR}{1,${max}}"`;

type Member = readonly [key: string, value: string, optional?: 'optional'];
/**
 * An object whose members are given in canonical (sorted) order. Members
 * before the first required one carry their comma after them, the others
 * before them, so optional members need no comma bookkeeping.
 */
function object(members: readonly Member[]): string {
  const first = members.findIndex(([, , o]) => o === undefined);
  if (first === -1) throw new Error('an object needs a required member');
  const parts = members.map(([k, v, o], i) => {
    if (i < first) return `(?:"${k}":${v},)?`;
    const m = `${i === first ? '' : ','}"${k}":${v}`;
    return o === undefined ? m : `(?:${m})?`;
  });
  return `\\{${parts.join('')}\\}`;
}
function array(item: string, min: number, max: number): string {
  const rest = `(?:,${item}){0,${max - 1}}`;
  return min === 0 ? `\\[(?:${item}${rest})?\\]` : `\\[${item}${rest}\\]`;
}
/** A capture, by name; exec results are read by index (names are turned into positions below). */
const cap = (name: string, re: string): string => `(?<${name}>${re})`;

const ACTOR = object([
  ['run_id', regexValue(RUN_ID)],
  ['sha', HEX_40_64],
  ['workflow', regexValue(WORKFLOW_REF)],
]);
const PERSON = object([
  ['id', INT1],
  ['login', pattern('login')],
]);
const APPROVER = object([
  ['commit_id', HEX_40_64],
  ['id', INT1],
  ['login', pattern('login')],
  ['review_id', INT1],
]);
const PULL = object([
  ['head_sha', HEX_40_64],
  ['merge_sha', HEX_40_64],
  ['number', INT1],
]);
const REASON = object([
  ['code', regexValue(CODE)],
  ['message', text(LIMITS.message)],
]);
const IDENT = pattern('identifier');
const TABLE_SPEC = object([
  ['columns', `\\[(?<columns>${IDENT}(?:,${IDENT}){0,${LIMITS.columns - 1}})\\]`, 'optional'],
  ['kind', '"table"'],
  ['privileges', `\\[(?<privileges>${oneOf(POSTGRES_PRIVILEGES)}(?:,${oneOf(POSTGRES_PRIVILEGES)}){0,${POSTGRES_PRIVILEGES.length - 1}})\\]`],
  ['schema', IDENT],
  ['table', IDENT],
]);
const TEAM_SPEC = object([
  ['kind', '"team"'],
  ['org', pattern('login')],
  ['role', '"member"'],
  ['team', pattern('teamSlug')],
]);
const REPO_SPEC = object([
  ['kind', '"repo"'],
  ['owner', pattern('login')],
  ['permission', oneOf(GITHUB_REPO_PERMISSIONS)],
  ['repo', pattern('repoName')],
]);
const grantItem = (provider: string, spec: string): string =>
  object([
    ['principal', regexValue(PRINCIPAL)],
    ['provider', `"${provider}"`],
    ['spec', spec],
    ['target', pattern('name')],
  ]);
/** The provider decides the spec kind (validate.ts): postgres holds tables, github teams and repositories. */
const GRANT = `(?:${grantItem('postgres', TABLE_SPEC)}|${grantItem('github', `(?:${TEAM_SPEC}|${REPO_SPEC})`)})`;
const COUNTERS = (extra: Member[] = []): Member[] => [['calls', INT0], ['rows', INT0], ...extra, ['time_ms', INT0]];

/** The members every event has, merged into a type's own in canonical order. */
function event(type: string, own: readonly Member[], version = '[12]'): string {
  const common: Member[] = [
    ['actor', ACTOR],
    ['at', cap('at', INSTANT)],
    ['prev', cap('prev', HEX_64)],
    ['request', cap('request', pattern('requestId'))],
    ['seq', cap('seq', INT0)],
    ['type', `"${type}"`],
    ['v', cap('v', version)],
  ];
  const all = [...common, ...own].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return `^${object([...all, ['hash', cap('hash', HEX_64)]])}$`;
}

const GRANT_BODY: Member[] = [
  ['approvers', array(APPROVER, 1, LIMITS.approvers)],
  ['duration', pattern('duration')],
  ['expires_at', text(MAX_EXPIRY_TEXT)],
  ['extends', cap('extends', pattern('requestId')), 'optional'],
  ['grantees', array(PERSON, 1, LIMITS.grantees)],
  ['grants', `\\[${cap('grants', `${GRANT}(?:,${GRANT}){0,${LIMITS.grants - 1}}`)}\\]`],
  ['pr', PULL],
  ['profile', pattern('name')],
  ['reason', text(LIMITS.reasonText), 'optional'],
  ['request_blob', HEX_40_64],
  ['requester', PERSON],
  ['ticket', pattern('ticket'), 'optional'],
];
const STATUS_ITEM = object([
  ['calls', INT0],
  ['rows', INT0],
  ['text', text(ACTIVITY_LIMITS.statementText)],
  ['time_ms', INT0],
  ['withheld', 'true', 'optional'],
  ['writes', 'true', 'optional'],
]);
const ENTRY = object([['calls', INT0], ['id', '"-?[0-9]{1,20}"'], ['rows', INT0], ['time_ms', INT0]]);
const ACTIVITY_HEAD: Member[] = [
  ['kind', cap('kind', '"(?:baseline|summary)"')],
  ['principal', regexValue(PRINCIPAL)],
  ['provider', '"(?:postgres|github)"'],
  ['target', pattern('name')],
];
const FLAGS: Member = ['flags', `\\[(?<flags>${oneOf(ACTIVITY_FLAGS)}(?:,${oneOf(ACTIVITY_FLAGS)}){0,${ACTIVITY_FLAGS.length - 1}})\\]`, 'optional'];

const SOURCES: Record<EventType | 'checkpoint' | 'slim', readonly string[]> = {
  intent: [event('intent', GRANT_BODY)],
  granted: [event('granted', [...GRANT_BODY, ['granted_at', cap('granted_at', INSTANT)]])],
  slim: [event('granted', [['granted_at', cap('granted_at', INSTANT)]], '2')],
  grant_refused: [event('grant_refused', [['reasons', array(REASON, 1, LIMITS.reasons)], ['pr', PULL, 'optional']])],
  revoke_failed: [event('revoke_failed', [['target', cap('target', pattern('name'))], ['reason', REASON], ['attempts', `(?:[1-9][0-9]{0,2}|${LIMITS.attempts})`]])],
  revoked: [
    event('revoked', [
      ['targets', `\\[${cap('targets', `${pattern('name')}(?:,${pattern('name')}){0,${LIMITS.grants - 1}}`)}\\]`],
      ['verified', 'true'],
      ['cause', oneOf(REVOKE_CAUSES)],
      ['late_ms', INT0, 'optional'],
    ]),
  ],
  drift_found: [event('drift_found', [['target', cap('target', pattern('name'))], ['principal', regexValue(PRINCIPAL), 'optional'], ['what', oneOf(DRIFT_KINDS)]])],
  alert: [
    event('alert', [
      ['target', pattern('name')],
      ['principal', regexValue(PRINCIPAL)],
      ['limit', oneOf(LIMIT_KINDS)],
      ['observed', INT0],
      ['allowed', INT0],
      ['action', oneOf(ALERT_ACTIONS)],
    ]),
  ],
  activity: [
    // Not observable: says why, and nothing else.
    event('activity', [...ACTIVITY_HEAD, ['status', '"not_observable"'], ['reason', REASON]]),
    // An observed baseline: totals, and entries unless the grantee had too many statements.
    event('activity', [
      ['kind', cap('kind', '"baseline"')],
      ...ACTIVITY_HEAD.slice(1),
      ['status', '"observed"'],
      FLAGS,
      ['totals', object(COUNTERS())],
      ['entries', array(ENTRY, 0, ACTIVITY_LIMITS.entries), 'optional'],
    ]),
    // An observed summary: since, the top statements, the others, the totals.
    event('activity', [
      ['kind', cap('kind', '"summary"')],
      ...ACTIVITY_HEAD.slice(1),
      ['status', '"observed"'],
      FLAGS,
      ['since', cap('since', INSTANT)],
      ['statements', array(STATUS_ITEM, 0, ACTIVITY_LIMITS.statements)],
      ['others', object(COUNTERS([['statements', INT0]]))],
      ['totals', object(COUNTERS())],
    ]),
  ],
  checkpoint: [
    `^${object([
      ['at', cap('at', INSTANT)],
      ['kept', cap('kept', HEX_64)],
      ['kept_events', cap('kept_events', INT0)],
      ['open', cap('open', HEX_64)],
      ['open_events', cap('open_events', INT0)],
      ['prev', cap('prev', HEX_64)],
      ['seq', cap('seq', INT1)],
      ['type', '"checkpoint"'],
      ['v', cap('v', '2')],
      ['hash', cap('hash', HEX_64)],
    ])}$`,
  ],
};

const NAMES = ['at', 'prev', 'request', 'seq', 'v', 'hash', 'granted_at', 'since', 'columns', 'privileges', 'flags', 'targets', 'grants', 'extends', 'target', 'open', 'open_events', 'kept', 'kept_events'] as const;
type Name = (typeof NAMES)[number];

interface Compiled {
  readonly re: RegExp;
  readonly type: FastRecord['type'];
  readonly slim: boolean;
  /** Capture name -> index in exec's result, -1 when the expression has no such capture. */
  readonly at: Readonly<Record<Name, number>>;
}

/** Named groups become plain ones (exec then builds no `groups` object); names are kept as indexes. */
function compile(type: FastRecord['type'], slim: boolean, source: string): Compiled {
  const named: Record<string, number> = {};
  let index = 0;
  const plain = source.replace(/\((\?<([a-z_]+)>)?/g, (whole: string, group: string | undefined, name: string | undefined, offset: number) => {
    // An escaped parenthesis, or a non-capturing group / lookaround: not a capture.
    if (source[offset - 1] === '\\') return whole;
    if (group === undefined && source[offset + 1] === '?') return whole;
    index += 1;
    if (name !== undefined) named[name] = index;
    return '(';
  });
  const at = Object.fromEntries(NAMES.map((n) => [n, named[n] ?? -1])) as Record<Name, number>;
  return { re: new RegExp(plain), type, slim, at };
}

const COMPILED = new Map<string, Compiled[]>();
for (const [key, list] of Object.entries(SOURCES)) {
  const type = (key === 'slim' ? 'granted' : key) as FastRecord['type'];
  COMPILED.set(key, list.map((source) => compile(type, key === 'slim', source)));
}
const TYPE_KEY = '"type":"';
/** `,"hash":"` + 64 hex digits + `"}`: every record ends so, its type a few members before. */
const TRAILER = 75;

/** The facts of a line the fast path recognizes, or undefined: then the reference reader decides. */
export function fastDecode(line: string): FastRecord | undefined {
  // Searched from the end: the type is one of the last members, the line is mostly quotes.
  const t = line.lastIndexOf(TYPE_KEY, line.length - TRAILER);
  if (t === -1) return undefined;
  const from = t + TYPE_KEY.length;
  let type = line.slice(from, line.indexOf('"', from));
  if (type === 'granted') {
    // A slim granted's actor is followed by `at`, a whole one's by `approvers`.
    const afterActor = line.indexOf('},"', 10);
    if (!line.startsWith('"approvers":', afterActor + 2)) type = 'slim';
  }
  const list = COMPILED.get(type);
  if (list === undefined) return undefined;
  for (const c of list) {
    const m = c.re.exec(line);
    if (m !== null) return facts(c, m);
  }
  return undefined;
}

/** A captured JSON string's content. */
function str(m: RegExpExecArray, i: number): string | undefined {
  const value = i === -1 ? undefined : m[i];
  return value === undefined ? undefined : value.slice(1, -1);
}

function facts(c: Compiled, m: RegExpExecArray): FastRecord | undefined {
  const x = c.at;
  const at = str(m, x.at) ?? '';
  // Calendar validity (31 February) is the instant parser's to decide.
  if (instantMs(at) === undefined) return undefined;
  const granted = str(m, x.granted_at);
  if (granted !== undefined && instantMs(granted) === undefined) return undefined;
  const since = str(m, x.since);
  if (since !== undefined && instantMs(since) === undefined) return undefined;
  if (!distinctList(m, x.columns) || !distinctList(m, x.privileges) || !distinctList(m, x.flags) || !distinctList(m, x.targets)) return undefined;
  const targetsText = x.targets === -1 ? undefined : m[x.targets];
  const grants = x.grants === -1 ? undefined : m[x.grants];
  const targets = targetsText !== undefined ? targetsText.split(',').map((t) => t.slice(1, -1)) : grants !== undefined ? grantTargets(grants) : undefined;
  const checkpoint =
    c.type === 'checkpoint'
      ? { open: str(m, x.open) ?? '', openEvents: Number(m[x.open_events]), kept: str(m, x.kept) ?? '', keptEvents: Number(m[x.kept_events]) }
      : undefined;
  // One object shape for every record: the reader's hot loop stays monomorphic.
  return {
    type: c.type,
    seq: Number(m[x.seq]),
    at,
    prev: str(m, x.prev) ?? '',
    hash: str(m, x.hash) ?? '',
    request: str(m, x.request) ?? '',
    v: m[x.v] === '1' ? 1 : 2,
    slim: c.slim,
    targets,
    target: str(m, x.target),
    extends: str(m, x.extends),
    checkpoint,
  };
}

/** A captured list of strings has no duplicates (only lists of two or more can). */
function distinctList(m: RegExpExecArray, i: number): boolean {
  const list = i === -1 ? undefined : m[i];
  if (list === undefined || !list.includes(',')) return true;
  const items = list.split(',');
  return new Set(items).size === items.length;
}

const TARGET_KEY = '"target":"';

/** The targets of a grants array: `"target":"` occurs in it only as the grant's own key (specs have no such key). */
function grantTargets(grants: string): string[] {
  const out: string[] = [];
  for (let i = grants.indexOf(TARGET_KEY); i !== -1; i = grants.indexOf(TARGET_KEY, i + 1)) {
    const start = i + TARGET_KEY.length;
    out.push(grants.slice(start, grants.indexOf('"', start)));
  }
  return out;
}
