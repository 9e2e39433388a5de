// The options of InferencePipeline.init and initWithCustomLogic: sources, sink mode, model,
// scheduling, analytics, outputs. The `init` overloads pick the handler's type from `sinkMode`.
import type {
  BatchSink,
  InferenceOptions,
  InferenceResult,
  Model,
  OnBatchPrediction,
  OnPrediction,
  PipelineWatchdog,
  ReportingOutput,
  SchedulingMode,
  Sink,
  StatusEvent,
  VideoFrame,
} from '@rxcv/core';
import type { FfmpegBackendName, HardwareDecoding, VideoSourceOptions } from '@rxcv/sources';
import type { Device, LoadModelOptions } from '@rxcv/models';
import type { ByteTrackerOptions, LineZone, PolygonZone, TimeInZoneOptions } from '@rxcv/analytics';

export type VideoReference = string | number;

export interface CommonInitOptions {
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
   * The FFmpeg binding that reads the sources: `beamcoder` (default) or `node-av` (an optional
   * peer dependency). Default `RXCV_FFMPEG`, else beamcoder. One not installed rejects `init`
   * with an `FfmpegBackendError` (FFMPEG_BACKEND_UNAVAILABLE) naming what to install.
   * `sourceOptions.ffmpeg` wins over it. Sinks you make (`renderBoxes`, `eventClips`) take their own `ffmpeg`.
   */
  ffmpeg?: FfmpegBackendName;
  /**
   * Hardware decoding (node-av only): `'auto'` uses what the machine has, else software with
   * one HARDWARE_DECODING_FALLBACK status event per source; a named device (`vaapi`, `cuda`,
   * `qsv`, `videotoolbox`) that is missing rejects `init` (HARDWARE_DECODING_UNAVAILABLE).
   * Default false. `sourceOptions.hwDecode` wins over it.
   */
  hwDecode?: HardwareDecoding;
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

/** What `InferencePipeline.addSource` takes besides the reference. */
export interface AddSourceOptions {
  /** How this source is scheduled; default: the pipeline's `mode` when it is one for all, else the source's own. */
  mode?: SchedulingMode;
  /** Source options for this one, over the pipeline's `sourceOptions`. */
  sourceOptions?: Omit<VideoSourceOptions, 'sourceId'>;
  /** Cancels the opening (an `AbortedError`... as `openVideoSource` reports it). */
  signal?: AbortSignal;
}
