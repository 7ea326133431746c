/** Builds the absolute URLs GitHub puts in every payload, pointing at the stand-in. */
export class Urls {
  constructor(private readonly base: string) {}

  api(path: string): string {
    return `${this.base}${path}`;
  }

  /** Stand-in for github.com page links: valid URIs nobody follows. */
  web(path: string): string {
    return `${this.base}/-/web${path}`;
  }

  repoApi(owner: string, repo: string, path = ''): string {
    return this.api(`/repos/${owner}/${repo}${path}`);
  }
}
