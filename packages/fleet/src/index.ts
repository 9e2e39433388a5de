// Public API of @rxcv/fleet: cameras over worker processes and machines on NATS JetStream.
export { FleetWorker } from './fleet-worker.js';
export type { FleetWorkerOptions } from './fleet-worker.js';
export { CameraRegistry } from './camera-registry.js';
export type { CameraListing } from './camera-registry.js';
export { checkCameraConfig, checkCameraId, redactCameraConfig, CAMERA_ID } from './camera-config.js';
export type { CameraConfig } from './camera-config.js';
export type { CameraProgress, LeaseRecord, WorkerRecord } from './camera-state.js';
export { connectNats, natsConnectionOptions, redactNatsUrl } from './connect-nats.js';
export { openFleetBuckets, DEFAULT_LEASE_MS } from './fleet-buckets.js';
export type { FleetBuckets, BucketOptions } from './fleet-buckets.js';
export { FleetError } from './fleet-error.js';
export type { FleetErrorCode } from './fleet-error.js';
export { FleetMetrics } from './fleet-metrics.js';
export { startMetricsServer } from './metrics-server.js';
export type { MetricsServer } from './metrics-server.js';
export {
  CAMERAS_BUCKET,
  LEASES_BUCKET,
  WORKERS_BUCKET,
  CAMERA_STATE_BUCKET,
  predictionsSubject,
  statusSubject,
  eventsSubject,
} from './subjects.js';
