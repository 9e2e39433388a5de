export { Pipeline } from './pipeline.js';
export type { PipelineOptions, PipelineReport, FrameProcessor } from './pipeline.js';
export type { SourceReport, LatencySummary } from './source-stats.js';
export { SerialQueue } from './serial-queue.js';
