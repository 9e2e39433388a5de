// InferencePipeline: the pipeline most users start from; opens references and a model, runs the core engine.
import type { Observable } from 'rxjs';
import {
  AbortedError,
  DEFAULT_INFERENCE_OPTIONS,
  Pipeline,
  type InferenceOptions,
  type InferenceResult,
  type ModelInputSize,
  type Model,
  type OnBatchPrediction,
  type OnPrediction,
  type PipelineReport,
  type BatchSink,
  type PipelineWatchdog,
  type ReportingOutput,
  type SchedulingMode,
  type Sink,
  type StatusEvent,
  type VideoFrame,
  type VideoSource,
} from '@rxcv/core';
import { openVideoSource, type VideoSourceOptions } from '@rxcv/sources';
import { loadModel, type Device, type LoadModelOptions } from '@rxcv/models';
import type { AnalyticsEvent, ByteTrackerOptions, LineZone, PolygonZone, TimeInZoneOptions } from '@rxcv/analytics';
import { analyticsStage } from './analytics-stage.js';
import { sharedModelsDir } from './default-assets.js';
import { validateCustomLogicOptions, validateInitOptions } from './validate-init-options.js';
import { untilAborted } from './until-aborted.js';

export type VideoReference = string | number;

/** A model that can tell sources the input size it wants (`@rxcv/models`' ONNX models can). */
interface ModelWithInputSize {
  modelInputSize(): ModelInputSize | null;
}

interface CommonInitOptions {
  /** Called with every status event (state changes, drops, errors). */
  statusUpdateHandlers?: ReadonlyArray<(event: StatusEvent) => void>;
  /**
   * Override the scheduling (files default to frame-by-frame, streams to latest-frame): one mode
   * for every source, or per source id (`{ 1: 'frame-by-frame' }`).
   */
  mode?: SchedulingMode | Readonly<Record<number, SchedulingMode>>;
  /**
   * Frame-by-frame mode: how many frames decoding may run ahead of those finished. Default 2, or
   * `framesInFlight + 1` when that is larger.
   */
  lookahead?: number;
  /**
   * When every source is a file: frames handed to the model (or `onVideoFrame`) at once, so the
   * next frame is pre-processed while the model runs the current one. Default: the model's
   * `runsInFlight` (2 for `@rxcv/models`' models, whose session runs in a worker thread) with
   * `init`, 1 with `initWithCustomLogic`. Results and sink calls stay in frame order.
   */
  framesInFlight?: number;
  /** Run the model at most this often: waits when every source is a file, drops otherwise. */
  maxFps?: number;
  /** With several sources, how long a batch waits for the others after its first frame, ms. Default 50. */
  batchCollectionTimeout?: number;
  /** Periodic reports on latency, throughput and drops per source (`new PipelineWatchdog(...)`). */
  watchdog?: PipelineWatchdog;
  /**
   * How long to wait for one `onPrediction` call before reporting SINK_TIMEOUT and going on,
   * ms. Default 10 000 when a source is live; no limit when every source is a file.
   */
  sinkTimeoutMs?: number;
  /**
   * Outputs fed besides `onPrediction` (events to `mqttSink`, `webhookSink`, `eventClips`): their
   * counters (queued, delivered, overflow) join `report().outputs` and the watchdog's reports,
   * their OUTPUT_* status events `status$` and `statusUpdateHandlers`.
   */
  outputs?: readonly ReportingOutput[];
  /**
   * Track objects across frames (ByteTrack, one tracker per source): `true` or the tracker's
   * options. Predictions then reach `onPrediction` with a `tracker_id`, only the tracked ones.
   * Default: on when there are `lines` or `zones` (they count tracked objects only).
   */
  tracking?: boolean | ByteTrackerOptions;
  /** Lines to count crossings of (`new LineZone({ start, end })`), on every source. */
  lines?: readonly LineZone[];
  /** Zones to follow objects into and out of (`new PolygonZone({ polygon })`), on every source. */
  zones?: readonly PolygonZone[];
  /** How long a track may be missing before it has left a zone (`maxMissingFrames`, default 30). */
  timeInZone?: TimeInZoneOptions;
  /** Width, height and fps to ask of a webcam (or a stream that can choose). */
  sourceProperties?: { width?: number; height?: number; fps?: number };
  /**
   * How every source is opened: RTSP transport, time-out, reconnect back-off, `connectOnOpen`,
   * decoder threads... (see `@rxcv/sources`). `sourceId` is set by the pipeline.
   */
  sourceOptions?: Omit<VideoSourceOptions, 'sourceId'>;
  /**
   * Cancels `init`: it rejects at once with an `AbortedError` (code ABORTED), whatever it waits
   * for (a model loading, a file or camera opening), and frees what it had loaded.
   */
  signal?: AbortSignal;
  /**
   * Longest time opening one file may take, ms (default 30000): a FIFO nobody writes to or a
   * hung mount rejects with a `SourceError` TIMEOUT instead of blocking `init` forever.
   */
  openTimeoutMs?: number;
}

