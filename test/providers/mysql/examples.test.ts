import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'grantbook-mysql-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built CLI of this checkout, as the README runs it; stdout and stderr together. */
function grantbook(args: readonly string[]): string {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/grantbook.js'), ...args], { cwd: dir, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return `${r.stdout}${r.stderr}`;
}

/**
 * The MariaDB example of this repository's own policies/ and
 * access-requests/ (the shop-prod target, alice's account, the shop-readonly
 * profile and request alice-inc-4302), in a copy of them: validate and plan.
 */
describe('the MySQL/MariaDB examples', () => {
  it('validate and plan with this repository policies', () => {
    cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
    cpSync(path.join(ROOT, 'access-requests'), path.join(dir, 'access-requests'), { recursive: true });
    expect(grantbook(['validate'])).toContain('ok: every file is valid and every request is allowed by policy');
    const plan = grantbook(['plan', 'access-requests/alice-inc-4302.yaml']);
    expect(plan).toContain('Decision: ALLOWED by policy, pending approval');
    expect(plan).toContain('Grant on shop-prod (mysql) for alice@%:');
    expect(plan).toMatch(/GRANT SELECT \(`id`, `status`, `created_at`\) ON `shop`\.`orders` TO `gb_[0-9a-f]{11}_[0-9a-f]{16}`/u);
    expect(plan).toMatch(
      /Once granted, use it on shop-prod:\n {2}- alice@% activates the role in each session[^\n]*\n {6}SET ROLE `gb_[0-9a-f]{11}_[0-9a-f]{16}`;\n/u,
    );
  });
});
