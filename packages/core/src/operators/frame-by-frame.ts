// frameByFrame: the files scheduling, every item in order, decoding driven by demand.
import {
  BehaviorSubject,
  EMPTY,
  Observable,
  concat,
  concatMap,
  defer,
  finalize,
  map,
  materialize,
  ReplaySubject,
  Subscription,
  throwError,
  type ObservableInput,
} from 'rxjs';

export interface FrameByFrameOptions {
  /**
   * How many items the source may be asked for beyond those whose work has finished: the items
   * in work plus those ready and waiting. Default 2 (or `concurrency`, if that is larger).
   * Memory is bounded by this number, not by the length of the input.
   */
  lookahead?: number;
  /**
   * How many items may be in work at once; results still come out in source order. Default 1.
   * With 2, the next frame is handed to the model while it still works on the current one, so a
   * model that queues its runs (e.g. on its own thread) goes from one run straight to the next.
   */
  concurrency?: number;
}

/**
 * Runs `work` on every item of a demand-driven source, in order, none dropped, and asks the
 * source for a new item only when a piece of work finishes. This is the file mode of a
 * pipeline: decoding never runs more than `lookahead` frames ahead of inference, however slow
 * the model and however long the file.
 *
 * `source` receives the demand: a stream of "give me n more" numbers (the first is
 * `lookahead`, then 1 after each finished piece of work). Use it with `readOnDemand` or
 * `VideoSource.frames(demand$)`. A source error is passed on only after the work on every item
 * read before it has finished.
 *
 * ```
 * lookahead 2, a read takes 1 ms (-(x|)), work 3 ms (---(X|)); reads start at 0, 1, 4, 7, 10
 * result:   ----A--B--C--(D|)
 *
 * the same with concurrency 2: work starts at 1, 2, 5, 6 (b's as b arrives, not when a's
 * work ends); results still in order
 * result:   ----AB--C(D|)
 * ```
 *
 * @example
 * import { frameByFrame, inferFrame } from '@rxcv/core';
 * import { loadModel } from '@rxcv/models';
 * import { openVideoSource } from '@rxcv/sources';
 *
 * const model = await loadModel('yolox-nano');
 * const file = await openVideoSource('highway.mp4');
 * // Every frame, in order; decoding runs at most 2 frames ahead of the model.
 * frameByFrame((demand$) => file.frames(demand$), inferFrame(model), { lookahead: 2 }).subscribe(({ frame, predictions }) =>
 *   console.log(frame.frameId, predictions.predictions.length),
 * );
 */
export function frameByFrame<T, R>(
  source: (demand$: Observable<number>) => Observable<T>,
  work: (item: T) => ObservableInput<R>,
  { concurrency = 1, lookahead = Math.max(2, concurrency) }: FrameByFrameOptions = {},
): Observable<R> {
  if (!Number.isInteger(lookahead) || lookahead < 1) {
    throw new RangeError(`frameByFrame: lookahead must be a whole number >= 1, got ${lookahead}`);
  }
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > lookahead) {
    throw new RangeError(`frameByFrame: concurrency must be a whole number from 1 to lookahead (${lookahead}), got ${concurrency}`);
  }
  return defer(() => {
    const demand$ = new BehaviorSubject<number>(lookahead);
    const askForOneMore = defer(() => {
      demand$.next(1);
      return EMPTY;
    });
    const workers = new WorkSlots<T, R>(work, concurrency);
    return source(demand$).pipe(
      // Materialised, a source error queues behind the items read before it: work on them
      // finishes first, so nothing decoded before a mid-file error is lost.
      materialize(),
      // Work starts here, as items arrive (up to `concurrency` at once); results are taken in order below.
      map((notification) => (notification.kind === 'N' ? { notification, result: workers.start(notification.value) } : { notification })),
      concatMap(({ notification, result }) => {
        if (result) return concat(result, askForOneMore);
        if (notification.kind === 'E') return throwError(() => notification.error);
        return EMPTY;
      }),
      finalize(() => {
        workers.stop();
        demand$.complete();
      }),
    );
  });
}

/** Starts work on items as they come, at most `limit` at once; later items wait for a free slot. */
class WorkSlots<T, R> {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly subscriptions = new Subscription();

  constructor(
    private readonly work: (item: T) => ObservableInput<R>,
    private readonly limit: number,
  ) {}

  /** The item's results, replayed to whoever subscribes later; its work starts now or when a slot frees. */
  start(item: T): Observable<R> {
    const result = new ReplaySubject<R>();
    const begin = () => {
      if (this.subscriptions.closed) return;
      this.active += 1;
      this.subscriptions.add(
        defer(() => this.work(item))
          .pipe(
            finalize(() => {
              this.active -= 1;
              this.waiting.shift()?.();
            }),
          )
          .subscribe(result),
      );
    };
    if (this.active < this.limit) begin();
    else this.waiting.push(begin);
    return result;
  }

  /** Unsubscribes from every piece of work in progress and starts no more. */
  stop(): void {
    this.waiting.length = 0;
    this.subscriptions.unsubscribe();
  }
}
