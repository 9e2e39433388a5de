// Pipeline: the engine behind InferencePipeline, read top-down in start().
import { Subject, defer, finalize, from, identity, merge, mergeMap, takeUntil, type Observable, type OperatorFunction, type Subscription } from 'rxjs';
import type { PipelineReport, PipelineState, ReportingOutput, SchedulingMode, StatusEvent, VideoSource } from '../types/index.js';
import { InvalidStateError, OptionError } from '../errors.js';
import { statusEvent } from '../types/status-event.js';
import { validatePipelineOptions } from '../validate-options.js';
import { BatchCollector } from './batch-collector.js';
import { deliverBatches, deliverEach, type Outgoing, type SinkTimeout } from './delivery.js';
import { frameWork } from './frame-work.js';
import type { PipelineOptions } from './pipeline-options.js';
import { runSource } from './run-source.js';
import { scheduleSource, type ScheduleOptions } from './schedule-source.js';
import type { SourceOperation } from './source-lifecycle.js';
import { SourceSlot } from './source-slot.js';
import { StatusEvents } from './status-events.js';

/** How long delivery waits for one `onPrediction` call when a source is live, by default. */
export const DEFAULT_STREAM_SINK_TIMEOUT_MS = 10_000;

/**
 * The engine behind `InferencePipeline`. One frame's way, as `start()` wires it:
 *
 * 1. `runSource`: the source runs (INITIALISING → RUNNING → ENDED or ERROR);
 * 2. `scheduleSource`: its frames are scheduled (frame by frame for files, latest frame for
 *    streams), each into
 * 3. `frameWork`: the next model run (`BatchCollector`, shared by the sources), then out;
 * 4. `merge` of every source's results (sources given to the constructor, then any `addSource`
 *    adds while running), the `resultStage` if any (tracking, lines, zones), then `deliverEach` (per frame, built on `toSink`) or
 *    `deliverBatches` (per model run): one `onPrediction` call at a time, in order.
 *
 * A frame's work lasts until its result is delivered, so a slow sink holds the model back
 * rather than letting results pile up. Everything that happens is reported on `status$`. A
 * source error ends that source (state ERROR) and is reported; the other sources go on. A
 * processing or sink error is reported and the pipeline goes on with the next frame.
 */
export class Pipeline<R> {
  private readonly events = new StatusEvents();
  /** Every status event, as it happens. Subscribe before `start()` to see them all. */
  readonly status$: Observable<StatusEvent> = this.events.status$;

  /** The sources in the pipeline now, in the order they were given or added. */
  private slots: SourceSlot[];
  /** This run's door for `addSource`: a slot pushed here joins the merge. Null when not running. */
  private added$: Subject<SourceSlot> | null = null;
  /** This run's sources still going (started or about to be); at 0 the run has ended. */
  private remaining = 0;
  /** Per running source: its stream stops when this emits (`removeSource`). */
  private readonly removals = new Map<SourceSlot, Subject<void>>();
  private readonly schedule: ScheduleOptions;
  /** How long delivery waits for one `onPrediction` call; undefined: as long as it takes. */
  private readonly sinkTimeoutMs: number | undefined;
  private collector: BatchCollector<R> | null = null;
  private subscription: Subscription | null = null;
  private finished: Promise<void> | null = null;
  private state: PipelineState = 'NOT_STARTED';
  private terminated = false;
  /** Outputs whose counters and status events the pipeline reports (`outputs`, or a reporting sink). */
  private readonly outputs: readonly ReportingOutput[];

  constructor(private readonly options: PipelineOptions<R>) {
    validatePipelineOptions(options);
    const framesInFlight = options.framesInFlight ?? 1;
    this.slots = [];
    for (const source of options.sources) this.slots.push(this.newSlot(source, options.modes?.[source.sourceId]));
    const everySourceIsAFile = this.slots.every((s) => s.mode === 'frame-by-frame');
    // A live source's frame must not wait behind another batch in the model: it would be older
    // when its run starts. So overlapping batches only when every source is a file.
    const inFlight = everySourceIsAFile ? framesInFlight : 1;
    this.sinkTimeoutMs = options.sinkTimeoutMs ?? (everySourceIsAFile ? undefined : DEFAULT_STREAM_SINK_TIMEOUT_MS);
    const sink = options.onPrediction as Partial<ReportingOutput>;
    const sinkReports = typeof sink.stats === 'function' && sink.status$ !== undefined;
    this.outputs = [...(options.outputs ?? []), ...(sinkReports ? [sink as ReportingOutput] : [])];
    for (const output of this.outputs) output.status$.subscribe((event) => this.events.next(event));
    options.resultStage?.status$?.subscribe((event) => this.events.next(event));
    this.schedule = { maxFps: options.maxFps, everySourceIsAFile, framesInFlight: inFlight, lookahead: options.lookahead ?? Math.max(2, inFlight + 1) };
  }

