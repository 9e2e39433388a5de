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
  type PipelineReport,
  type StatusEvent,
  type VideoFrame,
  type VideoSource,
} from '@rxcv/core';
import { loadModel } from '@rxcv/models';
import type { AnalyticsEvent } from '@rxcv/analytics';
import { analyticsStage } from './analytics-stage.js';
import { sharedModelsDir } from './default-assets.js';
import { validateCustomLogicOptions, validateInitOptions } from './validate-init-options.js';
import { untilAborted } from './until-aborted.js';
import { openSource, openSources, type SourceOpening } from './open-sources.js';
import type {
  AddSourceOptions,
  BatchSinkMode,
  CommonInitOptions,
  CustomLogic,
  CustomLogicInitOptions,
  InitOptions,
  ModelOptions,
  OneSource,
  SequentialSink,
  SeveralSources,
  SourcesAndSink,
  VideoReference,
} from './init-options.js';

/** A model that can tell sources the input size it wants (`@rxcv/models`' ONNX models can). */
interface ModelWithInputSize {
  modelInputSize(): ModelInputSize | null;
}



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
        model,
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
    model?: Model,
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
      model,
    };
    const engine = deliversBatches(options)
      ? new Pipeline<R>({ ...common, sinkMode: 'batch', onPrediction: options.onPrediction })
      : new Pipeline<R>({ ...common, sinkMode: 'sequential', onPrediction: options.onPrediction });
    for (const handler of options.statusUpdateHandlers ?? []) engine.status$.subscribe(handler);
    const opening: SourceOpening = {
      sourceProperties: options.sourceProperties,
      sourceOptions: options.sourceOptions,
      ffmpeg: options.ffmpeg,
      hwDecode: options.hwDecode,
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

/** Rejects with an `AbortedError` when `init` was cancelled meanwhile. */
function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError('InferencePipeline.init was aborted', { cause: signal.reason });
}
