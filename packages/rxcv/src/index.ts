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
} from './init-options.js';
export type { AddSourceOptions } from './init-options.js';
export * from '@rxcv/core';
export * from '@rxcv/sources';
export * from '@rxcv/models';
export * from '@rxcv/sinks';
// @rxcv/analytics, but for `Point`, which @rxcv/models also names (the two are the same shape).
export {
  AnalyticsError,
  ByteTracker,
  BYTE_TRACKER_DEFAULTS,
  LineZone,
  PolygonZone,
  Position,
  TimeInZone,
  analyticsCounts,
  analyze,
  anchorPoint,
  countLine,
  frameTimeMs,
  hasTrackerId,
  lineCrossedEvents,
  track,
  wantsAnalytics,
  watchZone,
  zoneEvents,
} from '@rxcv/analytics';
export type {
  AnalyticsCounts,
  AnalyticsErrorCode,
  AnalyticsEvent,
  AnalyticsEventBase,
  Analyzed,
  AnalyzeOptions,
  BoxPrediction,
  BoxResult,
  ByteTrackerOptions,
  LineCrossedEvent,
  LineCrossings,
  LineZoneOptions,
  PolygonZoneOptions,
  TimeInZoneOptions,
  Tracked,
  TrackedResult,
  ZoneEnteredEvent,
  ZoneEvent,
  ZoneFrame,
  ZoneLeftEvent,
  ZoneUpdate,
  ZoneVisit,
} from '@rxcv/analytics';
