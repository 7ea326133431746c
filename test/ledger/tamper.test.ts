import { cp, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { segmentPath } from '../../src/ledger/layout.js';
import { streamLedgerDir, type StreamOptions } from '../../src/ledger/verify-dir.js';
import { workload, writeLedger, type Step } from '../support/ledger-workload.js';

/**
 * audit verify against a segmented ledger an attacker edited: each kind of
 * edit is found, and named at the first place it breaks, at chain depth (the
 * default) and at events depth (--deep) alike.
 */
let pristine: string;
const work: string[] = [];

beforeAll(async () => {
  pristine = await mkdtemp(path.join(tmpdir(), 'grantbook-tamper-'));
  const written = await writeLedger(pristine, workload({ start: Date.UTC(2026, 2, 1), grantsPerDay: 1000, requests: 130 }), { segmentBytes: 32 * 1024 });
  expect(written.segments).toBeGreaterThanOrEqual(4);
});
afterAll(async () => {
  await Promise.all([pristine, ...work].map((d) => rm(d, { recursive: true, force: true })));
});

async function copy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-tamper-'));
  work.push(dir);
  await cp(pristine, dir, { recursive: true });
  return dir;
}

/** Segment paths (relative), oldest first. */
async function segments(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of (await readdir(path.join(root, 'audit', 'segments'))).sort()) {
    for (const f of (await readdir(path.join(root, 'audit', 'segments', d))).sort()) out.push(`audit/segments/${d}/${f}`);
  }
  return out;
}

async function lines(root: string, rel: string): Promise<string[]> {
  return (await readFile(path.join(root, rel), 'utf8')).slice(0, -1).split('\n');
}

async function write(root: string, rel: string, content: readonly string[]): Promise<void> {
  await writeFile(path.join(root, rel), `${content.join('\n')}\n`);
}

/** Re-seals a line after an edit (and links it to `prev`), as someone covering their tracks would. */
function reseal(line: string, edit: (e: Record<string, unknown>) => void, prev?: string): string {
  const e = JSON.parse(line) as Record<string, unknown>;
  delete e.hash;
  edit(e);
  if (prev !== undefined) e.prev = prev;
  const body = canonicalJson(e);
  return sealLine(body, sha256Hex(body));
}
const hashOf = (line: string): string => (JSON.parse(line) as { hash: string }).hash;

type Verdict = Awaited<ReturnType<typeof streamLedgerDir>>;

/** Chain depth with the lines hashed on the seal thread and without it, and --deep. */
async function verdicts(root: string): Promise<{ chain: Verdict; threaded: Verdict; deep: Verdict }> {
  const at = (depth: StreamOptions['depth'], readThread: boolean) => streamLedgerDir(root, undefined, { depth, readThread });
  return { chain: await at('chain', false), threaded: await at('chain', true), deep: await at('events', false) };
}

/** Both depths, and both ways of hashing, name the same first broken place. */
async function expectBroken(root: string, where: { file: string; line: number; code: string }): Promise<void> {
  const { chain, threaded, deep } = await verdicts(root);
  expect(chain.ok).toBe(false);
  expect(chain.firstBroken).toMatchObject(where);
  expect(threaded).toEqual(chain);
  expect(deep.firstBroken).toMatchObject(where);
}

