// What a pipeline reports on itself: its state and, per source, counts and latencies.
import type { SourceDescription } from './source.js';
import type { SourceState } from './status-event.js';
import type { OutputReport } from './sink.js';
import type { StageCounts } from './result-stage.js';

export type PipelineState = 'NOT_STARTED' | 'RUNNING' | 'FINISHED';

/** A pipeline's report (`report()`, the watchdog): its state and one entry per source. */
export interface PipelineReport {
  state: PipelineState;
  sources: SourceReport[];
  /** Queued, delivered, overflowed and failed messages per output, when the pipeline has any. */
  outputs?: OutputReport[];
  /** Line and zone counts, when the pipeline tracks (InferencePipeline's `lines`, `zones`). */
  analytics?: StageCounts;
}

export interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
}

export interface SourceReport {
  source: SourceDescription;
  state: SourceState;
  framesReceived: number;
  framesInferred: number;
  /** Frames received = inferred + dropped + failed, once the pipeline has finished. */
  framesDropped: number;
  framesFailed: number;
  /** Reading, decoding and converting one frame, over the last 256 frames; null when unknown. */
  decodeLatencyMs: LatencySummary | null;
  /** Age of a frame (since decoded or received) when the model starts on it: freshness on streams. */
  frameAgeMs: LatencySummary | null;
  /** Waiting for the batch plus the model run, over the last 256 frames; null before the first. */
  inferenceLatencyMs: LatencySummary | null;
  /** From the frame's timestamp (decoded or received) to its result, over the last 256 frames. */
  endToEndLatencyMs: LatencySummary | null;
  /** Frames inferred per second since the first result. */
  inferredFps: number | null;
  error: string | null;
}
