import {
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListRoleTagsCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  TagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  type IAMClientConfig,
} from '@aws-sdk/client-iam';
import type { Tag } from './documents.js';
import { IamCallError, iamCode, type CreateRoleInput, type IamPort, type IamRole } from './iam.js';

/** What the SDK client is built from; the credentials come from the environment the target names, or a test. */
export interface SdkIamOptions {
  readonly region: string;
  readonly credentials: NonNullable<IAMClientConfig['credentials']>;
  /** Another endpoint than IAM's own (the tests' stand-in). */
  readonly endpoint?: string;
  /** The SDK's attempts per call, its standard retry with backoff for throttling and 5xx. */
  readonly maxAttempts?: number;
}

const MISSING = new Set(['NoSuchEntity', 'NoSuchEntityException']);
const EXISTS = new Set(['EntityAlreadyExists', 'EntityAlreadyExistsException']);

/** An IAM port over @aws-sdk/client-iam: one client, the SDK's standard retry mode. */
export function createSdkIam(options: SdkIamOptions): IamPort {
  const client = new IAMClient({
    region: options.region,
    credentials: options.credentials,
    maxAttempts: options.maxAttempts ?? 5,
    retryMode: 'standard',
    ...(options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
  });

  /** Runs one call; a missing entity answers `missing`, anything else is an IamCallError naming IAM's code. */
  async function send<T>(action: string, run: () => Promise<T>): Promise<T | typeof GONE> {
    try {
      return await run();
    } catch (error) {
      const code = iamCode(error);
      if (MISSING.has(code) || MISSING.has(`${code}Exception`)) return GONE;
      throw new IamCallError(action, code);
    }
  }

  async function pages<T>(
    action: string,
    page: (marker: string | undefined) => Promise<{ items: readonly T[]; next: string | undefined }>,
  ): Promise<T[] | undefined> {
    const all: T[] = [];
    let marker: string | undefined;
    do {
      const got = await send(action, () => page(marker));
      if (got === GONE) return undefined;
      all.push(...got.items);
      marker = got.next;
    } while (marker !== undefined);
    return all;
  }

  const tagsOf = (tags: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined): Tag[] =>
    (tags ?? []).flatMap((t) => (t.Key !== undefined ? [{ Key: t.Key, Value: t.Value ?? '' }] : []));
  const next = (truncated: boolean | undefined, marker: string | undefined): string | undefined => (truncated === true ? marker : undefined);

  return {
    async createRole(input: CreateRoleInput) {
      try {
        await client.send(new CreateRoleCommand({ ...input, Tags: [...input.Tags] }));
        return 'created';
      } catch (error) {
        const code = iamCode(error);
        if (EXISTS.has(code) || EXISTS.has(`${code}Exception`)) return 'exists';
        throw new IamCallError('CreateRole', code);
      }
    },
    async getRole(name) {
      const out = await send('GetRole', () => client.send(new GetRoleCommand({ RoleName: name })));
      if (out === GONE || out.Role === undefined) return undefined;
      const r = out.Role;
      const role: IamRole = {
        name: r.RoleName ?? '',
        path: r.Path ?? '',
        arn: r.Arn ?? '',
        trust: r.AssumeRolePolicyDocument,
        maxSessionDuration: r.MaxSessionDuration,
        description: r.Description,
        boundary: r.PermissionsBoundary?.PermissionsBoundaryArn,
        tags: tagsOf(r.Tags),
      };
      return role;
    },
    async updateAssumeRolePolicy(name, document) {
      await must('UpdateAssumeRolePolicy', () => client.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: document })));
    },
    async updateRole(name, maxSessionDuration, description) {
      await must('UpdateRole', () => client.send(new UpdateRoleCommand({ RoleName: name, MaxSessionDuration: maxSessionDuration, Description: description })));
    },
    async tagRole(name, tags) {
      await must('TagRole', () => client.send(new TagRoleCommand({ RoleName: name, Tags: [...tags] })));
    },
    listRoleTags: (name) =>
      pages('ListRoleTags', async (marker) => {
        const out = await client.send(new ListRoleTagsCommand({ RoleName: name, ...(marker !== undefined ? { Marker: marker } : {}) }));
        return { items: tagsOf(out.Tags), next: next(out.IsTruncated, out.Marker) };
      }),
    async putRolePermissionsBoundary(name, policyArn) {
      await must('PutRolePermissionsBoundary', () => client.send(new PutRolePermissionsBoundaryCommand({ RoleName: name, PermissionsBoundary: policyArn })));
    },
    async putRolePolicy(name, policyName, document) {
      await must('PutRolePolicy', () => client.send(new PutRolePolicyCommand({ RoleName: name, PolicyName: policyName, PolicyDocument: document })));
    },
    async getRolePolicy(name, policyName) {
      const out = await send('GetRolePolicy', () => client.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policyName })));
      return out === GONE ? undefined : out.PolicyDocument;
    },
    listRolePolicies: (name) =>
      pages('ListRolePolicies', async (marker) => {
        const out = await client.send(new ListRolePoliciesCommand({ RoleName: name, ...(marker !== undefined ? { Marker: marker } : {}) }));
        return { items: out.PolicyNames ?? [], next: next(out.IsTruncated, out.Marker) };
      }),
    async deleteRolePolicy(name, policyName) {
      return (await send('DeleteRolePolicy', () => client.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: policyName })))) !== GONE;
    },
    listAttachedRolePolicies: (name) =>
      pages('ListAttachedRolePolicies', async (marker) => {
        const out = await client.send(new ListAttachedRolePoliciesCommand({ RoleName: name, ...(marker !== undefined ? { Marker: marker } : {}) }));
        return {
          items: (out.AttachedPolicies ?? []).flatMap((p) => (p.PolicyArn !== undefined ? [p.PolicyArn] : [])),
          next: next(out.IsTruncated, out.Marker),
        };
      }),
    async detachRolePolicy(name, policyArn) {
      return (await send('DetachRolePolicy', () => client.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: policyArn })))) !== GONE;
    },
    async deleteRole(name) {
      return (await send('DeleteRole', () => client.send(new DeleteRoleCommand({ RoleName: name })))) !== GONE;
    },
    async listRoles(pathPrefix) {
      const roles = await pages('ListRoles', async (marker) => {
        const out = await client.send(new ListRolesCommand({ PathPrefix: pathPrefix, ...(marker !== undefined ? { Marker: marker } : {}) }));
        return {
          items: (out.Roles ?? []).map((r) => ({ name: r.RoleName ?? '', path: r.Path ?? '' })),
          next: next(out.IsTruncated, out.Marker),
        };
      });
      return roles ?? [];
    },
    close() {
      client.destroy();
    },
  };

  /** A write whose entity must exist: a missing one is an error here (the caller waits for consistency around it). */
  async function must(action: string, run: () => Promise<unknown>): Promise<void> {
    const out = await send(action, run);
    if (out === GONE) throw new IamCallError(action, 'NoSuchEntity');
  }
}

const GONE: unique symbol = Symbol('gone');
