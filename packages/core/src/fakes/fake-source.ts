// fakeSource: a VideoSource of tiny frames at virtual times, for marble tests of a pipeline.
import { NEVER, asyncScheduler, map, of, timer, type Observable, type SchedulerLike } from 'rxjs';
import { readOnDemand } from '../operators/read-on-demand.js';
import type { VideoFrame, VideoSource } from '../types/index.js';

export type FakeSourceOptions =
  | {
      /** A live stream: one frame per emission of `live` (whatever it emits), at its times. Latest-frame mode. */
      readonly live: Observable<unknown>;
      readonly sourceId?: number;
    }
  | {
      /** A file of `frames` frames, each read `readMs` (virtual) ms after it was asked for. Frame-by-frame mode. */
      readonly file: { readonly frames: number; readonly readMs?: number };
      readonly sourceId?: number;
    };

/**
 * A source whose frames come at virtual times, so a pipeline built on it runs on a
 * `TestScheduler`. Frames are 1 x 1 pixels with `frameId` 1, 2, 3... and `frameTimestamp` the
 * scheduler's now. Not a decoder: a stand-in for `@rxcv/sources` in users' marble tests.
 *
 * ```
 * live:   -a--b-c|
 * frames: -1--2-3|     (frameId)
 * ```
 *
 * @example
 * import { map } from 'rxjs';
 * import { TestScheduler } from 'rxjs/testing';
 * import { expect } from 'vitest';
 * import { fakeSource } from '@rxcv/core/fakes';
 *
 * new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ cold, expectObservable }) => {
 *   const camera = fakeSource({ live: cold('-a--b-c|') });
 *   expectObservable(camera.frames().pipe(map((f) => f.frameId))).toBe('-1--2-3|', { 1: 1, 2: 2, 3: 3 });
 * });
 */
export function fakeSource(options: FakeSourceOptions, scheduler: SchedulerLike = asyncScheduler): VideoSource {
  const sourceId = options.sourceId ?? 0;
  let nextId = 1;
  const isFile = 'file' in options;
  const frame = (): VideoFrame => ({
    image: { width: 1, height: 1, format: 'rgb24', data: new Uint8Array(3) },
    frameId: nextId++,
    frameTimestamp: scheduler.now(),
    presentationTime: null,
    sourceId,
    fps: null,
    measuredFps: null,
    comesFromVideoFile: isFile,
  });
  return {
    sourceId,
    defaultMode: isFile ? 'frame-by-frame' : 'latest-frame',
    events$: NEVER,
    describe: () => ({ sourceId, reference: `fake:${sourceId}`, kind: isFile ? 'file' : 'stream', width: 1, height: 1, fps: null, totalFrames: isFile ? options.file.frames : null }),
    frames: (demand$?: Observable<number>) => {
      if (!isFile) return options.live.pipe(map(frame));
      const { frames, readMs = 0 } = options.file;
      let read = 0;
      return readOnDemand(() => (read++ < frames ? timer(readMs, scheduler).pipe(map(frame)) : of(null)), demand$);
    },
  };
}
