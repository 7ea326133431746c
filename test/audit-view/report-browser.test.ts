import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { checkoutLedger } from '../../src/audit-view/ledger-stream.js';
import { PendingFile } from '../../src/audit-view/output.js';
import { readProfileFacts } from '../../src/audit-view/profiles.js';
import type { FollowUp } from '../../src/audit-view/report-model.js';
import { writeReport } from '../../src/audit-view/report-html.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReport, type ReportFixture } from './report-fixture.js';

/**
 * The report in a real browser: Debian's headless Chromium, driven by
 * playwright-core. CI installs it (.ci/run); elsewhere, without it, these
 * tests skip and say why. Under CI=true a missing browser is a failure.
 */
const CHROMIUM = process.env.GRANTBOOK_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing; CI must install Debian's chromium package (apt-get install -y chromium)`);
if (!present) console.log(`SKIPPED report browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set GRANTBOOK_CHROMIUM)`);

/** Screenshots and a PDF for a person to look at; test-output/ is git-ignored. */
const OUTPUT = path.resolve('test-output', 'audit-report');

interface Watch {
  readonly errors: string[];
  readonly requests: string[];
}

let fx: ReportFixture;
let profile: string;
let context: BrowserContext;
let url: string;

async function open(options: { width?: number; scheme?: 'light' | 'dark'; at?: string } = {}): Promise<{ page: Page; watch: Watch }> {
  const page = await context.newPage();
  const watch: Watch = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  const target = options.at ?? url;
  page.on('request', (r) => {
    if (r.url() !== target) watch.requests.push(r.url());
  });
  await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
  await page.emulateMedia({ colorScheme: options.scheme ?? 'light', media: 'screen' });
  await page.goto(target, { waitUntil: 'load' });
  return { page, watch };
}

/** The part of a DOM element the page functions use (this project's types have no DOM). */
interface BrowserElement {
  getAttribute(name: string): string | null;
}

const bars = (page: Page): Promise<string[]> =>
  page.locator('#lanes .bar[data-request]').evaluateAll((nodes: readonly BrowserElement[]) => nodes.map((n) => n.getAttribute('data-request') ?? ''));

