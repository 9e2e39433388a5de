import { describe, expect, it } from 'vitest';
import { frameRateRational, rescale } from './frame-rate.js';

describe('frameRateRational', () => {
  it.each([
    [25, [25, 1]],
    [30, [30, 1]],
    [12.5, [25, 2]],
    [29.97, [30000, 1001]],
    [29.97002997, [30000, 1001]],
    [23.976, [24000, 1001]],
    [59.94, [60000, 1001]],
    [7.5, [15, 2]],
    [0.5, [1, 2]],
    [14.999, [14999, 1000]],
  ])('%s fps is %j', (fps, expected) => {
    expect(frameRateRational(fps)).toEqual(expected);
  });
});

describe('rescale', () => {
  it('moves timestamps between time bases exactly', () => {
    expect(rescale(1, [1, 25], [1, 90000])).toBe(3600);
    expect(rescale(3, [1001, 30000], [1, 90000])).toBe(9009);
    expect(rescale(-2, [2, 25], [1, 90000])).toBe(-14400);
  });
});
