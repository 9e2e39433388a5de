// latestFrame: the live-stream scheduling, work on the newest item, superseded ones dropped.
import { Observable, defer, type ObservableInput, type OperatorFunction, type Subscription } from 'rxjs';

export interface LatestFrameOptions<T> {
  /** Called for every item that was superseded by a newer one before work could start on it. */
  onDrop?: (item: T) => void;
}

/**
 * The live-stream mode of a pipeline. The source runs at its own pace and is never held back;
 * `work` runs on one item at a time, and when it becomes free it takes the newest item that
 * arrived meanwhile. Items superseded in between are dropped and handed to `onDrop`, so work
 * never starts on a stale item while a fresher one exists. When the source completes, the
 * item still waiting (the newest) is worked on before the result completes; a source error
 * likewise waits for that work before it is passed on. A throw from `work` or `onDrop` is an
 * error notification.
 *
 * Like `exhaustMap`, but keeping the latest item instead of ignoring everything while busy.
 *
 * ```
 * a frame every 10 ms (a..j at 10..100, end at 105), work takes 35 ms
 * source:  10ms a 9ms b 9ms c 9ms d 9ms e 9ms f 9ms g 9ms h 9ms i 9ms j 4ms |
 * result:  45ms A 34ms D 34ms H 34ms (J|)
 *          (work starts on a at 10, d at 45, h at 80, j at 115; b, c, e, f, g, i to onDrop)
 * ```
 *
 * @example
 * import { inferFrame, latestFrame } from '@rxcv/core';
 * import { loadModel } from '@rxcv/models';
 * import { openVideoSource } from '@rxcv/sources';
 *
 * const model = await loadModel('yolox-nano');
 * const camera = await openVideoSource('rtsp://127.0.0.1:8554/cam');
 * let dropped = 0;
 * camera
 *   .frames()
 *   .pipe(latestFrame(inferFrame(model), { onDrop: () => (dropped += 1) }))
 *   .subscribe(({ frame, predictions }) => console.log(frame.frameId, predictions.predictions.length, dropped));
 */
export function latestFrame<T, R>(
  work: (item: T) => ObservableInput<R>,
  { onDrop }: LatestFrameOptions<T> = {},
): OperatorFunction<T, R> {
  return (source) =>
    new Observable<R>((subscriber) => {
      let waiting: { item: T } | null = null;
      let working: Subscription | null = null;
      let sourceDone = false;
      let sourceError: { error: unknown } | null = null;

      // The source has ended (completed or failed) and nothing is left to work on.
      const finish = (): void => {
        if (sourceError) subscriber.error(sourceError.error);
        else subscriber.complete();
      };

      const startWork = (item: T): void => {
        let finished = false;
        // defer: a synchronous throw from `work` becomes an error notification, as in exhaustMap.
        const inner = defer(() => work(item)).subscribe({
          next: (result) => subscriber.next(result),
          error: (err) => subscriber.error(err),
          complete: () => {
            finished = true;
            working = null;
            const next = waiting;
            waiting = null;
            if (next) startWork(next.item);
            else if (sourceDone) finish();
          },
        });
        if (!finished) working = inner;
      };

      const sourceSubscription = source.subscribe({
        next: (item) => {
          if (working === null) {
            startWork(item);
            return;
          }
          const superseded = waiting;
          waiting = { item };
          if (superseded && onDrop) {
            try {
              onDrop(superseded.item);
            } catch (error) {
              subscriber.error(error);
            }
          }
        },
        // A source error waits for the work in progress and the newest waiting item, like
        // completion does, so results already on their way are not lost.
        error: (error) => {
          sourceDone = true;
          sourceError = { error };
          if (working === null && waiting === null) finish();
        },
        complete: () => {
          sourceDone = true;
          if (working === null && waiting === null) finish();
        },
      });

      return () => {
        sourceSubscription.unsubscribe();
        working?.unsubscribe();
      };
    });
}
