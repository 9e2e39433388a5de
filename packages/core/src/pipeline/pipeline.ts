import {
  Observable,
  Subject,
  defer,
  finalize,
  from,
  merge,
  type Subscription,
} from 'rxjs';
import type {
  OnPrediction,
  SchedulingMode,
  Sink,
  SourceState,
  StatusEvent,
  StatusEventType,
  StatusPayloads,
  Severity,
  VideoFrame,
  VideoSource,
} from '../types/index.js';
import { statusEvent } from '../types/status-event.js';
import { InvalidStateError, RxcvError } from '../errors.js';
import { frameByFrame } from '../operators/frame-by-frame.js';
import { latestFrame } from '../operators/latest-frame.js';
import { SerialQueue } from './serial-queue.js';
import { SourceStats, type SourceReport } from './source-stats.js';

/** Turns frames into results: a model's `infer`, or the user's own logic. One result per frame. */
export type FrameProcessor<R> = (frames: readonly VideoFrame[]) => Promise<R[]>;

export interface PipelineOptions<R> {
  sources: readonly VideoSource[];
  process: FrameProcessor<R>;
  onPrediction: OnPrediction<R> | Sink<R>;
  /** Per source id: override the source's default scheduling. */
  modes?: Readonly<Record<number, SchedulingMode>>;
  /** Frame-by-frame mode: how far decoding may run ahead of inference. Default 2. */
  lookahead?: number;
}

export interface PipelineReport {
  state: 'NOT_STARTED' | 'RUNNING' | 'FINISHED';
  sources: SourceReport[];
}

/**
 * The engine behind `InferencePipeline`: for each source, frames are scheduled (frame by
 * frame for files, latest frame for streams), processed, and handed to `onPrediction` in
 * order. Everything that happens is reported on `status$`.
 *
 * A source error ends that source (state ERROR) and is reported; the other sources go on. A
 * processing or sink error is reported and the pipeline goes on with the next frame.
 */
export class Pipeline<R> {
  private readonly events = new Subject<StatusEvent>();
  /** Every status event, as it happens. Subscribe before `start()` to see them all. */
  readonly status$: Observable<StatusEvent> = this.events.asObservable();

  private readonly stats: Map<number, SourceStats>;
  private readonly modelQueue = new SerialQueue();
  private subscription: Subscription | null = null;
  private finished: Promise<void> | null = null;
  private state: PipelineReport['state'] = 'NOT_STARTED';
  private terminated = false;

  constructor(private readonly options: PipelineOptions<R>) {
    this.stats = new Map(options.sources.map((s) => [s.sourceId, new SourceStats(() => s.describe())]));
  }

  /** Starts reading every source. Throws `InvalidStateError` when already running. */
  start(): void {
    if (this.state === 'RUNNING') throw new InvalidStateError('start(): the pipeline is already running');
    this.state = 'RUNNING';
    this.terminated = false;
    this.emit('PIPELINE_STARTED', 'info', null, { sources: this.options.sources.length });
    this.finished = new Promise<void>((resolve) => {
      const all = merge(...this.options.sources.map((source) => this.runSource(source)));
      this.subscription = all.pipe(finalize(() => void this.finish().then(resolve))).subscribe();
    });
  }

  /**
   * Resolves when every source has ended and the sink has been closed. Rejects with the first
   * source error when a source failed (frames processed before it were still delivered).
   */
  async join(): Promise<void> {
    if (!this.finished) throw new InvalidStateError('join(): the pipeline was never started');
    await this.finished;
    const failed = [...this.stats.values()].find((s) => s.state === 'ERROR' && s.error);
    if (failed && !this.terminated) throw failed.error;
  }

  /** Stops every source and closes the sink. Safe in any state; resolves when done. */
  async terminate(): Promise<void> {
    if (!this.subscription || !this.finished) return;
    this.terminated = true;
    for (const stats of this.stats.values()) {
      if (stats.state !== 'ENDED' && stats.state !== 'ERROR') this.setState(stats, 'TERMINATING');
    }
    this.subscription.unsubscribe();
    await this.finished;
  }

  /** Per-source numbers: frames received, inferred, dropped, latencies, state. */
  report(): PipelineReport {
    return { state: this.state, sources: [...this.stats.values()].map((s) => s.report()) };
  }

