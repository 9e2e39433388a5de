// The desired state as an API: add, list and remove cameras in the `rxcv_cameras` bucket, with
// each camera's current worker and progress. What `rxcv cameras` uses.
import type { KvEntry } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { checkCameraConfig, checkCameraId, redactCameraConfig, type CameraConfig } from './camera-config.js';
import { decodeRecord, encodeRecord, type CameraProgress, type LeaseRecord, type WorkerRecord } from './camera-state.js';
import { FleetError } from './fleet-error.js';
import { openFleetBuckets, type BucketOptions, type FleetBuckets } from './fleet-buckets.js';

/** One row of `cameras ls`: never holds credentials. */
export interface CameraListing {
  readonly id: string;
  /** The config with the source redacted. */
  readonly config: CameraConfig;
  /** `unassigned`, or the running worker's source state (RUNNING, RESTARTING, ERROR...). */
  readonly state: string;
  readonly worker: string | null;
  readonly fps: number | null;
  readonly frameId: number | null;
  /** ms since the last published frame, or null. */
  readonly lastFrameAgeMs: number | null;
}

async function collect(iterator: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const key of iterator) out.push(key);
  return out;
}

/**
 * Camera configs in NATS. Credentials are stored as given (workers need them) and redacted in
 * everything this class returns.
 *
 * @example
 * import { connectNats, CameraRegistry } from '@rxcv/fleet';
 * const nc = await connectNats('nats://127.0.0.1:4222');
 * const cameras = await CameraRegistry.open(nc);
 * await cameras.add('door', { source: 'rtsp://user:pass@10.0.0.5/s1', model: 'yolox-nano', maxFps: 5 });
 * console.table(await cameras.list());
 * await nc.close();
 */
export class CameraRegistry {
  private constructor(readonly buckets: FleetBuckets) {}

  static async open(nc: NatsConnection, options: BucketOptions = {}): Promise<CameraRegistry> {
    return new CameraRegistry(await openFleetBuckets(nc, options));
  }

  /** Adds a camera (CAMERA_EXISTS if the id is taken, unless `replace`). */
  async add(id: string, config: CameraConfig, replace = false): Promise<void> {
    checkCameraId(id);
    const checked = checkCameraConfig(id, config);
    const value = encodeRecord(checked);
    if (replace) {
      await this.buckets.cameras.put(id, value);
      return;
    }
    try {
      await this.buckets.cameras.create(id, value);
    } catch (error) {
      if (/wrong last sequence|exists/i.test((error as Error).message)) {
        throw new FleetError('CAMERA_EXISTS', `Camera "${id}" exists already (remove it first, or replace it)`);
      }
      throw error;
    }
  }

  /** Removes a camera; its worker stops it within a second or so. CAMERA_NOT_FOUND if absent. */
  async remove(id: string): Promise<void> {
    checkCameraId(id);
    const entry = await this.buckets.cameras.get(id);
    if (!entry || entry.operation !== 'PUT') throw new FleetError('CAMERA_NOT_FOUND', `No camera "${id}"`);
    await this.buckets.cameras.delete(id);
    await this.buckets.state.delete(id).catch(() => undefined);
  }

  /** The config as stored, credentials included: for workers, not for display. */
  async config(id: string): Promise<CameraConfig | null> {
    const entry = await this.buckets.cameras.get(checkCameraId(id));
    return entry && entry.operation === 'PUT' ? checkCameraConfig(id, decodeRecord(entry.value)) : null;
  }

  /** Every camera with its worker, state and progress, sorted by id; sources redacted. */
  async list(): Promise<CameraListing[]> {
    const ids = (await collect(await this.buckets.cameras.keys())).sort();
    const now = Date.now();
    // One request per key and bucket, all in flight at once (NATS pipelines them).
    const rows = await Promise.all(
      ids.map(async (id): Promise<CameraListing | null> => {
        const [entry, lease, progress] = await Promise.all([
          this.buckets.cameras.get(id),
          this.read<LeaseRecord>(this.buckets.leases, id),
          this.read<CameraProgress>(this.buckets.state, id),
        ]);
        if (!entry || entry.operation !== 'PUT') return null;
        const current = lease && progress?.worker === lease.worker ? progress : null;
        return {
          id,
          config: safeConfig(id, entry),
          state: lease ? (current?.state ?? 'STARTING') : 'unassigned',
          worker: lease?.worker ?? null,
          fps: current?.fps ?? null,
          frameId: progress?.frameId ?? null,
          lastFrameAgeMs: progress?.lastFrameAt ? now - progress.lastFrameAt : null,
        };
      }),
    );
    return rows.filter((row): row is CameraListing => row !== null);
  }

  /** Live workers (heartbeat within the lease). */
  async workers(): Promise<WorkerRecord[]> {
    const names = (await collect(await this.buckets.workers.keys())).sort();
    const out: WorkerRecord[] = [];
    for (const name of names) {
      const record = await this.read<WorkerRecord>(this.buckets.workers, name);
      if (record) out.push(record);
    }
    return out;
  }

  private async read<T>(kv: FleetBuckets['leases'], key: string): Promise<T | null> {
    const entry = await kv.get(key);
    return entry && entry.operation === 'PUT' ? decodeRecord<T>(entry.value) : null;
  }
}

/** A stored config made safe to show; a broken one is shown as such, not thrown. */
function safeConfig(id: string, entry: KvEntry): CameraConfig {
  try {
    return redactCameraConfig(checkCameraConfig(id, decodeRecord(entry.value)));
  } catch (error) {
    return { source: `(invalid: ${(error as FleetError).message})` };
  }
}