/**
 * Where the video comes from and how results reach you. `sinkMode` `sequential` calls
 * `onPrediction(predictions, videoFrame)` once per frame; `batch` calls `onPrediction(
 * predictionsPerSource, framesPerSource)` once per model run, `null` where a source had no
 * frame. Without `sinkMode`: sequential for one reference, batch for an array of them. (The
 * types follow the same rule, so an inline handler gets its parameter types.)
 */
/** One reference, results per frame: `onPrediction(predictions, videoFrame)`. */
export type OneSource<R> = { videoReference: VideoReference; sinkMode?: 'sequential'; onPrediction: OnPrediction<R> | Sink<R> };
/** Any references, results per frame. */
export type SequentialSink<R> = { videoReference: VideoReference | readonly VideoReference[]; sinkMode: 'sequential'; onPrediction: OnPrediction<R> | Sink<R> };
/** Several references, results per model run: `onPrediction(predictionsPerSource, framesPerSource)`. */
export type SeveralSources<R> = { videoReference: readonly VideoReference[]; sinkMode?: 'batch'; onPrediction: OnBatchPrediction<R> | BatchSink<R> };
/** Any references, results per model run. */
export type BatchSinkMode<R> = { videoReference: VideoReference | readonly VideoReference[]; sinkMode: 'batch'; onPrediction: OnBatchPrediction<R> | BatchSink<R> };

export type SourcesAndSink<R> = OneSource<R> | SequentialSink<R> | SeveralSources<R> | BatchSinkMode<R>;

/** The handler: per frame (sequential sink mode) or per batch (batch sink mode). */
export type PredictionHandler<R> = SourcesAndSink<R>['onPrediction'];

export interface ModelOptions<R extends InferenceResult> extends CommonInitOptions, InferenceOptions {
  /** A built-in id (`yolox-nano`), a path to an `.onnx` file, or a Roboflow `project/version`. */
  modelId?: string;
  /** An already loaded model; used instead of `modelId`. It is not disposed by the pipeline. */
  model?: Model<R>;
  /** Labels for a local `.onnx` file: a path to a names file, or the names. */
  labels?: string | string[];
  /**
   * Where `modelId` runs: 'auto' (default: the platform's GPU provider when it loads, else the
   * CPU), 'cpu', 'cuda', 'tensorrt', 'dml' or 'coreml' (see `@rxcv/models`, Devices).
   */
  device?: Device;
  /** How `modelId` is loaded: threads, warm-up, models directory, cache, download mirror... */
  modelOptions?: LoadModelOptions;
}

export type InitOptions<R extends InferenceResult = InferenceResult> = ModelOptions<R> & SourcesAndSink<R>;

export interface CustomLogic<R> extends CommonInitOptions {
  /** Runs on every frame batch instead of a model; one result per frame. */
  onVideoFrame: (frames: readonly VideoFrame[]) => Promise<R[]> | R[];
}

export type CustomLogicInitOptions<R> = CustomLogic<R> & SourcesAndSink<R>;

