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
