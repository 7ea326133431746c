import { describeError } from '../errors.js';
import { READBACK_SAVEPOINT } from './plan.js';
import type { PgSession } from './session.js';
import { parseTag } from './tag.js';
import { usesHashKey } from './view-check.js';
import { readViewObjects } from './view-catalog.js';
import { definitionReadBack, PIN_SEARCH_PATH_SQL } from './view-plan.js';
import { keyCountReadBack, keyTableReadBack, schemaReadBack, viewObjectReadBack } from './view-readback.js';
import type { CheckedGrant, PgTargetGrant } from './validate.js';

export interface ViewInspection {
  /** Every planned view is in effect exactly as planned (true when none is planned). */
  readonly present: boolean;
  /** Neither of the request's schemas is left. */
  readonly gone: boolean;
}

interface SchemaRow {
  nspname: string;
  present: boolean;
  owner: string | null;
  tag: string | null;
  usable: boolean | null;
  relations: number | null;
  extra: string[];
}

interface ViewRow {
  name: string;
  present: boolean;
  relkind: string | null;
  owner: string | null;
  barrier: boolean;
  selectable: boolean | null;
  extra: string[];
}

/**
 * The views half of the read-back. `inGrant`: called inside the grant's
 * transaction, where the definition check runs between the planned
 * savepoint statements; elsewhere it runs in a transaction of its own that
 * is rolled back. Problems go to `details`.
 */
export async function inspectViews(
  session: PgSession,
  grant: PgTargetGrant,
  checked: CheckedGrant,
  inGrant: boolean,
  details: string[],
): Promise<ViewInspection> {
  const objects = await readViewObjects(session, grant, checked, true);
  const gone = objects.viewSchema !== 'ours' && objects.keySchema !== 'ours';
  if (objects.viewSchema === 'ours') details.push(`schema ${checked.viewSchema} exists`);
  if (objects.keySchema === 'ours') details.push(`schema ${checked.keySchema} exists`);
  if (checked.views.length === 0) return { present: true, gone };
  if (objects.viewSchema !== 'ours') return { present: false, gone };

  const before = details.length;
  const hash = usesHashKey(checked.views);
  const ours = (tag: string | null): boolean => {
    const t = parseTag(tag);
    return t.kind === 'ok' && t.tag.request === grant.requestId && t.tag.target === grant.target.name;
  };
  const schemas = (await session.query<SchemaRow>(schemaReadBack(checked))).rows;
  for (const s of schemas) {
    const wanted = s.nspname === checked.viewSchema || hash;
    if (!wanted) {
      if (s.present) details.push(`schema ${s.nspname} exists though no view hashes`);
      continue;
    }
    if (!s.present) details.push(`schema ${s.nspname} is missing`);
    else {
      if (s.owner !== checked.grantor || !ours(s.tag)) details.push(`schema ${s.nspname} is not the grantor's with this request's tag`);
      const relations = s.nspname === checked.viewSchema ? checked.views.length : 1;
      if (s.relations !== relations) details.push(`schema ${s.nspname} holds ${s.relations ?? 0} relations, not ${relations}`);
      for (const e of s.extra) details.push(`schema ${s.nspname}: ${e} is not planned`);
    }
  }
  if (schemas[0]?.usable !== true) details.push(`${checked.principal} cannot use schema ${checked.viewSchema}`);
  for (const v of (await session.query<ViewRow>(viewObjectReadBack(checked))).rows) {
    const name = `${checked.viewSchema}.${v.name}`;
    if (!v.present || v.relkind !== 'v') details.push(`view ${name} is missing`);
    else {
      if (v.owner !== checked.grantor) details.push(`view ${name} is owned by ${v.owner ?? 'nobody'}`);
      if (!v.barrier) details.push(`view ${name} is not security_barrier`);
      if (v.selectable !== true) details.push(`${checked.principal} cannot read view ${name}`);
      for (const e of v.extra) details.push(`view ${name}: ${e} is not planned`);
    }
  }
  if (hash) await inspectKey(session, checked, details);
  if (details.length === before) await compareDefinitions(session, grant, checked, inGrant, details);
  return { present: details.length === before, gone };
}

async function inspectKey(session: PgSession, checked: CheckedGrant, details: string[]): Promise<void> {
  const key = (await session.query<{ present: boolean; owner: string | null; extra: string[] }>(keyTableReadBack(checked))).rows[0];
  if (key?.present !== true) {
    details.push(`the hash key table of ${checked.keySchema} is missing`);
    return;
  }
  if (key.owner !== checked.grantor) details.push(`the hash key table is owned by ${key.owner ?? 'nobody'}`);
  for (const e of key.extra) details.push(`the hash key table: ${e} is not planned`);
  const count = (await session.query<{ keys: number }>(keyCountReadBack(checked))).rows[0]?.keys;
  if (count !== 1) details.push(`the hash key table holds ${count ?? 0} keys, not 1`);
}

/** Each live view beside the planned text created again under a scratch name; never committed. */
async function compareDefinitions(session: PgSession, grant: PgTargetGrant, checked: CheckedGrant, inGrant: boolean, details: string[]): Promise<void> {
  const ops = definitionReadBack(checked, grant.expiresAt);
  await session.undone(READBACK_SAVEPOINT, async () => {
    try {
      // As the grant made them (it pinned the path for its whole transaction); the rollback undoes it.
      if (!inGrant) await session.query(PIN_SEARCH_PATH_SQL);
      for (const op of ops.create) await (inGrant ? session.run(op) : session.query(op.text));
      const { rows } = await (inGrant
        ? session.run<{ name: string; same: boolean }>(ops.compare)
        : session.query<{ name: string; same: boolean }>(ops.compare.text));
      for (const r of rows) if (!r.same) details.push(`view ${checked.viewSchema}.${r.name} is not defined as planned`);
    } catch (error) {
      details.push(`the planned views could not be compared: ${describeError(error)}`);
    }
  });
}