  private runSource(source: VideoSource): Observable<never> {
    const stats = this.stats.get(source.sourceId)!;
    const mode = this.options.modes?.[source.sourceId] ?? source.defaultMode;
    const work = (frame: VideoFrame) => defer(() => from(this.processFrame(frame, stats)));
    const received = (frame: VideoFrame): VideoFrame => {
      stats.framesReceived += 1;
      stats.lastFrameId = frame.frameId;
      if (stats.state !== 'RUNNING') this.setState(stats, 'RUNNING');
      return frame;
    };

    const scheduled = (): Observable<void> =>
      mode === 'frame-by-frame'
        ? frameByFrame((demand$) => source.frames(demand$), (frame) => work(received(frame)), {
            lookahead: this.options.lookahead,
          })
        : source.frames().pipe(
            latestFrame((frame: VideoFrame) => work(received(frame)), {
              onDrop: (frame) => {
                received(frame);
                stats.framesDropped += 1;
                this.emit('FRAME_DROPPED', 'debug', source.sourceId, {
                  frameId: frame.frameId,
                  cause: 'superseded',
                  dropped: stats.framesDropped,
                });
              },
            }),
          );

    // A failed source is reported and ends; it never takes the other sources down.
    return new Observable<never>((subscriber) => {
      this.setState(stats, 'INITIALISING');
      const forwardedEvents = source.events$.subscribe((event) => this.events.next(event));
      const frames = scheduled().subscribe({
        error: (error: unknown) => {
          const err = error instanceof Error ? error : new Error(String(error));
          stats.error = err;
          this.emit('SOURCE_ERROR', 'error', source.sourceId, {
            code: err instanceof RxcvError ? err.code : 'UNKNOWN',
            message: err.message,
          });
          this.setState(stats, 'ERROR');
          subscriber.complete();
        },
        complete: () => {
          this.setState(stats, 'ENDED');
          subscriber.complete();
        },
      });
      return () => {
        frames.unsubscribe();
        forwardedEvents.unsubscribe();
        if (stats.state === 'TERMINATING') this.setState(stats, 'ENDED');
      };
    });
  }

  /** Runs the processor on one frame and hands the result to the sink. Never throws. */
  private async processFrame(frame: VideoFrame, stats: SourceStats): Promise<void> {
    const frameIds = [frame.frameId];
    let result: R;
    const started = Date.now();
    try {
      this.emit('INFERENCE_STARTED', 'debug', frame.sourceId, { frameIds });
      [result] = await this.modelQueue.run(() => this.options.process([frame]));
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      this.emit('INFERENCE_ERROR', 'error', frame.sourceId, {
        frameIds,
        code: err instanceof RxcvError ? err.code : 'UNKNOWN',
        message: err.message,
      });
      return;
    }
    const now = Date.now();
    stats.recordInference(now - started, now - frame.frameTimestamp, now);
    this.emit('INFERENCE_COMPLETED', 'debug', frame.sourceId, { frameIds, latencyMs: now - started });
    try {
      await this.options.onPrediction(result, frame);
    } catch (error) {
      this.emit('SINK_ERROR', 'error', frame.sourceId, {
        frameId: frame.frameId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private async finish(): Promise<void> {
    const sink = this.options.onPrediction as Sink<R>;
    try {
      await sink.close?.();
    } catch (error) {
      this.emit('SINK_ERROR', 'error', null, {
        frameId: 0,
        message: `closing the sink failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    this.state = 'FINISHED';
    const failed = [...this.stats.values()].some((s) => s.state === 'ERROR');
    this.emit('PIPELINE_FINISHED', failed ? 'error' : 'info', null, {
      reason: this.terminated ? 'terminated' : failed ? 'error' : 'completed',
    });
  }

  private setState(stats: SourceStats, to: SourceState): void {
    const from = stats.state;
    if (from === to) return;
    stats.state = to;
    this.emit('SOURCE_STATE_CHANGED', to === 'ERROR' ? 'error' : 'info', stats.describe().sourceId, { from, to });
  }

  private emit<T extends StatusEventType>(type: T, severity: Severity, sourceId: number | null, payload: StatusPayloads[T]): void {
    this.events.next(statusEvent(type, severity, sourceId, payload));
  }
}
