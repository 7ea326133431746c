import { randomBytes } from 'node:crypto';
import { checkDocument, IamError, LIMITS, noSuchRole, nonSpace, validation, type RoleRecord } from './state.js';
import type { XmlFields, XmlValue } from './xml.js';

/** What an operation sees: the account, its parameters, the clock and the visibility rules. */
export interface OpContext {
  readonly accountId: string;
  readonly partition: string;
  readonly roles: Map<string, RoleRecord>;
  /** Roles deleted but still readable for this many more requests (eventual consistency after DeleteRole). */
  readonly lingering: Map<string, { record: RoleRecord; reads: number }>;
  readonly params: ReadonlyMap<string, string>;
  readonly now: () => number;
  /** Requests a newly created role stays invisible for (0: visible at once). */
  readonly hideNewFor: number;
  /** Requests a deleted role stays readable for (0: gone at once). */
  readonly lingerFor: number;
  /** Pages hold at most this many items unless MaxItems asks for fewer. */
  readonly pageSize: number;
}

export type Operation = (ctx: OpContext) => XmlFields | undefined;

const param = (ctx: OpContext, name: string): string => {
  const value = ctx.params.get(name);
  if (value === undefined || value === '')
    throw validation(
      `1 validation error detected: Value null at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`,
    );
  return value;
};
const optional = (ctx: OpContext, name: string): string | undefined => ctx.params.get(name);

function roleName(ctx: OpContext): string {
  const name = param(ctx, 'RoleName');
  if (!LIMITS.roleName.test(name))
    throw validation(
      `1 validation error detected: Value at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64 and match pattern [\\w+=,.@-]+`,
    );
  return name;
}

/** The role as a reader sees it now: hidden while just created, still there while lingering after deletion. */
function visibleRole(ctx: OpContext, name: string): RoleRecord {
  const role = ctx.roles.get(name);
  if (role !== undefined) {
    if (role.hiddenFor > 0) {
      role.hiddenFor -= 1;
      throw noSuchRole(name);
    }
    return role;
  }
  const ghost = ctx.lingering.get(name);
  if (ghost !== undefined && ghost.reads > 0) {
    ghost.reads -= 1;
    if (ghost.reads === 0) ctx.lingering.delete(name);
    return ghost.record;
  }
  throw noSuchRole(name);
}

/** A write needs the real role; a just-created one may still be unknown to the write path too. */
function writableRole(ctx: OpContext, name: string): RoleRecord {
  const role = ctx.roles.get(name);
  if (role === undefined) throw noSuchRole(name);
  if (role.hiddenFor > 0) {
    role.hiddenFor -= 1;
    throw noSuchRole(name);
  }
  return role;
}

function listParam(ctx: OpContext, prefix: string, fields: readonly string[]): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let i = 1; ; i++) {
    const entry: Record<string, string> = {};
    for (const f of fields) {
      const v = ctx.params.get(`${prefix}.member.${i}.${f}`);
      if (v !== undefined) entry[f] = v;
    }
    if (Object.keys(entry).length === 0) return out;
    out.push(entry);
  }
}

function readTags(ctx: OpContext): [string, string][] {
  const tags = listParam(ctx, 'Tags', ['Key', 'Value']).map((t): [string, string] => [t.Key ?? '', t.Value ?? '']);
  for (const [k, v] of tags) {
    if (!LIMITS.tagKey.test(k) || !LIMITS.tagValue.test(v) || k.toLowerCase().startsWith('aws:'))
      throw validation("1 validation error detected: Value at 'tags' failed to satisfy constraint: tag keys and values must match the allowed pattern");
  }
  return tags;
}

function applyTags(role: RoleRecord, tags: readonly [string, string][]): void {
  for (const [k, v] of tags) role.tags.set(k, v);
  if (role.tags.size > LIMITS.tagsPerRole) throw new IamError(409, 'LimitExceeded', `Cannot exceed quota for TagsPerRole: ${LIMITS.tagsPerRole}`);
}

function checkBoundary(arn: string): void {
  if (!LIMITS.policyArn.test(arn)) throw new IamError(400, 'InvalidInput', 'ARN is not a valid managed policy ARN.');
}

function checkSession(value: string | undefined): number {
  const seconds = value === undefined ? 3600 : Number(value);
  if (!Number.isInteger(seconds) || seconds < 3600 || seconds > 43_200)
    throw validation("1 validation error detected: Value at 'maxSessionDuration' failed to satisfy constraint: Member must have value between 3600 and 43200");
  return seconds;
}

