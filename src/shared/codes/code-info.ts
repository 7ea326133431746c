/** What a code means and how a user fixes it. */
export interface CodeInfo {
  readonly summary: string;
  readonly fix: string;
}
