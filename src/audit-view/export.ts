import { VERSION } from '../version.js';
import { UTF8_BOM, csvRecord } from './csv.js';
import { CSV_COLUMNS, csvLine, driftRecord, jsonRecord, type ExportContext } from './export-record.js';
import { foldTakes, GrantRowFolder, type DriftFact } from './grant-rows.js';
import type { ChainVerdict, LedgerSource } from './ledger-stream.js';
import type { TextSink } from './output.js';
import { describePeriod, type Period } from './period.js';
import { formatInstant } from '../time/instant.js';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  readonly period: Period;
  readonly format: ExportFormat;
  /** CSV only: start with the UTF-8 byte order mark (see csv.ts for why it is the default). */
  readonly bom: boolean;
  readonly context: ExportContext;
  readonly now: number;
}

export interface ExportOutcome {
  readonly verdict: ChainVerdict;
  readonly rows: number;
  /** Drift findings of the period that no row counts (DriftFact.onRow): the JSON export lists them, and the CLI warns of them. */
  readonly unattachedDrift: readonly DriftFact[];
}

/**
 * One row per grant whose access overlapped the period, written to `sink`
 * as each grant's story completes (so the ledger is never held), in the
 * order the grants ended, then the grants still live. The caller keeps the
 * output only when the verdict is ok.
 */
export async function writeExport(source: LedgerSource, sink: TextSink, options: ExportOptions): Promise<ExportOutcome> {
  let rows = 0;
  const json = options.format === 'json';
  if (json) {
    const head = {
      format: 'grantbook-audit-export',
      version: 1,
      generator: `grantbook ${VERSION}`,
      generated_at: formatInstant(options.now),
      period: describePeriod(options.period),
      profile_problems: options.context.facts.problems.map((p) => ({ code: p.code, file: p.file ?? null, message: p.message })),
    };
    sink.write(`${JSON.stringify(head).slice(0, -1)},"grants":[`);
  } else {
    sink.write(`${options.bom ? UTF8_BOM : ''}${csvRecord(CSV_COLUMNS)}`);
  }
  const unattachedDrift: DriftFact[] = [];
  const folder = new GrantRowFolder(options.period, {
    row(row) {
      if (json) sink.write(`${rows === 0 ? '\n' : ',\n'}${JSON.stringify(jsonRecord(row, options.context))}`);
      else sink.write(csvLine(row, options.context));
      rows += 1;
    },
    drift(fact) {
      if (!fact.onRow) unattachedDrift.push(fact);
    },
  });
  const verdict = await source((e, where) => folder.add(e, where), foldTakes);
  folder.end();
  if (json) {
    const chain = { ok: verdict.ok, events: verdict.events, tip: verdict.tip ?? null };
    sink.write(
      `\n],"unattached_drift":[${unattachedDrift.map((f) => JSON.stringify(driftRecord(f))).join(',\n')}],"rows":${rows},"chain":${JSON.stringify(chain)}}\n`,
    );
  }
  return { verdict, rows, unattachedDrift };
}
