import { Observable, Subject, concatMap, defer, finalize, from, map, merge, type Subscription } from 'rxjs';
import type {
  BatchSink,
  DropCause,
  OnBatchPrediction,
  OnPrediction,
  SchedulingMode,
  Severity,
  Sink,
  StatusEvent,
  StatusEventType,
  StatusPayloads,
  UnconvertedVideoFrame,
  VideoFrame,
  VideoSource,
} from '../types/index.js';
import { statusEvent } from '../types/status-event.js';
import { InvalidStateError, RxcvError } from '../errors.js';
import { validatePipelineOptions } from '../validate-options.js';
import { frameByFrame } from '../operators/frame-by-frame.js';
import { latestFrame } from '../operators/latest-frame.js';
import { gateDemand } from '../operators/gate-demand.js';
import { pausable } from '../operators/pausable.js';
import { spaceOut } from '../operators/space-out.js';
import { dropAboveRate } from '../operators/drop-above-rate.js';
import { BatchCollector } from './batch-collector.js';
import type { PipelineWatchdog } from './pipeline-watchdog.js';
import { SourceLifecycle, type SourceOperation } from './source-lifecycle.js';
import { SourceStats, type SourceReport } from './source-stats.js';

/** Turns frames into results: a model's `infer`, or the user's own logic. One result per frame. */
export type FrameProcessor<R> = (frames: readonly VideoFrame[]) => Promise<R[]>;

/**
 * `sequential`: `onPrediction(result, frame)` once per frame. `batch`: `onPrediction(results,
 * frames)` once per model run, one slot per source. Default: sequential for one source, batch
 * for several.
 */
export type SinkMode = 'sequential' | 'batch';

export interface PipelineOptions<R> {
  sources: readonly VideoSource[];
  process: FrameProcessor<R>;
  /** A per-frame handler (`sinkMode` sequential) or a per-batch one (`sinkMode` batch). */
  onPrediction: OnPrediction<R> | Sink<R> | OnBatchPrediction<R> | BatchSink<R>;
  sinkMode?: SinkMode;
  /** Per source id: override the source's default scheduling. */
  modes?: Readonly<Record<number, SchedulingMode>>;
  /**
   * Frame-by-frame mode: how many frames a source may have decoded beyond those finished (in
   * `process` or waiting for it). Default 2, or `framesInFlight + 1` when that is larger.
   */
  lookahead?: number;
  /**
   * When every source is frame by frame (files): how many frames may be in `process` at once,
   * i.e. the next frame is handed over while `process` still works on the current one. Default
   * 1. Use 2 only with a `process` that queues overlapping calls and resolves them in order (a
   * model whose `runsInFlight` is 2); results and sink calls stay in frame order either way.
   */
  framesInFlight?: number;
  /**
   * Run the model at most this often per source. When every source is a file (frame by frame)
   * it waits and keeps every frame; otherwise it drops the surplus (FRAME_DROPPED, `max-fps`).
   */
  maxFps?: number;
  /** How long a batch waits for the other sources after its first frame, ms. Default 50. */
  batchCollectionTimeoutMs?: number;
  /** Reports on the pipeline periodically while it runs. */
  watchdog?: PipelineWatchdog;
}

export type PipelineState = 'NOT_STARTED' | 'RUNNING' | 'FINISHED';

export interface PipelineReport {
  state: PipelineState;
  sources: SourceReport[];
}

interface SourceSlot {
  readonly source: VideoSource;
  readonly index: number;
  readonly mode: SchedulingMode;
  readonly lifecycle: SourceLifecycle;
  readonly stats: SourceStats;
}

/**
 * The engine behind `InferencePipeline`: for each source, frames are scheduled (frame by frame
 * for files, latest frame for streams), collected into batches across sources, processed, and
 * handed to `onPrediction` in order. Everything that happens is reported on `status$`.
 *
 * A source error ends that source (state ERROR) and is reported; the other sources go on. A
 * processing or sink error is reported and the pipeline goes on with the next frame.
 */
export class Pipeline<R> {
  private readonly events = new Subject<StatusEvent>();
  /** Every status event, as it happens. Subscribe before `start()` to see them all. */
  readonly status$: Observable<StatusEvent> = this.events.asObservable();

