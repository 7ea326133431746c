import { hash } from 'node:crypto';
import { formatInstant } from '../time/instant.js';
import { VERSION } from '../version.js';
import { humanDuration } from './describe.js';
import { foldTakes, GrantRowFolder } from './grant-rows.js';
import type { ChainVerdict, LedgerSource } from './ledger-stream.js';
import type { TextSink } from './output.js';
import { describePeriod, type Period } from './period.js';
import type { ProfileFacts } from './profiles.js';
import { REPORT_SCRIPT } from './report-client.js';
import {
  HeadlineTally,
  LATENESS_BUCKETS,
  reportAlert,
  reportDrift,
  reportGrant,
  reportRefusal,
  type FollowUpLookup,
  type Headline,
  type ReportAlert,
  type ReportDrift,
  type ReportRefusal,
} from './report-model.js';
import { REPORT_CSS } from './report-style.js';

export interface ReportOptions {
  readonly period: Period;
  readonly now: number;
  /** One schedule interval of the revoke workflow: a revocation later than this after expiry is listed as late. */
  readonly intervalMs: number;
  readonly facts: ProfileFacts;
  /** `owner/name`, shown as text (the page holds no URL at all). */
  readonly repository?: string;
  /** The commit the ledger was read at. */
  readonly ledgerRef?: string;
  /** Where break-glass follow-up reviews are looked up; without it the page says they were not. */
  readonly followUps?: FollowUpLookup;
}

