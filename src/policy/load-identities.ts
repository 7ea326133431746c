import { failed, hasErrors, ok, type Diagnostic, type Result } from '../diagnostics.js';
import { loadFile } from '../load/load.js';
import type { RawIdentities } from '../load/raw.js';
import { reporter, type Reporter } from '../load/report.js';
import type { SourceFile } from '../load/source.js';
import type { ProviderCatalog } from './provider-rules.js';
import type { Identity } from './types.js';

/**
 * People are matched by numeric id and logins are case-insensitive on
 * GitHub, so either repeating would make "who is this" ambiguous; two people
 * sharing a login role would receive each other's grants.
 */
function identityChecks(raw: RawIdentities, fields: readonly string[], report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const logins = new Map<string, number>();
  const ids = new Map<number, number>();
  const roles = new Map<string, number>();
  raw.identities.forEach((identity, i) => {
    const at = `/identities/${i}`;
    const login = identity.login.toLowerCase();
    const firstLogin = logins.get(login);
    if (firstLogin !== undefined) out.push(report('E_IDENTITY_DUPLICATE_LOGIN', `Identities ${firstLogin} and ${i} have the same login.`, `${at}/login`));
    else logins.set(login, i);
    const firstId = ids.get(identity.id);
    if (firstId !== undefined) out.push(report('E_IDENTITY_DUPLICATE_ID', `Identities ${firstId} and ${i} have the same id.`, `${at}/id`));
    else ids.set(identity.id, i);
    for (const field of fields) {
      const principal = identity[field];
      if (typeof principal !== 'string') continue;
      const key = `${field}\0${principal}`;
      const firstRole = roles.get(key);
      if (firstRole !== undefined) {
        out.push(report('E_IDENTITY_DUPLICATE_PRINCIPAL', `Identities ${firstRole} and ${i} have the same ${field} role.`, `${at}/${field}`));
      } else {
        roles.set(key, i);
      }
    }
  });
  return out;
}

/** The identities.yaml fields providers declare for a person's default principal. */
export function identityFields(providers: ProviderCatalog): string[] {
  const fields = new Set<string>();
  for (const id of providers.ids) {
    const field = providers.rules(id)?.principal.identityField;
    if (field !== undefined) fields.add(field);
  }
  return [...fields].sort();
}

function toIdentity(raw: RawIdentities['identities'][number], fields: readonly string[]): Identity {
  const principals = new Map<string, string>();
  for (const field of fields) {
    const value = raw[field];
    if (typeof value === 'string') principals.set(field, value);
  }
  return { login: raw.login, id: raw.id, principals, targets: new Map(Object.entries(raw.targets ?? {})) };
}

export interface IdentitiesRead {
  readonly raw?: RawIdentities;
  readonly identities?: readonly Identity[];
  readonly report?: Reporter;
  readonly diagnostics: readonly Diagnostic[];
}

export function readIdentities(file: SourceFile, providers: ProviderCatalog): IdentitiesRead {
  const loaded = loadFile(file, 'identities');
  if (!loaded.ok) return { diagnostics: loaded.diagnostics };
  const report = reporter(loaded.value.file, loaded.value.locate);
  const raw = loaded.value.data;
  const fields = identityFields(providers);
  return { raw, identities: raw.identities.map((i) => toIdentity(i, fields)), report, diagnostics: identityChecks(raw, fields, report) };
}

/** policies/identities.yaml -> identities (checks that need targets.yaml run in loadPolicySet). */
export function parseIdentitiesFile(file: SourceFile, providers: ProviderCatalog): Result<readonly Identity[]> {
  const read = readIdentities(file, providers);
  if (read.identities === undefined || hasErrors(read.diagnostics)) return failed(read.diagnostics);
  return ok(read.identities);
}
