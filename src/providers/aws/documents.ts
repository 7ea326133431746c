import type { CheckedAwsGrant } from './check.js';
import type { AwsTarget } from './types.js';

/**
 * The documents the provider writes, built as plain data and serialised
 * once: the plan shows the very strings sent, and the read-back compares
 * what IAM returns with them after parsing both (IAM keeps a document as
 * sent, URL-encoded on the way back).
 */

export const GRANT_POLICY = 'grantbook-grant';
/** The name AWS's console uses for its "revoke active sessions" deny; kept so operators recognise it. */
export const REVOKE_POLICY = 'AWSRevokeOlderSessions';
/** The shortest session AWS lets a role allow; sessions end at expiry anyway (the conditions below). */
export const MAX_SESSION_SECONDS = 3600;
/** IAM's limit on the inline policies of one role, counted without whitespace. */
export const INLINE_POLICY_LIMIT = 10_240;

export const TAG_KEYS = {
  request: 'grantbook:request',
  target: 'grantbook:target',
  expiresAt: 'grantbook:expires-at',
  principal: 'grantbook:principal',
} as const;

export interface Tag {
  readonly Key: string;
  readonly Value: string;
}

const VERSION = '2012-10-17';

/** Before `expires_at`, per AWS's own clock at each request. */
/** The condition key every statement and the trust policy hold the expiry against (what a grant records as its backstop). */
export const EXPIRY_CONDITION_KEY = 'aws:CurrentTime';

const beforeExpiry = (expiresAt: string): Record<string, Record<string, string>> => ({ DateLessThan: { [EXPIRY_CONDITION_KEY]: expiresAt } });

/** Only the person, only before expiry. */
export function trustPolicy(g: CheckedAwsGrant): string {
  return JSON.stringify({
    Version: VERSION,
    Statement: [
      {
        Sid: 'GrantbookAssumeUntilExpiry',
        Effect: 'Allow',
        Principal: { AWS: g.principal },
        Action: 'sts:AssumeRole',
        Condition: beforeExpiry(g.until),
      },
    ],
  });
}

/** The request's statements, each allowed only before expiry: AWS refuses them afterwards even if no revoke ever runs. */
export function grantPolicy(g: CheckedAwsGrant): string {
  return JSON.stringify({
    Version: VERSION,
    Statement: g.statements.map((s, i) => ({
      Sid: `Grant${i + 1}`,
      Effect: 'Allow',
      Action: [...s.actions],
      Resource: [...s.resources],
      Condition: beforeExpiry(g.until),
    })),
  });
}

/**
 * Ends sessions already issued: every token issued before `before` is
 * denied everything, as the console's "revoke active sessions" does.
 * `before` is a whole second rounded up, so a session issued within the
 * revoking second is cut too.
 */
export function revokeSessionsPolicy(before: string): string {
  return JSON.stringify({
    Version: VERSION,
    Statement: [{ Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { DateLessThan: { 'aws:TokenIssueTime': before } } }],
  });
}

/** The plan shows this in place of the instant the revoke run will use. */
export const REVOKE_TIME_PLACEHOLDER = '{revoke_time}';

export function roleTags(target: AwsTarget, requestId: string, g: CheckedAwsGrant): readonly Tag[] {
  return [
    { Key: TAG_KEYS.request, Value: requestId },
    { Key: TAG_KEYS.target, Value: target.name },
    { Key: TAG_KEYS.expiresAt, Value: g.expiresAt },
    { Key: TAG_KEYS.principal, Value: g.principal },
  ];
}

export function roleDescription(requestId: string, expiresAt: string): string {
  return `Grantbook request ${requestId}, until ${expiresAt}`;
}

/** Characters IAM counts against the inline policy limit. */
export function policySize(doc: string): number {
  return doc.replace(/\s/g, '').length;
}

/** A document IAM returned (URL-encoded JSON) as a canonical string, or undefined when unreadable. */
export function canonicalDocument(encodedOrPlain: string | undefined): string | undefined {
  if (encodedOrPlain === undefined) return undefined;
  let text = encodedOrPlain;
  try {
    if (!text.trimStart().startsWith('{')) text = decodeURIComponent(text);
    return canonical(JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
