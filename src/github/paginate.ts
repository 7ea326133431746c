import { GithubError } from './errors.js';

/** Items per page we ask for: GitHub's maximum. */
export const PER_PAGE = 100;

export interface Page<T> {
  readonly data: readonly T[];
  readonly headers: { readonly link?: string | undefined };
  readonly url: string;
}

export interface ListCheck<T> {
  /** Route template, for messages. */
  readonly operation: string;
  /** Identity of an item, to catch one listed twice when the list shifts under us. */
  readonly key: (item: T) => string | number;
  /** How many items GitHub says there are, where it says so (e.g. a pull request's changed_files). */
  readonly expected?: number;
  /** Fetches one page directly; used to prove a full last page really was the last. */
  readonly probe: (page: number) => Promise<number>;
}

/** The `page` query parameter; undefined when absent (the first page, or a cursor-paginated list). */
function pageParam(url: string): number | undefined {
  const raw = new URL(url, 'http://x').searchParams.get('page');
  return raw === null || !/^\d+$/.test(raw) ? undefined : Number(raw);
}

function lastPageFromLink(link: string | undefined): number | undefined {
  if (link === undefined) return undefined;
  const m = /<([^>]+)>;\s*rel="last"/.exec(link);
  return m?.[1] === undefined ? undefined : pageParam(m[1]);
}

/**
 * Reads every page (as octokit.paginate follows the Link header) and fails
 * closed when the list cannot be proven complete: GitHub signals the end of a
 * list only by the absence of rel="next", so a dropped Link header looks
 * exactly like the end. We therefore check the page count against the first
 * page's rel="last", probe the page after a full last page, compare with any
 * count GitHub gives elsewhere, and refuse duplicates.
 */
export async function collectPages<T>(pages: AsyncIterable<Page<T>>, check: ListCheck<T>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string | number>();
  let announcedLast: number | undefined;
  let count = 0;
  let lastSize = 0;
  for await (const page of pages) {
    count += 1;
    if (count === 1) announcedLast = lastPageFromLink(page.headers.link);
    const number = pageParam(page.url) ?? (count === 1 ? 1 : undefined);
    if (number !== undefined && number !== count) {
      throw new GithubError('E_GITHUB_LIST_INCONSISTENT', `${check.operation}: got page ${number} where page ${count} was due`);
    }
    if (count > 1 && lastSize < PER_PAGE) {
      throw new GithubError('E_GITHUB_LIST_INCONSISTENT', `${check.operation}: a short page was followed by more pages`);
    }
    for (const item of page.data) {
      const key = check.key(item);
      if (seen.has(key)) throw new GithubError('E_GITHUB_LIST_INCONSISTENT', `${check.operation}: an entry was listed twice`);
      seen.add(key);
      items.push(item);
    }
    lastSize = page.data.length;
  }
  if (announcedLast !== undefined && count < announcedLast) {
    throw new GithubError('E_GITHUB_LIST_TRUNCATED', `${check.operation}: read ${count} of ${announcedLast} announced pages (a pagination link was missing)`);
  }
  if (lastSize === PER_PAGE && (await check.probe(count + 1)) > 0) {
    throw new GithubError('E_GITHUB_LIST_TRUNCATED', `${check.operation}: page ${count} was full and had no link to more`);
  }
  if (check.expected !== undefined && items.length !== check.expected) {
    const code = items.length < check.expected ? 'E_GITHUB_LIST_TRUNCATED' : 'E_GITHUB_LIST_INCONSISTENT';
    throw new GithubError(code, `${check.operation}: listed ${items.length} entries where GitHub counts ${check.expected}`);
  }
  return items;
}