describe.skipIf(!present)('the access report in Chromium', () => {
  beforeAll(async () => {
    fx = await makeReport();
    expect(fx.run.code).toBe(0);
    url = pathToFileURL(fx.file).href;
    mkdirSync(OUTPUT, { recursive: true });
    profile = mkdtempSync(path.join(tmpdir(), 'grantbook-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Anything but the report itself is refused and recorded: the page must never ask.
    await context.route('**/*', (route) => (route.request().url().startsWith(pathToFileURL(fx.dir).href) ? route.continue() : route.abort()));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
    if (fx !== undefined) rmSync(fx.dir, { recursive: true, force: true });
  });

  it('renders without console errors or any request, one bar per grant in the period', async () => {
    const { page, watch } = await open();
    const ids = await bars(page);
    expect(ids.length).toBe(fx.inRange.size);
    expect(new Set(ids)).toEqual(new Set(fx.inRange));
    await expect(page.locator('#shown').textContent()).resolves.toBe(`Showing ${fx.inRange.size} of ${fx.inRange.size} grant(s).`);
    // Live and break-glass grants are marked, in the page and for assistive technology.
    const live = await page.locator('#lanes .bar.live').count();
    expect(live).toBeGreaterThan(0);
    expect(await page.locator('#lanes .bar.bg').count()).toBeGreaterThan(0);
    expect(await page.locator('#lanes .bar.live').first().getAttribute('aria-label')).toContain('still live');
    await page.screenshot({ path: path.join(OUTPUT, 'report-light.png'), fullPage: false });
    await page.locator('#timeline').screenshot({ path: path.join(OUTPUT, 'timeline-by-person.png') });
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.close();
  });

  it('filters change what is shown: person, target, profile, and lanes by target', async () => {
    const { page, watch } = await open();
    const someone = [...fx.person.values()][0] ?? '';
    const theirs = [...fx.inRange].filter((id) => fx.person.get(id) === someone);
    await page.selectOption('#f-person', someone);
    expect((await bars(page)).sort()).toEqual(theirs.sort());
    expect(await page.locator('#grant-table tbody tr').count()).toBe(theirs.length);
    await page.selectOption('#f-person', '');
    await page.selectOption('#f-target', 'github-acme');
    const onGithub = [...fx.inRange].filter((id) => fx.targets.get(id)?.includes('github-acme'));
    expect(new Set(await bars(page))).toEqual(new Set(onGithub));
    await page.selectOption('#f-target', '');
    await page.selectOption('#f-profile', 'break-glass');
    const glass = await bars(page);
    expect(glass.length).toBeGreaterThan(0);
    expect(await page.locator('#lanes .bar.bg').count()).toBe(glass.length);
    expect(await page.locator('#bg-list tbody tr').count()).toBe(glass.length);
    await page.click('#f-reset');
    // By target, a grant on two targets has a bar in each lane.
    await page.selectOption('#f-group', 'target');
    const expected = [...fx.inRange].reduce((n, id) => n + (fx.targets.get(id)?.length ?? 0), 0);
    expect((await bars(page)).length).toBe(expected);
    expect(await page.locator('#lanes .lane-label').allTextContents()).toEqual(['github-acme', 'orders-prod']);
    await page.locator('#timeline').screenshot({ path: path.join(OUTPUT, 'timeline-by-target.png') });
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.close();
  });

  it('is usable from the keyboard: focus reaches the filters, and a filter changes by keys alone', async () => {
    const { page } = await open();
    const reached: string[] = [];
    for (let i = 0; i < 8 && !reached.includes('f-person'); i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate<string>("(() => { const a = document.activeElement; return a ? a.id || a.className || a.tagName : ''; })()"));
    }
    expect(reached).toContain('f-person');
    const before = (await bars(page)).length;
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await bars(page)).length).toBeLessThan(before);
    // The skip link is the first stop, and it leads to the filters.
    expect(reached[0]).toBe('skip');
    await page.close();
  });

  it("shows each break-glass grant's follow-up review as it was found", async () => {
    const file = path.join(fx.dir, 'follow-ups.html');
    const pending = new PendingFile(file);
    const answers: FollowUp[] = [{ found: true, number: 41, state: 'closed' }, { found: false }, { unread: 'E_GITHUB_FORBIDDEN' }];
    let asked: readonly string[] = [];
    const outcome = await writeReport(checkoutLedger(fx.dir), pending, {
      period: { since: Date.UTC(2025, 0, 7), until: Date.UTC(2025, 0, 10) },
      now: Date.UTC(2025, 0, 10),
      intervalMs: 30 * 60_000,
      facts: await readProfileFacts(fx.dir),
      followUps: async (ids) => {
        asked = ids;
        return new Map(ids.slice(0, 3).map((id, i) => [id, answers[i] ?? { found: false }]));
      },
    });
    expect(outcome.verdict.ok).toBe(true);
    pending.commit();
    expect(asked.length).toBe(outcome.headline.breakGlass);
    const { page, watch } = await open({ at: pathToFileURL(file).href });
    const cells = await page.locator('#bg-list tbody tr td:nth-child(8)').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['issue #41, closed', 'no review issue found', 'could not be read (E_GITHUB_FORBIDDEN)']);
    expect(cells[3]).toBe('not looked up (too many uses)');
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.close();
  });

  it('reads at 200 % zoom (half the width), in dark mode, and prints without the controls', async () => {
    const zoomed = await open({ width: 640 });
    const overflow = await zoomed.page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await zoomed.page.screenshot({ path: path.join(OUTPUT, 'report-200-percent.png') });
    expect(zoomed.watch.errors).toEqual([]);
    await zoomed.page.close();

    const dark = await open({ scheme: 'dark' });
    // A string: the test's TypeScript has no DOM library, the page has.
    const [bg = '', fg = ''] = await dark.page.evaluate<string[]>(
      '(() => { const s = getComputedStyle(document.body); return [s.backgroundColor, s.color]; })()',
    );
    const lum = (rgb: string): number => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(lum(bg)).toBeLessThan(60);
    expect(lum(fg)).toBeGreaterThan(180);
    await dark.page.screenshot({ path: path.join(OUTPUT, 'report-dark.png') });
    await dark.page.close();

    const print = await open();
    await print.page.emulateMedia({ media: 'print' });
    expect(await print.page.locator('#filter-form').isVisible()).toBe(false);
    expect((await bars(print.page)).length).toBe(fx.inRange.size);
    const pdf = path.join(OUTPUT, 'report.pdf');
    await print.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    expect(print.watch.requests).toEqual([]);
    await print.page.close();
  });
});
