// toSink: hands each result to a sink in order and closes the sink once.
import { EMPTY, concat, concatMap, defer, finalize, from, ignoreElements, map, of, type MonoTypeOperatorFunction } from 'rxjs';
import type { OnPrediction, Sink } from '../types/index.js';
import type { Inferred } from './inferred.js';

/**
 * Hands every item to a sink, one at a time and in order (it waits for an async sink), then
 * passes the item on, so several `toSink` can be chained to fan out. The sink is closed once:
 * awaited before completion (so a video file is finalised when the stream completes), or
 * started when the stream errors or is unsubscribed.
 *
 * ```
 * source: -a-b-|
 * sink:    a b      (called in order)
 * result: -a-b-|
 * ```
 *
 * @example
 * import { frameByFrame, inferFrame, toSink } from '@rxcv/core';
 * import { loadModel } from '@rxcv/models';
 * import { jsonlSink, renderBoxes } from '@rxcv/sinks';
 * import { openVideoSource } from '@rxcv/sources';
 *
 * const model = await loadModel('yolox-nano');
 * const file = await openVideoSource('highway.mp4');
 * frameByFrame((demand$) => file.frames(demand$), inferFrame(model))
 *   .pipe(toSink(renderBoxes({ output: 'boxes.mp4' })), toSink(jsonlSink('boxes.jsonl')))
 *   .subscribe();
 */
export function toSink<R, T extends Inferred<R> = Inferred<R>>(sink: OnPrediction<R> | Sink<R>): MonoTypeOperatorFunction<T> {
  return (source) =>
    defer(() => {
      let closing: Promise<void> | null = null;
      const hasClose = typeof (sink as Sink<R>).close === 'function';
      const close = () => (closing ??= Promise.resolve((sink as Sink<R>).close?.()));
      return concat(
        source.pipe(
          concatMap((item) => {
            const done = sink(item.predictions, item.frame);
            // A synchronous sink keeps the stream synchronous (and on virtual time in tests).
            return done instanceof Promise ? from(done).pipe(map(() => item)) : of(item);
          }),
        ),
        hasClose ? defer(close).pipe(ignoreElements()) : EMPTY,
      ).pipe(finalize(() => void (hasClose ? close().catch(() => undefined) : undefined)));
    });
}
