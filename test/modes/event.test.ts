import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics.js';
import { apiBaseUrl } from '../../src/modes/api-url.js';
import { parseApplyPayload, parsePullRequestPayload, readApplyEvent, readPullRequestEvent } from '../../src/modes/event.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

/** The fields of GitHub's pull_request payload the check reads (the real one has many more). */
function payload(pr: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    action: 'synchronize',
    pull_request: {
      number: 7,
      user: { login: 'alice', id: 583231, type: 'User' },
      head: { sha: HEAD, ref: 'request' },
      base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/access', default_branch: 'main' } },
      commits: 2,
      changed_files: 1,
      ...pr,
    },
  };
}

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof UserError ? e.diagnostics[0]?.code : `not a UserError: ${String(e)}`;
  }
  return undefined;
};

describe('pull request event payload', () => {
  it('reads what the check needs', () => {
    expect(parsePullRequestPayload(payload(), 'acme/access')).toEqual({
      owner: 'acme',
      repo: 'access',
      number: 7,
      author: { login: 'alice', id: 583231 },
      headSha: HEAD,
      baseSha: BASE,
      baseRef: 'main',
      defaultBranch: 'main',
      commits: 2,
      changedFiles: 1,
    });
  });

  it('leaves the counts unknown when the payload has none (pull_request_review), never 0', () => {
    const { commits: _c, changed_files: _f, ...simple } = payload().pull_request as Record<string, unknown>;
    const event = parsePullRequestPayload({ action: 'submitted', pull_request: simple }, 'acme/access');
    expect([event.commits, event.changedFiles]).toEqual([undefined, undefined]);
  });

  it.each([
    ['a short head SHA', { head: { sha: 'abc123' } }],
    ['a missing author id', { user: { login: 'alice' } }],
    ['a login with markup', { user: { login: '<b>alice</b>', id: 1 } }],
    ['a fractional count', { commits: 1.5 }],
    ['a base ref with spaces', { base: { sha: BASE, ref: 'main branch', repo: { default_branch: 'main' } } }],
    ['no default branch', { base: { sha: BASE, ref: 'main', repo: {} } }],
  ])('refuses %s', (_what, pr) => {
    expect(codeOf(() => parsePullRequestPayload(payload(pr), 'acme/access'))).toBe('E_EVENT_INVALID');
  });

  it.each([undefined, 'acme', 'acme/access/extra', 'ac me/access'])('refuses GITHUB_REPOSITORY %s', (repository) => {
    expect(codeOf(() => parsePullRequestPayload(payload(), repository))).toBe('E_EVENT_INVALID');
  });
});

describe('reading the event from the runner environment', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'grantbook-event-'));
    file = path.join(dir, 'event.json');
    await writeFile(file, JSON.stringify(payload()));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const env = (name: string, eventPath?: string) => ({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: eventPath ?? file, GITHUB_REPOSITORY: 'acme/access' });
  const rejected = async (p: Promise<unknown>) => {
    const error = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    return error instanceof UserError ? error.diagnostics[0]?.code : String(error);
  };

  it.each(['pull_request', 'pull_request_review'])('accepts %s', async (name) => {
    expect((await readPullRequestEvent(env(name))).number).toBe(7);
  });

  it.each(['push', 'pull_request_target', 'schedule', 'workflow_dispatch', ''])('refuses event "%s" with E_EVENT_UNSUPPORTED', async (name) => {
    expect(await rejected(readPullRequestEvent(env(name)))).toBe('E_EVENT_UNSUPPORTED');
  });

  it('refuses a missing or unreadable payload', async () => {
    expect(await rejected(readPullRequestEvent(env('pull_request', '')))).toBe('E_EVENT_INVALID');
    expect(await rejected(readPullRequestEvent(env('pull_request', path.join(dir, 'missing.json'))))).toBe('E_EVENT_INVALID');
  });
});

/** The fields of GitHub's push payload apply reads. */
function pushPayload(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { ref: 'refs/heads/main', before: BASE, after: HEAD, repository: { full_name: 'acme/access', default_branch: 'main' }, ...over };
}

