/**
 * Credentials pasted into free text. A request file is committed, shown on the
 * pull request and copied into the ledger: a secret in it is in git history
 * for good. Each rule below matches the shape a credential issuer documents,
 * with thresholds chosen so prose about credentials ("the ghp_ prefix", "the
 * password reset flow", a ticket link) is not refused. Only the kind is ever
 * reported, never the matched text.
 *
 * Every pattern is a fixed prefix followed by bounded character runs, so the
 * scan stays linear in the length of the text.
 */

export const CREDENTIAL_KINDS = {
  'github-token': 'a GitHub token',
  'aws-access-key': 'an AWS access key id',
  'slack-token': 'a Slack token',
  'private-key': 'a private key',
  jwt: 'a JSON Web Token',
  'url-password': 'a URL or connection string with an embedded password',
  'secret-assignment': 'a password, secret, token or API key assignment',
} as const;

export type CredentialKind = keyof typeof CREDENTIAL_KINDS;

/**
 * GitHub: classic tokens are `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` and 36
 * letters or digits (30 random, 6 checksum); fine-grained ones `github_pat_`
 * and 82 more. Thirty characters after the prefix still catch a truncated
 * paste; the bare prefix or a short placeholder (`ghp_xxx`) is prose.
 */
const GITHUB = /gh[pousr]_[A-Za-z0-9]{30}|github_pat_[A-Za-z0-9_]{30}/;

/**
 * AWS access key ids: `AKIA` (long-term) or `ASIA` (temporary) and exactly
 * 16 upper-case letters or digits, not part of a longer upper-case word.
 */
const AWS = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;

/**
 * Slack: `xoxb-`, `xoxp-`, `xoxa-`, `xoxo-`, `xoxs-`, `xoxr-` then the
 * numeric workspace part every issued token starts with, then at least 8 more
 * characters. `xoxb-token` or "xoxb- tokens" in prose have no numeric part.
 */
const SLACK = /xox[abposr]-[0-9]{1,32}-[A-Za-z0-9-]{8}/;

/** PEM / OpenSSH / PGP private key armour: the header line alone is enough, it never occurs in prose. */
const PRIVATE_KEY = /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/;

/**
 * JWT candidates: three base64url parts, the first starting `eyJ` (`{"`).
 * A candidate counts only when its header decodes to a JSON object with a
 * string `alg`, so dotted identifiers that happen to start `eyJ` pass.
 */
const JWT = /eyJ[A-Za-z0-9_-]{5,2048}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,8192}/g;
const MAX_JWT_CANDIDATES = 16;

/**
 * `scheme://user:password@host` (the user may be empty: `redis://:pw@host`).
 * No `/`, `?`, `#`, `@` or space inside the user information, so a port
 * (`host:8443/x@y`) or a plain `ssh://git@host` is not a password.
 */
const URL_PASSWORD = /[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s/?#@:]{0,256}:([^\s/?#@]{1,256})@[^\s/?#@]/g;

/**
 * `password=...`, `db_password = "..."`, `api-key=...`, `"token": "..."`:
 * a credential-named key, `=` (spaces allowed) or `:`, and a value. After `:`
 * the value must follow directly or be quoted, because "Password: the reset
 * flow fails" is prose. The key must start at a word boundary and end right
 * before the separator, so `tokenizer=` or `bypass=` do not match.
 */
const ASSIGNMENT =
  /(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,32}[_.-]){0,4}(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret)["']?(?:\s{0,8}=\s{0,8}|:\s{0,8}(?=["'])|:(?=[^\s]))(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|([^\s"',;&]{1,256}))/gi;

/**
 * Values that stand in for a secret rather than being one: masks, template
 * and environment references, and words that describe a setting. A real
 * secret this short (under 4 characters) is not worth refusing prose for.
 */
const PLACEHOLDER = /^(?:\*+|x+|X+|\.+|<[^<>]*>|\[[^[\]]*\]|\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|\{\{[^{}]*\}\})$/;
const NOT_SECRET = new Set(['true', 'false', 'yes', 'no', 'null', 'none', 'nil', 'empty', 'redacted', 'hidden', 'masked', 'unset', 'required', 'optional']);
const MIN_SECRET_LENGTH = 4;

function isPlaceholder(value: string): boolean {
  return value.length < MIN_SECRET_LENGTH || PLACEHOLDER.test(value) || NOT_SECRET.has(value.toLowerCase());
}

function isJwtHeader(part: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

function hasJwt(text: string): boolean {
  if (!text.includes('eyJ')) return false;
  let seen = 0;
  for (const match of text.matchAll(JWT)) {
    if (isJwtHeader(match[0].slice(0, match[0].indexOf('.')))) return true;
    if (++seen >= MAX_JWT_CANDIDATES) break;
  }
  return false;
}

function hasUrlPassword(text: string): boolean {
  if (!text.includes('://')) return false;
  for (const match of text.matchAll(URL_PASSWORD)) if (!isPlaceholder(match[1] ?? '')) return true;
  return false;
}

function hasAssignment(text: string): boolean {
  for (const match of text.matchAll(ASSIGNMENT)) {
    const value = match[1] ?? match[2] ?? match[3] ?? '';
    if (!isPlaceholder(value)) return true;
  }
  return false;
}

/**
 * Something every rule above needs to be present: one test rules out the
 * common case (plain prose, names) before any specific rule runs.
 */
const TRIGGER = /gh[pousr]_|github_pat_|AKIA|ASIA|xox[abposr]-|-----BEGIN|eyJ|:\/\/|pass|pwd|secret|token|key/i;

/** The kind of the first credential found in `text`, or undefined. Never returns the text itself. */
export function findCredential(text: string): CredentialKind | undefined {
  if (text.length < 8 || !TRIGGER.test(text)) return undefined;
  if (PRIVATE_KEY.test(text)) return 'private-key';
  if (GITHUB.test(text)) return 'github-token';
  if (AWS.test(text)) return 'aws-access-key';
  if (SLACK.test(text)) return 'slack-token';
  if (hasJwt(text)) return 'jwt';
  if (hasUrlPassword(text)) return 'url-password';
  if (hasAssignment(text)) return 'secret-assignment';
  return undefined;
}
