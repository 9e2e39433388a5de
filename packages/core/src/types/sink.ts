import type { VideoFrame } from './video-frame.js';
import type { InferenceResult } from './predictions.js';

/** The `onPrediction(predictions, videoFrame)` handler, as in Roboflow Inference. */
export type OnPrediction<R = InferenceResult> = (
  predictions: R,
  videoFrame: VideoFrame,
) => void | Promise<void>;

/**
 * An `onPrediction` handler that holds resources (a file, a socket). The pipeline calls
 * `close()` once when it finishes or is terminated, so outputs are always finalised.
 */
export interface Sink<R = InferenceResult> extends OnPrediction<R> {
  close?: () => Promise<void>;
}
