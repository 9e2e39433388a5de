// Public API of @rxcv/core. Everything a user or another rxcv package may import is listed here.
export type { PixelFormat, FrameImage, VideoFrame, ModelInputSize } from './types/video-frame.js';
export type {
  ImageSize,
  ObjectDetectionPrediction,
  ObjectDetectionResult,
  Keypoint,
  KeypointsPrediction,
  KeypointsResult,
  ClassificationPrediction,
  ClassificationResult,
  InferenceResult,
} from './types/predictions.js';
export { DEFAULT_INFERENCE_OPTIONS } from './types/model.js';
export type { Model, ModelTask, InferenceOptions, ExecutionProviderInfo } from './types/model.js';
export type {
  VideoSource,
  SourceKind,
  SchedulingMode,
  SourceDescription,
  UnconvertedVideoFrame,
} from './types/source.js';
export { statusEvent } from './types/status-event.js';
export type {
  StatusEvent,
  StatusEventOf,
  StatusEventType,
  StatusPayloads,
  Severity,
  SourceState,
  DropCause,
} from './types/status-event.js';
export type { OnPrediction, Sink, OnBatchPrediction, BatchSink, OutputReport, ReportingOutput } from './types/sink.js';
export type { ResultStage, StageCounts, LineCounts } from './types/result-stage.js';
export { RxcvError, SourceError, ModelError, InvalidStateError, OptionError, AbortedError } from './errors.js';
export {
  validatePipelineOptions,
  validateInferenceOptions,
  checkWholeNumber,
  checkNumberInRange,
  checkDuration,
  checkOneOf,
  checkFunction,
  MIN_MAX_FPS,
  MAX_TIMER_DELAY_MS,
} from './validate-options.js';
export type { CheckedPipelineOptions } from './validate-options.js';
export type { SourceErrorCode, ModelErrorCode } from './errors.js';
export { redactReference, redactText } from './redact.js';
export { resizedSize } from './images/resized-size.js';
export { readOnDemand } from './operators/read-on-demand.js';
export { frameByFrame } from './operators/frame-by-frame.js';
export type { FrameByFrameOptions } from './operators/frame-by-frame.js';
export { latestFrame } from './operators/latest-frame.js';
export type { LatestFrameOptions } from './operators/latest-frame.js';
export * from './pipeline/index.js';
export { reconnectWithBackoff, backoffDelay, DEFAULT_BACKOFF } from './operators/reconnect-with-backoff.js';
export type { ReconnectOptions, BackoffOptions, RetryInfo, LossReason } from './operators/reconnect-with-backoff.js';
export { gateDemand } from './operators/gate-demand.js';
export { pausable } from './operators/pausable.js';
export { spaceOut } from './operators/space-out.js';
export { dropAboveRate } from './operators/drop-above-rate.js';
export * from './compose/index.js';
export { SerialQueue } from './serial-queue.js';