/**
 * Runs a model on video: frame by frame for files, on the freshest frame for streams.
 *
 * @example
 * const pipeline = await InferencePipeline.init({
 *   modelId: 'yolox-nano',
 *   videoReference: 'highway.mp4',
 *   onPrediction: (predictions, frame) => console.log(frame.frameId, predictions.predictions.length),
 * });
 * pipeline.start();
 * await pipeline.join();
 */
export class InferencePipeline<R = InferenceResult> {
  /** Ids given so far: `addSource` takes the next one, never one a removed source had. */
  private nextSourceId: number;

  private constructor(
    private readonly engine: Pipeline<R>,
    private opened: VideoSource[],
    /** How `addSource` opens a reference: as `init` opened the others. */
    private readonly opening: SourceOpening,
    /** A model `init` loaded itself, disposed when the pipeline has finished. */
    private ownedModel: Model | null,
    /**
     * The analytics events (`line_crossed`, `zone_entered`, `zone_left`) as they happen, each
     * before its frame reaches `onPrediction`; they are also ANALYTICS_EVENT status events.
     * Never emits without `tracking`, `lines` or `zones`.
     */
    readonly events$: Observable<AnalyticsEvent>,
  ) {
    this.nextSourceId = Math.max(-1, ...opened.map((s) => s.sourceId)) + 1;
  }

  /** The pipeline's sources now, in the order they were given or added. */
  get sources(): readonly VideoSource[] {
    return this.opened;
  }

  /**
   * Checks every option (an `OptionError` naming a bad one, before anything is loaded), then loads
   * the model and opens every video reference. Rejects with a `ModelError` or a `SourceError`
   * that names what is wrong (missing file, not a video, not an ONNX model...).
   */
  static init<R extends InferenceResult = InferenceResult>(options: ModelOptions<R> & OneSource<R>): Promise<InferencePipeline<R>>;
  static init<R extends InferenceResult = InferenceResult>(options: ModelOptions<R> & SequentialSink<R>): Promise<InferencePipeline<R>>;
  static init<R extends InferenceResult = InferenceResult>(options: ModelOptions<R> & SeveralSources<R>): Promise<InferencePipeline<R>>;
  static init<R extends InferenceResult = InferenceResult>(options: ModelOptions<R> & BatchSinkMode<R>): Promise<InferencePipeline<R>>;
  static async init<R extends InferenceResult = InferenceResult>(options: InitOptions<R>): Promise<InferencePipeline<R>> {
    validateInitOptions(options as unknown as Record<string, unknown>);
    throwIfAborted(options.signal);
    const inference: Required<InferenceOptions> = {
      confidence: options.confidence ?? DEFAULT_INFERENCE_OPTIONS.confidence,
      iouThreshold: options.iouThreshold ?? DEFAULT_INFERENCE_OPTIONS.iouThreshold,
      classAgnosticNms: options.classAgnosticNms ?? DEFAULT_INFERENCE_OPTIONS.classAgnosticNms,
      maxDetections: options.maxDetections ?? DEFAULT_INFERENCE_OPTIONS.maxDetections,
    };
    let ownedModel: Model | null = null;
    let model: Model<R>;
    if (options.model) model = options.model;
    else {
      const loading = loadModel(options.modelId as string, {
        modelsDir: sharedModelsDir(),
        ...options.modelOptions,
        ...(options.labels !== undefined ? { labels: options.labels } : {}),
        ...(options.device !== undefined ? { device: options.device } : {}),
      });
      ownedModel = await untilAborted(loading, options.signal, 'Loading the model', (late) => void late.dispose());
      model = ownedModel as Model<R>;
    }
    try {
      throwIfAborted(options.signal);
      // Let FFmpeg scale frames to the model's input while decoding (off the main thread), when
      // the model can say what it needs and the caller did not set `modelInput` (undefined: off).
      const modelInput = (model as Partial<ModelWithInputSize>).modelInputSize?.() ?? undefined;
      const chosen = options.sourceOptions !== undefined && 'modelInput' in options.sourceOptions;
      const sourceOptions = modelInput && !chosen ? { ...options.sourceOptions, modelInput } : options.sourceOptions;
      const sources = await openSources({ ...options, sourceOptions });
      return InferencePipeline.assemble(
        sources,
        (frames) => model.infer(frames.map((f) => f.image), inference),
        { ...options, sourceOptions, framesInFlight: options.framesInFlight ?? model.runsInFlight ?? 1 },
        ownedModel,
      );
    } catch (error) {
      await ownedModel?.dispose();
      throw error;
    }
  }

