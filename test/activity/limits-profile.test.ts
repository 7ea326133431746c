import { builtinRegistry } from '../../src/providers/catalog.js';
import { describe, expect, it } from 'vitest';
import { summarizeActivity } from '../../src/modes/revoke/activity.js';
import type { ItemOutcome } from '../../src/modes/revoke/execute.js';
import type { OpenTargets } from '../../src/modes/revoke/targets.js';
import { fold, type ActivityEvent } from '../../src/ledger/index.js';
import { memoryLogger } from '../support/logger.js';
import { parseProfileFile } from '../../src/policy/load-profile.js';
import type { Provider } from '../../src/providers/contract.js';
import { renderActivity } from '../../src/report/activity.js';
import { appendEvents } from '../../src/ledger/chain.js';
import { EMPTY_TIP } from '../../src/ledger/index.js';
import { fixedClock } from '../support/clock.js';
import { GOOD_PROFILE, src } from '../load/fixtures.js';
import { ACTOR, grantedDraft, T0 } from '../ledger/fixtures.js';

const PATH = 'policies/orders-readonly.yaml';

describe('profile limits', () => {
  it('load with on_exceed defaulting to alert, and are absent when not set', () => {
    const r = parseProfileFile(src(PATH, `${GOOD_PROFILE.trimEnd()}\nlimits:\n  rows_read: 1000\n  read_only: true\n`), builtinRegistry());
    expect(r.ok && r.value.limits).toEqual({ rowsRead: 1000, readOnly: true, onExceed: 'alert' });
    const plain = parseProfileFile(src(PATH, GOOD_PROFILE), builtinRegistry());
    expect(plain.ok && plain.value.limits).toBeUndefined();
  });

  it.each([
    ['limits: {}\n', 'empty'],
    ['limits:\n  rows_read: -1\n', 'negative'],
    ['limits:\n  on_exceed: block\n', 'unknown action'],
    ['limits:\n  rows_per_table: 5\n', 'unknown field'],
    ["limits:\n  read_only: 'yes'\n", 'not a boolean'],
  ])('refuse %j (%s)', (block) => {
    expect(parseProfileFile(src(PATH, `${GOOD_PROFILE.trimEnd()}\n${block}`), builtinRegistry()).ok).toBe(false);
  });
});

describe('activity where the provider records none', () => {
  it('a GitHub grant is summarized as "not observable" with a reason, never left out', async () => {
    const events = appendEvents(EMPTY_TIP, [grantedDraft('alice-gh-1', T0)], fixedClock(T0)).map((s) => s.event);
    const folded = fold(events);
    const github = { id: 'github', kinds: ['team', 'repo'], listsManaged: false } as unknown as Provider;
    const targets: Pick<OpenTargets, 'handle'> = {
      handle: () => ({
        state: 'ready',
        target: { name: 'github-acme', provider: 'github', org: 'acme', tokenEnv: 'T', protectedTeams: [], protectedRepos: [] },
        provider: github,
      }),
    };
    const outcome = {
      item: {
        request: 'alice-gh-1',
        source: 'ledger',
        cause: 'expired',
        targets: [{ target: 'github-acme', principals: [{ principal: 'alice', specs: [] }] }],
        expiresAt: T0,
        expiresText: '',
        hadFailures: false,
        order: 0,
      },
      results: [{ status: 'revoked', target: 'github-acme', attempts: 1 }],
      foundPresent: [],
    } as ItemOutcome;
    const index = () => ({ baseline: () => undefined, summarized: () => false, alerted: () => false });
    const out = await summarizeActivity({ folded, targets, actor: ACTOR, logger: memoryLogger() }, index, [outcome]);
    const [draft] = out.get('alice-gh-1') ?? [];
    expect(draft).toMatchObject({
      kind: 'summary',
      target: 'github-acme',
      provider: 'github',
      principal: 'alice',
      status: 'not_observable',
      reason: { code: 'E_ACTIVITY_NOT_SUPPORTED' },
    });
    expect(renderActivity([draft as unknown as ActivityEvent])).toContain('not observable (E_ACTIVITY_NOT_SUPPORTED');
  });
});

describe('the pull request table', () => {
  it('keeps a statement with `|` or backticks inside its cell', () => {
    const md = renderActivity([
      {
        kind: 'summary',
        target: 'orders-prod',
        principal: 'alice',
        status: 'observed',
        since: '2026-11-20T08:00:00Z',
        statements: [{ text: 'SELECT a || b, `x` FROM t', calls: 1, rows: 2, time_ms: 3 }],
        others: { statements: 0, calls: 0, rows: 0, time_ms: 0 },
        totals: { calls: 1, rows: 2, time_ms: 3 },
      } as unknown as ActivityEvent,
    ]);
    const row = md.split('\n').find((l) => l.includes('SELECT'));
    expect(row).toBe('| ``SELECT a \\|\\| b, `x` FROM t`` | 1 | 2 | 3 |  |');
  });
});
