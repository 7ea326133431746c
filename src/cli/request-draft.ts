import { Document, isNode, visit } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { RawGrant } from '../load/raw.js';
import type { Decision } from '../policy/decision.js';
import type { PolicySet } from '../policy/types.js';
import { parseRequestFile } from '../request/parse.js';
import type { AccessRequest, RequestGrant } from '../request/types.js';
import { offlineDecision, offlineReasons, type OfflineFacts } from './verdict.js';

/** A request about to be written, field for field as the file will hold it. */
export interface RequestDraft {
  readonly requester: string;
  readonly profile: string;
  readonly duration?: string;
  readonly reason?: string;
  readonly ticket?: string;
  readonly extends?: string;
  readonly grants: readonly RawGrant[];
}

export const SCHEMA_COMMENT = ' yaml-language-server: $schema=../schemas/access-request.schema.json';

/**
 * The file text, written by the YAML library so every value is quoted as it
 * needs (a reason with `: ` or `#`, a ticket that reads as a number), lists
 * inside a grant (privileges, columns, ...) in flow style as people write them.
 */
export function draftYaml(d: RequestDraft): string {
  const data = {
    requester: d.requester,
    profile: d.profile,
    ...(d.duration !== undefined ? { duration: d.duration } : {}),
    ...(d.reason !== undefined ? { reason: d.reason } : {}),
    ...(d.ticket !== undefined ? { ticket: d.ticket } : {}),
    ...(d.extends !== undefined ? { extends: d.extends } : {}),
    grants: d.grants,
  };
  const doc = new Document(data, { version: '1.2' });
  d.grants.forEach((_, i) => {
    // Every list inside a grant (privileges, columns, IAM actions and resources), whatever its kind.
    const grant = doc.getIn(['grants', i], true);
    if (isNode(grant)) visit(grant, { Seq: (_key, node) => void (node.flow = true) });
  });
  return `#${SCHEMA_COMMENT}\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}

/** A request's grants as the file writes them. */
export function rawGrants(grants: readonly RequestGrant[]): RawGrant[] {
  return grants.map((g): RawGrant => (g.kind === 'bundle' ? { target: g.target, bundle: g.bundle } : { target: g.target, ...g.raw }));
}

export type DraftCheck =
  | { readonly ok: true; readonly request: AccessRequest; readonly decision: Decision; readonly notes: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * The draft put through exactly what `validate` and the PR check run on the
 * file once written: the loader (encoding, decoded text, credentials,
 * schema) and the policy evaluation. Anything they refuse is refused before
 * a byte is written.
 */
export function checkDraft(path: string, text: string, policy: PolicySet, facts: OfflineFacts): DraftCheck {
  const parsed = parseRequestFile({ path, bytes: new TextEncoder().encode(text) });
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const decision = offlineDecision(parsed.value, policy, facts);
  const reasons = offlineReasons(decision);
  if (reasons.some((r) => r.severity === 'error')) return { ok: false, diagnostics: reasons };
  return { ok: true, request: parsed.value, decision, notes: reasons.filter((r) => r.severity === 'warning') };
}

/** A refusal of the command itself (not of the file): one diagnostic with a stable code. */
export class RequestRefused extends Error {
  readonly diagnostics: readonly Diagnostic[];
  /** What was left behind when the refusal came after a change (said instead of "Nothing was written."). */
  readonly leftBehind?: string;

  constructor(diagnostics: readonly Diagnostic[], leftBehind?: string) {
    super(diagnostics[0]?.message ?? 'refused');
    this.diagnostics = diagnostics;
    if (leftBehind !== undefined) this.leftBehind = leftBehind;
  }
}

export function refuse(code: Parameters<typeof diagnostic>[0], message: string, file?: string): RequestRefused {
  return new RequestRefused([diagnostic(code, message, file !== undefined ? { file } : {})]);
}