  /** Starts reading every source; after `join()` it starts again and frame ids carry on. */
  start(): void {
    if (this.state === 'RUNNING') throw new InvalidStateError('start(): the pipeline is already running');
    if (this.slots.length === 0) throw new InvalidStateError('start(): the pipeline has no source (every one was removed)');
    this.state = 'RUNNING';
    this.terminated = false;
    this.events.next(statusEvent('PIPELINE_STARTED', 'info', null, { sources: this.slots.length }));
    const device = this.options.model?.executionProvider;
    if (device) {
      this.events.next(statusEvent('MODEL_DEVICE', 'info', null, { model: this.options.model!.id, provider: device.name, failures: device.failures }));
    }
    this.options.watchdog?.attach(this, (error) => this.events.callbackFailed('watchdog onReport', error));
    const collector = this.newCollector();
    const added$ = new Subject<SourceSlot>();
    this.added$ = added$;
    this.remaining = this.slots.length;
    // A source's run, until it ends or is removed; the run ends with the last source's.
    const sourceRun = (slot: SourceSlot) =>
      defer(() => {
        const removed = new Subject<void>();
        this.removals.set(slot, removed);
        return runSource(slot, () => scheduleSource(slot, frameWork(slot, collector), this.schedule), this.events).pipe(
          takeUntil(removed),
          finalize(() => {
            this.removals.delete(slot);
            this.remaining -= 1;
            if (this.remaining === 0) {
              this.added$ = null;
              added$.complete();
            }
          }),
        );
      });
    // added$ first: a source added while the initial ones start (from a status handler) is not missed.
    const results$ = merge(added$, from([...this.slots])).pipe(mergeMap(sourceRun));
    this.finished = new Promise<void>((resolve) => {
      this.subscription = results$
        .pipe(
          this.options.resultStage?.apply ?? identity,
          this.deliver(),
          finalize(() => {
            collector.dispose();
            void this.finish().then(resolve);
          }),
        )
        .subscribe();
    });
  }

  /**
   * Adds a source. While running, it joins at once (the other sources go on untouched: their
   * frame ids, batches and deliveries are as they were); otherwise it runs from the next
   * `start()`. A source id already in the pipeline is an `OptionError`.
   */
  addSource(source: VideoSource, mode?: SchedulingMode): void {
    if (this.slots.some((s) => s.sourceId === source.sourceId)) {
      throw new OptionError('sourceId', `source ${source.sourceId} is already in the pipeline`);
    }
    const slot = this.newSlot(source, mode);
    this.slots.push(slot);
    this.events.next(statusEvent('SOURCE_ADDED', 'info', source.sourceId, { sources: this.slots.length }));
    if (this.added$) {
      this.remaining += 1;
      this.added$.next(slot);
    }
  }

  /**
   * Removes a source: while running, its stream stops (TERMINATING then ENDED), frames it had
   * received but not finished count as dropped (cause `removed`), and the other sources go on
   * untouched. Removing the last running source finishes the pipeline. An unknown id is a no-op.
   * Resolves once the source's stream has stopped. The source itself is left to its owner.
   */
  async removeSource(sourceId: number): Promise<void> {
    const slot = this.slots.find((s) => s.sourceId === sourceId);
    if (!slot) return;
    this.slots = this.slots.filter((s) => s !== slot);
    const removed = this.removals.get(slot);
    if (removed) {
      // Out of the next batch first, so that the state change's batch check cannot run it.
      this.collector?.withdraw(sourceId);
      slot.lifecycle.set('TERMINATING');
      removed.next();
      slot.lifecycle.set('ENDED');
      slot.countUnfinishedAsDropped('removed');
    }
    this.events.next(statusEvent('SOURCE_REMOVED', 'info', sourceId, { sources: this.slots.length }));
  }

  /** Stops reading: a file loses no frame (decoding waits); a stream disconnects until `resume()`. */
  pause(sourceId?: number): void {
    this.operate('pause', sourceId);
  }

  /** Keeps reading but discards every frame (FRAME_DROPPED, `muted`) until `resume()`. */
  mute(sourceId?: number): void {
    this.operate('mute', sourceId);
  }

  /** Undoes `pause()` or `mute()`. */
  resume(sourceId?: number): void {
    this.operate('resume', sourceId);
  }

  /**
   * Resolves when every source has ended and the sink has been closed. Rejects with the first
   * source error when a source failed (frames processed before it were still delivered).
   */
  async join(): Promise<void> {
    if (!this.finished) throw new InvalidStateError('join(): the pipeline was never started');
    await this.finished;
    const failed = this.slots.find((s) => s.lifecycle.state === 'ERROR' && s.stats.error);
    if (failed && !this.terminated) throw failed.stats.error;
  }

