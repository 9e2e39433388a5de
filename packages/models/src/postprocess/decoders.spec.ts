import { describe, expect, it } from 'vitest';
import { anchorFreeAnchorCount, decodeYolox } from './decode-yolox.js';
import { decodeUltralytics } from './decode-ultralytics.js';

describe('anchorFreeAnchorCount', () => {
  it('sums the grid cells of strides 8, 16 and 32', () => {
    expect(anchorFreeAnchorCount(416, 416)).toBe(3549);
    expect(anchorFreeAnchorCount(640, 640)).toBe(8400);
  });
});

describe('decodeYolox', () => {
  // A 32x32 input: stride 8 -> 4x4 = 16 rows, stride 16 -> 4 rows, stride 32 -> 1 row; 2 classes.
  const classes = 2;
  const rows = 21;
  const output = (): Float32Array => new Float32Array(rows * (5 + classes));

  it('decodes grid offsets per stride: cx = (x + gx) * s, w = exp(w) * s; score = obj * cls', () => {
    const out = output();
    const row = 16 + 3; // stride 16, cell (gx=1, gy=1)
    out.set([0.5, 0.25, Math.log(2), 0, 0.9, 0.1, 0.8], row * 7);
    const [c, ...rest] = decodeYolox(out, 0, 32, 32, classes, 0.4);
    expect(rest).toEqual([]);
    expect(c.classId).toBe(1);
    expect(c.score).toBeCloseTo(0.72, 6);
    // cx = 1.5 * 16 = 24, cy = 1.25 * 16 = 20, w = 32, h = 16
    [8, 12, 40, 28].forEach((v, i) => expect([c.x1, c.y1, c.x2, c.y2][i]).toBeCloseTo(v, 4));
  });

  it('drops rows below the confidence, judged on obj * cls', () => {
    const out = output();
    out.set([0, 0, 0, 0, 0.6, 0.6, 0], 0); // 0.36 < 0.4
    expect(decodeYolox(out, 0, 32, 32, classes, 0.4)).toEqual([]);
    expect(decodeYolox(out, 0, 32, 32, classes, 0.3)).toHaveLength(1);
  });

  it('reads the second image of a batch at its offset', () => {
    const out = new Float32Array(2 * rows * 7);
    out.set([0.5, 0.5, 0, 0, 1, 0, 1], rows * 7 + 20 * 7); // image 1, stride 32 cell
    expect(decodeYolox(out, 0, 32, 32, classes, 0.4)).toEqual([]);
    const [c] = decodeYolox(out, rows * 7, 32, 32, classes, 0.4);
    expect([c.x1, c.y1, c.x2, c.y2]).toEqual([0, 0, 32, 32]);
  });
});

describe('decodeUltralytics', () => {
  const anchors = 3;
  const classes = 2;

  it('reads channels-first [4 + classes, anchors] with the best class score, no objectness', () => {
    const out = new Float32Array((4 + classes) * anchors);
    const set = (channel: number, anchor: number, v: number) => (out[channel * anchors + anchor] = v);
    [50, 60, 20, 10, 0.3, 0.7].forEach((v, k) => set(k, 1, v));
    [5, 5, 2, 2, 0.1, 0.2].forEach((v, k) => set(k, 2, v));
    const found = decodeUltralytics(out, 0, anchors, classes, 0.4);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ x1: 40, y1: 55, x2: 60, y2: 65, classId: 1 });
    expect(found[0].score).toBeCloseTo(0.7, 6);
  });

  it('reads the transposed [anchors, 4 + classes] layout', () => {
    const out = new Float32Array(anchors * (4 + classes));
    out.set([50, 60, 20, 10, 0.9, 0.1], 2 * 6);
    const [c] = decodeUltralytics(out, 0, anchors, classes, 0.4, true);
    expect(c).toMatchObject({ x1: 40, y1: 55, x2: 60, y2: 65, classId: 0 });
  });
});