  private readonly slots: SourceSlot[];
  private readonly sinkMode: SinkMode;
  private readonly collector: BatchCollector<R>;
  private subscription: Subscription | null = null;
  private finished: Promise<void> | null = null;
  private state: PipelineState = 'NOT_STARTED';
  private terminated = false;
  /** Counts runs (start() calls), so that work still settling from a terminated run is ignored. */
  private runs = 0;
  /** Frames in `process` at once per frame-by-frame source (1 when any source is live). */
  private readonly framesInFlight: number;
  /** Sequential sink calls, chained so that they happen in frame order and never overlap. */
  private sinkTurn: Promise<void> = Promise.resolve();

  constructor(private readonly options: PipelineOptions<R>) {
    validatePipelineOptions(options);
    this.sinkMode = options.sinkMode ?? (options.sources.length > 1 ? 'batch' : 'sequential');
    const framesInFlight = options.framesInFlight ?? 1;
    this.slots = options.sources.map((source, index) => {
      const stats = new SourceStats(() => source.describe());
      const lifecycle = new SourceLifecycle(source.sourceId, (from, to) => {
        stats.state = to;
        this.emit('SOURCE_STATE_CHANGED', to === 'ERROR' ? 'error' : 'info', source.sourceId, { from, to });
        this.collector.check();
      });
      const mode = options.modes?.[source.sourceId] ?? source.defaultMode;
      return { source, index, mode, lifecycle, stats };
    });
    // A live source's frame must not wait behind another batch in the model: it would be older
    // when its run starts. So overlapping batches only when every source is a file.
    this.framesInFlight = this.slots.every((s) => s.mode === 'frame-by-frame') ? framesInFlight : 1;
    this.collector = new BatchCollector<R>({
      process: options.process,
      timeoutMs: options.batchCollectionTimeoutMs ?? 50,
      maxInFlight: this.framesInFlight,
      activeSources: () => new Set(this.slots.filter((s) => s.lifecycle.active).map((s) => s.source.sourceId)),
      onBatchStart: (frames) => this.batchStarting(frames),
      onBatch: this.sinkMode === 'batch' ? (frames, results) => this.deliverBatch(frames, results) : undefined,
    });
  }

  /** Starts reading every source; after `join()` it starts again and frame ids carry on. */
  start(): void {
    if (this.state === 'RUNNING') throw new InvalidStateError('start(): the pipeline is already running');
    this.state = 'RUNNING';
    this.terminated = false;
    this.runs += 1;
    this.emit('PIPELINE_STARTED', 'info', null, { sources: this.slots.length });
    this.options.watchdog?.attach(this);
    this.finished = new Promise<void>((resolve) => {
      const all = merge(...this.slots.map((slot) => this.runSource(slot)));
      this.subscription = all.pipe(finalize(() => void this.finish().then(resolve))).subscribe();
    });
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
    // Frames received but not finished (waiting, or in the model) count as dropped, so that
    // received = inferred + dropped + failed holds exactly.
    for (const { source, stats } of this.slots) {
      const unfinished = stats.framesReceived - stats.framesInferred - stats.framesDropped - stats.framesFailed;
      if (unfinished <= 0) continue;
      stats.framesDropped += unfinished;
      this.emit('FRAME_DROPPED', 'debug', source.sourceId, { frameId: stats.lastFrameId, cause: 'terminated', dropped: stats.framesDropped });
    }
    await this.finished;
  }

  /** Per-source numbers: frames received, inferred, dropped, latencies, state, description. */
  report(): PipelineReport {
    return { state: this.state, sources: this.slots.map((s) => s.stats.report()) };
  }

  private operate(operation: SourceOperation, sourceId: number | undefined): void {
    if (sourceId !== undefined) {
      // An unknown source id is a no-op, as in Roboflow's pipeline.
      this.slots.find((s) => s.source.sourceId === sourceId)?.lifecycle.apply(operation);
      return;
    }
    const allowed = this.slots.filter((s) => s.lifecycle.allows(operation));
    if (allowed.length === 0) {
      const states = this.slots.map((s) => `${s.source.sourceId}: ${s.lifecycle.state}`).join(', ');
      throw new InvalidStateError(`${operation}(): no source allows it (${states})`);
    }
    for (const slot of allowed) slot.lifecycle.apply(operation);
  }