  /** Stops every source and closes the sink. Safe in any state; resolves when done. */
  async terminate(): Promise<void> {
    if (!this.subscription || !this.finished || this.state !== 'RUNNING') return;
    this.terminated = true;
    for (const { lifecycle } of this.slots) {
      if (lifecycle.state !== 'ENDED' && lifecycle.state !== 'ERROR') lifecycle.set('TERMINATING');
    }
    this.subscription.unsubscribe();
    for (const slot of this.slots) slot.countUnfinishedAsDropped();
    await this.finished;
  }

  /** Per-source numbers: frames received, inferred, dropped, latencies, state, description; per-output counters. */
  report(): PipelineReport {
    const report: PipelineReport = { state: this.state, sources: this.slots.map((s) => s.stats.report()) };
    if (this.outputs.length > 0) report.outputs = this.outputs.map((o) => o.stats());
    const counts = this.options.resultStage?.counts?.();
    if (counts) report.analytics = counts;
    return report;
  }

  private operate(operation: SourceOperation, sourceId: number | undefined): void {
    if (sourceId !== undefined) {
      // An unknown source id is a no-op, as in Roboflow's pipeline.
      this.slots.find((s) => s.sourceId === sourceId)?.lifecycle.apply(operation);
      return;
    }
    const allowed = this.slots.filter((s) => s.lifecycle.allows(operation));
    if (allowed.length === 0) {
      const states = this.slots.map((s) => `${s.sourceId}: ${s.lifecycle.state}`).join(', ');
      throw new InvalidStateError(`${operation}(): no source allows it (${states})`);
    }
    for (const slot of allowed) slot.lifecycle.apply(operation);
  }

  private newSlot(source: VideoSource, mode: SchedulingMode | undefined): SourceSlot {
    return new SourceSlot(source, mode ?? source.defaultMode, this.events, () => this.collector?.check());
  }

  /** A collector for this run: frames of a terminated run never join the next run's batches. */
  private newCollector(): BatchCollector<R> {
    this.collector = new BatchCollector<R>({
      process: this.options.process,
      timeoutMs: this.options.batchCollectionTimeoutMs ?? 50,
      maxInFlight: this.schedule.framesInFlight,
      activeSources: () => new Set(this.slots.filter((s) => s.lifecycle.active).map((s) => s.sourceId)),
      presentSources: () => this.slots.map((s) => s.sourceId),
      onBatchStart: (frames) => {
        const now = Date.now();
        for (const frame of frames) this.slots.find((s) => s.sourceId === frame.sourceId)?.inferenceStarting(frame, now);
      },
    });
    return this.collector;
  }

  /** The delivery `sinkMode` asks for; a throwing sink is reported (SINK_ERROR) and delivery goes on. */
  private deliver(): OperatorFunction<Outgoing<R>, never> {
    const options = this.options;
    const timeout: SinkTimeout = {
      ms: this.sinkTimeoutMs,
      onTimeout: (frame) =>
        this.events.next(
          statusEvent('SINK_TIMEOUT', 'error', options.sinkMode === 'batch' ? null : (frame?.sourceId ?? null), {
            frameId: frame?.frameId ?? 0,
            timeoutMs: this.sinkTimeoutMs ?? 0,
          }),
        ),
    };
    if (options.sinkMode === 'batch') {
      const sourceIds = this.slots.map((s) => s.sourceId);
      return deliverBatches(options.onPrediction, sourceIds, (error, batch) => this.sinkFailed(null, batch.frames[0]?.frameId ?? 0, error), timeout);
    }
    return deliverEach(options.onPrediction, (error, frame) => this.sinkFailed(frame.sourceId, frame.frameId, error), timeout);
  }

  private sinkFailed(sourceId: number | null, frameId: number, error: unknown): void {
    this.events.next(statusEvent('SINK_ERROR', 'error', sourceId, { frameId, message: error instanceof Error ? error.message : String(error) }));
  }

  private async finish(): Promise<void> {
    const sink = this.options.onPrediction;
    try {
      if ('close' in sink) await sink.close?.();
    } catch (error) {
      this.sinkFailed(null, 0, new Error(`closing the sink failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    this.state = 'FINISHED';
    this.options.watchdog?.detach();
    const failed = this.slots.some((s) => s.lifecycle.state === 'ERROR');
    this.events.next(statusEvent('PIPELINE_FINISHED', failed ? 'error' : 'info', null, {
      reason: this.terminated ? 'terminated' : failed ? 'error' : 'completed',
    }));
  }
}