export interface ReportOutcome {
  readonly verdict: ChainVerdict;
  readonly headline: Headline;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * JSON inside `<script type="application/json">`: `<`, `>` and `&` as \u
 * escapes, so no ledger string can close the element or open a comment, and
 * U+2028/2029 escaped for older parsers. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const sha256 = (text: string): string => `'sha256-${hash('sha256', text, 'base64')}'`;

/**
 * Nothing may load: the policy allows exactly the page's own style and
 * script (by hash) and nothing else, so even markup that slipped through
 * could neither run nor fetch.
 */
const CSP = `default-src 'none'; script-src ${sha256(REPORT_SCRIPT)}; style-src ${sha256(REPORT_CSS)}; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;

/**
 * The access report: one static HTML file, written while the ledger streams
 * past (grants go into the page's data block as their story completes), the
 * figures and the verdict after. The caller keeps the file only when the
 * verdict is ok.
 */
export async function writeReport(source: LedgerSource, sink: TextSink, options: ReportOptions): Promise<ReportOutcome> {
  const tally = new HeadlineTally(options.intervalMs, options.now);
  const refusals: ReportRefusal[] = [];
  const alerts: ReportAlert[] = [];
  const drift: ReportDrift[] = [];
  const period = describePeriod(options.period);
  const title = `Access report${options.repository !== undefined ? ` for ${options.repository}` : ''}`;
  sink.write(
    [
      '<!doctype html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
      '<meta name="referrer" content="no-referrer">',
      `<title>${escapeHtml(title)}</title>`,
      `<style>${REPORT_CSS}</style>`,
      '</head>',
      '<body>',
      '<a class="skip" href="#filters">Skip to the filters</a>',
      '<header>',
      `<h1>${escapeHtml(title)}</h1>`,
      `<p>Period: <strong>${escapeHtml(period.since ?? 'the first ledger event')}</strong> to <strong>${escapeHtml(period.until)}</strong> (UTC, end excluded). A grant is in the period when its access overlapped it.</p>`,
      `<p class="muted">Generated ${escapeHtml(formatInstant(options.now))} by grantbook ${escapeHtml(VERSION)} from the ledger under audit/${options.ledgerRef !== undefined ? ` at commit <span class="mono">${escapeHtml(options.ledgerRef)}</span>` : ''}. Late means revoked more than one schedule interval (${escapeHtml(humanDuration(options.intervalMs))}) after expiry.</p>`,
      '</header>',
      '<script type="application/json" id="grants-data">[',
    ].join('\n'),
  );
  let first = true;
  const breakGlass: string[] = [];
  const folder = new GrantRowFolder(options.period, {
    row(row) {
      const g = reportGrant(row, options.facts);
      tally.grant(g, row.grant.grantees);
      if (g.bg === 1) breakGlass.push(g.id);
      sink.write(`${first ? '\n' : ',\n'}${jsonForScript(g)}`);
      first = false;
    },
    refusal: (f) => void refusals.push(reportRefusal(f)),
    alert: (f) => void alerts.push(reportAlert(f)),
    drift: (f) => void drift.push(reportDrift(f)),
  });
  const verdict = await source((e, where) => folder.add(e, where), foldTakes);
  folder.end();
  const figures = tally.figures;
  figures.refused = refusals.length;
  figures.alerts = alerts.length;
  figures.drift = drift.length;
  // Looked up only for a chain that verified: a refused report asks GitHub nothing.
  const followUps = verdict.ok && options.followUps !== undefined ? Object.fromEntries(await options.followUps(breakGlass)) : null;
  const meta = {
    since: Number.isFinite(options.period.since) ? options.period.since : null,
    until: options.period.until,
    now: options.now,
    intervalMs: options.intervalMs,
    buckets: LATENESS_BUCKETS,
    refusals,
    alerts,
    drift,
    followUps,
  };
  sink.write(`\n]</script>\n<script type="application/json" id="report-meta">${jsonForScript(meta)}</script>\n`);
  sink.write(body(verdict, figures, options));
  sink.write(`<script>${REPORT_SCRIPT}</script>\n</body>\n</html>\n`);
  return { verdict, headline: figures };
}

function body(verdict: ChainVerdict, f: Headline, options: ReportOptions): string {
  const figure = (label: string, value: string | number): string => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(String(value))}</dd></div>`;
  const tip = verdict.tip;
  const problems = options.facts.problems.map(
    (p) => `<li><span class="mono">${escapeHtml(p.file ?? 'policies/')}</span> ${escapeHtml(p.code)}: ${escapeHtml(p.message)}</li>`,
  );
  return [
    '<main>',
    '<section id="chain" aria-labelledby="chain-h">',
    '<h2 id="chain-h">Ledger verification</h2>',
    `<p class="verdict"><strong>The hash chain verifies.</strong> ${verdict.events} event(s)${tip !== undefined ? `, seq 0 to ${tip.seq}; the last event's hash is <span class="mono">${escapeHtml(tip.hash)}</span>` : ''}. Every event's sha256, its link to the event before it, the sequence numbers and the month files were recomputed before anything was written; a ledger that does not verify gets no report.</p>`,
    '<p class="muted">To check the chain without this tool, see docs/audit-evidence.md in the Grantbook repository: the hash rule takes a few lines of any language.</p>',
    '</section>',
    '<section id="headline" aria-labelledby="headline-h">',
    '<h2 id="headline-h">The period at a glance</h2>',
    '<dl class="figures">',
    figure('Grants', f.grants),
    figure('People', f.people),
    figure('Targets', f.targets),
    figure('Still live at the end', f.live),
    figure('Revoked', f.revoked),
    figure('Revoked late', f.revokedLate),
    figure('Most late revocation', humanDuration(f.maxLateMs)),
    figure('Live and overdue', f.overdue),
    figure('Break-glass uses', f.breakGlass),
    figure('Failed revocation attempts (grants)', f.withFailures),
    figure('Refused at apply', f.refused),
    figure('Interrupted applies', f.interrupted),
    figure('Limit alerts', f.alerts),
    figure('Drift findings', f.drift),
    '</dl>',
    '<p class="note">These figures cover the whole period; the sections below follow the filters. Break-glass and sensitive columns come from the profiles under policies/ at this checkout: the ledger records the profile name, not these properties.</p>',
    ...(problems.length > 0 ? ['<ul class="bad">', ...problems, '</ul>'] : []),
    '</section>',
    '<noscript><p class="bad">The timeline, the tables and the filters are drawn by the page\'s own script, which is turned off: the figures above are what can be shown without it.</p></noscript>',
    '<section id="filters" aria-labelledby="filters-h">',
    '<h2 id="filters-h">Filters</h2>',
    '<form class="filters" id="filter-form">',
    '<label for="f-person">Person<select id="f-person"><option value="">All people</option></select></label>',
    '<label for="f-target">Target<select id="f-target"><option value="">All targets</option></select></label>',
    '<label for="f-profile">Profile<select id="f-profile"><option value="">All profiles</option></select></label>',
    '<label for="f-group">Timeline lanes<select id="f-group"><option value="person">by person</option><option value="target">by target</option></select></label>',
    '<button type="button" id="f-reset">Show everything</button>',
    '</form>',
    '<p id="shown" role="status" aria-live="polite"></p>',
    '</section>',
    '<section id="timeline" aria-labelledby="timeline-h">',
    '<h2 id="timeline-h">Timeline: who had what, when</h2>',
    '<ul class="legend" aria-label="Legend">',
    '<li><span class="bar" aria-hidden="true"></span>granted, then revoked</li>',
    '<li><span class="bar live" aria-hidden="true"></span>still live at the end of the ledger (hatched)</li>',
    '<li><span class="bar bg" aria-hidden="true"></span>break-glass (marked "!")</li>',
    '<li><span class="bar late" aria-hidden="true"></span>revoked late (outlined)</li>',
    '</ul>',
    '<p class="note">Each bar is also a row of the Grants table below, which screen readers and keyboards reach more easily.</p>',
    '<div id="lanes" class="lanes"></div>',
    '<p id="timeline-note" class="note"></p>',
    '</section>',
    '<section id="lateness" aria-labelledby="lateness-h">',
    '<h2 id="lateness-h">Revocation lateness</h2>',
    '<div id="late-dist"></div>',
    '<div id="late-list"></div>',
    '</section>',
    '<section id="breakglass" aria-labelledby="breakglass-h">',
    '<h2 id="breakglass-h">Break-glass uses and their follow-up reviews</h2>',
    '<p class="note">Every break-glass grant opens one follow-up review issue titled "Break-glass review: &lt;request&gt;" (labels grantbook, break-glass). Its state lives on GitHub, not in the ledger: it is shown when the report was made with access to the repository (--repo and a token), as it stood then.</p>',
    '<div id="bg-list"></div>',
    '</section>',
    '<section id="refused" aria-labelledby="refused-h">',
    '<h2 id="refused-h">Refused and held-back requests</h2>',
    '<div id="refused-list"></div>',
    '<p class="note">Requests held back while the repository\'s settings were unsafe are not in the ledger by design: nothing was granted or recorded, one issue ("Grantbook apply is holding grants back") named the settings, and a re-run after the fix grants them.</p>',
    '</section>',
    '<section id="alerts" aria-labelledby="alerts-h">',
    '<h2 id="alerts-h">Alerts and drift</h2>',
    '<div id="alert-list"></div>',
    '<div id="drift-list"></div>',
    '</section>',
    '<section id="grants" aria-labelledby="grants-h">',
    '<h2 id="grants-h">Grants</h2>',
    '<div id="grant-table"></div>',
    '</section>',
    '</main>',
    '',
  ].join('\n');
}