describe('audit verify on a segmented ledger', () => {
  it('accepts the ledger as written, at both depths, with its checkpoints', async () => {
    const { chain, threaded, deep } = await verdicts(pristine);
    expect(chain.problems).toEqual([]);
    expect(threaded).toEqual(chain);
    expect(deep.problems).toEqual([]);
    expect(chain.eventCount).toBe(deep.eventCount);
    expect(chain.tip).toEqual(deep.tip);
    const segs = await segments(pristine);
    for (const s of segs.slice(1)) expect(JSON.parse((await lines(pristine, s))[0] ?? '{}')).toMatchObject({ type: 'checkpoint' });
  });

  describe('a line', () => {
    it('edited in place: its own hash', async () => {
      const root = await copy();
      const seg = (await segments(root))[1] ?? '';
      const content = await lines(root, seg);
      // Still a valid event: only the hash can tell.
      content[4] = (content[4] ?? '').replace('"run_id":"', '"run_id":"1');
      await write(root, seg, content);
      await expectBroken(root, { file: seg, line: 5, code: 'E_LEDGER_HASH_MISMATCH' });
    });

    it('edited and re-sealed: the next link', async () => {
      const root = await copy();
      const seg = (await segments(root))[1] ?? '';
      const content = await lines(root, seg);
      content[4] = reseal(content[4] ?? '', (e) => (e.actor = { ...(e.actor as object), run_id: '1' }));
      await write(root, seg, content);
      await expectBroken(root, { file: seg, line: 6, code: 'E_LEDGER_PREV_MISMATCH' });
    });

    it('ending in CRLF: the line format', async () => {
      const root = await copy();
      const seg = (await segments(root))[1] ?? '';
      const content = await lines(root, seg);
      content[3] = `${content[3] ?? ''}\r`;
      await write(root, seg, content);
      await expectBroken(root, { file: seg, line: 4, code: 'E_LEDGER_LINE_FORMAT' });
    });

    it('a granted stored without its body, many segments after its intent: edited, its own hash still', async () => {
      // The verifier holds an intent's bytes in place for a few files, then keeps it as text while the request is live:
      // the reference reading of a broken slim granted far from its intent still has the body to read it with.
      const root = await mkdtemp(path.join(tmpdir(), 'grantbook-tamper-'));
      work.push(root);
      const steps: Step[] = [];
      for (const step of workload({ start: Date.UTC(2026, 3, 1), grantsPerDay: 1000, requests: 60 })) steps.push(step);
      const late = steps.findIndex((st) => st.kind === 'granted');
      const [moved] = steps.splice(late, 1);
      if (moved === undefined) throw new Error('no granted step');
      const to = late + 40;
      steps.splice(to, 0, { ...moved, at: Math.max(moved.at, steps[to - 1]?.at ?? 0) });
      await writeLedger(root, steps, { segmentBytes: 4 * 1024 });
      const clean = await verdicts(root);
      expect(clean.chain.problems).toEqual([]);
      expect(clean.deep.problems).toEqual([]);
      const request = (moved.drafts[0] as { request: string }).request;
      const segs = await segments(root);
      const where = async (type: string): Promise<{ index: number; line: number }> => {
        for (const [index, seg] of segs.entries()) {
          const at = (await lines(root, seg)).findIndex((l) => l.includes(`"request":"${request}"`) && l.includes(`"type":"${type}"`));
          if (at !== -1) return { index, line: at + 1 };
        }
        throw new Error(`no ${type} of ${request}`);
      };
      const intent = await where('intent');
      const granted = await where('granted');
      expect(granted.index - intent.index).toBeGreaterThan(6);
      const found = { seg: segs[granted.index] ?? '', line: granted.line };
      const content = await lines(root, found.seg);
      const edited = (content[found.line - 1] ?? '').replace('"run_id":"', '"run_id":"1');
      expect(edited).not.toContain('"grants"');
      content[found.line - 1] = edited;
      await write(root, found.seg, content);
      await expectBroken(root, { file: found.seg, line: found.line, code: 'E_LEDGER_HASH_MISMATCH' });
    });

    it('removed: the sequence, where the gap is', async () => {
      const root = await copy();
      const seg = (await segments(root))[2] ?? '';
      const content = await lines(root, seg);
      content.splice(7, 1);
      await write(root, seg, content);
      await expectBroken(root, { file: seg, line: 8, code: 'E_LEDGER_SEQ_GAP' });
    });

    it('two swapped: the sequence, at the first of them', async () => {
      const root = await copy();
      const seg = (await segments(root))[2] ?? '';
      const content = await lines(root, seg);
      [content[7], content[8]] = [content[8] ?? '', content[7] ?? ''];
      await write(root, seg, content);
      await expectBroken(root, { file: seg, line: 8, code: 'E_LEDGER_SEQ_GAP' });
    });

    it('inserted, even sealed onto the chain: the line after it', async () => {
      const root = await copy();
      const seg = (await segments(root))[2] ?? '';
      const content = await lines(root, seg);
      const before = content[6] ?? '';
      const forged = reseal(content[7] ?? '', (e) => (e.seq = (e.seq as number) + 0), hashOf(before));
      content.splice(7, 0, forged);
      await write(root, seg, content);
      await expectBroken(root, { file: seg, line: 9, code: 'E_LEDGER_SEQ_GAP' });
    });
  });

  describe('a segment', () => {
    it('removed: the next segment opens where the chain does not continue', async () => {
      const root = await copy();
      const segs = await segments(root);
      await rm(path.join(root, segs[1] ?? ''));
      await expectBroken(root, { file: segs[2] ?? '', line: 1, code: 'E_LEDGER_SEQ_GAP' });
    });

    it('two swapped (each under the other name): the name no longer matches the first record', async () => {
      const root = await copy();
      const segs = await segments(root);
      const [a, b] = [segs[1] ?? '', segs[2] ?? ''];
      const [ta, tb] = [await readFile(path.join(root, a)), await readFile(path.join(root, b))];
      await writeFile(path.join(root, a), tb);
      await writeFile(path.join(root, b), ta);
      await expectBroken(root, { file: a, line: 1, code: 'E_LEDGER_SEGMENT_NAME' });
    });

    it('renamed: the name no longer matches its first record', async () => {
      const root = await copy();
      const segs = await segments(root);
      const first = Number(path.basename(segs[2] ?? '', '.jsonl'));
      const renamed = segmentPath(first + 1);
      await rename(path.join(root, segs[2] ?? ''), path.join(root, renamed));
      await expectBroken(root, { file: renamed, line: 1, code: 'E_LEDGER_SEGMENT_NAME' });
    });

    it('inserted: a forged segment between two is where the chain breaks', async () => {
      const root = await copy();
      const segs = await segments(root);
      const next = Number(path.basename(segs[2] ?? '', '.jsonl'));
      const tail = (await lines(root, segs[1] ?? '')).slice(-3);
      const inserted = segmentPath(next - 3);
      await write(root, inserted, tail);
      await expectBroken(root, { file: inserted, line: 1, code: 'E_LEDGER_SEQ_GAP' });
    });

    it('the newest removed: audit/checkpoint.jsonl no longer belongs to the newest segment', async () => {
      const root = await copy();
      const segs = await segments(root);
      await rm(path.join(root, segs[segs.length - 1] ?? ''));
      await expectBroken(root, { file: 'audit/checkpoint.jsonl', line: 0, code: 'E_LEDGER_CHECKPOINT_MISMATCH' });
    });
  });

  describe('a forged checkpoint', () => {
    it('audit/checkpoint.jsonl with an open grant left out', async () => {
      const root = await copy();
      const content = await lines(root, 'audit/checkpoint.jsonl');
      const dropped = content.findIndex((l) => l.includes('"type":"intent"'));
      content.splice(dropped, 1);
      await write(root, 'audit/checkpoint.jsonl', content);
      await expectBroken(root, { file: 'audit/checkpoint.jsonl', line: 0, code: 'E_LEDGER_CHECKPOINT_MISMATCH' });
    });

    it('a checkpoint record re-sealed, with the chain after it, to leave out a live grant', async () => {
      const root = await copy();
      const segs = await segments(root);
      const seg = segs[segs.length - 2] ?? '';
      const content = await lines(root, seg);
      const record = JSON.parse(content[0] ?? '{}') as { open_events: number };
      let prev: string | undefined;
      const forged = content.map((line, i) => {
        const sealed = i === 0 ? reseal(line, (e) => (e.open_events = record.open_events - 1)) : reseal(line, () => undefined, prev);
        prev = hashOf(sealed);
        return sealed;
      });
      await write(root, seg, forged);
      // The next segment's record still links to the old tip: the forger would have to re-seal on; the record is already the first break.
      await expectBroken(root, { file: seg, line: 1, code: 'E_LEDGER_CHECKPOINT_MISMATCH' });
    });
  });
});
