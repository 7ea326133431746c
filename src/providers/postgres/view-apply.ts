import { ProviderError } from '../errors.js';
import type { Operation } from '../contract.js';
import type { PgSession } from './session.js';
import { externalDependents, readViewObjects } from './view-catalog.js';
import type { ViewStatements } from './view-plan.js';
import type { CheckedGrant, PgTargetGrant } from './validate.js';

/**
 * Runs the planned view statements inside the grant's transaction. Like the
 * role, what this request already made is not made again (a re-run grant
 * converges); the read-back then holds what exists to the plan. A schema by
 * these names that is not this request's stops the grant.
 */
export async function applyViews(session: PgSession, grant: PgTargetGrant, checked: CheckedGrant, s: ViewStatements): Promise<void> {
  const objects = await readViewObjects(session, grant, checked, false);
  const foreign = [objects.viewSchema === 'foreign' && checked.viewSchema, s.keySchema.length > 0 && objects.keySchema === 'foreign' && checked.keySchema];
  for (const name of foreign) {
    if (name !== false) throw new ProviderError('E_PG_SCHEMA_FOREIGN', grant.target.name, `schema ${name} exists and is not this request's`);
  }
  const run = async (ops: readonly Operation[]): Promise<void> => {
    for (const op of ops) await session.run(op);
  };
  if (objects.viewSchema === 'absent') await run(s.schema);
  if (objects.keySchema === 'absent') await run(s.keySchema);
  if (!objects.keyTable) await run(s.keyTable);
  for (const v of s.views) if (!objects.views.includes(v.view)) await session.run(v.create);
  await run(s.grants);
}

/**
 * Inside the revocation's transaction (or one of its own when the role is
 * already gone): drops each of the request's schemas that is ours, after
 * making sure nothing outside them depends on them.
 */
export async function dropViewSchemas(
  session: PgSession,
  grant: PgTargetGrant,
  checked: CheckedGrant,
  drops: { readonly views: Operation; readonly key: Operation },
): Promise<void> {
  const objects = await readViewObjects(session, grant, checked, true);
  const ops = [...(objects.viewSchema === 'ours' ? [drops.views] : []), ...(objects.keySchema === 'ours' ? [drops.key] : [])];
  if (ops.length === 0) return;
  const dependents = await externalDependents(session, checked);
  if (dependents.length > 0) {
    throw new ProviderError('E_PG_VIEW_DEPENDENTS', grant.target.name, `${dependents.slice(0, 10).join(', ')} depend on the request's views`);
  }
  for (const op of ops) await session.run(op);
}

/** Whether any of the request's schemas is ours and still there: a revoke without a role still has work. */
export async function viewSchemasLeft(session: PgSession, grant: PgTargetGrant, checked: CheckedGrant): Promise<boolean> {
  const objects = await readViewObjects(session, grant, checked, true);
  return objects.viewSchema === 'ours' || objects.keySchema === 'ours';
}
