import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What a platform team fills in after `grantbook init`, for the sample
 * database of test/support/postgres.ts and the people of the stand-in.
 * Every `<placeholder>` init writes must be here: one left over fails.
 */
export const PLACEHOLDER_VALUES: Readonly<Record<string, string>> = {
  '<owner-role>': 'orders_owner',
  '<requesters-team>': 'payments-eng',
  '<schema.table>': 'public.orders',
  '<column>': 'id',
  '<another-column>': 'status',
  '<sensitive-column>': 'customer_email',
  '<oncall-team>': 'payments-oncall',
  '<service-repo>': 'payments-service',
  '<incident-commanders-team>': 'incident-commanders',
  '<postgres-login-role>': 'alice',
};

/** Fills every placeholder under policies/ in `dir`; the one identity becomes `person`. */
export function fillPlaceholders(dir: string, person: { readonly login: string; readonly id: number }): void {
  const values: Record<string, string> = { ...PLACEHOLDER_VALUES, '<github-login>': person.login, '<numeric-id>': String(person.id) };
  for (const name of readdirSync(path.join(dir, 'policies'))) {
    const file = path.join(dir, 'policies', name);
    const text = readFileSync(file, 'utf8').replace(/<[a-z.-]+>/g, (p) => {
      const value = values[p];
      if (value === undefined) throw new Error(`no value for the placeholder ${p} in policies/${name}`);
      return value;
    });
    writeFileSync(file, text);
  }
}
