/**
 * `analyze(options)`: the analytics stage of a pipeline as one operator — tracking, then any number
 * of lines and zones — passing each item on with its tracked predictions and the events of its
 * frame. `InferencePipeline`'s `tracking`, `lines` and `zones` options are this operator.
 */
import { defer, map, type Observable, type OperatorFunction } from 'rxjs';
import type { Inferred } from '@rxcv/core';
import type { AnalyticsEvent } from '../events.js';
import type { ByteTrackerOptions } from '../tracker/byte-tracker.js';
import type { BoxResult } from '../tracked.js';
import type { LineZone } from '../zones/line-zone.js';
import type { PolygonZone } from '../zones/polygon-zone.js';
import { TimeInZone, type TimeInZoneOptions } from '../zones/time-in-zone.js';
import { lineCrossedEvents } from './count-line.js';
import { track } from './track.js';
import { zoneEvents } from './watch-zone.js';

export interface AnalyzeOptions {
  /**
   * Track with a `ByteTracker` per source (`true`, or its options). Default: on when there are
   * lines or zones, which count tracked objects only.
   */
  readonly tracking?: boolean | ByteTrackerOptions;
  /** Lines to count crossings of, on every source (tracks of different sources are kept apart). */
  readonly lines?: readonly LineZone[];
  /** Zones to follow tracks in and out of, on every source. */
  readonly zones?: readonly PolygonZone[];
  /** How long a track may be missing before it has left a zone. */
  readonly timeInZone?: TimeInZoneOptions;
}

/** An item with the analytics events its frame produced (lines first, then zones, in option order). */
export interface Analyzed<R> extends Inferred<R> {
  readonly events: readonly AnalyticsEvent[];
}

/** Whether the options ask for any analytics at all. */
export function wantsAnalytics(options: AnalyzeOptions): boolean {
  return Boolean(options.tracking) || (options.lines?.length ?? 0) > 0 || (options.zones?.length ?? 0) > 0;
}

/**
 * Tracks each item's predictions (when tracking is on) and runs every line and zone over them.
 * Each subscription starts fresh trackers and zone visits; the lines' and zones' own counts are
 * shared objects, as with `countLine` and `watchZone`.
 *
 * ```
 * source: a-b-c-d-e-|     a car moving down over a line at y 300: centre y 290, 294, 298, 302, 306
 * result: a-b-c-d-e-|     every item, tracked (#1); e.events: [line_crossed #1 'out'], the others: []
 * ```
 *
 * @example
 * import { frameByFrame, inferFrame } from '@rxcv/core';
 * import { openVideoSource } from '@rxcv/sources';
 * import { loadModel } from '@rxcv/models';
 * import { LineZone, PolygonZone, analyze } from '@rxcv/analytics';
 * const model = await loadModel('yolox-nano');
 * const source = await openVideoSource('highway.mp4');
 * const line = new LineZone({ start: { x: 120, y: 250 }, end: { x: 120, y: 450 } });
 * const zone = new PolygonZone({ polygon: [[150, 300], [450, 300], [450, 420], [150, 420]] });
 * frameByFrame((demand$) => source.frames(demand$), inferFrame(model, { confidence: 0.1 }))
 *   .pipe(analyze({ lines: [line], zones: [zone] }))
 *   .subscribe(({ frame, events }) => events.forEach((e) => console.log(frame.frameId, e.type, e.trackerId)));
 */
export function analyze<R extends BoxResult>(options: AnalyzeOptions): OperatorFunction<Inferred<R>, Analyzed<R>> {
  const lines = options.lines ?? [];
  const zones = options.zones ?? [];
  const tracking = options.tracking ?? (lines.length > 0 || zones.length > 0);
  return (source) =>
    defer(() => {
      const timers = zones.map((zone) => new TimeInZone(zone, options.timeInZone));
      // A tracked result is R whose predictions gained a `tracker_id` (and lost the untracked ones).
      const tracker = track<R>(typeof tracking === 'object' ? tracking : {}) as unknown as OperatorFunction<Inferred<R>, Inferred<R>>;
      const tracked: Observable<Inferred<R>> = tracking ? source.pipe(tracker) : source;
      return tracked.pipe(
        map((item): Analyzed<R> => ({
          ...item,
          events: [...lines.flatMap((line) => lineCrossedEvents(line, item)), ...timers.flatMap((timer) => zoneEvents(timer, item))],
        })),
      );
    });
}

/** The counts of lines and zones, as a report or a summary shows them. */
export interface AnalyticsCounts {
  readonly lines: ReadonlyArray<{
    readonly name: string;
    readonly in: number;
    readonly out: number;
    readonly inPerClass: Readonly<Record<string, number>>;
    readonly outPerClass: Readonly<Record<string, number>>;
  }>;
  /** `currentCount`: objects inside in the last frame the zone saw. */
  readonly zones: ReadonlyArray<{ readonly name: string; readonly currentCount: number }>;
}

/** A snapshot of the counts of `lines` and `zones`. */
export function analyticsCounts(lines: readonly LineZone[] = [], zones: readonly PolygonZone[] = []): AnalyticsCounts {
  return {
    lines: lines.map((line) => ({
      name: line.name,
      in: line.inCount,
      out: line.outCount,
      inPerClass: { ...line.inCountPerClass },
      outPerClass: { ...line.outCountPerClass },
    })),
    zones: zones.map((zone) => ({ name: zone.name, currentCount: zone.currentCount })),
  };
}
