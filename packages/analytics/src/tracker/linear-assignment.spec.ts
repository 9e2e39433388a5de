import { describe, expect, it } from 'vitest';
import { munkres } from 'munkres';
import { linearAssignment } from './linear-assignment.js';

/** The whole-matrix solve supervision does, to compare the split solve against. */
function wholeSolve(cost: number[][], threshold: number): number {
  const clamped = cost.map((row) => row.map((c) => (c > threshold ? threshold + 1e-4 : c)));
  return munkres(clamped).reduce((sum, [r, c]) => sum + (clamped[r][c] <= threshold ? threshold - clamped[r][c] : 0), 0);
}

describe('linearAssignment', () => {
  it('matches under the threshold and reports the rest, ascending', () => {
    const result = linearAssignment([[0.1, 0.9], [0.95, 0.97], [0.85, 0.2]], 0.8, 2);
    expect(result).toEqual({ matches: [[0, 0], [2, 1]], unmatchedRows: [1], unmatchedColumns: [] });
  });

  it('prefers the assignment of least total cost, not the greedy one', () => {
    // Greedy would take (0,0) at 0.1 and leave row 1 unmatched; the optimum matches both.
    expect(linearAssignment([[0.1, 0.2], [0.3, 0.9]], 0.5, 2).matches).toEqual([[0, 1], [1, 0]]);
  });

  it('handles empty sides', () => {
    expect(linearAssignment([], 0.5, 3)).toEqual({ matches: [], unmatchedRows: [], unmatchedColumns: [0, 1, 2] });
    expect(linearAssignment([[], []], 0.5, 0)).toEqual({ matches: [], unmatchedRows: [0, 1], unmatchedColumns: [] });
  });

  it('solving group by group gives the same total as solving the whole matrix', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 200; trial++) {
      const rows = 1 + Math.floor(rnd() * 8);
      const cols = 1 + Math.floor(rnd() * 8);
      const cost = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rnd() < 0.3 ? rnd() * 0.8 : 1)));
      const split = linearAssignment(cost, 0.8, cols).matches.reduce((sum, [r, c]) => sum + 0.8 - cost[r][c], 0);
      expect(split).toBeCloseTo(wholeSolve(cost, 0.8), 9);
    }
  });
});
