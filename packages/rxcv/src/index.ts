// Public API of `rxcv`: the pipeline most users need, and everything it is built from.
export { InferencePipeline } from './inference-pipeline.js';
export type {
  InitOptions,
  ModelOptions,
  CustomLogic,
  CustomLogicInitOptions,
  SourcesAndSink,
  OneSource,
  SequentialSink,
  SeveralSources,
  BatchSinkMode,
  PredictionHandler,
  VideoReference,
} from './inference-pipeline.js';
export * from '@rxcv/core';
export * from '@rxcv/sources';
export * from '@rxcv/models';
export * from '@rxcv/sinks';
