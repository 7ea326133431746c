import type { Diagnostic } from '../diagnostics.js';
import { joinPointer } from '../load/pointer.js';
import type { RawProfile } from '../load/raw.js';
import type { Reporter } from '../load/report.js';
import { durationMs, HARD_MAX_DURATION_MS } from '../time/duration.js';
import { ticketPatternProblem } from './load-ticket.js';
import { POSTGRES_PRIVILEGES } from './types.js';

/** Privileges that reach beyond reading or changing rows: never in a profile. */
export const DANGEROUS_PRIVILEGES: ReadonlySet<string> = new Set([
  'CREATE',
  'ALL',
  'ALL_PRIVILEGES',
  'USAGE',
  'TEMP',
  'TEMPORARY',
  'CONNECT',
  'EXECUTE',
  'MAINTAIN',
  'TRIGGER',
  'SET',
  'ALTER_SYSTEM',
]);

export const BREAK_GLASS_MAX_MS = 4 * 60 * 60 * 1000;

const TABLE_PRIVILEGES: ReadonlySet<string> = new Set(POSTGRES_PRIVILEGES);

function durationChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const max = durationMs(raw.duration.max);
  const dflt = raw.duration.default === undefined ? undefined : durationMs(raw.duration.default);
  if (max !== undefined && max > HARD_MAX_DURATION_MS) {
    out.push(report('E_PROFILE_DURATION_TOO_LONG', 'duration.max is longer than 90 days.', '/duration/max'));
  }
  if (max !== undefined && dflt !== undefined && dflt > max) {
    out.push(report('E_PROFILE_DURATION_DEFAULT', 'duration.default is longer than duration.max.', '/duration/default'));
  }
  if (raw.break_glass === true && max !== undefined && max > BREAK_GLASS_MAX_MS) {
    out.push(report('E_PROFILE_BREAK_GLASS_DURATION', 'A break-glass profile has duration.max longer than 4h.', '/duration/max'));
  }
  return out;
}

function headerChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  if ((raw.requesters.users ?? []).length === 0 && (raw.requesters.teams ?? []).length === 0) {
    out.push(report('E_PROFILE_REQUESTERS_EMPTY', 'requesters lists no users and no teams.', '/requesters'));
  }
  const pattern = raw.ticket.pattern;
  const problem = pattern === undefined ? undefined : ticketPatternProblem(pattern);
  if (problem === 'invalid') out.push(report('E_PROFILE_TICKET_PATTERN_INVALID', 'ticket.pattern is not a valid regular expression.', '/ticket/pattern'));
  if (problem === 'unanchored') {
    out.push(report('E_PROFILE_TICKET_PATTERN_ANCHOR', "ticket.pattern must match the whole ticket: '^...$' with no top-level '|'.", '/ticket/pattern'));
  }
  const minLength = raw.reason.min_length ?? 1;
  const maxLength = raw.reason.max_length ?? 1000;
  if (minLength > maxLength) out.push(report('E_PROFILE_REASON_LENGTH', 'reason.min_length is greater than reason.max_length.', '/reason/min_length'));
  (raw.approvals.groups ?? []).forEach((group, i) => {
    if ('users' in group && group.users.length < group.min) {
      out.push(report('E_PROFILE_APPROVAL_GROUP', `Approver group ${i} needs ${group.min} approvals but lists ${group.users.length} users.`, `/approvals/groups/${i}`));
    }
  });
  return out;
}

function allowChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const targets = new Set<string>();
  raw.allow.forEach((rule, r) => {
    const at = `/allow/${r}`;
    if (targets.has(rule.target)) out.push(report('E_PROFILE_DUPLICATE_TARGET', `Two allow rules name target "${rule.target}".`, `${at}/target`));
    targets.add(rule.target);
    (rule.privileges ?? []).forEach((privilege, p) => {
      if (DANGEROUS_PRIVILEGES.has(privilege)) {
        out.push(report('E_PROFILE_DANGEROUS_PRIVILEGE', `Privilege ${privilege} is never allowed in a profile.`, `${at}/privileges/${p}`));
      } else if (!TABLE_PRIVILEGES.has(privilege)) {
        out.push(report('E_PROFILE_UNKNOWN_PRIVILEGE', `Privilege ${privilege} is not a PostgreSQL table privilege.`, `${at}/privileges/${p}`));
      }
    });
    const tableNames = new Set<string>();
    (rule.tables ?? []).forEach((table, t) => {
      const tat = `${at}/tables/${t}`;
      if (tableNames.has(table.name)) out.push(report('E_PROFILE_DUPLICATE_ENTRY', `Table ${table.name} is listed twice.`, `${tat}/name`));
      tableNames.add(table.name);
      if (table.columns === undefined && table.all_columns !== true) {
        out.push(report('E_PROFILE_TABLE_COLUMNS', `Table ${table.name} lists no columns and does not set all_columns: true.`, tat));
      }
      const columns = new Set(table.columns ?? []);
      (table.sensitive ?? []).forEach((column, c) => {
        if (table.columns !== undefined && !columns.has(column)) {
          out.push(report('E_PROFILE_SENSITIVE_NOT_COLUMN', `Sensitive column ${column} is not in the columns of ${table.name}.`, joinPointer(tat, 'sensitive', c)));
        }
      });
    });
    const repoNames = new Set<string>();
    (rule.repos ?? []).forEach((repo, i) => {
      const key = repo.name.toLowerCase();
      if (repoNames.has(key)) out.push(report('E_PROFILE_DUPLICATE_ENTRY', `Repository ${repo.name} is listed twice.`, `${at}/repos/${i}/name`));
      repoNames.add(key);
    });
  });
  return out;
}

/** Rules a profile must satisfy on its own, before it is compared with targets.yaml. */
export function profileChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  return [...headerChecks(raw, report), ...durationChecks(raw, report), ...allowChecks(raw, report)];
}
