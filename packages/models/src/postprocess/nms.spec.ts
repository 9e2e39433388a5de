import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.js';
import { iou, nonMaxSuppression } from './nms.js';

const box = (x1: number, y1: number, x2: number, y2: number, score: number, classId = 0): Candidate => ({ x1, y1, x2, y2, score, classId });

describe('iou', () => {
  it('is 1 for identical boxes, 0 for disjoint or touching ones', () => {
    expect(iou(box(0, 0, 10, 10, 1), box(0, 0, 10, 10, 1))).toBe(1);
    expect(iou(box(0, 0, 10, 10, 1), box(10, 0, 20, 10, 1))).toBe(0);
    expect(iou(box(0, 0, 10, 10, 1), box(50, 50, 60, 60, 1))).toBe(0);
  });
  it('is intersection over union', () => {
    // 10x10 boxes overlapping by 5x10 = 50; union 150
    expect(iou(box(0, 0, 10, 10, 1), box(5, 0, 15, 10, 1))).toBeCloseTo(50 / 150, 10);
  });
});

describe('nonMaxSuppression', () => {
  const base = { iouThreshold: 0.3, classAgnostic: false, maxDetections: 300 };

  it('keeps the strongest of overlapping boxes of one class, strongest first', () => {
    const kept = nonMaxSuppression([box(1, 1, 11, 11, 0.6), box(0, 0, 10, 10, 0.9), box(100, 100, 110, 110, 0.5)], base);
    expect(kept.map((c) => c.score)).toEqual([0.9, 0.5]);
  });

  it('per class by default: overlapping boxes of different classes both survive', () => {
    const candidates = [box(0, 0, 10, 10, 0.9, 2), box(0, 0, 10, 10, 0.8, 7)];
    expect(nonMaxSuppression(candidates, base).map((c) => c.classId)).toEqual([2, 7]);
  });

  it('class-agnostic: the weaker overlapping box of another class is suppressed', () => {
    const candidates = [box(0, 0, 10, 10, 0.9, 2), box(0, 0, 10, 10, 0.8, 7)];
    expect(nonMaxSuppression(candidates, { ...base, classAgnostic: true }).map((c) => c.classId)).toEqual([2]);
  });

  it('suppresses only above the IoU threshold', () => {
    const a = box(0, 0, 10, 10, 0.9);
    const b = box(5, 0, 15, 10, 0.8); // IoU 1/3
    expect(nonMaxSuppression([a, b], { ...base, iouThreshold: 0.34 })).toHaveLength(2);
    expect(nonMaxSuppression([a, b], { ...base, iouThreshold: 0.33 })).toHaveLength(1);
  });

  it('stops at maxDetections, keeping the strongest', () => {
    const candidates = Array.from({ length: 10 }, (_, i) => box(i * 20, 0, i * 20 + 10, 10, i / 10));
    const kept = nonMaxSuppression(candidates, { ...base, maxDetections: 3 });
    expect(kept.map((c) => c.score)).toEqual([0.9, 0.8, 0.7]);
    expect(nonMaxSuppression(candidates, { ...base, maxDetections: 0 })).toEqual([]);
  });

  it('only the strongest maxCandidates enter NMS', () => {
    const candidates = Array.from({ length: 10 }, (_, i) => box(i * 20, 0, i * 20 + 10, 10, i / 10));
    expect(nonMaxSuppression(candidates, { ...base, maxCandidates: 4 })).toHaveLength(4);
  });

  it('does not reorder or change its input', () => {
    const candidates = [box(0, 0, 1, 1, 0.1), box(5, 5, 6, 6, 0.9)];
    nonMaxSuppression(candidates, base);
    expect(candidates.map((c) => c.score)).toEqual([0.1, 0.9]);
  });
});
