// Public API of @rxcv/analytics: ByteTracker, LineZone, PolygonZone, time in zone, events, operators.
export { AnalyticsError } from './errors.js';
export type { AnalyticsErrorCode } from './errors.js';
export type { BoxPrediction, BoxResult, Tracked, TrackedResult } from './tracked.js';
export { hasTrackerId } from './tracked.js';
export type { Point } from './geometry/point.js';
export { Position, anchorPoint } from './geometry/anchors.js';
export { ByteTracker, BYTE_TRACKER_DEFAULTS } from './tracker/byte-tracker.js';
export type { ByteTrackerOptions } from './tracker/byte-tracker.js';
export { LineZone } from './zones/line-zone.js';
export type { LineZoneOptions, LineCrossings } from './zones/line-zone.js';
export { PolygonZone } from './zones/polygon-zone.js';
export type { PolygonZoneOptions } from './zones/polygon-zone.js';
export { TimeInZone, frameTimeMs } from './zones/time-in-zone.js';
export type { TimeInZoneOptions, ZoneFrame, ZoneVisit, ZoneUpdate } from './zones/time-in-zone.js';
export type {
  AnalyticsEvent,
  AnalyticsEventBase,
  LineCrossedEvent,
  ZoneEnteredEvent,
  ZoneLeftEvent,
  ZoneEvent,
} from './events.js';
export { track } from './operators/track.js';
export { countLine, lineCrossedEvents } from './operators/count-line.js';
export { watchZone, zoneEvents } from './operators/watch-zone.js';
export { analyze, analyticsCounts, wantsAnalytics } from './operators/analyze.js';
export type { AnalyzeOptions, Analyzed, AnalyticsCounts } from './operators/analyze.js';
