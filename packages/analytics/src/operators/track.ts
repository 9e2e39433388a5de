/**
 * `track(options?)`: runs a `ByteTracker` over an inferred stream, one tracker per source (two
 * cameras never share ids), and passes each item on with only its tracked predictions, each with
 * a `tracker_id`. Each subscription starts fresh trackers.
 */
import { defer, map, type OperatorFunction } from 'rxjs';
import type { Inferred } from '@rxcv/core';
import { ByteTracker, type ByteTrackerOptions } from '../tracker/byte-tracker.js';
import type { BoxResult, TrackedResult } from '../tracked.js';

/**
 * Tracks the predictions of every item. Without `frameRate`, each source's tracker takes the
 * frame rate its first frame declares (`fps`), else 30.
 *
 * ```
 * source: -a-b-----e-|     a: car (frame 1)  b: car moved  (frames 3, 4: not detected)  e: car moved on
 * result: -A-B-----E-|     A, B, E: the car with tracker_id 1 (found again within the lost-track buffer)
 * ```
 *
 * @example
 * import { frameByFrame, inferFrame, toSink } from '@rxcv/core';
 * import { track } from '@rxcv/analytics';
 * frameByFrame((demand$) => source.frames(demand$), inferFrame(model))
 *   .pipe(track({ lostTrackBuffer: 30 }), toSink((result) => console.log(result.predictions.map((p) => p.tracker_id))))
 *   .subscribe();
 */
export function track<R extends BoxResult>(options: ByteTrackerOptions = {}): OperatorFunction<Inferred<R>, Inferred<TrackedResult<R>>> {
  return (source) =>
    defer(() => {
      const trackers = new Map<number, ByteTracker>();
      const trackerFor = (sourceId: number, fps: number | null) => {
        let tracker = trackers.get(sourceId);
        if (!tracker) {
          tracker = new ByteTracker({ frameRate: fps && fps > 0 ? fps : undefined, ...options });
          trackers.set(sourceId, tracker);
        }
        return tracker;
      };
      return source.pipe(
        map((item) => ({ ...item, predictions: trackerFor(item.frame.sourceId, item.frame.fps).update(item.predictions) })),
      );
    });
}
