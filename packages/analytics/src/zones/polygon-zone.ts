/**
 * A polygon area of the picture, as supervision's `sv.PolygonZone`: `trigger` says, for each
 * prediction, whether its triggering anchors (default the bottom centre, where an object stands)
 * are all inside, and sets `currentCount` to how many are. Points on the edge count as inside
 * (supervision fills the polygon into a mask, edge pixels included). Like supervision, this
 * counts every prediction, tracked or not: how many objects are in the zone now needs no
 * identity. Entering, leaving and time in zone need one: see `TimeInZone` and `watchZone`.
 */
import { AnalyticsError } from '../errors.js';
import { anchorPoint, checkAnchors, Position } from '../geometry/anchors.js';
import { checkPoint, type Point } from '../geometry/point.js';
import { predictionsOf, type BoxPrediction } from '../tracked.js';

export interface PolygonZoneOptions {
  /** At least three corners, in pixels of the frame, as points or `[x, y]` pairs. */
  polygon: ReadonlyArray<Point | readonly [number, number]>;
  /** Default `[Position.BOTTOM_CENTER]`, as supervision. */
  triggeringAnchors?: Iterable<Position>;
  /** Names the zone in events. Default `'zone'`. */
  name?: string;
}

export class PolygonZone {
  readonly polygon: readonly Point[];
  readonly triggeringAnchors: readonly Position[];
  readonly name: string;
  /** How many predictions the last `trigger` found inside. */
  currentCount = 0;

  constructor(options: PolygonZoneOptions) {
    const corners = options?.polygon;
    if (!Array.isArray(corners) || corners.length < 3) {
      throw new AnalyticsError('INVALID_ZONE', `PolygonZone needs a polygon of at least 3 points, got ${JSON.stringify(corners)}`);
    }
    this.polygon = corners.map((c, i) =>
      checkPoint(Array.isArray(c) ? { x: c[0], y: c[1] } : (c as Point), `PolygonZone point ${i}`),
    );
    this.triggeringAnchors = checkAnchors(options.triggeringAnchors ?? [Position.BOTTOM_CENTER], 'PolygonZone');
    this.name = options.name ?? 'zone';
  }

  /** One boolean per prediction (of a result, or an array): inside or not. Updates `currentCount`. */
  trigger(input: readonly BoxPrediction[] | { readonly predictions: readonly BoxPrediction[] }): boolean[] {
    const predictions = predictionsOf(input);
    const inside = predictions.map((p) => this.triggeringAnchors.every((a) => this.contains(anchorPoint(p, a))));
    this.currentCount = inside.filter(Boolean).length;
    return inside;
  }

  /** Whether a point is inside the polygon or on its edge (even-odd rule). */
  contains(point: Point): boolean {
    let inside = false;
    const n = this.polygon.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = this.polygon[i];
      const b = this.polygon[j];
      if (onSegment(point, a, b)) return true;
      if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
  }
}

function onSegment(p: Point, a: Point, b: Point): boolean {
  const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
  if (Math.abs(cross) > 1e-9 * Math.max(1, Math.hypot(b.x - a.x, b.y - a.y))) return false;
  return Math.min(a.x, b.x) <= p.x && p.x <= Math.max(a.x, b.x) && Math.min(a.y, b.y) <= p.y && p.y <= Math.max(a.y, b.y);
}
