/**
 * Optimal one-to-one matching of rows to columns under a cost threshold, as supervision's
 * `matching.linear_assignment`: costs above `threshold` are clamped to just above it, the
 * minimum-cost assignment is solved, and pairs that cost more than `threshold` are dropped.
 *
 * Solving it whole is the same as finding the matching of largest total `threshold - cost`
 * over the pairs at or under the threshold, and that splits exactly into the groups of rows and
 * columns those pairs connect. So each group is solved on its own, with the `munkres` package
 * (the Hungarian algorithm on rectangular matrices, standing in for SciPy's
 * `linear_sum_assignment`): in tracking the groups are tiny (mostly one track and one box),
 * which keeps a frame of 100 objects far below a millisecond instead of an O(n³) solve.
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
  const matches: Array<readonly [number, number]> = [];
  for (const group of connectedGroups(cost, threshold, columns)) {
    const clamped = group.rows.map((r) => group.columns.map((c) => (cost[r][c] > threshold ? threshold + 1e-4 : cost[r][c])));
    for (const [i, j] of munkres(clamped)) {
      if (clamped[i][j] <= threshold) matches.push([group.rows[i], group.columns[j]]);
    }
  }
  matches.sort((a, b) => a[0] - b[0]);
  const matchedRows = new Set(matches.map(([r]) => r));
  const matchedColumns = new Set(matches.map(([, c]) => c));
  return {
    matches,
    unmatchedRows: range(rows).filter((r) => !matchedRows.has(r)),
    unmatchedColumns: range(columns).filter((c) => !matchedColumns.has(c)),
  };
}

/** The groups of rows and columns linked by pairs costing at most `threshold` (union-find). */
function connectedGroups(cost: readonly (readonly number[])[], threshold: number, columns: number): Array<{ rows: number[]; columns: number[] }> {
  const parent = range(cost.length + columns); // rows first, then columns
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const linked = new Uint8Array(parent.length);
  for (let r = 0; r < cost.length; r++) {
    const row = cost[r];
    for (let j = 0; j < columns; j++) {
      if (row[j] > threshold) continue;
      parent[find(r)] = find(cost.length + j);
      linked[r] = linked[cost.length + j] = 1;
    }
  }
  const groups = new Map<number, { rows: number[]; columns: number[] }>();
  for (let node = 0; node < parent.length; node++) {
    if (!linked[node]) continue;
    const root = find(node);
    const group = groups.get(root) ?? { rows: [], columns: [] };
    if (node < cost.length) group.rows.push(node);
    else group.columns.push(node - cost.length);
    groups.set(root, group);
  }
  return [...groups.values()];
}

function range(n: number): number[] {
  const result = new Array<number>(n);
  for (let i = 0; i < n; i++) result[i] = i;
  return result;
}
