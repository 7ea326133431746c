/**
 * `grantbook plan` on this repository's row-filter example: what it prints
 * is what apply runs, and with credentials it counts the rows admitted.
 */
import { builtinRegistry } from '../../src/providers/catalog.js';
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectRepoFiles, readRepoFile } from '../../src/load/fs.js';
import { classifyPath } from '../../src/load/paths.js';
import { memoryLogger } from '../support/logger.js';
import { admittedRowLines } from '../../src/modes/apply/admitted.js';
import { groupByTarget } from '../../src/plan/request-plan.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { loadPolicySet } from '../../src/policy/load-set.js';
import type { Operation, Plan, Provider, TargetGrant } from '../../src/providers/contract.js';
import { parseRequestFile } from '../../src/request/parse.js';
import { createPostgresProvider } from '../../src/providers/postgres/provider.js';
import type { PgTargetGrant } from '../../src/providers/postgres/validate.js';
import { runCli } from '../support/cli.js';
import type { SampleDatabase } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';

const server = usePostgres();
const EXAMPLE = 'access-requests/bob-sup-5120.yaml';
let db: SampleDatabase;
let admin: pg.Client;

beforeAll(async () => {
  db = await server().createSampleDatabase();
  admin = await server().admin(db.name);
  // The example's table: the sample orders with the customer it filters on.
  await admin.query('ALTER TABLE public.orders ADD COLUMN customer_id bigint');
  await admin.query(
    `UPDATE public.orders SET customer_id = CASE WHEN id <= 6 THEN 4211 ELSE 4300 END, created_at = timestamptz '2026-05-01 08:00:00+00' + make_interval(mins => id::int)`,
  );
  await admin.query('ANALYZE public.orders');
});

describe('grantbook plan: the rows-and-masks example', () => {
  it('prints the view it creates, the name to query and that the rows are counted at apply', async () => {
    const run = await runCli(['plan', EXAMPLE, '--repo', 'acme/access']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('note: public.orders is read as gv_4f05e3d5993_bob_sup_5120.orders');
    expect(run.stdout).toContain(
      'rows: only where customer_id = 4211 and created_at from 2026-05-01T00:00:00Z to 2026-05-02T00:00:00Z (excluded); rows admitted: estimated at apply',
    );
    expect(run.stdout).toContain('masked: customer_email as hash');
    expect(run.stdout).toMatch(
      /CREATE VIEW "gv_4f05e3d5993_bob_sup_5120"\."orders" WITH \(security_barrier\) AS SELECT t\."id", .* FROM "public"\."orders" AS t WHERE t\."customer_id" IN \('4211'\) AND /,
    );
    expect(run.stdout).toContain('DROP SCHEMA IF EXISTS "gv_4f05e3d5993_bob_sup_5120" CASCADE');
  });

  it('is exactly what apply runs: every statement the provider executes is in the printed plan, in order', async () => {
    const run = await runCli(['plan', EXAMPLE, '--repo', 'acme/access', '--json']);
    const { plans } = JSON.parse(run.stdout) as { plans: { targetGrant: TargetGrant; plan: Plan }[] };
    const [first] = plans;
    if (first === undefined) throw new Error('no plan');
    const ran: Operation[] = [];
    const provider = createPostgresProvider(first.targetGrant.target as PgTargetGrant['target'], {
      connectionString: db.grantorUrl,
      onStatement: (op) => void ran.push(op),
    });
    try {
      await provider.grant(first.targetGrant as PgTargetGrant);
      const planned = first.plan.grant.map((op) => op.text);
      const executed = ran.map((op) => op.text);
      expect(executed.filter((t) => t.startsWith('CREATE VIEW "gv_'))).toHaveLength(2);
      let at = 0;
      for (const text of executed) {
        const found = planned.indexOf(text, at);
        expect(found, text.slice(0, 80)).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
      const { rows } = await admin.query<{ d: string }>(`SELECT pg_get_viewdef('gv_4f05e3d5993_bob_sup_5120.orders'::regclass) AS d`);
      expect(rows[0]?.d).toMatch(/customer_id = '4211'::bigint/);
      ran.length = 0;
      await provider.revoke(first.targetGrant as PgTargetGrant);
      for (const op of ran) expect(first.plan.revoke.map((o) => o.text)).toContain(op.text);
    } finally {
      await provider.close();
    }
  });

  it("--count reads the rows each filter admits with the target's credentials, and says why when it cannot", async () => {
    const counted = await runCli(['plan', EXAMPLE, '--repo', 'acme/access', '--count'], { env: { GRANTBOOK_PG_ORDERS_PROD: db.grantorUrl } });
    expect(counted.code).toBe(0);
    expect(counted.stdout).toMatch(/rows admitted: about \d+ \(estimate from the planner's statistics\)/);
    const without = await runCli(['plan', EXAMPLE, '--repo', 'acme/access', '--count']);
    expect(without.code).toBe(0);
    expect(without.stdout).toMatch(/rows admitted: not counted \(.*E_PROVIDER_CREDENTIAL_MISSING.*GRANTBOOK_PG_ORDERS_PROD/);
    expect(without.stdout).not.toContain('postgresql://');
  });

  it('apply reports the rows each filter admits on the pull request (the check could only say "at apply")', async () => {
    const files = await collectRepoFiles(process.cwd());
    const policy = loadPolicySet(
      files.files.filter((f) => f.path.startsWith('policies/') && classifyPath(f.path).role !== 'request'),
      builtinRegistry(),
    );
    const read = await readRepoFile(process.cwd(), EXAMPLE);
    if (!policy.ok || !read.ok) throw new Error('the example does not load');
    const request = parseRequestFile(read.value);
    if (!request.ok) throw new Error('the example does not parse');
    const decision = evaluate(request.value, policy.value, { now: Date.UTC(2026, 4, 1), controlRepo: 'acme/access' });
    const grants = groupByTarget(decision, policy.value, '2026-05-01T01:00:00Z');
    const [first] = grants;
    if (first === undefined) throw new Error('no grant');
    const provider = createPostgresProvider(first.target as PgTargetGrant['target'], { connectionString: db.grantorUrl });
    const logger = memoryLogger();
    try {
      const lines = await admittedRowLines(decision, new Map<string, Provider>([[first.target.name, provider]]), grants, logger);
      expect(lines).toEqual([{ table: 'public.orders', target: 'orders-prod', figure: expect.stringMatching(/^about \d+ \(estimate\)$/) }]);
      expect(logger.lines.join('\n')).toMatch(/rows admitted: public\.orders on orders-prod: about \d+/);
    } finally {
      await provider.close();
    }
  });
});