function roleXml(ctx: OpContext, r: RoleRecord, full: boolean): XmlFields {
  return {
    Path: r.path,
    RoleName: r.name,
    RoleId: r.id,
    Arn: `arn:${ctx.partition}:iam::${ctx.accountId}:role${r.path}${r.name}`,
    CreateDate: r.created,
    AssumeRolePolicyDocument: encodeURIComponent(r.trust),
    Description: r.description,
    MaxSessionDuration: r.maxSessionDuration,
    ...(full && r.boundary !== undefined
      ? { PermissionsBoundary: { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: r.boundary } }
      : {}),
    ...(full && r.tags.size > 0 ? { Tags: [...r.tags].map(([Key, Value]) => ({ Key, Value })) } : {}),
  };
}

/** One page of `items` from the request's Marker (an index, opaque to the client). */
function page<T>(ctx: OpContext, items: readonly T[]): { items: readonly T[]; IsTruncated: boolean; Marker: string | undefined } {
  const marker = optional(ctx, 'Marker');
  const start = marker === undefined ? 0 : Number(Buffer.from(marker, 'base64url').toString('utf8'));
  if (!Number.isInteger(start) || start < 0 || start > items.length) throw validation('Invalid Marker');
  const max = Math.min(ctx.pageSize, Number(optional(ctx, 'MaxItems') ?? ctx.pageSize));
  const end = start + max;
  const truncated = end < items.length;
  return { items: items.slice(start, end), IsTruncated: truncated, Marker: truncated ? Buffer.from(String(end)).toString('base64url') : undefined };
}

const paged = (p: { IsTruncated: boolean; Marker: string | undefined }): XmlFields => ({
  IsTruncated: p.IsTruncated,
  ...(p.Marker !== undefined ? { Marker: p.Marker } : {}),
});

function inlineTotal(role: RoleRecord): number {
  let total = 0;
  for (const doc of role.policies.values()) total += nonSpace(doc);
  return total;
}

