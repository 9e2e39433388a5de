// BatchCollector: gathers frames of several sources into one model run.
import {
  Observable,
  Subscription,
  asyncScheduler,
  defer,
  from,
  type ObservableInput,
  type SchedulerLike,
  type Subscriber,
} from 'rxjs';
import type { VideoFrame } from '../types/index.js';

/** One model run: its frames (at most one per source) and their results, in the same order. */
export interface Batch<R> {
  readonly frames: readonly VideoFrame[];
  readonly results: readonly R[];
  /**
   * The sources in the pipeline when this model run started (`presentSources`), for batch
   * delivery's one slot per source; absent without `presentSources`.
   */
  readonly sourceIds?: readonly number[];
}

/** A frame's result, with the batch it was inferred in (batch delivery waits for the whole batch). */
export interface Batched<R> {
  readonly result: R;
  readonly batch: Batch<R>;
}

export interface BatchCollectorOptions<R> {
  /** Runs the model on a batch; one result per frame, in order. */
  process: (frames: readonly VideoFrame[]) => ObservableInput<R[]>;
  /**
   * After the first frame of a batch arrives, how long to wait for the other active sources,
   * ms. A batch also closes as soon as every active source has a frame in it.
   */
  timeoutMs: number;
  /** The ids of the sources that can contribute now (running, not reconnecting or ended). */
  activeSources: () => ReadonlySet<number>;
  /** The sources in the pipeline now, recorded in each batch as its run starts (`Batch.sourceIds`). */
  presentSources?: () => readonly number[];
  /** Called just before the model runs on a batch. */
  onBatchStart?: (frames: readonly VideoFrame[]) => void;
  /**
   * How many batches may be in `process` at once (a batch is handed over while the previous one
   * still runs). Default 1. Results are still handed out in the order batches were handed over.
   */
  maxInFlight?: number;
  /** For the collection time-out. Default `asyncScheduler`; a `TestScheduler` in marble tests. */
  scheduler?: SchedulerLike;
}

interface Waiting<R> {
  readonly frame: VideoFrame;
  readonly subscriber: Subscriber<Batched<R>>;
}

interface Running<R> {
  readonly members: readonly Waiting<R>[];
  readonly sourceIds: readonly number[] | undefined;
  outcome: { results: R[] } | { error: unknown } | null;
}

/**
 * Collects frames from several sources into batches for one model run: a batch closes when every
 * active source has contributed a frame, or `timeoutMs` after its first frame, whichever comes
 * first. At most `maxInFlight` batches are in `process` at once (default 1: model runs never
 * overlap); frames that arrive meanwhile form the next batch. With a single source every frame
 * runs at once.
 *
 * A source that ended, is paused or is reconnecting is not active, so it never holds the others
 * back. A batch holds at most one frame per source; a source's next frame (handed over while its
 * previous one is in `process`, see `maxInFlight`) goes into the next batch.
 */
export class BatchCollector<R> {
  private pending: Waiting<R>[] = [];
  /** Batches in `process` or done but not handed out yet, in hand-over order. */
  private readonly running: Running<R>[] = [];
  private inFlight = 0;
  private readonly maxInFlight: number;
  private readonly scheduler: SchedulerLike;
  private timer: Subscription | null = null;
  private readonly runs = new Subscription();

  constructor(private readonly options: BatchCollectorOptions<R>) {
    this.maxInFlight = options.maxInFlight ?? 1;
    this.scheduler = options.scheduler ?? asyncScheduler;
    if (!Number.isInteger(this.maxInFlight) || this.maxInFlight < 1) {
      throw new RangeError(`BatchCollector: maxInFlight must be a whole number >= 1, got ${options.maxInFlight}`);
    }
  }

  /**
   * Queues one frame when subscribed; emits its result (with its batch) once its batch has run,
   * then completes, or errors with the batch's error. Unsubscribed early, it leaves the queue.
   */
  submit(frame: VideoFrame): Observable<Batched<R>> {
    return new Observable<Batched<R>>((subscriber) => {
      const waiting: Waiting<R> = { frame, subscriber };
      this.pending.push(waiting);
      this.check();
      return () => {
        this.pending = this.pending.filter((w) => w !== waiting);
      };
    });
  }

  /** Re-evaluates whether the pending batch is complete (call when a source's state changes). */
  check(): void {
    if (this.inFlight >= this.maxInFlight || this.pending.length === 0) return;
    const waitingFor = [...this.options.activeSources()].filter((id) => !this.pending.some((w) => w.frame.sourceId === id));
    if (waitingFor.length === 0 || this.options.timeoutMs <= 0) {
      this.run();
      return;
    }
    this.timer ??= this.scheduler.schedule(() => {
      this.timer = null;
      this.run();
    }, this.options.timeoutMs);
  }

  /**
   * Takes a source's frames out of the next batch (the source is being removed; its frames'
   * results are no longer wanted). Frames already in a run stay there.
   */
  withdraw(sourceId: number): void {
    this.pending = this.pending.filter((w) => w.frame.sourceId !== sourceId);
  }

  /** Stops every run in progress and every time-out (the pipeline is done with this collector). */
  dispose(): void {
    this.timer?.unsubscribe();
    this.timer = null;
    this.runs.unsubscribe();
    this.pending = [];
  }

  private run(): void {
    this.timer?.unsubscribe();
    this.timer = null;
    if (this.inFlight >= this.maxInFlight || this.pending.length === 0) return;
    this.inFlight += 1;
    // One frame per source in a batch (a source may have handed over its next frame already).
    const members: Waiting<R>[] = [];
    const later: Waiting<R>[] = [];
    for (const waiting of this.pending) {
      (members.some((w) => w.frame.sourceId === waiting.frame.sourceId) ? later : members).push(waiting);
    }
    this.pending = later;
    const frames = members.map((w) => w.frame);
    const entry: Running<R> = { members, sourceIds: this.options.presentSources?.(), outcome: null };
    this.running.push(entry);
    // The frames left over may already make up the next batch.
    this.check();
    let settled = false;
    const settle = (outcome: Running<R>['outcome']) => {
      if (settled) return;
      settled = true;
      entry.outcome = outcome;
      this.handOut();
    };
    this.runs.add(
      defer(() => {
        this.options.onBatchStart?.(frames);
        return from(this.options.process(frames));
      }).subscribe({
        next: (results) =>
          settle(
            results.length === frames.length
              ? { results }
              : { error: new Error(`the model returned ${results.length} results for ${frames.length} frames`) },
          ),
        error: (error: unknown) => settle({ error }),
        complete: () => settle({ error: new Error('the model returned no results') }),
      }),
    );
  }

  /** Hands out the results of finished batches, oldest first, stopping at one still running. */
  private handOut(): void {
    while (this.running[0]?.outcome) {
      const { members, sourceIds, outcome } = this.running.shift()!;
      this.inFlight -= 1;
      if (outcome && 'results' in outcome) {
        // A member unsubscribed while its batch ran (its source was removed) is left out of the
        // batch: the others' delivery must not wait for a result nobody will pass on.
        const kept = members.flatMap((w, i) => (w.subscriber.closed ? [] : [{ w, result: outcome.results[i] }]));
        const batch: Batch<R> = {
          frames: kept.map(({ w }) => w.frame),
          results: kept.map(({ result }) => result),
          ...(sourceIds ? { sourceIds } : {}),
        };
        for (const { w, result } of kept) {
          w.subscriber.next({ result, batch });
          w.subscriber.complete();
        }
      } else if (outcome) {
        for (const w of members) w.subscriber.error(outcome.error);
      }
    }
    this.check();
  }
}
