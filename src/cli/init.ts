import { matches } from '../shared/patterns.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_ENVIRONMENT, REQUIRED_CHECK } from '../modes/doctor/defaults.js';
import { escapeForLog } from '../report/escape.js';
import { parseCommandArgs } from './args.js';
import { STARTER_CREDENTIALS, STARTER_TEAMS, starterFiles } from './init/files.js';
import { APP_NAMES, workflowTexts } from './init/workflows.js';
import { writeNew, type WriteOutcome } from './init/write.js';
import { EXIT, type CliCommand, type CliIo } from './io.js';

const ACTION_REF = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9_.-]{1,100})@(.+)$/;
const SHA = /^[0-9a-f]{40}$/;

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Scaffold an access repository: requests, starter policies, CODEOWNERS and the three workflows',
  help: [
    'Usage: grantbook init --org ORG --action-ref OWNER/grantbook@SHA [--dir DIR] [--dry-run]',
    '',
    'Writes a working access repository into DIR (default: the current directory):',
    'access-requests/ with a README for requesters, starter policies under policies/ (a',
    'column-level Postgres profile, a GitHub team profile, a break-glass profile,',
    'targets.yaml, identities.yaml) whose <placeholders> `grantbook validate` flags until',
    'they are filled in, schemas/, .github/CODEOWNERS, and the check, apply and revoke',
    'workflows using the action at the given commit. It never overwrites a file: what',
    "exists is listed as kept. It ends with the steps left to do in GitHub's settings.",
    '',
    'Options:',
    '  --org ORG             the GitHub organization (CODEOWNERS teams, the github target)',
    '  --action-ref REF      OWNER/grantbook@<full 40-character commit SHA>; a tag or branch',
    '                        is refused, because it can be moved to other code',
    '  --dir DIR             where to write (default: the current directory)',
    '  --dry-run             list what would be written, write nothing',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      org: { type: 'string' },
      'action-ref': { type: 'string' },
      dir: { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
    if (!parsed.ok || parsed.positionals.length > 0) return usage(io, parsed.ok ? 'takes no positional arguments' : parsed.message);
    const org = parsed.values.org ?? '';
    if (!matches('login', org)) return usage(io, '--org must be a GitHub organization name');
    const ref = ACTION_REF.exec(parsed.values['action-ref'] ?? '');
    if (ref === null) return usage(io, '--action-ref must be OWNER/REPO@SHA, e.g. acme/grantbook@<40-character commit SHA>');
    if (!SHA.test(ref[3] ?? '')) {
      return usage(io, '--action-ref must pin a full 40-character lowercase commit SHA: a tag or branch can be moved to other code after it was reviewed');
    }
    const actionRef = `${ref[1] ?? ''}/${ref[2] ?? ''}@${ref[3] ?? ''}`;
    const dir = path.resolve(io.cwd, parsed.values.dir ?? '.');
    const dryRun = parsed.values['dry-run'] === true;

    const credentials = await credentialNames(dir, io);
    const files = { ...starterFiles(org), ...prefixed('.github/workflows/', workflowTexts(actionRef, credentials)) };
    const written = await writeNew(dir, files, dryRun);
    const label: Record<WriteOutcome, string> = {
      wrote: 'wrote  ',
      'would-write': 'write  ',
      same: 'same   ',
      kept: 'kept   ',
      blocked: 'blocked',
    };
    io.out(escapeForLog(`grantbook init${dryRun ? ' --dry-run' : ''}: ${dir}`));
    for (const w of written) {
      const note =
        w.outcome === 'kept'
          ? '  (exists and differs; left as it is)'
          : w.outcome === 'blocked'
            ? '  (a directory or symbolic link is in the way; nothing written)'
            : '';
      io.out(`  ${label[w.outcome]} ${w.path}${note}`);
    }
    io.out('');
    io.out(nextSteps(org, credentials).join('\n'));
    return EXIT.ok;
  },
};

function usage(io: CliIo, message: string): number {
  io.err(escapeForLog(`grantbook init: ${message}`));
  return EXIT.usage;
}

function prefixed(prefix: string, files: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${prefix}${name}`, text]));
}

/**
 * The credential variables the workflows pass: those an existing
 * policies/targets.yaml names (so the secrets are named as it names them),
 * else the starter targets'.
 */
async function credentialNames(dir: string, io: CliIo): Promise<readonly string[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(dir, 'policies', 'targets.yaml'));
  } catch {
    return STARTER_CREDENTIALS;
  }
  const { readTargets } = await import('../policy/load-targets.js');
  const { activeRegistry } = await import('../providers/catalog.js');
  const providers = io.providers ?? activeRegistry();
  const read = readTargets({ path: 'policies/targets.yaml', bytes }, providers);
  if (!read.ok) {
    io.err('grantbook init: policies/targets.yaml exists but does not validate; the workflows pass the starter credentials. Run `grantbook validate`.');
    return STARTER_CREDENTIALS;
  }
  const names = [...read.value.targets.values()].flatMap((t) => {
    const descriptor = providers.descriptor(t.provider);
    return descriptor === undefined ? [] : [descriptor.credential(t).env];
  });
  return [...new Set(names)].sort();
}

function nextSteps(org: string, credentials: readonly string[]): string[] {
  const { security, approvers } = STARTER_TEAMS;
  return [
    "Left to do (steps in GitHub's settings pages; `grantbook doctor` checks each one):",
    `  1. Teams: ${org}/${security} and ${org}/${approvers} with write access to this repository (or change`,
    '     .github/CODEOWNERS and policies/ to teams you have).',
    '  2. Fill in every <placeholder> under policies/; `grantbook validate` lists those left.',
    `  3. The Grantbook GitHub App, installed on this repository: Contents, Issues and Pull requests`,
    '     write; Administration, Actions and Environments read; organization Members read. Allow it',
    '     to bypass the branch rule (a ruleset bypass entry), so it can commit the ledger.',
    `  4. The reader GitHub App for the check: organization Members read, nothing else.`,
    `  5. Environment ${DEFAULT_ENVIRONMENT}: deployment branches "Selected branches and tags" with the`,
    `     one rule for the default branch; secrets ${[APP_NAMES.appKey, ...credentials].join(', ')}.`,
    `  6. Repository secret ${APP_NAMES.readerKey}; variables ${APP_NAMES.appClientId} and ${APP_NAMES.readerClientId}.`,
    '  7. Branch protection (or a ruleset) on the default branch: pull requests with code owner',
    '     review, stale approvals dismissed, approval of the most recent push, no bypass; Actions',
    `     may not approve pull requests; require the status check "${REQUIRED_CHECK}".`,
    "  8. Commit and push, then run, with a token of the Grantbook App (or an admin's with read:org):",
    '       GH_TOKEN=... npx grantbook doctor --repo OWNER/REPO',
  ];
}
