// Intersection over union between two lists of boxes, as supervision's `box_iou_batch`.
import type { Xyxy } from './point.js';

/** IoU of two boxes; 0 when they do not overlap or have no area. */
export function boxIou(a: Xyxy, b: Xyxy): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return union > 0 ? inter / union : 0;
}

/** `1 - IoU` for every pair: rows are `a`, columns `b` (supervision's `iou_distance`). */
export function iouDistance(a: readonly Xyxy[], b: readonly Xyxy[]): number[][] {
  const rows = new Array<number[]>(a.length);
  for (let i = 0; i < a.length; i++) {
    const row = new Array<number>(b.length);
    for (let j = 0; j < b.length; j++) row[j] = 1 - boxIou(a[i], b[j]);
    rows[i] = row;
  }
  return rows;
}
