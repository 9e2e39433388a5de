// BatchCollector: gathers frames of several sources into one model run.
import type { VideoFrame } from '../types/index.js';

interface Waiting<R> {
  frame: VideoFrame;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export interface BatchCollectorOptions<R> {
  /** Runs the model on a batch; one result per frame, in order. */
  process: (frames: readonly VideoFrame[]) => Promise<R[]>;
  /**
   * After the first frame of a batch arrives, how long to wait for the other active sources,
   * ms. A batch also closes as soon as every active source has a frame in it.
   */
  timeoutMs: number;
  /** The ids of the sources that can contribute now (running, not reconnecting or ended). */
  activeSources: () => ReadonlySet<number>;
  /** Called just before the model runs on a batch. */
  onBatchStart?: (frames: readonly VideoFrame[]) => void;
  /**
   * How many batches may be in `process` at once (a batch is handed over while the previous one
   * still runs). Default 1. Batches are still delivered (`onBatch`, then `submit()` resolving)
   * in the order they were handed over.
   */
  maxInFlight?: number;
  /** Called with each batch that ran, in run order: the frames and their results. */
  onBatch?: (frames: readonly VideoFrame[], results: readonly R[]) => Promise<void> | void;
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
  private inFlight = 0;
  private readonly maxInFlight: number;
  /** Settles when the last batch handed over has been delivered; the next one waits for it. */
  private delivered: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: BatchCollectorOptions<R>) {
    this.maxInFlight = options.maxInFlight ?? 1;
    if (!Number.isInteger(this.maxInFlight) || this.maxInFlight < 1) {
      throw new RangeError(`BatchCollector: maxInFlight must be a whole number >= 1, got ${options.maxInFlight}`);
    }
  }

  /** Queues one frame; resolves with its result when its batch has run. */
  submit(frame: VideoFrame): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ frame, resolve, reject });
      this.check();
    });
  }

  /** Re-evaluates whether the pending batch is complete (call when a source's state changes). */
  check(): void {
    if (this.inFlight >= this.maxInFlight || this.pending.length === 0) return;
    const waitingFor = [...this.options.activeSources()].filter(
      (id) => !this.pending.some((w) => w.frame.sourceId === id),
    );
    if (waitingFor.length === 0 || this.options.timeoutMs <= 0) {
      void this.run();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.options.timeoutMs);
  }

  private async run(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.inFlight >= this.maxInFlight || this.pending.length === 0) return;
    this.inFlight += 1;
    // One frame per source in a batch (a source may have handed over its next frame already).
    const batch: Waiting<R>[] = [];
    const later: Waiting<R>[] = [];
    for (const waiting of this.pending) {
      (batch.some((w) => w.frame.sourceId === waiting.frame.sourceId) ? later : batch).push(waiting);
    }
    this.pending = later;
    const frames = batch.map((w) => w.frame);
    const previous = this.delivered;
    let delivered!: () => void;
    this.delivered = new Promise<void>((resolve) => (delivered = resolve));
    // The frames left over may already make up the next batch.
    this.check();
    try {
      this.options.onBatchStart?.(frames);
      const results = await this.options.process(frames);
      if (results.length !== frames.length) {
        throw new Error(`the model returned ${results.length} results for ${frames.length} frames`);
      }
      await previous;
      await this.options.onBatch?.(frames, results);
      batch.forEach((w, i) => w.resolve(results[i]));
    } catch (error) {
      await previous;
      for (const w of batch) w.reject(error);
    } finally {
      delivered();
      this.inFlight -= 1;
      this.check();
    }
  }
}