  /** Like `init`, but runs `onVideoFrame` on each frame batch instead of a model. */
  static initWithCustomLogic<R>(options: CustomLogic<R> & OneSource<R>): Promise<InferencePipeline<R>>;
  static initWithCustomLogic<R>(options: CustomLogic<R> & SequentialSink<R>): Promise<InferencePipeline<R>>;
  static initWithCustomLogic<R>(options: CustomLogic<R> & SeveralSources<R>): Promise<InferencePipeline<R>>;
  static initWithCustomLogic<R>(options: CustomLogic<R> & BatchSinkMode<R>): Promise<InferencePipeline<R>>;
  static async initWithCustomLogic<R>(options: CustomLogicInitOptions<R>): Promise<InferencePipeline<R>> {
    validateCustomLogicOptions(options);
    throwIfAborted(options.signal);
    const sources = await openSources(options);
    return InferencePipeline.assemble(sources, async (frames) => options.onVideoFrame(frames), options, null);
  }

  private static assemble<R>(
    sources: VideoSource[],
    process: (frames: readonly VideoFrame[]) => Promise<R[]>,
    options: CommonInitOptions & SourcesAndSink<R>,
    ownedModel: Model | null,
  ): InferencePipeline<R> {
    const analytics = analyticsStage({ tracking: options.tracking, lines: options.lines, zones: options.zones, timeInZone: options.timeInZone });
    const mode = options.mode;
    const modes = typeof mode === 'string' ? Object.fromEntries(sources.map((s) => [s.sourceId, mode])) : mode;
    const common = {
      sources,
      process,
      modes,
      lookahead: options.lookahead,
      framesInFlight: options.framesInFlight,
      maxFps: options.maxFps,
      batchCollectionTimeoutMs: options.batchCollectionTimeout,
      watchdog: options.watchdog,
      sinkTimeoutMs: options.sinkTimeoutMs,
      outputs: options.outputs,
      resultStage: analytics.stage,
    };
    const engine = deliversBatches(options)
      ? new Pipeline<R>({ ...common, sinkMode: 'batch', onPrediction: options.onPrediction })
      : new Pipeline<R>({ ...common, sinkMode: 'sequential', onPrediction: options.onPrediction });
    for (const handler of options.statusUpdateHandlers ?? []) engine.status$.subscribe(handler);
    const opening: SourceOpening = {
      sourceProperties: options.sourceProperties,
      sourceOptions: options.sourceOptions,
      openTimeoutMs: options.openTimeoutMs,
      mode: typeof mode === 'string' ? mode : undefined,
    };
    return new InferencePipeline(engine, sources, opening, ownedModel, analytics.events$);
  }

  /** Every status event as it happens. */
  get status$(): Observable<StatusEvent> {
    return this.engine.status$;
  }

  /** Starts reading and inferring; after `join()` it starts again, frame ids carrying on. */
  start(): void {
    this.engine.start();
  }

  /**
   * Opens `reference` as `init` opened the others (the pipeline's `sourceOptions`, the model's
   * input size) and adds it with the next free source id, which it resolves to. While running,
   * the source joins at once and the other sources go on untouched (no dropped batch, no frame
   * id reset); otherwise it runs from the next `start()`. Rejects with a `SourceError` when the
   * reference cannot be opened (the pipeline is left as it was).
   */
  async addSource(reference: VideoReference, options: AddSourceOptions = {}): Promise<number> {
    const sourceId = this.nextSourceId;
    this.nextSourceId += 1;
    const source = await openSource(reference, sourceId, {
      ...this.opening,
      sourceOptions: { ...this.opening.sourceOptions, ...options.sourceOptions },
      signal: options.signal,
    });
    this.engine.addSource(source, options.mode ?? this.opening.mode);
    this.opened = [...this.opened, source];
    return sourceId;
  }