export const OPERATIONS: Readonly<Record<string, Operation>> = {
  CreateRole(ctx) {
    const name = roleName(ctx);
    const path = optional(ctx, 'Path') ?? '/';
    if (!LIMITS.path.test(path) || path.length > LIMITS.pathLength)
      throw validation("1 validation error detected: Value at 'path' failed to satisfy constraint");
    const trust = param(ctx, 'AssumeRolePolicyDocument');
    if (trust.length > LIMITS.trustLength) throw new IamError(409, 'LimitExceeded', `Cannot exceed quota for ACLSizePerRole: ${LIMITS.trustLength}`);
    checkDocument(trust, 'AssumeRolePolicyDocument');
    const description = optional(ctx, 'Description');
    if (description !== undefined && !LIMITS.description.test(description)) throw validation("Value at 'description' failed to satisfy constraint");
    const boundary = optional(ctx, 'PermissionsBoundary');
    if (boundary !== undefined) checkBoundary(boundary);
    const tags = readTags(ctx);
    if ([...ctx.roles.keys()].some((k) => k.toLowerCase() === name.toLowerCase()))
      throw new IamError(409, 'EntityAlreadyExists', `Role with name ${name} already exists.`);
    const role: RoleRecord = {
      name,
      path,
      id: `AROA${randomBytes(8).toString('hex').toUpperCase().slice(0, 17)}`,
      created: new Date(ctx.now()).toISOString(),
      trust,
      description,
      maxSessionDuration: checkSession(optional(ctx, 'MaxSessionDuration')),
      boundary,
      tags: new Map(),
      policies: new Map(),
      attached: new Set(),
      hiddenFor: ctx.hideNewFor,
    };
    applyTags(role, tags);
    ctx.roles.set(name, role);
    ctx.lingering.delete(name);
    return { Role: roleXml(ctx, role, true) };
  },
  GetRole: (ctx) => ({ Role: roleXml(ctx, visibleRole(ctx, roleName(ctx)), true) }),
  UpdateRole(ctx) {
    const role = writableRole(ctx, roleName(ctx));
    const session = optional(ctx, 'MaxSessionDuration');
    if (session !== undefined) role.maxSessionDuration = checkSession(session);
    const description = optional(ctx, 'Description');
    if (description !== undefined) role.description = description;
    return {};
  },
  UpdateAssumeRolePolicy(ctx) {
    const role = writableRole(ctx, roleName(ctx));
    const doc = param(ctx, 'PolicyDocument');
    checkDocument(doc, 'PolicyDocument');
    role.trust = doc;
    return undefined;
  },
  TagRole(ctx) {
    applyTags(writableRole(ctx, roleName(ctx)), readTags(ctx));
    return undefined;
  },
  ListRoleTags(ctx) {
    const role = visibleRole(ctx, roleName(ctx));
    const p = page(
      ctx,
      [...role.tags].map(([Key, Value]) => ({ Key, Value })),
    );
    return { Tags: p.items as readonly XmlValue[], ...paged(p) };
  },
  PutRolePermissionsBoundary(ctx) {
    const role = writableRole(ctx, roleName(ctx));
    const arn = param(ctx, 'PermissionsBoundary');
    checkBoundary(arn);
    role.boundary = arn;
    return undefined;
  },
  PutRolePolicy(ctx) {
    const role = writableRole(ctx, roleName(ctx));
    const policy = param(ctx, 'PolicyName');
    if (!LIMITS.policyName.test(policy)) throw validation("Value at 'policyName' failed to satisfy constraint");
    const doc = param(ctx, 'PolicyDocument');
    checkDocument(doc, 'PolicyDocument');
    const others = inlineTotal(role) - nonSpace(role.policies.get(policy) ?? '');
    if (others + nonSpace(doc) > LIMITS.inlineTotal)
      throw new IamError(409, 'LimitExceeded', `Maximum policy size of ${LIMITS.inlineTotal} bytes exceeded for role ${role.name}`);
    role.policies.set(policy, doc);
    return undefined;
  },
  GetRolePolicy(ctx) {
    const role = visibleRole(ctx, roleName(ctx));
    const policy = param(ctx, 'PolicyName');
    const doc = role.policies.get(policy);
    if (doc === undefined) throw new IamError(404, 'NoSuchEntity', `The role policy with name ${policy} cannot be found.`);
    return { RoleName: role.name, PolicyName: policy, PolicyDocument: encodeURIComponent(doc) };
  },
  ListRolePolicies(ctx) {
    const p = page(ctx, [...visibleRole(ctx, roleName(ctx)).policies.keys()].sort());
    return { PolicyNames: p.items, ...paged(p) };
  },
  DeleteRolePolicy(ctx) {
    const role = writableRole(ctx, roleName(ctx));
    const policy = param(ctx, 'PolicyName');
    if (!role.policies.delete(policy)) throw new IamError(404, 'NoSuchEntity', `The role policy with name ${policy} cannot be found.`);
    return undefined;
  },
  ListAttachedRolePolicies(ctx) {
    const role = visibleRole(ctx, roleName(ctx));
    const p = page(
      ctx,
      [...role.attached].sort().map((arn) => ({ PolicyName: arn.split('/').at(-1) ?? arn, PolicyArn: arn })),
    );
    return { AttachedPolicies: p.items as readonly XmlValue[], ...paged(p) };
  },
  DetachRolePolicy(ctx) {
    const role = writableRole(ctx, roleName(ctx));
    const arn = param(ctx, 'PolicyArn');
    if (!role.attached.delete(arn)) throw new IamError(404, 'NoSuchEntity', `Policy ${arn} was not found.`);
    return undefined;
  },
  DeleteRole(ctx) {
    const name = roleName(ctx);
    const role = writableRole(ctx, name);
    if (role.policies.size > 0 || role.attached.size > 0) throw new IamError(409, 'DeleteConflict', 'Cannot delete entity, must delete policies first.');
    ctx.roles.delete(name);
    if (ctx.lingerFor > 0) ctx.lingering.set(name, { record: role, reads: ctx.lingerFor });
    return undefined;
  },
  ListRoles(ctx) {
    const prefix = optional(ctx, 'PathPrefix') ?? '/';
    const roles = [...ctx.roles.values()].filter((r) => r.hiddenFor === 0 && r.path.startsWith(prefix)).sort((a, b) => (a.name < b.name ? -1 : 1));
    const p = page(ctx, roles);
    return { Roles: p.items.map((r) => roleXml(ctx, r, false)), ...paged(p) };
  },
};

/** Operations that change the account (fault rules may target writes alone). */
export const WRITES: ReadonlySet<string> = new Set([
  'CreateRole',
  'UpdateRole',
  'UpdateAssumeRolePolicy',
  'TagRole',
  'PutRolePermissionsBoundary',
  'PutRolePolicy',
  'DeleteRolePolicy',
  'DetachRolePolicy',
  'DeleteRole',
]);
