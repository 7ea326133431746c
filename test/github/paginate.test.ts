import { describe, expect, it } from 'vitest';
import { GithubError } from '../../src/github/errors.js';
import { PER_PAGE, type Page, collectPages } from '../../src/github/paginate.js';

/** collectPages on hand-made pages: the checks that do not need a server to show. */
const BASE = 'http://gh.test/repos/o/r/pulls/1/reviews';

function page(n: number, ids: number[], link?: string): Page<{ id: number }> {
  return { data: ids.map((id) => ({ id })), headers: link === undefined ? {} : { link }, url: n === 1 ? BASE : `${BASE}?page=${n}` };
}

async function* pages(...list: Page<{ id: number }>[]): AsyncIterable<Page<{ id: number }>> {
  for (const p of list) yield p;
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);
const check = (probe = 0, expected?: number) => ({
  operation: 'GET reviews',
  key: (r: { id: number }) => r.id,
  probe: async () => probe,
  ...(expected === undefined ? {} : { expected }),
});

async function code(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GithubError);
  return (error as GithubError).code;
}

describe('collectPages', () => {
  it('returns all items of consistent pages', async () => {
    const link = `<${BASE}?page=2>; rel="next", <${BASE}?page=2>; rel="last"`;
    const items = await collectPages(pages(page(1, range(1, PER_PAGE), link), page(2, [101, 102])), check());
    expect(items).toHaveLength(102);
  });

  it('refuses an item listed twice (the list shifted while read)', async () => {
    const link = `<${BASE}?page=2>; rel="next", <${BASE}?page=2>; rel="last"`;
    expect(await code(collectPages(pages(page(1, range(1, PER_PAGE), link), page(2, [100, 101])), check()))).toBe('E_GITHUB_LIST_INCONSISTENT');
  });

  it('refuses a short page followed by more, and pages out of order', async () => {
    expect(await code(collectPages(pages(page(1, [1, 2]), page(2, [3])), check()))).toBe('E_GITHUB_LIST_INCONSISTENT');
    expect(await code(collectPages(pages(page(1, range(1, PER_PAGE)), page(3, [101])), check()))).toBe('E_GITHUB_LIST_INCONSISTENT');
  });

  it('accepts cursor-style next links that carry no page number', async () => {
    const second: Page<{ id: number }> = { data: [{ id: 101 }], headers: {}, url: `${BASE}?after=abc` };
    expect(await collectPages(pages(page(1, range(1, PER_PAGE)), second), check())).toHaveLength(101);
  });

  it('compares with the count GitHub gives elsewhere', async () => {
    expect(await code(collectPages(pages(page(1, [1, 2, 3])), check(0, 4)))).toBe('E_GITHUB_LIST_TRUNCATED');
    expect(await code(collectPages(pages(page(1, [1, 2, 3])), check(0, 2)))).toBe('E_GITHUB_LIST_INCONSISTENT');
    expect(await collectPages(pages(page(1, [1, 2, 3])), check(0, 3))).toHaveLength(3);
  });

  it('probes after a full last page: an empty next page is the end, a non-empty one a truncation', async () => {
    expect(await collectPages(pages(page(1, range(1, PER_PAGE))), check(0))).toHaveLength(PER_PAGE);
    expect(await code(collectPages(pages(page(1, range(1, PER_PAGE))), check(1)))).toBe('E_GITHUB_LIST_TRUNCATED');
  });
});
