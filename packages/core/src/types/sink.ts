// The onPrediction handler types (per frame and per batch) and the sinks that must be closed.
import type { Observable } from 'rxjs';
import type { StatusEvent } from './status-event.js';
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

/**
 * The batch form of `onPrediction` (`sinkMode: 'batch'`): one call per model run with one slot
 * per source, in source order; `null` where a source had no frame in that batch.
 */
export type OnBatchPrediction<R = InferenceResult> = (
  predictions: ReadonlyArray<R | null>,
  videoFrames: ReadonlyArray<VideoFrame | null>,
) => void | Promise<void>;

/** An `OnBatchPrediction` that holds resources, closed once when the pipeline finishes. */
export interface BatchSink<R = InferenceResult> extends OnBatchPrediction<R> {
  close?: () => Promise<void>;
}

/** Counters of an output (MQTT broker, webhook, clip folder) for the watchdog report. */
export interface OutputReport {
  /** The destination, without credentials. */
  readonly output: string;
  /** Reachable now. */
  readonly connected: boolean;
  /** Messages waiting in its bounded queue. */
  readonly queued: number;
  /** Messages the destination acknowledged (clips written). */
  readonly delivered: number;
  /** Messages lost because the queue was full. */
  readonly overflow: number;
  /** Messages given up for good (rejected, failed after every retry). */
  readonly failed: number;
}

/**
 * An output that reports on itself. Given to a pipeline (`outputs`, or as its `onPrediction`),
 * its counters join the pipeline's report and its status events (OUTPUT_*) the pipeline's.
 */
export interface ReportingOutput {
  readonly status$: Observable<StatusEvent>;
  stats(): OutputReport;
}
