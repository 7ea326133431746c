import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/ledger/canonical.js';
import { appendEvents } from '../../src/ledger/chain.js';
import { scanLine } from '../../src/ledger/chain-scan.js';
import { EMPTY_TIP, type ChainTip, type EventDraft, type LedgerEvent } from '../../src/ledger/events.js';
import { fold, isLive } from '../../src/ledger/fold.js';
import { decodeRecord } from '../../src/ledger/line.js';
import { factsOf, OpenTracker } from '../../src/ledger/tracker.js';
import { EventLines } from '../../src/ledger/event-lines.js';
import { streamLedgerDir, verifyLedgerDir } from '../../src/ledger/verify-dir.js';
import { openDrift } from '../../src/modes/revoke/drift.js';
import { fixedClock } from '../support/clock.js';
import { workload, writeLedger, type LedgerStep } from '../support/ledger-workload.js';
import { ACTOR, grantedDraft, HOUR, revokedDraft, revokeFailedDraft, T0 } from './fixtures.js';

/** A deterministic generator (mulberry32): the same histories on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random histories over a few ids: reuse, refusals, partial and repeated revocations, drift, extensions, activity. */
function history(seed: number, length: number, lines: string[] = []): LedgerEvent[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const ids = ['a-1', 'b-2', 'c-3', 'd-4', 'e-5'];
  const targets = [['orders-prod'], ['github-acme'], ['orders-prod', 'github-acme']] as const;
  let tip: ChainTip = EMPTY_TIP;
  const out: LedgerEvent[] = [];
  for (let i = 0; i < length; i += 1) {
    const id = pick(ids);
    const at = T0 + i * 60_000;
    const kind = pick(['intent', 'granted', 'granted', 'refused', 'revoked', 'revoked', 'failed', 'drift', 'activity', 'alert'] as const);
    const granted = grantedDraft(id, at, 2, rnd() < 0.2 ? { extends: pick(ids) } : {}) as Extract<EventDraft, { type: 'granted' }>;
    let draft: EventDraft;
    if (kind === 'intent') {
      const { granted_at: _, ...body } = granted;
      draft = { ...body, type: 'intent' };
    } else if (kind === 'granted') draft = granted;
    else if (kind === 'refused') draft = { type: 'grant_refused', request: id, actor: ACTOR, reasons: [{ code: 'E_X', message: 'why' }] };
    else if (kind === 'revoked') draft = revokedDraft(id, [...pick(targets)]);
    else if (kind === 'failed') draft = revokeFailedDraft(id, pick(['orders-prod', 'github-acme']));
    else if (kind === 'drift') draft = { type: 'drift_found', request: id, actor: ACTOR, target: pick(['orders-prod', 'github-acme']), what: 'lingering' };
    else if (kind === 'alert')
      draft = {
        type: 'alert',
        request: id,
        actor: ACTOR,
        target: 'orders-prod',
        principal: 'alice',
        limit: 'rows_read',
        observed: 9,
        allowed: 5,
        action: pick(['alert', 'revoke']),
      };
    else
      draft = {
        type: 'activity',
        request: id,
        actor: ACTOR,
        kind: 'baseline',
        target: 'orders-prod',
        provider: 'postgres',
        principal: 'alice',
        status: 'observed',
        totals: { calls: 1, rows: 1, time_ms: 0 },
      };
    const [sealed] = appendEvents(tip, [draft], fixedClock(at));
    if (sealed === undefined) throw new Error('nothing sealed');
    out.push(sealed.event);
    lines.push(sealed.line);
    tip = { seq: sealed.event.seq, hash: sealed.event.hash, at };
  }
  return out;
}

const liveStates = (events: readonly LedgerEvent[]) => new Map([...fold(events).states].filter(([, s]) => isLive(s)));

describe('a checkpoint holds what a fresh fold needs', () => {
  it('the open events fold to the same live grants, supersessions and open drift as the whole history, whenever the tracker forgets', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const events = history(seed, 40);
      const swept = new OpenTracker<LedgerEvent>();
      const rnd = random(seed * 7);
      for (const e of events) {
        swept.add(factsOf(e), e);
        // As a writer does at each checkpoint, and as a long verify does (forgetting in the same pass).
        const r = rnd();
        if (r < 0.15) {
          swept.openEntries();
          swept.sweep();
        } else if (r < 0.3) swept.openEntries(new Set());
      }
      const fresh = new OpenTracker<LedgerEvent>();
      for (const e of events) fresh.add(factsOf(e), e);
      const open = fresh.openEntries().map((x) => x.payload);
      expect(
        swept.openEntries().map((x) => x.seq),
        `seed ${seed}`,
      ).toEqual(open.map((e) => e.seq));
      expect(liveStates(open), `seed ${seed}`).toEqual(liveStates(events));
      expect(openDrift(open), `seed ${seed}`).toEqual(openDrift(events));
      // What planSweep reads of extensions: every granted extension of a grant that was already live when it was granted, and still is.
      const whole = fold(events).states;
      const inOpen = fold(open).states;
      for (const s of whole.values()) {
        const g = s.grant;
        if (g?.type !== 'granted' || g.extends === undefined || g.extends === s.request) continue;
        const target = whole.get(g.extends);
        if (target === undefined || !isLive(target) || target.seq > g.seq) continue;
        expect(inOpen.get(s.request)?.grant, `seed ${seed}: ${s.request} extends ${g.extends}`).toEqual(g);
      }
    }
  });
});

