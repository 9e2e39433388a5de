// dropAboveRate: maxFps for live streams, by dropping.
import { asyncScheduler, defer, filter, type MonoTypeOperatorFunction, type SchedulerLike } from 'rxjs';

/**
 * Lets an item through only when at least `intervalMs` passed since the last one let through;
 * the others are handed to `onDrop`. `maxFps` for live streams: the source keeps its pace and
 * the surplus is dropped (and counted) instead of queued.
 *
 * ```
 * intervalMs 4
 * source: a-b-c-d-e-f-|
 * result: a---c---e---|     (b, d, f to onDrop)
 * ```
 *
 * @example
 * import { dropAboveRate } from '@rxcv/core';
 * import { openVideoSource } from '@rxcv/sources';
 *
 * const camera = await openVideoSource('rtsp://127.0.0.1:8554/cam');
 * let dropped = 0;
 * // At most 5 frames a second; the rest are counted and let go.
 * camera.frames().pipe(dropAboveRate(1000 / 5, () => (dropped += 1))).subscribe((frame) => console.log(frame.frameId));
 */
export function dropAboveRate<T>(
  intervalMs: number,
  onDrop?: (item: T) => void,
  scheduler: SchedulerLike = asyncScheduler,
): MonoTypeOperatorFunction<T> {
  return (source) =>
    defer(() => {
      let lastPassed = Number.NEGATIVE_INFINITY;
      return source.pipe(
        filter((item) => {
          const now = scheduler.now();
          if (now - lastPassed >= intervalMs) {
            lastPassed = now;
            return true;
          }
          onDrop?.(item);
          return false;
        }),
      );
    });
}
