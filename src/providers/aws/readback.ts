import type { Tag } from './documents.js';
import type { IamPort } from './iam.js';

/** A role as IAM shows it, with every inline policy's document and every attached policy. */
export interface RoleState {
  readonly path: string;
  /** Trust policy, URL-encoded as IAM returns it (or plain, for the expected side). */
  readonly trust: string | undefined;
  readonly maxSessionDuration: number | undefined;
  readonly boundary: string | undefined;
  readonly tags: readonly Tag[];
  readonly policies: ReadonlyMap<string, string>;
  readonly attached: readonly string[];
}

/** Undefined when IAM answers NoSuchEntity for the role (at any of the reads: it went away meanwhile). */
export async function readRole(api: IamPort, name: string): Promise<RoleState | undefined> {
  const role = await api.getRole(name);
  if (role === undefined) return undefined;
  const names = await api.listRolePolicies(name);
  if (names === undefined) return undefined;
  const policies = new Map<string, string>();
  for (const policy of names) {
    const doc = await api.getRolePolicy(name, policy);
    if (doc !== undefined) policies.set(policy, doc);
  }
  const attached = await api.listAttachedRolePolicies(name);
  if (attached === undefined) return undefined;
  return {
    path: role.path,
    trust: role.trust,
    maxSessionDuration: role.maxSessionDuration,
    boundary: role.boundary,
    tags: role.tags,
    policies,
    attached,
  };
}
