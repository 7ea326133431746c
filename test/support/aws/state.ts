/** The stand-in's account: roles with their inline and attached policies, as IAM keeps them. */

export interface RoleRecord {
  readonly name: string;
  readonly path: string;
  readonly id: string;
  readonly created: string;
  trust: string;
  description: string | undefined;
  maxSessionDuration: number;
  boundary: string | undefined;
  readonly tags: Map<string, string>;
  /** Inline policies by name, documents as sent. */
  readonly policies: Map<string, string>;
  /** Attached managed policy ARNs. */
  readonly attached: Set<string>;
  /** Requests naming this role that still answer NoSuchEntity (eventual consistency after CreateRole). */
  hiddenFor: number;
}

export class IamError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
  }
}

export const noSuchRole = (name: string): IamError => new IamError(404, 'NoSuchEntity', `The role with name ${name} cannot be found.`);

/** IAM's documented patterns and limits for what the provider sends. */
export const LIMITS = {
  roleName: /^[\w+=,.@-]{1,64}$/,
  policyName: /^[\w+=,.@-]{1,128}$/,
  path: /^(?:\/|\/[\u0021-\u007E]+\/)$/,
  pathLength: 512,
  tagKey: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u,
  tagValue: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u,
  tagsPerRole: 50,
  trustLength: 2048,
  inlineTotal: 10_240,
  policyArn: /^arn:[a-z-]+:iam::(?:[0-9]{12}|aws):policy\/[\w+=,.@/-]{1,512}$/,
  description: /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]{0,1000}$/,
} as const;

export const validation = (message: string): IamError => new IamError(400, 'ValidationError', message);

/** A policy document IAM would accept: JSON with Version and Statement; otherwise MalformedPolicyDocument. */
export function checkDocument(doc: string, what: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc);
  } catch {
    throw new IamError(400, 'MalformedPolicyDocument', `${what}: Syntax errors in policy.`);
  }
  const p = parsed as { Version?: unknown; Statement?: unknown };
  if (p === null || typeof p !== 'object' || p.Version !== '2012-10-17' || !Array.isArray(p.Statement) || p.Statement.length === 0) {
    throw new IamError(400, 'MalformedPolicyDocument', `${what}: The policy must contain a valid version string and at least one statement.`);
  }
  for (const s of p.Statement as unknown[]) {
    const st = s as { Effect?: unknown; Action?: unknown; NotAction?: unknown };
    if (st === null || typeof st !== 'object' || (st.Effect !== 'Allow' && st.Effect !== 'Deny') || (st.Action === undefined && st.NotAction === undefined)) {
      throw new IamError(400, 'MalformedPolicyDocument', `${what}: Statement is missing required element.`);
    }
  }
}

/** Characters IAM counts against a role's inline policy quota. */
export const nonSpace = (doc: string): number => doc.replace(/\s/g, '').length;
