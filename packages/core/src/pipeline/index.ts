// The pipeline engine's public parts.
export { Pipeline } from './pipeline.js';
export type { PipelineOptions, SequentialPipelineOptions, BatchPipelineOptions, CommonPipelineOptions, FrameProcessor, SinkMode } from './pipeline-options.js';
export type { PipelineReport, PipelineState, SourceReport, LatencySummary } from '../types/pipeline-report.js';
export { BatchCollector } from './batch-collector.js';
export type { BatchCollectorOptions, Batch, Batched } from './batch-collector.js';
export { SourceLifecycle, ALLOWED_OPERATIONS } from './source-lifecycle.js';
export type { SourceOperation } from './source-lifecycle.js';
export { PipelineWatchdog } from './pipeline-watchdog.js';
export type { PipelineWatchdogOptions, Reportable } from './pipeline-watchdog.js';