describe('push event payload (apply)', () => {
  const env = { GITHUB_REPOSITORY: 'acme/access', GITHUB_SHA: HEAD };

  it('reads what apply needs', () => {
    expect(parseApplyPayload('push', pushPayload(), env)).toEqual({
      kind: 'push',
      owner: 'acme',
      repo: 'access',
      defaultBranch: 'main',
      tip: HEAD,
      before: BASE,
    });
  });

  it('a push that created the branch has no before; a manual run takes its commit from GITHUB_SHA', () => {
    expect(parseApplyPayload('push', pushPayload({ before: '0'.repeat(40) }), env).before).toBeUndefined();
    expect(parseApplyPayload('workflow_dispatch', { ref: 'refs/heads/main', repository: { default_branch: 'main' } }, env)).toEqual({
      kind: 'workflow_dispatch',
      owner: 'acme',
      repo: 'access',
      defaultBranch: 'main',
      tip: HEAD,
    });
  });

  it('refuses a run for another branch than the default with E_EVENT_UNSUPPORTED', () => {
    expect(codeOf(() => parseApplyPayload('push', pushPayload({ ref: 'refs/heads/feature' }), env))).toBe('E_EVENT_UNSUPPORTED');
    expect(codeOf(() => parseApplyPayload('push', pushPayload({ ref: 'refs/tags/main' }), env))).toBe('E_EVENT_INVALID');
  });

  it.each([
    ['a short after SHA', { after: 'abc123' }],
    ['no before', { before: undefined }],
    ['no default branch', { repository: {} }],
    ['a default branch with spaces', { ref: 'refs/heads/main branch', repository: { default_branch: 'main branch' } }],
  ])('refuses %s', (_what, over) => {
    expect(codeOf(() => parseApplyPayload('push', pushPayload(over), env))).toBe('E_EVENT_INVALID');
  });

  it.each([undefined, 'acme', 'acme/access/extra', 'ac me/access'])('refuses GITHUB_REPOSITORY %s, as the check does', (repository) => {
    expect(codeOf(() => parseApplyPayload('push', pushPayload(), { GITHUB_REPOSITORY: repository }))).toBe('E_EVENT_INVALID');
  });
});

describe('one reader for check and apply', () => {
  let dir: string;
  let pushFile: string;
  let pullFile: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'grantbook-event-'));
    pushFile = path.join(dir, 'push.json');
    pullFile = path.join(dir, 'pull.json');
    await writeFile(pushFile, JSON.stringify(pushPayload()));
    await writeFile(pullFile, JSON.stringify(payload()));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const env = (name: string, eventPath: string) => ({
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/access',
    GITHUB_SHA: HEAD,
  });
  const failure = async (p: Promise<unknown>) => {
    const error = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    return error instanceof UserError
      ? { code: error.diagnostics[0]?.code, pointer: error.diagnostics[0]?.pointer, message: error.diagnostics[0]?.message }
      : String(error);
  };

  it.each(['push', 'workflow_dispatch'])('apply accepts %s', async (name) => {
    expect((await readApplyEvent(env(name, pushFile))).tip).toBe(HEAD);
  });

  it.each(['pull_request', 'pull_request_target', 'schedule', ''])('apply refuses event "%s" with E_EVENT_UNSUPPORTED', async (name) => {
    expect(await failure(readApplyEvent(env(name, pushFile)))).toEqual({
      code: 'E_EVENT_UNSUPPORTED',
      pointer: '/env/GITHUB_EVENT_NAME',
      message: 'command "apply" runs on push or workflow_dispatch events, not on this event',
    });
  });

  it('a missing or unreadable payload fails both commands the same way', async () => {
    const missing = path.join(dir, 'missing.json');
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"ref": ');
    for (const [name, eventPath] of [
      ['', ''],
      ['', missing],
      ['', broken],
    ] as const) {
      const check = await failure(readPullRequestEvent(env('pull_request', eventPath || name)));
      const apply = await failure(readApplyEvent(env('push', eventPath || name)));
      expect(apply).toEqual(check);
      expect(check).toMatchObject({ code: 'E_EVENT_INVALID', pointer: '/env/GITHUB_EVENT_PATH' });
    }
  });

  it("a payload of the other command's event is refused field by field", async () => {
    expect(await failure(readApplyEvent(env('push', pullFile)))).toMatchObject({
      code: 'E_EVENT_INVALID',
      message: 'repository.default_branch is missing or malformed',
    });
    expect(await failure(readPullRequestEvent(env('pull_request', pushFile)))).toMatchObject({ code: 'E_EVENT_INVALID' });
  });
});

describe('GitHub API address', () => {
  it.each([
    [undefined, 'https://api.github.com'],
    ['https://api.github.com/', 'https://api.github.com'],
    ['https://ghe.example.com/api/v3', 'https://ghe.example.com/api/v3'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
    ['http://localhost:4000/', 'http://localhost:4000'],
  ])('%s -> %s', (raw, expected) => {
    expect(apiBaseUrl(raw === undefined ? {} : { GITHUB_API_URL: raw })).toBe(expected);
  });

  it.each(['http://api.github.com', 'https://user:pw@api.github.com', 'https://api.github.com/?x=1', 'ftp://x', 'not a url'])('refuses %s', (raw) => {
    expect(codeOf(() => apiBaseUrl({ GITHUB_API_URL: raw }))).toBe('E_API_URL_INVALID');
  });
});