  private runSource(slot: SourceSlot): Observable<never> {
    const { source, lifecycle, stats } = slot;
    const id = source.sourceId;
    const maxFps = this.options.maxFps;
    const everySourceIsAFile = this.slots.every((s) => s.mode === 'frame-by-frame');
    const drop = (frame: { readonly frameId: number }, cause: DropCause) => {
      stats.framesDropped += 1;
      this.emit('FRAME_DROPPED', 'debug', id, { frameId: frame.frameId, cause, dropped: stats.framesDropped });
    };
    const received = <F extends { readonly frameId: number }>(frame: F): F => {
      stats.framesReceived += 1;
      stats.lastFrameId = frame.frameId;
      const decodeMs = source.stats?.().lastDecodeMs;
      if (decodeMs !== undefined && decodeMs !== null) stats.recordDecode(decodeMs);
      if (lifecycle.state === 'INITIALISING' || lifecycle.state === 'RESTARTING') lifecycle.set('RUNNING');
      return frame;
    };
    const work = (frame: VideoFrame) =>
      defer(() => {
        if (lifecycle.muted) {
          drop(frame, 'muted');
          return [];
        }
        return from(this.processFrame(frame, slot));
      });

    const scheduled = (): Observable<void> => {
      if (slot.mode === 'frame-by-frame') {
        return frameByFrame(
          (demand$) => {
            // Frames dropped for maxFps never reach the work, so they ask for their replacement.
            const replacements = new Subject<number>();
            let frames = source.frames(merge(demand$, replacements).pipe(gateDemand(lifecycle.reading$))).pipe(map(received));
            if (maxFps !== undefined) {
              frames = everySourceIsAFile
                ? frames.pipe(spaceOut(1000 / maxFps))
                : frames.pipe(
                    dropAboveRate(1000 / maxFps, (frame) => {
                      drop(frame, 'max-fps');
                      replacements.next(1);
                    }),
                  );
            }
            return frames;
          },
          work,
          { concurrency: this.framesInFlight, lookahead: this.options.lookahead ?? Math.max(2, this.framesInFlight + 1) },
        );
      }
      const unconvertedFrames = source.unconvertedFrames?.bind(source);
      if (unconvertedFrames) {
        // The source converts a picture only when asked: only the frames kept are converted.
        const discard = (frame: UnconvertedVideoFrame, cause: DropCause) => {
          drop(frame, cause);
          frame.discard?.();
        };
        let frames = pausable(lifecycle.reading$, unconvertedFrames).pipe(map(received));
        if (maxFps !== undefined) frames = frames.pipe(dropAboveRate(1000 / maxFps, (frame) => discard(frame, 'max-fps')));
        const convertThenWork = (frame: UnconvertedVideoFrame) =>
          defer(() => {
            if (lifecycle.muted) {
              discard(frame, 'muted');
              return [];
            }
            const run = this.runs;
            return from(frame.convert().catch((error: unknown) => this.conversionFailed(frame, slot, error, run))).pipe(
              concatMap((converted) => (converted ? work(converted) : [])),
            );
          });
        return frames.pipe(latestFrame(convertThenWork, { onDrop: (frame) => discard(frame, 'superseded') }));
      }
      let frames = pausable(lifecycle.reading$, () => source.frames()).pipe(map(received));
      if (maxFps !== undefined) frames = frames.pipe(dropAboveRate(1000 / maxFps, (frame) => drop(frame, 'max-fps')));
      return frames.pipe(latestFrame(work, { onDrop: (frame) => drop(frame, 'superseded') }));
    };

    // A failed source is reported and ends; it never takes the other sources down.
    return new Observable<never>((subscriber) => {
      lifecycle.reset();
      lifecycle.set('INITIALISING');
      const forwardedEvents = source.events$.subscribe((event) => {
        this.events.next(event);
        if (event.type === 'SOURCE_DISCONNECTED' && (lifecycle.state === 'RUNNING' || lifecycle.state === 'INITIALISING')) {
          lifecycle.set('RESTARTING');
        }
      });
      const frames = scheduled().subscribe({
        error: (error: unknown) => {
          const err = error instanceof Error ? error : new Error(String(error));
          stats.error = err;
          this.emit('SOURCE_ERROR', 'error', id, { code: err instanceof RxcvError ? err.code : 'UNKNOWN', message: err.message });
          lifecycle.set('ERROR');
          subscriber.complete();
        },
        complete: () => {
          lifecycle.set('ENDED');
          subscriber.complete();
        },
      });
      return () => {
        frames.unsubscribe();
        forwardedEvents.unsubscribe();
        if (lifecycle.state === 'TERMINATING') lifecycle.set('ENDED');
      };
    });
  }

