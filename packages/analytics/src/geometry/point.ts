// Points and boxes in image pixels, and the conversion from Roboflow's centre-based boxes.
import type { BoxPrediction } from '../tracked.js';
import { AnalyticsError } from '../errors.js';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A box by its corners `[x1, y1, x2, y2]`, as supervision's `xyxy`. */
export type Xyxy = readonly [number, number, number, number];

/** Roboflow's `x, y` (centre), `width, height` to corners. */
export function xyxyOf(p: Pick<BoxPrediction, 'x' | 'y' | 'width' | 'height'>): Xyxy {
  return [p.x - p.width / 2, p.y - p.height / 2, p.x + p.width / 2, p.y + p.height / 2];
}

/** Throws a typed error naming `what` when a point has a coordinate that is not a finite number. */
export function checkPoint(point: Point, what: string): Point {
  if (!point || !Number.isFinite(point.x) || !Number.isFinite(point.y)) {
    throw new AnalyticsError('INVALID_ZONE', `${what} must be a point { x, y } of finite numbers, got ${JSON.stringify(point)}`);
  }
  return { x: point.x, y: point.y };
}
