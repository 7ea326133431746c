import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics.js';
import { grantFailedText, heldBackIssue, heldUnavailableComment, idReusedIssue, refusedText } from '../../src/report/apply-text.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { renderCheckComment } from '../../src/report/pr-comment.js';
import { renderFailureIssue, renderSummary, type ItemOutcome } from '../../src/report/revoke-text.js';
import { shown } from '../support/markdown.js';

/**
 * Text from outside (a provider's error, a GitHub answer, a request field, a
 * file name) reaches the check comment, apply's comments and issues, and the
 * revoke job's issues and summary. Each of them must show it as the same
 * inert text: no mention, no link or image, no HTML, no hidden marker, no
 * new line starting a heading or a list item, no invisible or bidi character.
 */
const HOSTILE =
  'boom @acme/admins <!-- grantbook:apply:x --> <img src=x onerror=alert(1)> [sign in](https://evil.example) ![](https://track.example/p.png) fixes #1 `code` **bold** | cell\n# pwned\n- [x] done \u202egnp.exe\u200b';

const NEUTRAL = escapeMarkdown(HOSTILE);

/** Every body that can carry outside text, with the hostile text put where outside text goes. */
const BODIES: readonly (readonly [string, string])[] = [
  [
    'check comment',
    renderCheckComment({
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      problems: [diagnostic('E_PR_MIXED_CHANGES', HOSTILE)],
      requests: [{ path: 'access-requests/a-1.yaml', verdict: 'refused', loadProblems: [diagnostic('E_FILE_UNREADABLE', HOSTILE)], plans: [] }],
      relinquished: [],
    }),
  ],
  ['apply refusal', refusedText('a-1', 'access-requests/a-1.yaml', [diagnostic('E_APPLY_HELD_UNREADABLE', HOSTILE)]).body],
  ['apply settings issue', heldBackIssue(['a-1'], [{ code: 'E_DOCTOR_CANNOT_VERIFY', message: HOSTILE, fix: HOSTILE }]).body],
  ['apply held-unavailable comment', heldUnavailableComment('a-1', 'access-requests/a-1.yaml', diagnostic('E_APPLY_HELD_UNAVAILABLE', HOSTILE))],
  [
    'apply rollback issue',
    grantFailedText({
      id: 'a-1',
      path: 'access-requests/a-1.yaml',
      failed: { target: 'orders-prod', reason: HOSTILE },
      targets: [
        { target: 'orders-prod', status: 'not_rolled_back', reason: HOSTILE },
        { target: 'gh', status: 'untouched' },
      ],
    }).body,
  ],
  [
    'revoke failure issue',
    renderFailureIssue({
      request: 'a-1',
      pr: 3,
      at: '2026-05-01T00:00:00Z',
      runId: '1',
      failures: [{ target: 'orders-prod', code: 'E_REVOKE_TARGET_UNREACHABLE', message: HOSTILE, attempts: 2, details: [HOSTILE] }],
    }),
  ],
  ['revoke job summary', revokeSummary()],
];

function revokeSummary(): string {
  const failed: ItemOutcome = {
    item: { request: 'a-1', cause: 'expired', targets: [{ target: 'orders-prod', principals: [{ principal: 'alice' }] }] },
    results: [{ status: 'failed', target: 'orders-prod', failure: { reason: { code: 'E_REVOKE_TARGET_UNREACHABLE', message: HOSTILE } }, attempts: 1 }],
  };
  return renderSummary({
    lastSweep: '2026-05-01T00:00:00Z',
    branch: 'main',
    tip: 'c'.repeat(40),
    plan: { deferred: [], missing: [], unresolved: [] },
    outcomes: [failed],
    lateByRequest: new Map(),
    problems: [{ target: 'gh', failure: { reason: { code: 'E_REVOKE_TARGET_UNREACHABLE', message: HOSTILE } } }],
    busy: [],
    notes: [HOSTILE],
  });
}

/** The body without its own hidden markers, which the renderer writes on purpose. */
const withoutMarkers = (body: string): string => body.replace(/^<!-- grantbook:[a-z-]+:[a-z0-9_-]+ -->$/gm, '').replace('<!-- grantbook:check -->', '');

describe('hostile text in every body', () => {
  it.each(BODIES)('%s shows it in the one escaped form, and a reader still sees the words', (_name, body) => {
    expect(body).toContain(NEUTRAL);
    // What a person reads: the same words, the hidden characters dropped and the lines joined.
    expect(shown(body)).toContain(shown(NEUTRAL));
    expect(shown(NEUTRAL)).toContain('boom @acme/admins');
  });

  it.each(BODIES)('%s carries no live markup from it', (_name, body) => {
    const rest = withoutMarkers(body);
    expect(rest).not.toMatch(/@acme/); // a mention would notify the team
    expect(rest).not.toMatch(/<!--|<\/?(?!sub>|details>|summary>)[a-z]/i); // HTML (but the renderers' own), a forged marker
    expect(rest).not.toMatch(/(?<!\\)\]\((?!#)/); // a link or an image
    expect(rest).not.toMatch(/(?<![\\&])#1\b/); // a cross-reference
    expect(rest).not.toMatch(/^# pwned|^- \[x\]/m); // a heading or a task item of its own
    expect(rest).not.toMatch(/[\u202a-\u202e\u200b-\u200f]/u);
  });

  it('a file name the display refuses is shown as its placeholder, not swallowed as an HTML tag', () => {
    // safePath() stands `<file name with unusual characters>` for a name it will not show;
    // apply wrote it raw, and GitHub drops an unknown tag: the sentence lost its subject.
    const body = idReusedIssue('a-1', '<file name with unusual characters>').body;
    expect(body).toContain('The file &lt;file name with unusual characters&gt; landed under an id the ledger already holds.');
    expect(shown(refusedText('a-1', '<file name with unusual characters>', []).body)).toContain('(<file name with unusual characters>)');
  });

  it("is not apply's former stripping, which left links, images, headings and bidi characters live", () => {
    const before = HOSTILE.replace(/[<>@`]/g, '');
    expect(before).toContain('[sign in](https://evil.example)');
    expect(before).toContain('\n# pwned');
    expect(before).toContain('\u202e');
    for (const [, body] of BODIES) expect(body).not.toContain(before);
  });
});
