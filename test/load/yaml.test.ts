import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/load.js';
import { MAX_DEPTH, MAX_MAPPING_KEYS } from '../../src/load/limits.js';
import { parseStrictYaml } from '../../src/load/yaml.js';
import { codes, expectLocated, expectNoEcho, MARKER, src } from './fixtures.js';

function refuse(text: string, kind: 'request' | 'profile' = 'request') {
  const r = loadFile(src(kind === 'request' ? 'access-requests/x.yaml' : 'policies/x.yaml', text), kind);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('loaded');
  expectNoEcho(r.diagnostics);
  expectLocated(r.diagnostics);
  return r.diagnostics;
}

describe('strict YAML: aliases and anchors', () => {
  it('refuses a billion-laughs alias bomb without expanding it', () => {
    const lines = [`a0: &a0 ["${MARKER}", "${MARKER}", "${MARKER}", "${MARKER}", "${MARKER}", "${MARKER}", "${MARKER}", "${MARKER}", "${MARKER}"]`];
    for (let i = 1; i < 10; i += 1) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    const d = refuse(`${lines.join('\n')}\n`);
    expect(new Set(codes(d))).toEqual(new Set(['E_YAML_ALIAS']));
    expect(d[0]?.line).toBe(1);
  });

  it('refuses an anchor alone, and an alias used as a key', () => {
    expect(codes(refuse(`requester: &${MARKER} alice\n`))).toEqual(['E_YAML_ALIAS']);
    expect(codes(refuse(`a: &k b\n*k : c\n`))).toContain('E_YAML_ALIAS');
  });
});

describe('strict YAML: tags and directives', () => {
  const tagged: [string, string][] = [
    ['!!binary', `payload: !!binary ${Buffer.from(MARKER).toString('base64')}\n`],
    ['!custom', `requester: !${MARKER} alice\n`],
    ['!!str', 'requester: !!str 123456789012\n'],
    ['non-specific !', 'requester: ! alice\n'],
    ['!!map on a collection', 'grants: !!seq []\n'],
    ['verbatim tag', `a: !<tag:yaml.org,2002:str> ${MARKER}\n`],
  ];
  for (const [name, text] of tagged) {
    it(`refuses explicit tag ${name}`, () => {
      expect(codes(refuse(text))).toContain('E_YAML_TAG');
    });
  }

  it('refuses %YAML 1.1 (which would bring yes/no booleans and merge keys back)', () => {
    const d = refuse(`%YAML 1.1\n---\nrequester: ${MARKER}\n`);
    expect(codes(d)).toEqual(['E_YAML_DIRECTIVE']);
  });

  it('refuses %YAML 1.2 and %TAG too', () => {
    expect(codes(refuse('%YAML 1.2\n---\na: 1\n'))).toEqual(['E_YAML_DIRECTIVE']);
    expect(codes(refuse(`%TAG !e! tag:${MARKER}.example,2000:\n---\na: 1\n`))).toEqual(['E_YAML_DIRECTIVE']);
  });

  it('refuses an unknown directive', () => {
    expect(codes(refuse(`%${MARKER} x\n---\na: 1\n`))).toContain('E_YAML_DIRECTIVE');
  });
});

describe('strict YAML: documents and top level', () => {
  it('refuses several documents, pointing at the second', () => {
    const d = refuse(`requester: alice\n---\nrequester: ${MARKER}\n`);
    expect(codes(d)).toEqual(['E_YAML_MULTI_DOCUMENT']);
    expect(d[0]?.line).toBe(2);
  });

  it('refuses an empty file, a comment-only file and an explicit null', () => {
    expect(codes(refuse(''))).toEqual(['E_YAML_EMPTY']);
    expect(codes(refuse(`# ${MARKER}\n`))).toEqual(['E_YAML_EMPTY']);
    expect(codes(refuse('~\n'))).toEqual(['E_YAML_EMPTY']);
  });

  it('refuses a scalar or a sequence at the top level', () => {
    expect(codes(refuse(`${MARKER}\n`))).toEqual(['E_YAML_TOP_LEVEL']);
    expect(codes(refuse(`- ${MARKER}\n- b\n`))).toEqual(['E_YAML_TOP_LEVEL']);
    expect(codes(refuse(`[${MARKER}]\n`))).toEqual(['E_YAML_TOP_LEVEL']);
  });

  it('reports a syntax error with its position and no content', () => {
    const d = refuse(`requester: alice\nreason: "${MARKER}\n`);
    expect(d[0]?.code).toBe('E_YAML_SYNTAX');
    expect(d[0]?.line).toBeGreaterThanOrEqual(2);
  });
});

