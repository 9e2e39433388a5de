// spaceOut: maxFps for files, by waiting.
import { asyncScheduler, concatMap, defer, map, of, timer, type MonoTypeOperatorFunction, type SchedulerLike } from 'rxjs';

/**
 * Lets items through no closer together than `intervalMs`, by waiting: nothing is dropped.
 * `maxFps` for files: the model runs at most `maxFps` times a second and still sees every frame.
 *
 * ```
 * intervalMs 5
 * source: ab---c--------d-|
 * result: a----b----c----d|
 * ```
 *
 * @example
 * import { frameByFrame, inferFrame, spaceOut } from '@rxcv/core';
 * import { loadModel } from '@rxcv/models';
 * import { openVideoSource } from '@rxcv/sources';
 *
 * const model = await loadModel('yolox-nano');
 * const file = await openVideoSource('highway.mp4');
 * // Every frame, at most 5 a second.
 * frameByFrame((demand$) => file.frames(demand$).pipe(spaceOut(1000 / 5)), inferFrame(model)).subscribe(({ frame, predictions }) =>
 *   console.log(frame.frameId, predictions.predictions.length),
 * );
 */
export function spaceOut<T>(intervalMs: number, scheduler: SchedulerLike = asyncScheduler): MonoTypeOperatorFunction<T> {
  return (source) =>
    defer(() => {
      let nextAllowed = Number.NEGATIVE_INFINITY;
      return source.pipe(
        concatMap((item) => {
          const now = scheduler.now();
          const wait = Math.max(0, nextAllowed - now);
          nextAllowed = now + wait + intervalMs;
          return wait === 0 ? of(item) : timer(wait, scheduler).pipe(map(() => item));
        }),
      );
    });
}