  /** Runs the model on one frame (in a batch) and, in sequential mode, hands it to the sink. Never throws. */
  private async processFrame(frame: VideoFrame, slot: SourceSlot): Promise<void> {
    const frameIds = [frame.frameId];
    const run = this.runs;
    const abandoned = () => this.terminated || run !== this.runs;
    let result: R;
    const started = Date.now();
    try {
      result = await this.collector.submit(frame);
      if (abandoned()) return; // terminated meanwhile: counted as dropped, never delivered
    } catch (error) {
      if (abandoned()) return;
      const err = error instanceof Error ? error : new Error(String(error));
      slot.stats.framesFailed += 1;
      this.emit('INFERENCE_ERROR', 'error', frame.sourceId, {
        frameIds,
        code: err instanceof RxcvError ? err.code : 'UNKNOWN',
        message: err.message,
      });
      return;
    }
    const now = Date.now();
    slot.stats.recordInference(now - started, now - frame.frameTimestamp, now);
    this.emit('INFERENCE_COMPLETED', 'debug', frame.sourceId, { frameIds, latencyMs: now - started });
    if (this.sinkMode === 'sequential') {
      await this.inTurn(() => this.callSink(frame.sourceId, frame.frameId, () => (this.options.onPrediction as OnPrediction<R>)(result, frame)));
    }
  }

  /** A picture that could not be converted: the frame counts as failed, the source goes on. */
  private conversionFailed(frame: UnconvertedVideoFrame, slot: SourceSlot, error: unknown, run: number): null {
    // Terminated meanwhile: the frame was already counted as dropped.
    if (this.terminated || run !== this.runs) return null;
    const err = error instanceof Error ? error : new Error(String(error));
    slot.stats.framesFailed += 1;
    this.emit('INFERENCE_ERROR', 'error', frame.sourceId, {
      frameIds: [frame.frameId],
      code: err instanceof RxcvError ? err.code : 'UNKNOWN',
      message: `converting the picture failed: ${err.message}`,
    });
    return null;
  }

  /** The model starts on a batch: report it, with how old each frame is by now. */
  private batchStarting(frames: readonly VideoFrame[]): void {
    const now = Date.now();
    for (const frame of frames) {
      const ageMs = now - frame.frameTimestamp;
      this.slots.find((s) => s.source.sourceId === frame.sourceId)?.stats.recordFrameAge(ageMs);
      this.emit('INFERENCE_STARTED', 'debug', frame.sourceId, { frameIds: [frame.frameId], ageMs: [ageMs] });
    }
  }

  /** Batch sink mode: one call per model run, one slot per source (null where it had no frame). */
  private async deliverBatch(frames: readonly VideoFrame[], results: readonly R[]): Promise<void> {
    const predictions: Array<R | null> = this.slots.map(() => null);
    const videoFrames: Array<VideoFrame | null> = this.slots.map(() => null);
    frames.forEach((frame, i) => {
      const index = this.slots.findIndex((s) => s.source.sourceId === frame.sourceId);
      predictions[index] = results[i];
      videoFrames[index] = frame;
    });
    await this.callSink(null, frames[0]?.frameId ?? 0, () => (this.options.onPrediction as OnBatchPrediction<R>)(predictions, videoFrames));
  }

  /** Runs `call` after every sink call queued before it has finished. */
  private inTurn(call: () => Promise<void>): Promise<void> {
    const turn = this.sinkTurn.then(call);
    this.sinkTurn = turn.catch(() => undefined);
    return turn;
  }

  private async callSink(sourceId: number | null, frameId: number, call: () => void | Promise<void>): Promise<void> {
    try {
      await call();
    } catch (error) {
      this.emit('SINK_ERROR', 'error', sourceId, { frameId, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async finish(): Promise<void> {
    const sink = this.options.onPrediction as Sink<R> | BatchSink<R>;
    await this.callSink(null, 0, async () => {
      try {
        await sink.close?.();
      } catch (error) {
        throw new Error(`closing the sink failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    this.state = 'FINISHED';
    this.options.watchdog?.detach();
    const failed = this.slots.some((s) => s.lifecycle.state === 'ERROR');
    this.emit('PIPELINE_FINISHED', failed ? 'error' : 'info', null, {
      reason: this.terminated ? 'terminated' : failed ? 'error' : 'completed',
    });
  }

  private emit<T extends StatusEventType>(type: T, severity: Severity, sourceId: number | null, payload: StatusPayloads[T]): void {
    this.events.next(statusEvent(type, severity, sourceId, payload));
  }
}