describe('strict YAML: keys', () => {
  it('refuses duplicate keys, however they are quoted', () => {
    for (const text of ['a: 1\na: 2\n', 'a: 1\n"a": 2\n', "a: 1\n'a': 2\n", '{a: 1, "a": 2}\n', `grants:\n  - target: x\n    "target": ${MARKER}\n`]) {
      const d = refuse(text);
      expect(codes(d)).toContain('E_YAML_DUPLICATE_KEY');
    }
    const d = refuse('requester: alice\nprofile: p\n"requester": bob\n');
    expect([d[0]?.code, d[0]?.line, d[0]?.column]).toEqual(['E_YAML_DUPLICATE_KEY', 3, 1]);
  });

  it('refuses keys that are not text', () => {
    for (const text of ['1: a\n', 'true: a\n', 'null: a\n', '? [a, b]\n: c\n', '? {a: b}\n: c\n', ': a\n']) {
      expect(codes(refuse(text))).toContain('E_YAML_KEY_NOT_STRING');
    }
  });

  it('accepts quoted keys as the same text keys', () => {
    const r = loadFile(src('access-requests/x.yaml', '"requester": alice\n\'profile\': p\ngrants: [{target: t, bundle: b}]\n'), 'request');
    expect(r.ok).toBe(true);
  });

  for (const key of ['__proto__', 'constructor', 'prototype', '"__proto__"']) {
    it(`refuses the reserved key ${key} anywhere, and pollutes nothing`, () => {
      const top = refuse(`${key}: {polluted: "${MARKER}"}\n`);
      expect(codes(top)).toEqual(['E_YAML_RESERVED_KEY']);
      const nested = refuse(`grants:\n  - target: x\n    ${key}:\n      polluted: 1\n`);
      expect(codes(nested)).toEqual(['E_YAML_RESERVED_KEY']);
      expect([nested[0]?.line, nested[0]?.column]).toEqual([3, 5]);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }

  it('builds mappings without a prototype, so inherited names are never fields', () => {
    const r = parseStrictYaml('a: {b: 1}\n', 'f', 100);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.getPrototypeOf(r.value.value)).toBeNull();
      expect('toString' in r.value.value).toBe(false);
    }
  });
});

describe('strict YAML: resource limits', () => {
  it('refuses flow nesting deep enough to exhaust the parser stack, without crashing', () => {
    const d = refuse(`a: ${'['.repeat(60_000)}`);
    expect(codes(d)).toEqual(['E_YAML_TOO_DEEP']);
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels`, () => {
    const depth = MAX_DEPTH + 2;
    const d = refuse(`a: ${'['.repeat(depth)}"${MARKER}"${']'.repeat(depth)}\n`);
    expect(codes(d)).toEqual(['E_YAML_TOO_DEEP']);
    let block = '';
    for (let i = 0; i < depth; i += 1) block += `${' '.repeat(i)}k:\n`;
    expect(codes(refuse(`${block}${' '.repeat(depth)}x: 1\n`))).toEqual(['E_YAML_TOO_DEEP']);
  });

  it('accepts nesting at the limit', () => {
    const depth = MAX_DEPTH - 2;
    const r = parseStrictYaml(`a: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`, 'f', 1000);
    expect(r.ok).toBe(true);
  });

  it('refuses a key flood in one mapping', () => {
    const keys = Array.from({ length: MAX_MAPPING_KEYS + 1 }, (_, i) => `k${i}${MARKER}: 1`).join('\n');
    expect(codes(refuse(`${keys}\n`, 'profile'))).toEqual(['E_YAML_TOO_MANY_KEYS']);
  });

  it('refuses a value flood in a request', () => {
    const items = Array.from({ length: 20_000 }, () => 'a').join(',');
    expect(codes(refuse(`grants: [${items}]\n`))).toEqual(['E_YAML_TOO_LARGE']);
  });

  it('finds duplicate keys in a large mapping (linear check)', () => {
    const keys = Array.from({ length: 900 }, (_, i) => `k${i}: 1`);
    keys.push('k17: 2');
    const d = refuse(`${keys.join('\n')}\n`, 'profile');
    expect(codes(d)).toContain('E_YAML_DUPLICATE_KEY');
    expect(d.find((x) => x.code === 'E_YAML_DUPLICATE_KEY')?.line).toBe(901);
  });
});

describe('strict YAML: core schema values', () => {
  it('reads YAML 1.2 core scalars: yes/no/on stay text, 0o and 0x are numbers', () => {
    const r = parseStrictYaml('a: yes\nb: no\nc: on\nd: true\ne: 012\nf: 0x1F\ng: ~\nh: 1e3\n', 'f', 100);
    expect(r.ok).toBe(true);
    if (r.ok) expect({ ...r.value.value }).toEqual({ a: 'yes', b: 'no', c: 'on', d: true, e: 12, f: 31, g: null, h: 1000 });
  });

  it('treats `<<` as an ordinary key (no merge), so the schema refuses it', () => {
    const d = refuse('base: {a: 1}\n<<: {requester: alice}\n');
    expect(codes(d)).toContain('E_SCHEMA_UNKNOWN_FIELD');
  });
});
