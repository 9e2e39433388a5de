// The Model interface: what any model (ONNX, remote, user-written) offers the pipeline.
import type { FrameImage } from './video-frame.js';
import type { InferenceResult } from './predictions.js';

export type ModelTask = 'object-detection' | 'keypoint-detection' | 'classification' | 'ocr';

/** Thresholds a caller may change per call; defaults are Roboflow's pipeline defaults. */
export interface InferenceOptions {
  /** Minimum confidence kept. Default 0.4. */
  confidence?: number;
  /** IoU above which NMS suppresses the weaker box. Default 0.3. */
  iouThreshold?: number;
  /** NMS across classes instead of per class. Default false. */
  classAgnosticNms?: boolean;
  /** At most this many predictions per frame. Default 300. */
  maxDetections?: number;
}

export const DEFAULT_INFERENCE_OPTIONS: Required<InferenceOptions> = {
  confidence: 0.4,
  iouThreshold: 0.3,
  classAgnosticNms: false,
  maxDetections: 300,
};

/**
 * Anything that turns frames into predictions. `@rxcv/models` provides ONNX ones; a user can
 * pass their own object of this shape.
 */
/** Which execution provider a model runs on, and the ones that could not load before it. */
export interface ExecutionProviderInfo {
  readonly name: string;
  readonly failures: ReadonlyArray<{ readonly provider: string; readonly reason: string }>;
}

export interface Model<R extends InferenceResult = InferenceResult> {
  /** The id or path it was loaded from (never with credentials). */
  readonly id: string;
  readonly task: ModelTask;
  readonly classNames: readonly string[];
  /** One result per image, in order. Rejects with a `ModelError` on failure. */
  infer(images: readonly FrameImage[], options?: InferenceOptions): Promise<R[]>;
  /**
   * How many `infer()` calls may usefully be in progress at once (they must still resolve in
   * call order). 2 lets a pipeline hand over the next frame while the model runs the current one
   * (pre-processing overlaps the run). Omitted: 1, calls never overlap.
   */
  readonly runsInFlight?: number;
  /**
   * Where the model runs (e.g. 'cpu', 'cuda') and which providers were tried first and could
   * not load, for models that choose (`device: 'auto'`). Omitted: the model does not say.
   */
  readonly executionProvider?: ExecutionProviderInfo;
  /** Frees the native session. */
  dispose(): Promise<void>;
}
