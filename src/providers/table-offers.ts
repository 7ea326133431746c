/**
 * What a `table` allow rule offers (src/providers/table-kind.ts: shared by
 * the database providers), for `grantbook profiles` and `request new`: each
 * allowed table with its columns (sensitive ones marked, or held back where
 * the profile refuses them), the rule's privileges, and the row filters and
 * masks the table permits where the rule declares them.
 */
import type { RawAllowedTable } from '../load/raw.js';
import type { Offer, OfferChoice, RuleOffers } from '../policy/provider-rules.js';
import { maskName, MASK_NAMES } from '../request/view-grant.js';
import type { RawObject } from '../shared/provider-shapes.js';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function tableOffers(rule: RawObject, sensitive: 'flag' | 'refuse'): RuleOffers {
  const privileges = strings(rule['privileges']);
  const tables = Array.isArray(rule['tables']) ? (rule['tables'] as readonly RawAllowedTable[]) : [];
  return {
    lines: privileges.length > 0 ? [`privileges: ${privileges.join(', ')}`] : [],
    offers: tables.map((t) => tableOffer(t, privileges, sensitive)),
  };
}

function tableOffer(t: RawAllowedTable, privileges: readonly string[], sensitive: 'flag' | 'refuse'): Offer {
  const columns = t.columns ?? [];
  const marked = new Set(t.sensitive ?? []);
  const whole = t.all_columns === true;
  const refused = sensitive === 'refuse' ? columns.filter((c) => marked.has(c)) : [];
  const choices: OfferChoice[] = columns
    .filter((c) => !refused.includes(c))
    .map((c) => (marked.has(c) ? { value: c, note: '(sensitive)', sensitive: true } : { value: c }));
  const mark = sensitive === 'refuse' ? ' (sensitive: refused)' : ' (sensitive)';
  const listed = columns.map((c) => `${c}${marked.has(c) ? mark : ''}`);
  const lines = [`table ${t.name}: ${listed.join(', ')}${whole ? `${listed.length > 0 ? '; ' : ''}or the whole table` : ''}`];
  if (t.rows !== undefined) {
    const on = Object.entries(t.rows.columns).map(([column, kind]) => `${column} (${kind === 'range' ? 'a time range' : 'values'})`);
    lines.push(`  rows: filter on ${on.join(', ')}${t.rows.required === true ? '; a filter is required' : ''}`);
  }
  if (t.masks !== undefined) {
    const required = Object.entries(t.masks.required ?? {}).map(([column, masks]) => `${column} only as ${masks.map(maskName).join(' or ')}`);
    const allowed = (t.masks.allowed ?? MASK_NAMES).map(maskName);
    lines.push(`  masks: ${allowed.join(', ')}${required.length > 0 ? `; ${required.join(', ')}` : ''}`);
  }
  return {
    kind: 'table',
    name: t.name,
    label: `table ${t.name}`,
    note: `${columns.length} column(s)${whole ? ' or the whole table' : ''}`,
    lines,
    grant: { privileges: null, table: t.name, columns: null },
    fields: [
      {
        path: ['columns'],
        label: `Columns of ${t.name}`,
        many: true,
        choices,
        ...(whole ? { omit: { value: '(whole table)', note: 'every column, now and later' } } : {}),
        ...(refused.length > 0 ? { refused: { values: refused, why: 'sensitive; this profile refuses sensitive columns' } } : {}),
      },
      { path: ['privileges'], label: `Privileges on ${t.name}`, many: true, choices: privileges.map((p) => ({ value: p })), upperCase: true },
    ],
  };
}
