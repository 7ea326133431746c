import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPath, displayPath, pathInside, splitRepoPath } from '../../src/load/paths.js';

describe('classifyPath', () => {
  const table: [string, string, string?][] = [
    ['access-requests/alice-inc-4211.yaml', 'request', 'alice-inc-4211'],
    ['access-requests/a.yaml', 'request', 'a'],
    ['access-requests/2024.yaml', 'request', '2024'],
    ['access-requests/alice.yml', 'bad-request-path'],
    ['access-requests/alice.YAML', 'bad-request-path'],
    ['access-requests/Alice.yaml', 'bad-request-path'],
    ['access-requests/-alice.yaml', 'bad-request-path'],
    ['access-requests/alice-.yaml', 'bad-request-path'],
    ['access-requests/.yaml', 'bad-request-path'],
    ['access-requests/alice.yaml.bak', 'bad-request-path'],
    ['access-requests/team/alice.yaml', 'bad-request-path'],
    // What `grantbook init` writes for requesters; it carries no access.
    ['access-requests/README.md', 'placeholder'],
    ['access-requests/readme.md', 'bad-request-path'],
    [`access-requests/${'a'.repeat(49)}.yaml`, 'bad-request-path'],
    [`access-requests/${'a'.repeat(48)}.yaml`, 'request', 'a'.repeat(48)],
    ['access-requests/../policies/x.yaml', 'bad-request-path'],
    ['access-requests//a.yaml', 'bad-request-path'],
    ['access-requests/a b.yaml', 'bad-request-path'],
    ['access-requests/.gitkeep', 'placeholder'],
    ['policies/targets.yaml', 'targets'],
    ['policies/identities.yaml', 'identities'],
    ['policies/orders-readonly.yaml', 'profile', 'orders-readonly'],
    ['policies/orders.yml', 'bad-policy-path'],
    ['policies/sub/orders.yaml', 'bad-policy-path'],
    ['policies/README.md', 'bad-policy-path'],
    ['policies/.gitkeep', 'placeholder'],
    ['src/index.ts', 'other'],
    ['audit/2024.jsonl', 'other'],
  ];
  for (const [path, role, name] of table) {
    it(`${path} -> ${role}`, () => {
      const got = classifyPath(path);
      expect(got.role).toBe(role);
      if (name !== undefined) expect(got).toMatchObject(role === 'request' ? { id: name } : { name });
    });
  }
});

describe('displayPath', () => {
  it('keeps plain paths and percent-encodes anything else', () => {
    expect(displayPath('access-requests/a.yaml')).toBe('access-requests/a.yaml');
    expect(displayPath('access-requests/a\n::error::x.yaml')).toBe('access-requests/a%0A%3A%3Aerror%3A%3Ax.yaml');
    expect(displayPath('access-requests/é.yaml')).toBe('access-requests/%C3%A9.yaml');
    expect(displayPath('a'.repeat(400)).length).toBeLessThanOrEqual(303);
    expect(displayPath('x'.repeat(200) + '\u202E'.repeat(100))).not.toContain('\u202E');
  });

  it('splitRepoPath refuses absolute, dotted, empty and backslash paths', () => {
    for (const bad of ['/etc/passwd', 'a/../b', './a', 'a//b', 'a\\b', '', 'a/']) expect(splitRepoPath(bad), bad).toBeUndefined();
    expect(splitRepoPath('a/b.yaml')).toEqual(['a', 'b.yaml']);
  });
});

describe('pathInside', () => {
  const root = path.resolve('/work/checkout');
  it('gives the path under the directory, and nothing for one outside it', () => {
    expect(pathInside(root, root)).toBe('');
    expect(pathInside(root, path.join(root, 'audit', 'x.csv'))).toBe(path.join('audit', 'x.csv'));
    expect(pathInside(root, path.dirname(root))).toBeUndefined();
    expect(pathInside(root, path.join(root, '..', 'other', 'x.csv'))).toBeUndefined();
    expect(pathInside(root, path.resolve('/elsewhere/x.csv'))).toBeUndefined();
  });

  it('counts a name that starts with two dots as inside: only a `..` segment leaves', () => {
    expect(pathInside(root, path.join(root, '..x.csv'))).toBe('..x.csv');
    expect(pathInside(root, path.join(root, '...'))).toBe('...');
    expect(pathInside(path.join(root, 'audit'), path.join(root, 'audit', '..x.csv'))).toBe('..x.csv');
  });
});
