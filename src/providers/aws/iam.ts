import type { Tag } from './documents.js';

/**
 * The IAM calls the provider makes, as a small port: sdk.ts implements it
 * with @aws-sdk/client-iam (loaded only when an aws target is used). A
 * missing entity is an answer here (`undefined`, `false`), never an error;
 * any other failure is an `IamCallError` after the SDK's own retries.
 */
export interface IamRole {
  readonly name: string;
  readonly path: string;
  readonly arn: string;
  /** The trust policy as IAM returns it (URL-encoded JSON). */
  readonly trust: string | undefined;
  readonly maxSessionDuration: number | undefined;
  readonly description: string | undefined;
  readonly boundary: string | undefined;
  readonly tags: readonly Tag[];
}

export interface CreateRoleInput {
  readonly RoleName: string;
  readonly Path: string;
  readonly AssumeRolePolicyDocument: string;
  readonly MaxSessionDuration: number;
  readonly Description: string;
  readonly PermissionsBoundary?: string;
  readonly Tags: readonly Tag[];
}

export interface IamPort {
  /** `exists` when a role of that name is there already (EntityAlreadyExists). */
  createRole(input: CreateRoleInput): Promise<'created' | 'exists'>;
  getRole(name: string): Promise<IamRole | undefined>;
  updateAssumeRolePolicy(name: string, document: string): Promise<void>;
  updateRole(name: string, maxSessionDuration: number, description: string): Promise<void>;
  tagRole(name: string, tags: readonly Tag[]): Promise<void>;
  /** Every tag, every page; undefined when the role is gone. */
  listRoleTags(name: string): Promise<readonly Tag[] | undefined>;
  putRolePermissionsBoundary(name: string, policyArn: string): Promise<void>;
  putRolePolicy(name: string, policyName: string, document: string): Promise<void>;
  /** URL-encoded JSON as IAM returns it; undefined when the role or policy is gone. */
  getRolePolicy(name: string, policyName: string): Promise<string | undefined>;
  /** Every page; undefined when the role is gone. */
  listRolePolicies(name: string): Promise<readonly string[] | undefined>;
  /** False when there was nothing to delete. */
  deleteRolePolicy(name: string, policyName: string): Promise<boolean>;
  /** Policy ARNs, every page; undefined when the role is gone. */
  listAttachedRolePolicies(name: string): Promise<readonly string[] | undefined>;
  detachRolePolicy(name: string, policyArn: string): Promise<boolean>;
  deleteRole(name: string): Promise<boolean>;
  /** Every page of the roles under `pathPrefix`. */
  listRoles(pathPrefix: string): Promise<readonly { readonly name: string; readonly path: string }[]>;
  close(): void;
}

/** IAM said no, after the SDK's retries. `code` is IAM's error code (`AccessDenied`, `LimitExceeded`, ...). */
export class IamCallError extends Error {
  readonly code: string;
  readonly action: string;

  constructor(action: string, code: string) {
    super(`IAM ${action} failed: ${code}`);
    this.name = 'IamCallError';
    this.action = action;
    this.code = code;
  }
}

/** IAM error codes are letters; anything else (a transport error text) is not echoed. */
export function iamCode(error: unknown): string {
  const e = error as { name?: unknown; Code?: unknown; code?: unknown };
  for (const candidate of [e.Code, e.name, e.code]) {
    if (typeof candidate === 'string' && /^[A-Za-z][A-Za-z0-9.]{0,63}$/.test(candidate)) return candidate.replace(/Exception$/, '');
  }
  return 'UnknownError';
}
