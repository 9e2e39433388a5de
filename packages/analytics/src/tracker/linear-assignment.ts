/**
 * Optimal one-to-one matching of rows to columns under a cost threshold, as supervision's
 * `matching.linear_assignment`: costs above `threshold` are clamped to just above it, the
 * minimum-cost assignment is solved (the `munkres` package, the Hungarian algorithm on
 * rectangular matrices, standing in for SciPy's `linear_sum_assignment`), and pairs that cost
 * more than `threshold` are dropped again.
 */
import { munkres } from 'munkres';

export interface Assignment {
  /** `[row, column]` pairs, by row. */
  readonly matches: Array<readonly [number, number]>;
  /** Rows left without a column, ascending. */
  readonly unmatchedRows: number[];
  /** Columns left without a row, ascending. */
  readonly unmatchedColumns: number[];
}

export function linearAssignment(cost: readonly (readonly number[])[], threshold: number, columns: number): Assignment {
  const rows = cost.length;
  if (rows === 0 || columns === 0) {
    return { matches: [], unmatchedRows: range(rows), unmatchedColumns: range(columns) };
  }
  const clamped = cost.map((row) => row.map((c) => (c > threshold ? threshold + 1e-4 : c)));
  const matches = munkres(clamped)
    .filter(([r, c]) => clamped[r][c] <= threshold)
    .sort((a, b) => a[0] - b[0]) as Array<readonly [number, number]>;
  const matchedRows = new Set(matches.map(([r]) => r));
  const matchedColumns = new Set(matches.map(([, c]) => c));
  return {
    matches,
    unmatchedRows: range(rows).filter((r) => !matchedRows.has(r)),
    unmatchedColumns: range(columns).filter((c) => !matchedColumns.has(c)),
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
