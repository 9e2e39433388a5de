// Delivery: results to onPrediction, one call at a time and in order, per frame or per batch.
import { EMPTY, Subject, asyncScheduler, concat, concatMap, defer, filter, finalize, from, ignoreElements, map, of, tap, type Observable, type OperatorFunction, type SchedulerLike } from 'rxjs';
import type { Inferred } from '../compose/inferred.js';
import { toSink } from '../compose/to-sink.js';
import type { OnBatchPrediction, OnPrediction, VideoFrame } from '../types/index.js';
import type { Batch, Batched } from './batch-collector.js';

/** A result on its way to the sink, and the signal its source's scheduling waits for. */
export interface Outgoing<R> extends Inferred<R> {
  readonly batch: Batch<R>;
  /** Completes once the result has been handed to the sink (and the sink is done with it). */
  readonly delivered: Subject<never>;
}

/**
 * Emits the frame's result, then completes only once it has been delivered: the work on a frame
 * lasts until its sink call is done, so a slow sink holds the model back (files wait, streams
 * drop) instead of results piling up in memory. This is the one signal that flows back up, as
 * demand does.
 */
export function untilDelivered<R>({ result, batch }: Batched<R>, frame: VideoFrame): Observable<Outgoing<R>> {
  const delivered = new Subject<never>();
  return concat(of({ predictions: result, frame, batch, delivered }), delivered);
}

/** Calls a handler; a throw or a rejection goes to `onError` instead (a synchronous handler stays synchronous). */
export function guardedCall(call: () => void | Promise<void>, onError: (error: unknown) => void): void | Promise<void> {
  try {
    const done = call();
    return done instanceof Promise ? done.catch(onError) : undefined;
  } catch (error) {
    onError(error);
  }
}

/** How long delivery waits for one sink call, and what it does when that is over. */
export interface SinkTimeout {
  /** ms; undefined or Infinity: wait as long as it takes. */
  readonly ms: number | undefined;
  readonly onTimeout: (frame: VideoFrame | undefined) => void;
  readonly scheduler?: SchedulerLike;
}

/**
 * Settles when `done` does or, at the latest, `timeout.ms` later (then `onTimeout`): a sink that
 * never settles must not stop delivery for good. The late call is left to finish on its own.
 */
function withinTime(done: void | Promise<void>, timeout: SinkTimeout, frame: VideoFrame | undefined): void | Promise<void> {
  const { ms } = timeout;
  if (!(done instanceof Promise) || ms === undefined || !Number.isFinite(ms)) return done;
  return new Promise<void>((resolve) => {
    const timer = (timeout.scheduler ?? asyncScheduler).schedule(() => {
      timeout.onTimeout(frame);
      resolve();
    }, ms);
    void done.then(() => {
      timer.unsubscribe();
      resolve();
    });
  });
}

/** Sequential sink mode: `onPrediction(result, frame)` per frame, in order (`toSink`), never overlapping. */
export function deliverEach<R>(
  onPrediction: OnPrediction<R>,
  onError: (error: unknown, frame: VideoFrame) => void,
  timeout: SinkTimeout,
): OperatorFunction<Outgoing<R>, never> {
  const guarded: OnPrediction<R> = (predictions, frame) =>
    withinTime(guardedCall(() => onPrediction(predictions, frame), (error) => onError(error, frame)), timeout, frame);
  return (outgoing$) =>
    outgoing$.pipe(
      toSink<R, Outgoing<R>>(guarded),
      tap((outgoing) => outgoing.delivered.complete()),
      ignoreElements(),
    );
}

/**
 * Batch sink mode: once every frame of a model run has arrived, `onPrediction(results, frames)`
 * with one slot per source, in order. The slots are the batch's own `sourceIds` (the sources in
 * the pipeline when its run started, so that sources added or removed later do not shift them),
 * else `sourceIds`; null where a source had no frame.
 */
export function deliverBatches<R>(
  onPrediction: OnBatchPrediction<R>,
  sourceIds: readonly number[],
  onError: (error: unknown, batch: Batch<R>) => void,
  timeout: SinkTimeout,
): OperatorFunction<Outgoing<R>, never> {
  // From the delivered items rather than the batch, so that a result stage's changes count.
  const call = (members: readonly Outgoing<R>[]) => {
    const slots = members[0].batch.sourceIds ?? sourceIds;
    const predictions: Array<R | null> = slots.map(() => null);
    const videoFrames: Array<VideoFrame | null> = slots.map(() => null);
    for (const { frame, predictions: result } of members) {
      const slot = slots.indexOf(frame.sourceId);
      if (slot < 0) continue;
      predictions[slot] = result;
      videoFrames[slot] = frame;
    }
    return onPrediction(predictions, videoFrames);
  };
  return (outgoing$) =>
    outgoing$.pipe(
      wholeBatches(),
      concatMap((members) => {
        const batch = members[0].batch;
        return defer(() => {
          const done = withinTime(guardedCall(() => call(members), (error) => onError(error, batch)), timeout, batch.frames[0]);
          return done instanceof Promise ? from(done) : EMPTY;
        }).pipe(finalize(() => members.forEach((m) => m.delivered.complete())));
      }),
      ignoreElements(),
    );
}

/** Holds each result until every frame of its model run has arrived, then emits them together. */
function wholeBatches<R>(): OperatorFunction<Outgoing<R>, Outgoing<R>[]> {
  return (outgoing$) =>
    defer(() => {
      const arrived = new Map<Batch<R>, Outgoing<R>[]>();
      return outgoing$.pipe(
        map((outgoing) => {
          const members = [...(arrived.get(outgoing.batch) ?? []), outgoing];
          if (members.length < outgoing.batch.frames.length) {
            arrived.set(outgoing.batch, members);
            return null;
          }
          arrived.delete(outgoing.batch);
          return members;
        }),
        filter((members): members is Outgoing<R>[] => members !== null),
      );
    });
}
