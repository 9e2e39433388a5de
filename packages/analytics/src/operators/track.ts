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
 * source: a-b-c-d-e-|     a, b: a car   c, d: nothing detected   e: the car, moved on
 * result: a-b-c-d-e-|     tracker ids   a: 1   b: 1   c: -   d: -   e: 1 (found again within the buffer)
 * ```
 *
 * @example
 * import { frameByFrame, inferFrame } from '@rxcv/core';
 * import { openVideoSource } from '@rxcv/sources';
 * import { loadModel } from '@rxcv/models';
 * import { track } from '@rxcv/analytics';
 * const model = await loadModel('yolox-nano');
 * const source = await openVideoSource('highway.mp4');
 * frameByFrame((demand$) => source.frames(demand$), inferFrame(model, { confidence: 0.1 }))
 *   .pipe(track({ lostTrackBuffer: 30 }))
 *   .subscribe(({ frame, predictions }) => console.log(frame.frameId, predictions.predictions.map((p) => p.tracker_id)));
 */
export function track<R extends BoxResult>(options: ByteTrackerOptions = {}): OperatorFunction<Inferred<R>, Inferred<TrackedResult<R>>> {
  return (source) =>
    defer(() => {
      const trackers = new Map<number, ByteTracker>();
      const trackerFor = (sourceId: number, fps: number | null) => {
        let tracker = trackers.get(sourceId);
        if (!tracker) {
          tracker = new ByteTracker({ ...options, frameRate: options.frameRate ?? (fps && fps > 0 ? fps : undefined) });
          trackers.set(sourceId, tracker);
        }
        return tracker;
      };
      return source.pipe(
        map((item) => ({ ...item, predictions: trackerFor(item.frame.sourceId, item.frame.fps).update(item.predictions) })),
      );
    });
}
