import {
  BehaviorSubject,
  EMPTY,
  Observable,
  concat,
  concatMap,
  defer,
  finalize,
  from,
  materialize,
  throwError,
  type ObservableInput,
} from 'rxjs';

export interface FrameByFrameOptions {
  /**
   * How many items the source may be asked for beyond those whose work has finished: one in
   * work plus `lookahead - 1` ready and waiting. Default 2. Memory is bounded by this number,
   * not by the length of the input.
   */
  lookahead?: number;
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
 * lookahead 2, work takes 3 frames of time (---x)
 * demand$:  2-----1--1--1
 * source:   ab----c--d--|
 * result:   ---A--B--C--D|
 * ```
 *
 * @example
 * frameByFrame((demand$) => source.frames(demand$), (frame) => model.infer([frame.image]))
 */
export function frameByFrame<T, R>(
  source: (demand$: Observable<number>) => Observable<T>,
  work: (item: T) => ObservableInput<R>,
  { lookahead = 2 }: FrameByFrameOptions = {},
): Observable<R> {
  if (!Number.isInteger(lookahead) || lookahead < 1) {
    throw new RangeError(`frameByFrame: lookahead must be a whole number >= 1, got ${lookahead}`);
  }
  return defer(() => {
    const demand$ = new BehaviorSubject<number>(lookahead);
    const askForOneMore = defer(() => {
      demand$.next(1);
      return EMPTY;
    });
    // Materialised, a source error queues behind the items read before it: work on them
    // finishes first, so nothing decoded before a mid-file error is lost.
    return source(demand$).pipe(
      materialize(),
      concatMap((notification) => {
        if (notification.kind === 'N') return concat(from(work(notification.value)), askForOneMore);
        if (notification.kind === 'E') return throwError(() => notification.error);
        return EMPTY;
      }),
      finalize(() => demand$.complete()),
    );
  });
}
