// fakeModel: a model whose results come after virtual durations, for marble tests of a pipeline.
import { asyncScheduler, defer, map, timer, type Observable, type SchedulerLike } from 'rxjs';
import type { Inferred } from '../compose/inferred.js';
import type { VideoFrame } from '../types/index.js';

export interface FakeModelOptions<R> {
  /** Virtual ms one run takes: a number, or per run from its frames (a slow source, say). */
  readonly runMs: number | ((frames: readonly VideoFrame[]) => number);
  /** The result for one frame. */
  readonly result: (frame: VideoFrame) => R;
}

/** One run of a fake model: which frames, and when it started (virtual ms). */
export interface FakeRun {
  readonly frames: ReadonlyArray<{ readonly sourceId: number; readonly frameId: number }>;
  readonly at: number;
}

export interface FakeModel<R> {
  /** The `process` of a `Pipeline`: one result per frame, `runMs` after the call. */
  readonly process: (frames: readonly VideoFrame[]) => Observable<R[]>;
  /** The work for `latestFrame` or `frameByFrame` composed by hand, like `inferFrame(model)`. */
  readonly inferFrame: (frame: VideoFrame) => Observable<Inferred<R>>;
  /** Every run started so far, in order. */
  readonly runs: readonly FakeRun[];
}

/**
 * A stand-in for a model on virtual time: each run takes `runMs` of the scheduler's time (a
 * `TestScheduler` inside `run()`), so marble tests can pin what a scheduling does while the
 * model is busy. Not a model: it never looks at the pixels.
 *
 * ```
 * runMs 3
 * frame:  a
 * result: ---(A|)
 * ```
 *
 * @example
 * import { map } from 'rxjs';
 * import { TestScheduler } from 'rxjs/testing';
 * import { expect } from 'vitest';
 * import { latestFrame } from '@rxcv/core';
 * import { fakeModel, fakeSource } from '@rxcv/core/fakes';
 *
 * new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ cold, expectObservable }) => {
 *   const model = fakeModel({ runMs: 3, result: (frame) => frame.frameId * 10 });
 *   const results = fakeSource({ live: cold('-a|') }).frames().pipe(latestFrame(model.inferFrame));
 *   expectObservable(results.pipe(map((r) => r.predictions))).toBe('----(x|)', { x: 10 });
 * });
 */
export function fakeModel<R>(options: FakeModelOptions<R>, scheduler: SchedulerLike = asyncScheduler): FakeModel<R> {
  const runs: FakeRun[] = [];
  const process = (frames: readonly VideoFrame[]): Observable<R[]> =>
    defer(() => {
      runs.push({ frames: frames.map(({ sourceId, frameId }) => ({ sourceId, frameId })), at: scheduler.now() });
      const ms = typeof options.runMs === 'number' ? options.runMs : options.runMs(frames);
      return timer(ms, scheduler).pipe(map(() => frames.map(options.result)));
    });
  return {
    process,
    inferFrame: (frame) => process([frame]).pipe(map(([predictions]) => ({ predictions, frame }))),
    runs,
  };
}
