import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, layerProblems, readImportGraph, type Floor } from '../support/import-graph.js';

/**
 * The dependency rule of docs/architecture.md, from the bottom up. A file may
 * import files of its own folder and of any floor below its own; nothing
 * above, nothing sideways, and no cycles anywhere.
 */
const FLOORS: readonly Floor[] = [
  { name: 'shared vocabulary', match: /^src\/(shared\/|diagnostics\.ts$|logger\.ts$|version\.ts$|time\/)/, sideways: true },
  { name: 'load', match: /^src\/load\// },
  { name: 'request', match: /^src\/request\// },
  { name: 'policy', match: /^src\/policy\// },
  { name: 'ledger', match: /^src\/ledger\// },
  { name: 'approvals, activity', match: /^src\/(approvals|activity)\// },
  { name: 'providers', match: /^src\/providers\// },
  { name: 'github, git, plan', match: /^src\/(github|git|plan)\// },
  { name: 'report', match: /^src\/report\// },
  { name: 'audit view', match: /^src\/audit-view\// },
  { name: 'audit against GitHub', match: /^src\/audit\// },
  { name: 'modes', match: /^src\/modes\// },
  // The demo (demo/) is a command of the CLI: one floor with it.
  { name: 'cli, the action entry, the demo', match: /^(src\/(cli\/|cli\.ts$|main\.ts$|index\.ts$|inputs\.ts$|errors-report\.ts$)|demo\/)/, sideways: true },
];

const ROOT = process.cwd();

describe('the dependency rule', () => {
  it('holds for src/: imports point down only, none sideways, every file on a floor', () => {
    const graph = readImportGraph(ROOT, 'src');
    expect(graph.files.length).toBeGreaterThan(150);
    expect(layerProblems(graph, FLOORS)).toEqual([]);
  });

  it('holds for src/: no import cycles', () => {
    expect(importCycles(readImportGraph(ROOT, 'src'))).toEqual([]);
  });

  it('is enforced: a fixture with an upward edge, a sideways edge and a cycle fails it', () => {
    const fixture = path.join(ROOT, 'test', 'architecture', 'fixtures', 'broken');
    const graph = readImportGraph(fixture, 'src');
    expect(layerProblems(graph, FLOORS)).toEqual([
      { kind: 'sideways', from: 'src/activity/reads-ledger-events.ts', to: 'src/approvals/counts.ts' },
      { kind: 'upward', from: 'src/load/uses-policy.ts', to: 'src/policy/types.ts' },
    ]);
    expect(importCycles(graph)).toEqual([['src/policy/a.ts', 'src/policy/b.ts', 'src/policy/types.ts']]);
  });
});
