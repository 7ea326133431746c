/** One figure a benchmark reports; bench/run.mjs prints it. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: { readonly name: string; readonly value: number };
  readonly ratio?: number;
  readonly target?: string;
  /** Whether the figure meets its target: run.mjs prints FAIL and exits non-zero when one does not. */
  readonly met?: boolean;
}
