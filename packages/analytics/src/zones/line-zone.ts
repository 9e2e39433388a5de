/**
 * Counts tracked objects crossing a line, as supervision's `sv.LineZone`: each triggering anchor
 * of a box (default the four corners) is on the left or right of the directed line `start → end`;
 * a track whose anchors are all on one side, inside the band the line spans, records that side;
 * when its last `minimumCrossingThreshold + 1` recorded sides flip (the oldest seen once, the rest
 * the other side), it crossed: `in` towards the left of the line (right to left when looking from
 * `start` to `end` in image coordinates, y down), `out` the other way. Predictions without a
 * `tracker_id` are never counted (supervision issue #2578: untracked boxes counted as one object).
 */
import { AnalyticsError } from '../errors.js';
import { anchorPoint, checkAnchors, Position } from '../geometry/anchors.js';
import { checkPoint, type Point } from '../geometry/point.js';
import { hasTrackerId, predictionsOf, type BoxPrediction } from '../tracked.js';

export interface LineZoneOptions {
  start: Point;
  end: Point;
  /** Default the four corners, as supervision. */
  triggeringAnchors?: Iterable<Position>;
  /** Frames an object must be seen on the other side before the crossing counts. Default 1. */
  minimumCrossingThreshold?: number;
  /** Names the line in events. Default `'line'`. */
  name?: string;
}

/** One boolean per prediction: which crossed in, which crossed out, in this frame. */
export interface LineCrossings {
  crossedIn: boolean[];
  crossedOut: boolean[];
}

export class LineZone {
  readonly start: Point;
  readonly end: Point;
  readonly triggeringAnchors: readonly Position[];
  readonly minimumCrossingThreshold: number;
  readonly name: string;
  private readonly historyLength: number;
  /** Recorded sides per track (`true` = left), keyed by source and tracker id. */
  private readonly sides = new Map<string, boolean[]>();
  private readonly inPerClass = new Map<string, number>();
  private readonly outPerClass = new Map<string, number>();
  private readonly limits: readonly [[Point, Point], [Point, Point]];

  constructor(options: LineZoneOptions) {
    this.start = checkPoint(options?.start, 'LineZone start');
    this.end = checkPoint(options?.end, 'LineZone end');
    const length = Math.hypot(this.end.x - this.start.x, this.end.y - this.start.y);
    if (length === 0) throw new AnalyticsError('INVALID_ZONE', 'LineZone start and end are the same point: a line needs a length');
    this.triggeringAnchors = checkAnchors(
      options.triggeringAnchors ?? [Position.TOP_LEFT, Position.TOP_RIGHT, Position.BOTTOM_LEFT, Position.BOTTOM_RIGHT],
      'LineZone',
    );
    const threshold = options.minimumCrossingThreshold ?? 1;
    if (!Number.isInteger(threshold) || threshold < 1) {
      throw new AnalyticsError('INVALID_ZONE', `LineZone minimumCrossingThreshold must be an integer >= 1, got ${threshold}`);
    }
    this.minimumCrossingThreshold = threshold;
    this.name = options.name ?? 'line';
    this.historyLength = Math.max(2, threshold + 1);
    // The band the line counts in: between the perpendiculars through its two ends.
    const px = -(this.end.y - this.start.y) / length;
    const py = (this.end.x - this.start.x) / length;
    this.limits = [
      [this.start, { x: this.start.x + px, y: this.start.y + py }],
      [this.end, { x: this.end.x - px, y: this.end.y - py }],
    ];
  }

  get inCount(): number {
    return sum(this.inPerClass);
  }

  get outCount(): number {
    return sum(this.outPerClass);
  }

  /** Crossings in, by class name. */
  get inCountPerClass(): Record<string, number> {
    return Object.fromEntries(this.inPerClass);
  }

  /** Crossings out, by class name. */
  get outCountPerClass(): Record<string, number> {
    return Object.fromEntries(this.outPerClass);
  }

  /**
   * Updates the counts with one frame's tracked predictions (the result `ByteTracker.update`
   * returns, or its `predictions`). `sourceId` keeps the tracks of different sources apart
   * (their tracker ids are independent); leave it out for one source.
   */
  trigger(input: readonly BoxPrediction[] | { readonly predictions: readonly BoxPrediction[] }, sourceId = 0): LineCrossings {
    const predictions = predictionsOf(input);
    const crossedIn = predictions.map(() => false);
    const crossedOut = predictions.map(() => false);
    predictions.forEach((p, i) => {
      if (!hasTrackerId(p)) return;
      const side = this.sideOf(p);
      if (side === null) return;
      const key = `${sourceId}:${p.tracker_id}`;
      const history = this.sides.get(key) ?? [];
      history.push(side);
      if (history.length > this.historyLength) history.shift();
      this.sides.set(key, history);
      if (history.length < this.historyLength) return;
      const oldest = history[0];
      if (history.filter((s) => s === oldest).length > 1) return;
      const counts = side ? this.inPerClass : this.outPerClass;
      counts.set(p.class, (counts.get(p.class) ?? 0) + 1);
      (side ? crossedIn : crossedOut)[i] = true;
    });
    return { crossedIn, crossedOut };
  }

  /** `true` left, `false` right, `null` when outside the band or with anchors on both sides. */
  private sideOf(p: BoxPrediction): boolean | null {
    let left = false;
    let right = false;
    for (const anchor of this.triggeringAnchors) {
      const point = anchorPoint(p, anchor);
      const inBand = cross(this.limits[0], point) > 0 === cross(this.limits[1], point) > 0;
      if (!inBand) return null;
      if (cross([this.start, this.end], point) < 0) left = true;
      else right = true;
    }
    return left && right ? null : left;
  }
}

/** z of (b - a) x (point - a): which side of the directed line a → b the point is on. */
function cross([a, b]: readonly [Point, Point], point: Point): number {
  return (b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x);
}

function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}
