import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIssue, updateIssue } from '../../src/github/issues.js';
import { FRESH_PACE, NOTIFICATION_PACE, WRITE_PACE, reserve, type Pace, type PaceClock, type PaceState } from '../../src/github/write-pacing.js';
import { type Fixture, startFixture } from './fixture.js';

/** Writes asked for at `times` (ms): when each one goes. */
function starts(pace: Pace, times: readonly number[]): number[] {
  let state: PaceState = FRESH_PACE;
  return times.map((t) => {
    const r = reserve(pace, state, t);
    state = r.state;
    return t + r.waitMs;
  });
}

/** A clock that only moves when something sleeps on it, recording each sleep. */
function virtualClock(): PaceClock & { readonly sleeps: number[]; advance(ms: number): void } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms) => void (now += ms),
  };
}

describe('the write pace: a burst, then the long-run spacing', () => {
  it('lets the burst go at once, then spaces the rest one interval apart, in the order asked', () => {
    const at = starts(
      WRITE_PACE,
      Array.from({ length: 13 }, () => 0),
    );
    expect(at).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1000, 2000, 3000]);
  });

  it('gives the burst back after a quiet spell, one write per interval waited', () => {
    const pace = { burst: 3, intervalMs: 1000 };
    // Three at 0 use the burst. By 1500 a slot and a half have come back: one goes
    // at once, the next when the second is whole (2000). By 10 s all three are back.
    expect(starts(pace, [0, 0, 0, 1500, 1500, 10_000, 10_000, 10_000, 10_000])).toEqual([0, 0, 0, 1500, 2000, 10_000, 10_000, 10_000, 11_000]);
  });

  it('never lets more than burst + one per interval through in any minute, however writes are asked for', () => {
    for (const pace of [WRITE_PACE, NOTIFICATION_PACE]) {
      // A write asked for every 37 ms for five minutes, and a flood of them at once.
      for (const asked of [Array.from({ length: 8000 }, (_, i) => i * 37), Array.from({ length: 500 }, () => 0)]) {
        const at = starts(pace, asked);
        const most = Math.max(...at.map((t) => at.filter((u) => u >= t && u < t + 60_000).length));
        expect(most).toBeLessThanOrEqual(pace.burst + 60_000 / pace.intervalMs);
      }
    }
    // GitHub's secondary limit: at most 80 content-creating requests a minute.
    expect(WRITE_PACE.burst + 60_000 / WRITE_PACE.intervalMs).toBeLessThan(80);
  });
});

describe("the client's writes to the stand-in, paced", () => {
  const PATCH_ISSUE = '/repos/{owner}/{repo}/issues/{issue_number}';
  const RETRY_TOKEN = 'gb-retry-token';
  const SHARED_TOKEN = 'gb-shared-token';
  const OTHER_TOKEN = 'gb-other-token';
  let f: Fixture;
  let issue: number;
  beforeAll(async () => {
    f = await startFixture();
    for (const token of [RETRY_TOKEN, SHARED_TOKEN, OTHER_TOKEN]) f.gh.addToken(token, 'github-actions[bot]', 'write');
    issue = (await createIssue(f.client(), f.repo, { title: 'paced', body: 'x' })).number;
  });
  afterAll(async () => {
    await f.stop();
  });

  it('goes through a burst of writes without waiting, then one a second; reads never wait', async () => {
    const clock = virtualClock();
    const client = f.client({ spaceWrites: true, paceClock: clock });
    for (let i = 0; i < 10; i += 1) await updateIssue(client, f.repo, issue, { body: `edit ${i}` });
    expect(clock.sleeps).toEqual([]);
    await client.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...f.repo, issue_number: issue });
    await updateIssue(client, f.repo, issue, { body: 'edit 10' });
    await updateIssue(client, f.repo, issue, { body: 'edit 11' });
    expect(clock.sleeps).toEqual([1000, 1000]);
    expect(f.gh.state.issues.find((i) => i.number === issue)?.body).toBe('edit 11');
  });

  it('spaces writes that notify people by their own, slower pace', async () => {
    const clock = virtualClock();
    const client = f.client({ spaceWrites: true, paceClock: clock });
    for (let i = 0; i < 5; i += 1) await createIssue(client, f.repo, { title: `notifying ${i}`, body: 'x' });
    expect(clock.sleeps).toEqual([3000, 3000]);
  });

  it('paces the retry of a write GitHub limited like any write: it takes a slot of its own', async () => {
    const clock = virtualClock();
    const client = f.client({ spaceWrites: true, paceClock: clock, token: RETRY_TOKEN });
    for (let i = 0; i < 9; i += 1) await updateIssue(client, f.repo, issue, { body: `before ${i}` });
    // The tenth write is refused once for going too fast; its retry is the eleventh write.
    f.gh.inject({ route: PATCH_ISSUE, method: 'PATCH', times: 1, effect: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 } });
    await updateIssue(client, f.repo, issue, { body: 'limited, then retried' });
    expect(clock.sleeps).toEqual([1000]);
    expect(f.gh.requests.count(`PATCH ${PATCH_ISSUE}`)).toBeGreaterThanOrEqual(11);
  });

  it('shares one pace between the clients of one token, and keeps another token apart', async () => {
    const clock = virtualClock();
    const first = f.client({ spaceWrites: true, paceClock: clock, token: SHARED_TOKEN });
    const second = f.client({ spaceWrites: true, paceClock: clock, token: SHARED_TOKEN });
    const other = f.client({ spaceWrites: true, paceClock: clock, token: OTHER_TOKEN });
    for (let i = 0; i < 5; i += 1) await updateIssue(first, f.repo, issue, { body: `first ${i}` });
    for (let i = 0; i < 5; i += 1) await updateIssue(other, f.repo, issue, { body: `other ${i}` });
    for (let i = 0; i < 6; i += 1) await updateIssue(second, f.repo, issue, { body: `second ${i}` });
    // The shared token's eleventh write waits; the other token's five never did.
    expect(clock.sleeps).toEqual([1000]);
  });

  it('does not pace at all with pacing off (the stand-in only)', async () => {
    const clock = virtualClock();
    const client = f.client({ spaceWrites: false, paceClock: clock });
    for (let i = 0; i < 14; i += 1) await updateIssue(client, f.repo, issue, { body: `unpaced ${i}` });
    expect(clock.sleeps).toEqual([]);
  });
});
