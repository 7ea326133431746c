import { findCredential } from './credentials.js';
import { matches } from '../shared/patterns.js';
import { joinPointer, pointerSegments } from './pointer.js';
import { schemaRegistry } from './schemas.js';

/**
 * A JSON pointer as it may be shown to people. User-chosen keys appear only
 * if they are schema property names or pass the strict name pattern (and do
 * not look like a credential: a lower-case Slack token passes that pattern);
 * otherwise the pointer stops at the parent.
 */
export function shownPointer(pointer: string): string {
  const names = schemaRegistry().propertyNames;
  const kept: string[] = [];
  for (const segment of pointerSegments(pointer) ?? []) {
    if (!(/^(?:0|[1-9][0-9]{0,5})$/.test(segment) || names.has(segment) || matches('name', segment))) break;
    if (findCredential(segment) !== undefined) break;
    kept.push(segment);
  }
  return joinPointer('', ...kept);
}

/** How a diagnostic names a field in its message: `field "grants/0/table"`, or the document itself. */
export function fieldLabel(shown: string): string {
  return shown === '' ? 'the top level of the file' : `field "${shown.slice(1)}"`;
}
