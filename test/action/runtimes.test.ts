import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * CI runs the built action on the lowest Node package.json claims and on the
 * one GitHub runs it on (.ci/run, through scripts/with-node.sh). These hold
 * the pins to the two files that make the claims, and the list of tests run
 * there to every test that runs the built action.
 */
const ci = readFileSync('.ci/run', 'utf8');
const pins = [...ci.matchAll(/^bash scripts\/with-node\.sh (\S+) '(\S+)'/gm)].map((m) => ({ version: m[1] ?? '', integrity: m[2] ?? '' }));
const listed = (/^BUILT_ACTION_TESTS=\(([^)]*)\)$/m.exec(ci)?.[1] ?? '').split(/\s+/).filter((p) => p !== '');
const covered = (file: string): boolean => listed.some((entry) => file === entry || file.startsWith(`${entry}/`));

describe('the runtimes CI tests the built action on', () => {
  it('are pinned exactly, by version and sha512', () => {
    expect(pins.length).toBe(2);
    for (const pin of pins) {
      expect(pin.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(pin.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    }
  });

  it("include the lowest Node package.json's engines claims, exactly", () => {
    const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines?: { node?: string } }).engines?.node ?? '';
    const floor = /^>=(\d+)\.(\d+)(?:\.(\d+))?$/.exec(engines);
    expect(floor, `engines.node "${engines}" is not of the form >=X.Y[.Z]`).not.toBeNull();
    const [, major, minor, patch] = floor ?? [];
    expect(pins.map((p) => p.version)).toContain(`${major}.${minor}.${patch ?? 0}`);
  });

  it('include the major GitHub runs the action on (action.yml runs.using)', () => {
    const using = (parse(readFileSync('action.yml', 'utf8')) as { runs?: { using?: string } }).runs?.using ?? '';
    expect(using).toMatch(/^node\d+$/);
    expect(pins.map((p) => p.version.split('.')[0])).toContain(using.slice('node'.length));
  });

  it('run every test that runs the built action, and not the demo again', () => {
    const files = readdirSync('test', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
      .map((e) => path.relative('.', path.join(e.parentPath, e.name)));
    const runsTheAction = files.filter((f) => readFileSync(f, 'utf8').includes("builtFile('index.js')"));
    expect(runsTheAction.length).toBeGreaterThan(3);
    expect(runsTheAction.filter((f) => !covered(f))).toEqual([]);
    for (const entry of listed)
      expect(
        files.some((f) => f === entry || f.startsWith(`${entry}/`)),
        `${entry} names no test`,
      ).toBe(true);
    expect(covered('test/e2e/demo.test.ts')).toBe(false);
  });
});
