import { diagnostic, failed, ok, type Diagnostic, type Result } from '../diagnostics.js';
import { loadFile } from '../load/load.js';
import { classifyPath, displayPath } from '../load/paths.js';
import { plainCopy } from '../load/plain.js';
import type { RawGrant, RawRequest } from '../load/raw.js';
import { FILE_START, type SourceFile } from '../load/source.js';
import type { AccessRequest, Locate, RequestGrant } from './types.js';

/** The request id a path names (`access-requests/<id>.yaml`), or undefined. */
export function requestIdFromPath(path: string): string | undefined {
  const role = classifyPath(path);
  return role.role === 'request' ? role.id : undefined;
}

function filenameDiagnostic(path: string): Diagnostic {
  return diagnostic('E_REQUEST_FILENAME', 'Request files must be access-requests/<id>.yaml directly under access-requests/ (lowercase id, .yaml extension).', {
    file: displayPath(path),
    pointer: '',
    position: FILE_START,
  });
}

function toGrant(raw: RawGrant): RequestGrant {
  if ('bundle' in raw && typeof raw.bundle === 'string') return { kind: 'bundle', target: raw.target, bundle: raw.bundle };
  const fields: { [key: string]: unknown } = {};
  for (const [key, value] of Object.entries(raw)) if (key !== 'target') fields[key] = plainCopy(value);
  return { kind: 'grant', target: raw.target, raw: fields };
}

function toRequest(id: string, path: string, raw: RawRequest, locate: Locate): AccessRequest {
  return {
    id,
    path,
    requester: raw.requester,
    profile: raw.profile,
    ...(raw.duration !== undefined ? { duration: raw.duration } : {}),
    ...(raw.reason !== undefined ? { reason: raw.reason } : {}),
    ...(raw.ticket !== undefined ? { ticket: raw.ticket } : {}),
    ...(raw.extends !== undefined ? { extends: raw.extends } : {}),
    grants: raw.grants.map(toGrant),
    locate,
  };
}

/**
 * One request file -> a typed request, pure. The id comes from the file name,
 * which must itself be valid; the content is loaded and checked even when the
 * name is wrong, so one run reports everything.
 */
export function parseRequestFile(file: SourceFile): Result<AccessRequest> {
  const id = requestIdFromPath(file.path);
  const loaded = loadFile(file, 'request');
  const problems = [...(id === undefined ? [filenameDiagnostic(file.path)] : []), ...(loaded.ok ? [] : loaded.diagnostics)];
  if (!loaded.ok || id === undefined) return failed(problems);
  return ok(toRequest(id, file.path, loaded.value.data, loaded.value.locate));
}
