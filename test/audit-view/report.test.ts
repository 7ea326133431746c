import { hash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/audit-view/report-html.js';
import { DEFAULT_SCHEDULE_MINUTES } from '../../src/modes/revoke/heartbeat.js';
import { fixedClock } from '../support/clock.js';
import { TRICKY_REASONS } from '../support/audit-ledger.js';
import { runCli } from '../support/cli.js';
import { makeReport, scriptText, type ReportFixture } from './report-fixture.js';

let fx: ReportFixture;
beforeAll(async () => {
  fx = await makeReport();
}, 60_000);
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

describe('grantbook audit report (the file)', () => {
  it('is written once the chain verified, and says so', () => {
    expect(fx.run.stderr).toContain('ok: ');
    expect(fx.run.code).toBe(0);
    expect(fx.html.startsWith('<!doctype html>')).toBe(true);
    expect(fx.html).toContain('The hash chain verifies.</strong> ' + fx.events.length + ' event(s)');
    expect(fx.html).toContain(fx.events[fx.events.length - 1]?.hash ?? 'missing');
  });

  it('embeds one record per grant whose access overlapped the period', () => {
    const grants = JSON.parse(scriptText(fx.html, 'grants-data')) as { id: string; p: string }[];
    expect(grants.map((g) => g.id).sort()).toEqual([...fx.inRange].sort());
    expect(grants.length).toBeGreaterThan(500);
    for (const g of grants) expect(g.p).toBe(fx.person.get(g.id));
    expect(fx.html).toContain(`<dt>Grants</dt><dd>${fx.inRange.size}</dd>`);
  });

  it('loads nothing: no URL attributes, no external CSS, a policy that allows only its own script and style', () => {
    const html = fx.html;
    expect(html.match(/<script/g)?.length).toBe(3);
    expect(html.match(/<\/script>/g)?.length).toBe(3);
    expect(html).not.toMatch(/\s(?:src|srcset|action|formaction|poster|data|background)=/i);
    expect([...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1])).toEqual(['#filters']);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed|base|meta http-equiv="refresh")/i);
    expect(html).not.toMatch(/url\(|@import/i);
    const script = html.slice(html.lastIndexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
    const style = html.slice(html.indexOf('<style>') + '<style>'.length, html.indexOf('</style>'));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${hash('sha256', script, 'base64')}'`);
    expect(csp).toContain(`style-src 'sha256-${hash('sha256', style, 'base64')}'`);
    expect(csp).not.toContain('unsafe');
  });

  it('keeps every ledger string data: markup in a reason cannot close its script block', () => {
    // The generated ledger holds this reason in the period; its raw form appears nowhere in the page.
    const hostile = TRICKY_REASONS[4];
    expect(fx.html).not.toContain('<script>alert');
    expect(fx.html).not.toContain('<!-- & done');
    const grants = JSON.parse(scriptText(fx.html, 'grants-data')) as { rs: string | null }[];
    expect(grants.map((g) => g.rs)).toContain(hostile);
    expect(jsonForScript({ a: '</script><!--\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028"}');
    expect(escapeHtml(`<b a='1'>&"`)).toBe('&lt;b a=&#39;1&#39;&gt;&amp;&quot;');
  });

  it('carries the lists the page filters: refusals, alerts and drift of the period', () => {
    const meta = JSON.parse(scriptText(fx.html, 'report-meta')) as {
      refusals: { id: string }[];
      alerts: { id: string }[];
      drift: unknown[];
      intervalMs: number;
      since: number;
    };
    const from = Date.UTC(2025, 0, 7);
    const to = Date.UTC(2025, 0, 10);
    const inPeriod = (at: string): boolean => Date.parse(at) >= from && Date.parse(at) < to;
    const alerts = fx.events.filter((e) => e.type === 'alert' && inPeriod(e.at));
    expect(meta.alerts.length).toBe(alerts.length);
    expect(meta.alerts.length).toBeGreaterThan(0);
    expect(meta.refusals.length).toBeGreaterThan(0);
    expect(meta.intervalMs).toBe(30 * 60_000);
    expect(meta.since).toBe(from);
  });

  it('takes "late" as more than one interval of the shipped revoke schedule', () => {
    const workflow = parse(readFileSync('.github/workflows/access-revoke.yml', 'utf8')) as { on: { schedule: { cron: string }[] } };
    const crons = workflow.on.schedule.map((s) => s.cron);
    expect(crons).toHaveLength(1);
    const [minutes = '', hours] = (crons[0] ?? '').split(' ');
    expect(hours).toBe('*');
    // Minutes of every hour the job starts at; the longest gap between two starts is the interval.
    const starts = minutes
      .split(',')
      .map(Number)
      .sort((a, b) => a - b);
    const gaps = starts.map((m, i) => ((starts[(i + 1) % starts.length] ?? m) - m + 60) % 60 || 60);
    expect(Math.max(...gaps)).toBe(DEFAULT_SCHEDULE_MINUTES);
  });

  it('checks its options', async () => {
    const clock = fixedClock(Date.UTC(2025, 0, 10));
    for (const [args, text] of [
      [[], '--out <file>.html is required'],
      [['--out', 'r.txt'], 'E_AUDIT_OUTPUT_INVALID'],
      [['--out', 'audit/r.html'], 'E_AUDIT_OUTPUT_INVALID'],
      [['--out', 'r.html', '--schedule-minutes', '0'], '--schedule-minutes'],
      [['--out', 'r.html', '--since', '2025-02-30'], 'E_AUDIT_PERIOD_INVALID'],
    ] as const) {
      const { code, stderr } = await runCli(['audit', 'report', ...args], { cwd: fx.dir, clock });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toContain(text);
    }
  });
});
