// Subject and bucket names of the fleet: one place, so clients and workers agree.

/** KV bucket of camera configs (desired state). */
export const CAMERAS_BUCKET = 'rxcv_cameras';
/** KV bucket of leases: camera id -> the worker running it; entries expire after the lease. */
export const LEASES_BUCKET = 'rxcv_leases';
/** KV bucket of worker heartbeats: name -> capacity and load; entries expire after the lease. */
export const WORKERS_BUCKET = 'rxcv_workers';
/** KV bucket of camera progress (last frame id, fps, state) kept across moves. */
export const CAMERA_STATE_BUCKET = 'rxcv_camera_state';

/** Roboflow JSON predictions with `inference_metadata`, one message per frame. */
export const predictionsSubject = (cameraId: string): string => `rxcv.cameras.${cameraId}.predictions`;
/** Status events of the camera's pipeline and of the fleet (started, stopped, moved). */
export const statusSubject = (cameraId: string): string => `rxcv.cameras.${cameraId}.status`;
/** Analytics events, when a pipeline produces them. */
export const eventsSubject = (cameraId: string): string => `rxcv.cameras.${cameraId}.events`;
