import { failed, hasErrors, ok, type Diagnostic, type Result } from '../diagnostics.js';
import { loadFile } from '../load/load.js';
import type { RawIdentities } from '../load/raw.js';
import { reporter, type Reporter } from '../load/report.js';
import type { SourceFile } from '../load/source.js';
import type { Identity } from './types.js';

/**
 * People are matched by numeric id and logins are case-insensitive on
 * GitHub, so either repeating would make "who is this" ambiguous; two people
 * sharing a login role would receive each other's grants.
 */
function identityChecks(raw: RawIdentities, report: Reporter): Diagnostic[] {
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
    if (identity.postgres !== undefined) {
      const firstRole = roles.get(identity.postgres);
      if (firstRole !== undefined) {
        out.push(report('E_IDENTITY_DUPLICATE_PRINCIPAL', `Identities ${firstRole} and ${i} have the same postgres role.`, `${at}/postgres`));
      } else {
        roles.set(identity.postgres, i);
      }
    }
  });
  return out;
}

function toIdentity(raw: RawIdentities['identities'][number]): Identity {
  return {
    login: raw.login,
    id: raw.id,
    ...(raw.postgres !== undefined ? { postgres: raw.postgres } : {}),
    targets: new Map(Object.entries(raw.targets ?? {})),
  };
}

export interface IdentitiesRead {
  readonly raw?: RawIdentities;
  readonly identities?: readonly Identity[];
  readonly report?: Reporter;
  readonly diagnostics: readonly Diagnostic[];
}

export function readIdentities(file: SourceFile): IdentitiesRead {
  const loaded = loadFile(file, 'identities');
  if (!loaded.ok) return { diagnostics: loaded.diagnostics };
  const report = reporter(loaded.value.file, loaded.value.locate);
  const raw = loaded.value.data;
  return { raw, identities: raw.identities.map(toIdentity), report, diagnostics: identityChecks(raw, report) };
}

/** policies/identities.yaml -> identities (checks that need targets.yaml run in loadPolicySet). */
export function parseIdentitiesFile(file: SourceFile): Result<readonly Identity[]> {
  const read = readIdentities(file);
  if (read.identities === undefined || hasErrors(read.diagnostics)) return failed(read.diagnostics);
  return ok(read.identities);
}