  /**
   * Removes a source: its reading stops (a stream disconnects, a file is closed), frames it had
   * in work count as dropped (cause `removed`), the others go on untouched. Removing the last
   * source of a running pipeline finishes it. An unknown id is a no-op.
   */
  async removeSource(sourceId: number): Promise<void> {
    await this.engine.removeSource(sourceId);
    this.opened = this.opened.filter((s) => s.sourceId !== sourceId);
  }

  /** Stops reading (every source, or one): a file loses no frame; a stream disconnects until `resume()`. */
  pause(sourceId?: number): void {
    this.engine.pause(sourceId);
  }

  /** Keeps reading but discards frames (every source, or one) until `resume()`. */
  mute(sourceId?: number): void {
    this.engine.mute(sourceId);
  }

  /** Undoes `pause()` or `mute()`. */
  resume(sourceId?: number): void {
    this.engine.resume(sourceId);
  }

  /**
   * Waits until every source has ended and outputs are finalised. Rejects with the source's
   * typed error when a source failed part-way (what was processed before it was delivered).
   */
  join(): Promise<void> {
    return this.engine.join();
  }

  /** Stops every source, finalises outputs, and resolves when done (well under a second). */
  terminate(): Promise<void> {
    return this.engine.terminate();
  }

  /** Terminates, then frees the model `init` loaded (a model passed in is left to its owner). */
  async dispose(): Promise<void> {
    await this.engine.terminate();
    const model = this.ownedModel;
    this.ownedModel = null;
    await model?.dispose();
  }

  /**
   * Per-source numbers: frames received, inferred, dropped, latencies, state, description; per
   * output counters; line and zone counts (`analytics`) when the pipeline has lines or zones.
   */
  report(): PipelineReport {
    return this.engine.report();
  }
}

/** Batch sink mode: asked for, or (adaptive default) an array of references without `sinkMode`. */
function deliversBatches<R>(options: SourcesAndSink<R>): options is SeveralSources<R> | BatchSinkMode<R> {
  return options.sinkMode === 'batch' || (options.sinkMode === undefined && Array.isArray(options.videoReference));
}

/** What `InferencePipeline.addSource` takes besides the reference. */
export interface AddSourceOptions {
  /** How this source is scheduled; default: the pipeline's `mode` when it is one for all, else the source's own. */
  mode?: SchedulingMode;
  /** Source options for this one, over the pipeline's `sourceOptions`. */
  sourceOptions?: Omit<VideoSourceOptions, 'sourceId'>;
  /** Cancels the opening (an `AbortedError`... as `openVideoSource` reports it). */
  signal?: AbortSignal;
}

/** How a pipeline opens its sources, kept for `addSource`. */
interface SourceOpening {
  readonly sourceProperties?: CommonInitOptions['sourceProperties'];
  readonly sourceOptions?: CommonInitOptions['sourceOptions'];
  readonly openTimeoutMs?: number;
  readonly mode?: SchedulingMode;
}

/** Opens one reference (a file is probed, a stream connects once) with the pipeline's source options. */
function openSource(
  reference: VideoReference,
  sourceId: number,
  options: SourceOpening & { readonly signal?: AbortSignal },
): Promise<VideoSource> {
  return openVideoSource(reference, {
    ...options.sourceProperties,
    ...options.sourceOptions,
    sourceId,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.openTimeoutMs !== undefined ? { openTimeoutMs: options.openTimeoutMs } : {}),
  });
}

/** Opens every reference (files are probed, streams connect once) with the pipeline's source options. */
async function openSources(
  options: CommonInitOptions & { videoReference: VideoReference | readonly VideoReference[] },
): Promise<VideoSource[]> {
  const reference = options.videoReference;
  const references: readonly VideoReference[] = Array.isArray(reference) ? reference : [reference as VideoReference];
  const opened: VideoSource[] = [];
  for (const [sourceId, ref] of references.entries()) opened.push(await openSource(ref, sourceId, { ...options, mode: undefined }));
  return opened;
}

/** Rejects with an `AbortedError` when `init` was cancelled meanwhile. */
function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError('InferencePipeline.init was aborted', { cause: signal.reason });
}
