// Records kept in the lease, worker and state buckets, with their JSON encoding.

/** Value of a lease: which worker runs the camera, since when. */
export interface LeaseRecord {
  readonly worker: string;
  /** ms since the epoch when this worker took the camera. */
  readonly since: number;
}

/** A worker's heartbeat, renewed with its leases. */
export interface WorkerRecord {
  readonly name: string;
  readonly capacity: number;
  readonly held: number;
  readonly cameras: readonly string[];
  readonly at: number;
}

/** A camera's progress, written by the worker running it; outlives leases so frame ids carry on. */
export interface CameraProgress {
  /** Last frame id published (fleet-wide, continues across moves). */
  readonly frameId: number;
  readonly worker: string;
  /** Frames inferred per second, recently. */
  readonly fps: number | null;
  /** Frames per second of the source (frame ids advance at this rate), when known. */
  readonly sourceFps?: number | null;
  /** ms since the epoch of the last published frame, or null before the first. */
  readonly lastFrameAt: number | null;
  /** Source state (RUNNING, RESTARTING, ERROR...) or STOPPED after a drain. */
  readonly state: string;
  readonly at: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeRecord(record: object): Uint8Array {
  return encoder.encode(JSON.stringify(record));
}

/** Parses a record, or null when the value is not JSON (someone wrote junk into a bucket). */
export function decodeRecord<T>(value: Uint8Array): T | null {
  try {
    return JSON.parse(decoder.decode(value)) as T;
  } catch {
    return null;
  }
}