describe('the verifier reads at chain depth what the reference reader reads', () => {
  it('the same facts from every line of a realistic ledger, and the same verdict', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'grantbook-scan-'));
    try {
      await writeLedger(root, workload({ start: Date.UTC(2026, 4, 1), grantsPerDay: 1000, requests: 90 }));
      const lines: string[] = [];
      await streamLedgerDir(root, (_e, _w) => undefined);
      const all = await verifyLedgerDir(root);
      expect(all.problems).toEqual([]);
      for (const e of all.events) lines.push(canonicalJson(e));
      const { readFile, readdir } = await import('node:fs/promises');
      let checked = 0;
      for (const d of (await readdir(path.join(root, 'audit', 'segments'))).sort()) {
        for (const f of (await readdir(path.join(root, 'audit', 'segments', d))).sort()) {
          const bytes = await readFile(path.join(root, 'audit', 'segments', d, f));
          for (let start = 0; start < bytes.length;) {
            const end = bytes.indexOf(10, start);
            const line = bytes.toString('utf8', start, end);
            const scanned = scanLine(bytes, start, end, '');
            const reference = decodeRecord(line, 'read', { intentFor: () => ({}) as never });
            expect(scanned, line.slice(0, 120)).toBeDefined();
            const parsed = JSON.parse(line) as {
              type: string;
              seq: number;
              at: string;
              prev: string;
              open: string;
              kept: string;
              open_events: number;
              kept_events: number;
            };
            expect(bytes.toString('latin1', scanned?.prevAt ?? 0, (scanned?.prevAt ?? 0) + 64)).toBe(parsed.prev);
            if (reference.ok && reference.kind === 'event') {
              const facts = factsOf(reference.event);
              expect(scanned).toMatchObject({
                type: facts.type,
                seq: facts.seq,
                at: reference.event.at,
                request: facts.request,
                ...(facts.targets !== undefined ? { targets: facts.targets } : {}),
                ...(facts.target !== undefined ? { target: facts.target } : {}),
                ...(facts.extends !== undefined ? { extends: facts.extends } : {}),
              });
            } else {
              expect(scanned).toMatchObject({ type: parsed.type, seq: parsed.seq, at: parsed.at });
              if (parsed.type === 'checkpoint')
                expect(scanned?.checkpoint).toEqual({ open: parsed.open, openEvents: parsed.open_events, kept: parsed.kept, keptEvents: parsed.kept_events });
            }
            expect(scanned?.atMs).toBe(Date.parse(parsed.at));
            checked += 1;
            start = end + 1;
          }
        }
      }
      expect(checked).toBeGreaterThan(200);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('the same facts from random histories: extensions, several targets, drift, refusals, alerts', () => {
    let extensions = 0;
    let several = 0;
    for (let seed = 1; seed <= 120; seed += 1) {
      const lines: string[] = [];
      const events = history(seed, 30, lines);
      const bytes = Buffer.from(`${lines.join('\n')}\n`);
      let start = 0;
      for (const [i, e] of events.entries()) {
        const end = bytes.indexOf(10, start);
        const scanned = scanLine(bytes, start, end, e.hash, i === 0 ? undefined : bytes, start - 67);
        const facts = factsOf(e);
        expect(scanned, `seed ${seed} line ${i + 1}`).toMatchObject({
          type: facts.type,
          seq: facts.seq,
          at: e.at,
          atMs: Date.parse(e.at),
          request: facts.request,
          linked: i > 0,
          slim: false,
          targets: facts.targets,
          target: facts.target,
          extends: facts.extends,
        });
        if (facts.extends !== undefined) extensions += 1;
        if ((facts.targets?.length ?? 0) > 1) several += 1;
        start = end + 1;
      }
    }
    expect(extensions).toBeGreaterThan(50);
    expect(several).toBeGreaterThan(50);
  });

  it('hands every event out whole and in order, awaiting the consumer', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'grantbook-stream-'));
    try {
      await writeLedger(root, workload({ start: Date.UTC(2026, 4, 1), grantsPerDay: 1000, requests: 60 }));
      const seen: LedgerEvent[] = [];
      let busy = false;
      const verdict = await streamLedgerDir(root, async (e, where) => {
        expect(busy).toBe(false);
        busy = true;
        await new Promise((r) => setImmediate(r));
        expect(where.file).toMatch(/^audit\/segments\/[0-9]{7}\/[0-9]{12}\.jsonl$/);
        seen.push(e);
        busy = false;
      });
      expect(verdict).toMatchObject({ ok: true, eventCount: seen.length });
      expect(seen.map((e) => e.seq)).toEqual([...seen.map((e) => e.seq)].sort((a, b) => a - b));
      const granted = seen.filter((e) => e.type === 'granted');
      expect(granted.length).toBeGreaterThan(10);
      for (const g of granted)
        expect(g).toMatchObject({ approvers: expect.any(Array) as unknown, grants: expect.any(Array) as unknown, granted_at: expect.any(String) as unknown });
      expect(liveStates(seen).size).toBeGreaterThan(0);
      void HOUR;
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('a slim granted after a partial revocation', () => {
  it("grants its intent's targets again at chain depth as the writer and --deep count them", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-slim-partial-'));
    try {
      const granted = grantedDraft('alice-1', T0) as Extract<EventDraft, { type: 'granted' }>;
      const { granted_at: _, ...body } = granted;
      const none = new Set<string>();
      // Two targets intended, one revoked before the grant is recorded, the grant recorded (slim), the other revoked:
      // orders-prod is live again, and every checkpoint after must count its events open.
      const steps: LedgerStep[] = [
        { at: T0, drafts: [{ ...body, type: 'intent' }], present: none },
        { at: T0 + 1000, drafts: [revokedDraft('alice-1', ['orders-prod'])], present: none },
        { at: T0 + 2000, drafts: [granted], present: none },
        { at: T0 + 3000, drafts: [revokedDraft('alice-1', ['github-acme'])], present: none },
      ];
      for (let i = 0; i < 20; i += 1) steps.push({ at: T0 + HOUR + i * 1000, drafts: [grantedDraft(`bob-${i}`, T0 + HOUR)], present: none });
      const written = await writeLedger(dir, steps, { segmentBytes: 2000 });
      expect(written.segments).toBeGreaterThan(5);
      const chain = await streamLedgerDir(dir);
      const deep = await streamLedgerDir(dir, undefined, { depth: 'events' });
      expect(chain.problems).toEqual([]);
      expect(deep.problems).toEqual([]);
      const events: LedgerEvent[] = [];
      await streamLedgerDir(dir, (e) => void events.push(e));
      const alice = fold(events).states.get('alice-1');
      expect(alice !== undefined && isLive(alice)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Random drafts over a few ids where a granted mostly repeats its request's
 * latest intent (stored slim), around partial and whole revocations and
 * refusals.
 */
function slimHistory(seed: number, length: number): EventDraft[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const intents = new Map<string, Extract<EventDraft, { type: 'granted' }>>();
  const out: EventDraft[] = [];
  for (let i = 0; i < length; i += 1) {
    const id = pick(['a-1', 'b-2', 'c-3']);
    const kind = pick(['intent', 'granted', 'granted', 'revoked', 'revoked', 'refused'] as const);
    if (kind === 'intent') {
      const granted = grantedDraft(id, T0 + i * 60_000) as Extract<EventDraft, { type: 'granted' }>;
      intents.set(id, granted);
      const { granted_at: _, ...body } = granted;
      out.push({ ...body, type: 'intent' });
    } else if (kind === 'granted') out.push(intents.get(id) ?? grantedDraft(id, T0 + i * 60_000));
    else if (kind === 'revoked') out.push(revokedDraft(id, [...pick([['orders-prod'], ['github-acme'], ['orders-prod', 'github-acme']] as const)]));
    else out.push({ type: 'grant_refused', request: id, actor: ACTOR, reasons: [{ code: 'E_X', message: 'why' }] });
  }
  return out;
}

describe('random histories written as the writer commits them (slim granted events, checkpoints)', () => {
  it('verify the same at chain depth and --deep, and read back to the same events beside the verifier', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-slim-random-'));
    try {
      let slim = 0;
      for (let seed = 1; seed <= 60; seed += 1) {
        const root = path.join(dir, String(seed));
        const none = new Set<string>();
        const steps: LedgerStep[] = slimHistory(seed, 40).map((draft, i) => ({ at: T0 + i * 60_000, drafts: [draft], present: none }));
        await writeLedger(root, steps, { segmentBytes: 3000 });
        const chain = await streamLedgerDir(root);
        const deep = await streamLedgerDir(root, undefined, { depth: 'events' });
        expect(chain.problems, `seed ${seed}`).toEqual([]);
        expect(deep.problems, `seed ${seed}`).toEqual([]);
        const handed: LedgerEvent[] = [];
        await streamLedgerDir(root, (e) => void handed.push(e));
        const beside: LedgerEvent[] = [];
        const lines = new EventLines((e) => void beside.push(e));
        await streamLedgerDir(root, undefined, { withBytes: (file, bytes) => lines.file(file, bytes) });
        expect(lines.problems, `seed ${seed}`).toEqual([]);
        expect(beside, `seed ${seed}`).toEqual(handed);
        for (const f of await readdir(path.join(root, 'audit', 'segments', '0000000')))
          slim += (await readFile(path.join(root, 'audit', 'segments', '0000000', f), 'utf8'))
            .split('\n')
            .filter((l) => l.includes('"type":"granted"') && !l.includes('"grants"')).length;
      }
      // The histories hold slim granted events, taken up after partial revocations too.
      expect(slim).toBeGreaterThan(20);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
