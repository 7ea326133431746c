/** Request and profile files for check tests, written as a person would write them. */

export interface RequestSpec {
  readonly requester?: string;
  readonly profile?: string;
  readonly duration?: string;
  readonly reason?: string;
  readonly ticket?: string;
  /** YAML of the `grants:` list items, already indented by two spaces. */
  readonly grants?: string;
}

export const ORDERS_GRANT = [
  '  - target: orders-prod',
  '    privileges: [SELECT]',
  '    table: public.orders',
  '    columns: [id, status, created_at, amount_cents]',
].join('\n');

/** The request of the design's first page, by alice, with the fields overridable. */
export function requestYaml(spec: RequestSpec = {}): string {
  const reason = spec.reason ?? 'Investigate duplicate charges reported in INC-4211';
  const reasonLines = reason.includes('\n') ? ['reason: |', ...reason.split('\n').map((l) => `  ${l}`)] : [`reason: ${JSON.stringify(reason)}`];
  return [
    '# yaml-language-server: $schema=../schemas/access-request.schema.json',
    `requester: ${spec.requester ?? 'alice'}`,
    `profile: ${spec.profile ?? 'orders-readonly'}`,
    `duration: ${spec.duration ?? '2h'}`,
    ...reasonLines,
    `ticket: ${spec.ticket ?? 'INC-4211'}`,
    'grants:',
    spec.grants ?? ORDERS_GRANT,
    '',
  ].join('\n');
}

/**
 * A profile like orders-readonly, with its approval rule as given: used for
 * rules the example policies do not have (two approvers, two groups).
 */
export function profileYaml(name: string, approvals: string, maxDuration = '8h'): string {
  return [
    '# yaml-language-server: $schema=../schemas/profile.schema.json',
    `name: ${name}`,
    'requesters:',
    '  users: [alice]',
    'approvals:',
    ...approvals.split('\n').map((l) => `  ${l}`),
    'duration:',
    `  max: ${maxDuration}`,
    'ticket:',
    '  required: true',
    "  pattern: '^INC-[0-9]{1,6}$'",
    'reason:',
    '  required: true',
    'sensitive_columns: flag',
    'allow:',
    '  - target: orders-prod',
    '    privileges: [SELECT]',
    '    tables:',
    '      - name: public.orders',
    '        columns: [id, status, created_at, amount_cents, customer_email]',
    '        sensitive: [customer_email]',
    '',
  ].join('\n');
}

/** Profiles the fixture adds next to the example ones. */
export const EXTRA_PROFILES: Readonly<Record<string, string>> = {
  'policies/orders-two-owners.yaml': profileYaml('orders-two-owners', 'min: 2'),
  'policies/orders-two-groups.yaml': profileYaml(
    'orders-two-groups',
    ['min: 2', 'groups:', '  - team: payments-leads', '    min: 1', '  - team: security', '    min: 1'].join('\n'),
  ),
};
