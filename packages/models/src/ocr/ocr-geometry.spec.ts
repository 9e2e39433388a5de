import { describe, expect, it } from 'vitest';
import { ctcGreedyDecode } from './ctc-decode.js';
import { findTextRegions } from './db-postprocess.js';
import { detectionSize } from './ocr-model.js';
import { convexHull, minAreaRect, rectCorners } from './rotated-rect.js';

describe('minAreaRect', () => {
  it('an axis-aligned box of points gives itself, width along x', () => {
    const rect = minAreaRect([
      { x: 10, y: 20 },
      { x: 110, y: 20 },
      { x: 110, y: 50 },
      { x: 10, y: 50 },
      { x: 60, y: 35 },
    ]);
    expect(rect.center.x).toBeCloseTo(60, 6);
    expect(rect.center.y).toBeCloseTo(35, 6);
    expect(rect.width).toBeCloseTo(100, 6);
    expect(rect.height).toBeCloseTo(30, 6);
    expect(Math.abs(rect.angle)).toBeCloseTo(0, 6);
    expect(rectCorners(rect).map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual([[10, 20], [110, 20], [110, 50], [10, 50]]);
  });

  it('finds a rotated rectangle', () => {
    const angle = Math.PI / 12; // 15 degrees
    const corners = rectCorners({ center: { x: 200, y: 100 }, width: 120, height: 20, angle });
    const rect = minAreaRect(corners);
    expect(rect.width).toBeCloseTo(120, 4);
    expect(rect.height).toBeCloseTo(20, 4);
    expect(rect.angle).toBeCloseTo(angle, 4);
  });

  it('convex hull drops inner points', () => {
    expect(convexHull([{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 4, y: 4 }, { x: 0, y: 4 }, { x: 2, y: 2 }])).toHaveLength(4);
  });
});

describe('findTextRegions (DB post-processing)', () => {
  it('finds one grown region per blob above the thresholds', () => {
    const width = 100;
    const height = 40;
    const prob = new Float32Array(width * height);
    for (let y = 10; y < 20; y++) for (let x = 10; x < 60; x++) prob[y * width + x] = 0.9;
    for (let y = 30; y < 32; y++) for (let x = 70; x < 72; x++) prob[y * width + x] = 0.9; // too small
    for (let y = 25; y < 35; y++) for (let x = 10; x < 40; x++) prob[y * width + x] = 0.4; // text but weak
    const regions = findTextRegions(prob, width, height);
    expect(regions).toHaveLength(1);
    const [region] = regions;
    expect(region.score).toBeCloseTo(0.9, 5);
    // 50x10 kernel grown by 500 * 1.6 / 120 = 6.67 on each side
    expect(region.rect.width).toBeCloseTo(50 + 40 / 3, 4);
    expect(region.rect.height).toBeCloseTo(10 + 40 / 3, 4);
    expect(region.rect.center.x).toBeCloseTo(35, 4);
  });
});

describe('ctcGreedyDecode', () => {
  it('merges repeats, drops blanks, maps class i to characters[i - 1]', () => {
    const characters = ['a', 'b', ' '];
    const classes = 4;
    const path = [1, 1, 0, 1, 2, 2, 0, 3, 2]; // a a _ a b b _ ' ' b
    const probs = new Float32Array(path.length * classes);
    path.forEach((c, t) => (probs[t * classes + c] = c === 0 ? 0.9 : 0.8));
    const decoded = ctcGreedyDecode(probs, 0, path.length, classes, characters);
    expect(decoded.text).toBe('aab b');
    expect(decoded.confidence).toBeCloseTo(0.8, 6);
  });
});

describe('detectionSize', () => {
  it('limits the longer side to 960 and rounds both to multiples of 32', () => {
    expect(detectionSize(1920, 1080, 960)).toEqual({ width: 960, height: 544 });
    expect(detectionSize(640, 360, 960)).toEqual({ width: 640, height: 352 });
    expect(detectionSize(10, 10, 960)).toEqual({ width: 32, height: 32 });
  });
});
