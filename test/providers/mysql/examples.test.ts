import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'docs/examples/mysql');
const dir = mkdtempSync(path.join(tmpdir(), 'grantbook-mysql-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built CLI of this checkout, as the README runs it; stdout and stderr together. */
function grantbook(args: readonly string[]): string {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/grantbook.js'), ...args], { cwd: dir, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return `${r.stdout}${r.stderr}`;
}

/**
 * docs/examples/mysql added to a copy of this repository's policies and
 * requests, as its README tells an adopter to: a MariaDB target, alice's
 * account, a profile and a request, which validate and plan.
 */
describe('the MySQL/MariaDB examples', () => {
  it('validate and plan with this repository policies', () => {
    cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
    cpSync(path.join(ROOT, 'access-requests'), path.join(dir, 'access-requests'), { recursive: true });
    appendFileSync(path.join(dir, 'policies/targets.yaml'), readFileSync(path.join(EXAMPLES, 'targets-entry.yaml'), 'utf8'));
    const identities = path.join(dir, 'policies/identities.yaml');
    writeFileSync(identities, readFileSync(identities, 'utf8').replace(/^( {4}postgres: alice\n)/mu, '$1    mysql: alice@%\n'));
    cpSync(path.join(EXAMPLES, 'shop-readonly.yaml'), path.join(dir, 'policies/shop-readonly.yaml'));
    cpSync(path.join(EXAMPLES, 'alice-inc-4302.yaml'), path.join(dir, 'access-requests/alice-inc-4302.yaml'));
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
