import { describe, expect, it } from 'vitest';
import { codeSpan, escapeForLog, escapeMarkdown, pathText } from '../../src/report/escape.js';

describe('escapeForLog', () => {
  it.each([
    ['::set-output name=decision::approved', '| ::set-output name=decision::approved'],
    ['ok\n::add-mask::x', 'ok\n| ::add-mask::x'],
    ['  ::warning::x', '|   ::warning::x'],
    ['a\r\n::error::b', 'a\n| ::error::b'],
  ])('neutralises workflow commands: %j', (input, expected) => {
    expect(escapeForLog(input)).toBe(expected);
  });

  it('leaves ordinary text alone', () => {
    expect(escapeForLog('granted until 2026-11-28T10:00:00Z: a::b')).toBe('granted until 2026-11-28T10:00:00Z: a::b');
  });

  it('shows invisible and bidi characters as escapes', () => {
    expect(escapeForLog('a\u202Eb\u200Bc\u0000d\u0085')).toBe('a\\u{202e}b\\u{200b}c\\u{0}d\\u{85}');
  });
});

describe('escapeMarkdown', () => {
  it('cannot mention a team or a person', () => {
    const out = escapeMarkdown('ping @acme/security and @alice');
    expect(out).not.toMatch(/@/);
    expect(out).toContain('&#64;acme/security');
  });

  it('cannot inject HTML, links or issue references', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)> [x](http://e) #12');
    expect(out).not.toMatch(/<img/);
    expect(out).toContain('&lt;img');
    expect(out).toContain('\\[x\\]\\(http://e\\)');
    expect(out).toContain('\\#12');
  });

  it('keeps text on one line', () => {
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
  });
});

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});

describe('pathText', () => {
  it('leaves a plain file name as it is', () => {
    expect(pathText('access-requests/alice-inc-4211.yaml')).toBe('access-requests/alice-inc-4211.yaml');
  });

  it.each(['<file name with unusual characters>', 'access-requests/a_[x](https://evil).yaml', 'a\u202eb.yaml'])(
    'escapes anything else like other text: %j',
    (path) => {
      expect(pathText(path)).toBe(escapeMarkdown(path));
    },
  );
});
