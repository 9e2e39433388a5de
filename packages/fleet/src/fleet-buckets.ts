// Opens (or creates) the fleet's KV buckets with the wanted replication and lease time.
import { jetstreamManager } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { FleetError } from './fleet-error.js';
import { CAMERAS_BUCKET, CAMERA_STATE_BUCKET, LEASES_BUCKET, WORKERS_BUCKET } from './subjects.js';

export interface FleetBuckets {
  readonly cameras: KV;
  readonly leases: KV;
  readonly workers: KV;
  readonly state: KV;
  /** The lease time of the leases bucket (its `ttl`), which wins over the one asked for. */
  readonly leaseMs: number;
}

export interface BucketOptions {
  /** Replicas of each bucket when it is created (1; 3 on a 3-node cluster). Default 1. */
  readonly replicas?: number;
  /** Lease time when the leases bucket is created, ms. Default 6000. */
  readonly leaseMs?: number;
}

export const DEFAULT_LEASE_MS = 6000;

/**
 * Creates the buckets if missing (idempotent: `Kvm.create` binds to an existing bucket). The
 * lease time is a property of the leases bucket, so every worker uses the same one.
 */
export async function openFleetBuckets(nc: NatsConnection, options: BucketOptions = {}): Promise<FleetBuckets> {
  const replicas = options.replicas ?? 1;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  try {
    await jetstreamManager(nc, { timeout: 5000 });
  } catch (error) {
    throw new FleetError('NATS_NO_JETSTREAM', `JetStream is not enabled on this NATS server (start it with \`nats-server -js\`): ${(error as Error).message}`);
  }
  const kvm = new Kvm(nc);
  const cameras = await kvm.create(CAMERAS_BUCKET, { replicas, history: 5 });
  const leases = await kvm.create(LEASES_BUCKET, { replicas, history: 1, ttl: leaseMs });
  const workers = await kvm.create(WORKERS_BUCKET, { replicas, history: 1, ttl: leaseMs });
  const state = await kvm.create(CAMERA_STATE_BUCKET, { replicas, history: 1 });
  const status = await leases.status();
  return { cameras, leases, workers, state, leaseMs: status.ttl > 0 ? status.ttl : leaseMs };
}
