export { Pipeline } from './pipeline.js';
export type { PipelineOptions, PipelineReport, PipelineState, FrameProcessor, SinkMode } from './pipeline.js';
export type { SourceReport, LatencySummary } from './source-stats.js';
export { BatchCollector } from './batch-collector.js';
export type { BatchCollectorOptions } from './batch-collector.js';
export { SourceLifecycle, ALLOWED_OPERATIONS } from './source-lifecycle.js';
export type { SourceOperation } from './source-lifecycle.js';
export { PipelineWatchdog } from './pipeline-watchdog.js';
export type { PipelineWatchdogOptions, Reportable } from './pipeline-watchdog.js';
