// A fleet worker: takes cameras from the `rxcv_cameras` bucket through leases in `rxcv_leases`
// (create = claim, update with the last revision = renew, delete = hand over), runs each on a
// CameraRunner, and stops any camera whose lease it cannot renew in time. See README "Design".
import { createHash } from 'node:crypto';
import type { KV, KvWatchEntry } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { loadFfmpegBackend, loadModel, type Model } from 'rxcv';
import { checkCameraConfig, redactCameraConfig, type CameraConfig } from './camera-config.js';
import { CameraRunner } from './camera-runner.js';
import { decodeRecord, encodeRecord, type CameraProgress, type LeaseRecord, type WorkerRecord } from './camera-state.js';
import { connectNats, redactNatsUrl } from './connect-nats.js';
import { openFleetBuckets, type FleetBuckets } from './fleet-buckets.js';
import { FleetError } from './fleet-error.js';
import { FleetMetrics } from './fleet-metrics.js';
import { startMetricsServer, type MetricsServer } from './metrics-server.js';

export interface FleetWorkerOptions {
  /** NATS URL(s), `nats://[user:pass@]host:port[,...]`, or a connection to use (not closed by the worker). */
  readonly nats: string | NatsConnection;
  /** Unique worker name (NATS KV key: letters, digits, `_`, `-`). */
  readonly name: string;
  /** Most cameras this worker runs at once. */
  readonly capacity: number;
  /** Replicas of the buckets if this worker creates them (3 on a 3-node cluster). Default 1. */
  readonly replicas?: number;
  /** Lease time if this worker creates the leases bucket, ms. Default 6000. */
  readonly leaseMs?: number;
  /** Serve /metrics and /healthz on this port (0: any free port). */
  readonly metricsPort?: number;
  /** Where `loadModel` finds models (default: its own default, `$RXCV_MODELS_DIR`). */
  readonly modelsDir?: string;
  /** One line per fleet event (claims, stops, errors); default: stderr. */
  readonly log?: (line: string) => void;
}

interface MirroredLease {
  readonly worker: string;
  readonly revision: number;
  /** Local time the entry was written (or seen): it expires `leaseMs` later on the server. */
  readonly seenAt: number;
}

interface HeldCamera {
  runner: CameraRunner;
  revision: number;
  /** When the last successful renewal was sent: the server's copy expires no earlier than this + lease. */
  renewedAt: number;
  renewing: boolean;
  /** Past the fence: publishing is held back until a renewal proves the lease is still ours. */
  suspended: boolean;
  /** The pipeline is being replaced after a config change. */
  restarting: boolean;
}

/** Tick period: how often leases are checked and free cameras looked for. */
const TICK_MS = 500;

/** Rendezvous order: every worker sorts free cameras differently, so they rarely race for one. */
function rank(worker: string, camera: string): string {
  return createHash('sha1').update(`${worker}\u0000${camera}`).digest('hex');
}

/**
 * Runs cameras from NATS JetStream on this process. Start with `FleetWorker.start`, stop with
 * `drain()` (hands every camera over at once).
 *
 * @example
 * import { FleetWorker } from '@rxcv/fleet';
 * const worker = await FleetWorker.start({ nats: 'nats://127.0.0.1:4222', name: 'w1', capacity: 4, metricsPort: 9464 });
 * process.once('SIGTERM', () => void worker.drain().then(() => process.exit(0)));
 */
export class FleetWorker {
  readonly metrics: FleetMetrics;
  private readonly configs = new Map<string, { config: CameraConfig; revision: number }>();
  private readonly leases = new Map<string, MirroredLease>();
  private readonly workers = new Map<string, { record: WorkerRecord; seenAt: number }>();
  private readonly held = new Map<string, HeldCamera>();
  private readonly claiming = new Set<string>();
  private readonly freeSince = new Map<string, number>();
  private readonly models = new Map<string, Promise<Model>>();
  private readonly watchers: Array<{ stop(): void }> = [];
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private tickAgain = false;
  private draining: Promise<void> | null = null;
  private connected = true;
  private lastHeartbeat = 0;
  private lastMetrics = 0;
  private metricsServer: MetricsServer | null = null;
  private readonly renewMs: number;
  private readonly log: (line: string) => void;

  private constructor(
    readonly nc: NatsConnection,
    private readonly ownsConnection: boolean,
    readonly buckets: FleetBuckets,
    readonly options: FleetWorkerOptions,
  ) {
    this.metrics = new FleetMetrics(options.name);
    this.metrics.capacity.set(options.capacity);
    this.renewMs = Math.max(200, Math.floor(buckets.leaseMs / 3));
    const name = options.name;
    this.log = options.log ?? ((line) => process.stderr.write(`${new Date().toISOString()} rxcv worker ${name}: ${line}\n`));
  }

  /** Connects, opens the buckets, serves metrics, and starts taking cameras. */
  static async start(options: FleetWorkerOptions): Promise<FleetWorker> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(options.name)) {
      throw new FleetError('INVALID_OPTION', `Invalid worker name "${options.name.slice(0, 80)}": use 1 to 64 letters, digits, "_" or "-"`);
    }
    if (!Number.isInteger(options.capacity) || options.capacity < 1) {
      throw new FleetError('INVALID_OPTION', `Invalid capacity ${options.capacity}: a whole number >= 1`);
    }
    const owns = typeof options.nats === 'string';
    const nc = typeof options.nats === 'string' ? await connectNats(options.nats) : options.nats;
    try {
      const buckets = await openFleetBuckets(nc, { replicas: options.replicas, leaseMs: options.leaseMs });
      const worker = new FleetWorker(nc, owns, buckets, options);
      await worker.begin();
      return worker;
    } catch (error) {
      if (owns) await nc.close().catch(() => undefined);
      throw error;
    }
  }

  get name(): string {
    return this.options.name;
  }

  /** Ids of the cameras running here. */
  cameras(): string[] {
    return [...this.held.keys()].sort();
  }

  /** Port of the metrics endpoint, or null without one. */
  get metricsPort(): number | null {
    return this.metricsServer?.port ?? null;
  }

  private async begin(): Promise<void> {
    // Load FFmpeg now: loading it with the first camera would stall the event loop (and the
    // lease renewals) for as long as the native libraries take to load on a busy machine.
    await loadFfmpegBackend();
    void this.followConnection();
    await this.watch(this.buckets.cameras, (entry) => this.onCamera(entry));
    await this.watch(this.buckets.leases, (entry) => this.onLease(entry));
    await this.watch(this.buckets.workers, (entry) => this.onWorker(entry));
    await this.heartbeat();
    if (this.options.metricsPort !== undefined) {
      this.metricsServer = await startMetricsServer(this.options.metricsPort, this.metrics.registry, () => this.health());
    }
    let expected = Date.now() + TICK_MS;
    this.timer = setInterval(() => {
      const late = Date.now() - expected;
      expected = Date.now() + TICK_MS;
      if (late > this.renewMs) this.log(`event loop was blocked for ${late} ms (leases are renewed from it)`);
      this.schedule();
    }, TICK_MS);
    this.schedule();
    this.log(`started (capacity ${this.options.capacity}, lease ${this.buckets.leaseMs} ms${this.metricsServer ? `, metrics on :${this.metricsServer.port}` : ''})`);
  }

  private health(): string | null {
    if (this.draining) return 'draining';
    if (!this.connected) return 'NATS unreachable';
    return null;
  }

  private async followConnection(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (status.type === 'disconnect') {
        this.connected = false;
        this.log(`lost NATS (${redactNatsUrl(String((status as { server?: string }).server ?? ''))}); cameras stop unless it is back within the lease`);
      } else if (status.type === 'reconnect') {
        this.connected = true;
        this.log('NATS is back');
        this.schedule();
      }
    }
  }

  /** Mirrors a bucket locally: initial values, then every change; `apply` says if it calls for a tick. */
  private async watch(kv: KV, apply: (entry: KvWatchEntry) => boolean): Promise<void> {
    const iterator = await kv.watch();
    this.watchers.push(iterator);
    void (async () => {
      for await (const entry of iterator) if (apply(entry)) this.schedule();
    })().catch((error: Error) => this.log(`a bucket watch ended: ${error.message}`));
  }

  /** Every camera change calls for a tick: start, stop or restart within the 5 s promised. */
  private onCamera(entry: KvWatchEntry): boolean {
    if (entry.operation !== 'PUT') {
      this.configs.delete(entry.key);
      return true;
    }
    try {
      this.configs.set(entry.key, { config: checkCameraConfig(entry.key, decodeRecord(entry.value)), revision: entry.revision });
    } catch (error) {
      this.configs.delete(entry.key);
      this.log((error as Error).message);
    }
    return true;
  }

  /** A deleted lease (a drain, a removal) calls for a tick; renewals, the bulk, do not. */
  private onLease(entry: KvWatchEntry): boolean {
    if (entry.operation !== 'PUT') {
      this.leases.delete(entry.key);
      return true;
    }
    const record = decodeRecord<LeaseRecord>(entry.value);
    const seenAt = entry.isUpdate ? Date.now() : Math.min(Date.now(), entry.created.getTime());
    this.leases.set(entry.key, { worker: record?.worker ?? '?', revision: entry.revision, seenAt });
    return false;
  }

  private onWorker(entry: KvWatchEntry): boolean {
    const record = entry.operation === 'PUT' ? decodeRecord<WorkerRecord>(entry.value) : null;
    if (!record) this.workers.delete(entry.key);
    else this.workers.set(entry.key, { record, seenAt: entry.isUpdate ? Date.now() : Math.min(Date.now(), entry.created.getTime()) });
    return false;
  }

  /** Runs a tick soon; ticks never overlap. */
  private schedule(): void {
    if (this.draining) return;
    if (this.ticking) {
      this.tickAgain = true;
      return;
    }
    this.ticking = true;
    void this.tick()
      .catch((error: Error) => this.log(`tick failed: ${error.message}`))
      .finally(() => {
        this.ticking = false;
        if (this.tickAgain) {
          this.tickAgain = false;
          setTimeout(() => this.schedule(), 20);
        }
      });
  }

  /**
   * One reconciliation. It never waits on a pipeline or on NATS (those run on their own), so a
   * slow camera cannot hold back the renewals of the others.
   */
  private async tick(): Promise<void> {
    const now = Date.now();
    const leaseMs = this.buckets.leaseMs;
    // 1. Fence: a camera whose lease may have expired on the server publishes nothing until a
    //    renewal (by revision) proves it did not; a lease not renewed for 1.5 leases is given up.
    for (const [id, held] of this.held) {
      const age = now - held.renewedAt;
      if (age > leaseMs * 1.5) {
        this.metrics.leaseLost.inc();
        void this.release(id, 'lease not renewed in time (NATS unreachable?)', false);
      } else if (age > leaseMs - this.renewMs / 2 && !held.suspended) {
        held.suspended = true;
        held.runner.suspend(true);
        this.log(`camera ${id}: lease not renewed for ${age} ms; holding its output back`);
      }
    }
    // 2. Removed or changed cameras.
    for (const [id, held] of this.held) {
      const wanted = this.configs.get(id);
      if (!wanted) void this.release(id, 'removed', true);
      else if (wanted.revision !== held.runner.revision) this.restart(id, held, wanted.config, wanted.revision);
    }
    // 3. Renew leases and the heartbeat.
    for (const [id, held] of this.held) {
      if (!held.renewing && (held.suspended || now - held.renewedAt >= this.renewMs)) void this.renew(id, held);
    }
    if (now - this.lastHeartbeat >= this.renewMs) void this.heartbeat().catch(() => undefined);
    if (now - this.lastMetrics >= 1000) {
      this.lastMetrics = now;
      for (const [id, held] of this.held) this.metrics.report(id, held.runner.report(), held.runner.currentState);
    }
    this.metrics.camerasHeld.set(this.held.size);
    // 4. Claim free cameras, up to capacity and a fair share.
    if (this.connected) this.claimFree(now);
  }

  private claimFree(now: number): void {
    const leaseMs = this.buckets.leaseMs;
    const free: string[] = [];
    for (const id of this.configs.keys()) {
      if (this.held.has(id) || this.claiming.has(id)) continue;
      const lease = this.leases.get(id);
      if (lease && lease.worker !== this.name && now - lease.seenAt <= leaseMs) {
        this.freeSince.delete(id);
        continue;
      }
      if (!this.freeSince.has(id)) this.freeSince.set(id, now);
      free.push(id);
    }
    for (const id of this.freeSince.keys()) if (!this.configs.has(id)) this.freeSince.delete(id);
    const room = this.options.capacity - this.held.size - this.claiming.size;
    if (free.length === 0 || room <= 0) return;
    // Fair share: spread the free cameras over the live workers that have room.
    const live = [...this.workers.values()].filter((w) => now - w.seenAt <= leaseMs && w.record.name !== this.name);
    const others = live.filter((w) => w.record.held < w.record.capacity);
    const mine = this.held.size + this.claiming.size;
    const least = Math.min(mine, ...others.map((w) => w.record.held));
    const share = Math.ceil(free.length / (others.length + 1));
    const ranks = new Map(free.map((id) => [id, rank(this.name, id)]));
    free.sort((a, b) => (ranks.get(a)! < ranks.get(b)! ? -1 : 1));
    let budget = Math.min(room, share);
    // A few free cameras (one added, one handed over) go to the least loaded worker: a busier
    // one leaves them alone for a second. Many at once (a worker died) are shared at once.
    const polite = mine > least && free.length <= others.length + 1;
    for (const id of free) {
      if (budget <= 0) break;
      const waited = now - (this.freeSince.get(id) ?? now);
      if (polite && waited < 1000) continue;
      budget -= 1;
      void this.claim(id);
    }
  }

  private async claim(id: string): Promise<void> {
    const wanted = this.configs.get(id);
    if (!wanted) return;
    this.claiming.add(id);
    const sentAt = Date.now();
    try {
      const lease = encodeRecord({ worker: this.name, since: sentAt } satisfies LeaseRecord);
      const mirrored = this.leases.get(id);
      // Our own lease from a previous life (restart with the same name): take it back by revision.
      const revision = mirrored && mirrored.worker === this.name
        ? await this.buckets.leases.update(id, lease, mirrored.revision)
        : await this.buckets.leases.create(id, lease);
      const base = await this.baseFrameId(id, wanted.config);
      if (this.draining || !this.configs.has(id)) {
        await this.buckets.leases.delete(id, { previousSeq: revision }).catch(() => undefined);
        return;
      }
      const runner = new CameraRunner(id, wanted.config, wanted.revision, base, this.runnerContext());
      this.held.set(id, { runner, revision, renewedAt: sentAt, renewing: false, suspended: false, restarting: false });
      this.leases.set(id, { worker: this.name, revision, seenAt: sentAt });
      this.freeSince.delete(id);
      this.metrics.claims.inc();
      runner.start();
      this.log(`took camera ${id} (${redactCameraConfig(wanted.config).source}), frame ids from ${base + 1}`);
      void this.heartbeat().catch(() => undefined);
    } catch {
      // Someone else has it (wrong last sequence), or NATS is away: the next tick looks again.
    } finally {
      this.claiming.delete(id);
    }
  }

  /**
   * Where this run's frame ids start. After a drain the last id is exact; after a crash the
   * previous worker may have published up to one renewal period past its last record, so ids
   * skip that many frames (at the recorded or capped fps) rather than repeat.
   */
  private async baseFrameId(id: string, config: CameraConfig): Promise<number> {
    const entry = await this.buckets.state.get(id).catch(() => null);
    const progress = entry && entry.operation === 'PUT' ? decodeRecord<CameraProgress>(entry.value) : null;
    if (!progress || !Number.isFinite(progress.frameId)) return 0;
    if (progress.state === 'STOPPED') return progress.frameId;
    // Frame ids count the source's frames (not the inferred ones): they advance at its fps.
    const fps = Math.max(progress.sourceFps ?? 30, progress.fps ?? 0, config.maxFps ?? 0, 1);
    return progress.frameId + Math.ceil(fps * (this.renewMs / 1000) * 1.5) + 1;
  }

  private runnerContext() {
    return {
      nc: this.nc,
      worker: this.name,
      metrics: this.metrics,
      connected: () => this.connected && !this.nc.isClosed(),
      model: (id: string) => this.model(id),
      log: this.log,
    };
  }

  private model(id: string): Promise<Model> {
    let model = this.models.get(id);
    if (!model) {
      model = loadModel(id, this.options.modelsDir ? { modelsDir: this.options.modelsDir } : {}) as Promise<Model>;
      model.catch(() => this.models.delete(id));
      this.models.set(id, model);
    }
    return model;
  }

  /** Stops the camera's pipeline, then starts one with the new config where the old one's ids ended. */
  private restart(id: string, held: HeldCamera, config: CameraConfig, revision: number): void {
    if (held.restarting) return;
    held.restarting = true;
    const old = held.runner;
    this.log(`camera ${id} changed; restarting it`);
    void old.stop('config changed').then(() => {
      held.restarting = false;
      if (this.held.get(id) !== held || this.draining) return;
      held.runner = new CameraRunner(id, config, revision, old.frameId, this.runnerContext());
      held.runner.start();
    });
  }

  private async renew(id: string, held: HeldCamera): Promise<void> {
    held.renewing = true;
    const sentAt = Date.now();
    try {
      const lease = encodeRecord({ worker: this.name, since: sentAt } satisfies LeaseRecord);
      held.revision = await this.buckets.leases.update(id, lease, held.revision, this.renewMs);
      held.renewedAt = sentAt;
      if (held.suspended) {
        held.suspended = false;
        held.runner.suspend(false);
        this.log(`camera ${id}: lease renewed; output resumed`);
      }
      if (this.held.get(id) === held && this.configs.has(id)) await this.writeProgress(id, held.runner);
    } catch (error) {
      if (/wrong last sequence/i.test((error as Error).message) && this.held.get(id) === held) {
        // A renewal whose ack timed out may have been applied all the same: then the key holds
        // our own newer write, and the lease is still ours at that revision.
        const current = await this.buckets.leases.get(id).catch(() => null);
        const owner = current && current.operation === 'PUT' ? decodeRecord<LeaseRecord>(current.value)?.worker : null;
        if (current && owner === this.name) {
          held.revision = current.revision;
          held.renewedAt = Math.min(Date.now(), current.created.getTime());
        } else {
          this.metrics.leaseLost.inc();
          await this.release(id, 'lease taken over by another worker', false);
        }
      }
      // Otherwise (time-out, disconnected) try again next tick; fencing stops it in time.
    } finally {
      held.renewing = false;
    }
  }

  private async writeProgress(id: string, runner: CameraRunner, state?: string): Promise<void> {
    const source = runner.report()?.sources[0];
    const progress: CameraProgress = {
      frameId: runner.frameId,
      worker: this.name,
      fps: source?.inferredFps ?? null,
      sourceFps: source?.source.fps ?? null,
      lastFrameAt: runner.lastFrameTime,
      state: state ?? runner.currentState,
      at: Date.now(),
    };
    await this.buckets.state.put(id, encodeRecord(progress));
  }

  private async heartbeat(): Promise<void> {
    this.lastHeartbeat = Date.now();
    const record: WorkerRecord = {
      name: this.name,
      capacity: this.options.capacity,
      held: this.held.size,
      cameras: this.cameras(),
      at: this.lastHeartbeat,
    };
    await this.buckets.workers.put(this.name, encodeRecord(record));
  }

  /** Stops a camera here; with `handOver`, records its last frame id and deletes the lease. */
  private async release(id: string, why: string, handOver: boolean): Promise<void> {
    const held = this.held.get(id);
    if (!held) return;
    this.held.delete(id);
    await held.runner.stop(why);
    this.metrics.forget(id);
    this.log(`stopped camera ${id}: ${why}`);
    if (!handOver) return;
    if (this.configs.has(id)) await this.writeProgress(id, held.runner, 'STOPPED').catch(() => undefined);
    await this.buckets.leases.delete(id, { previousSeq: held.revision }).catch(() => undefined);
    void this.heartbeat().catch(() => undefined);
  }

  /**
   * Hands every camera over at once: stops them, records their last frame ids, deletes their
   * leases (others see the deletions and take them), and closes the connection it opened.
   */
  drain(): Promise<void> {
    this.draining ??= (async () => {
      if (this.timer) clearInterval(this.timer);
      for (const watcher of this.watchers) watcher.stop();
      await Promise.all([...this.held.keys()].map((id) => this.release(id, 'worker draining', true)));
      await this.buckets.workers.delete(this.name).catch(() => undefined);
      await this.metricsServer?.close();
      for (const model of this.models.values()) await model.then((m) => m.dispose()).catch(() => undefined);
      if (this.ownsConnection) await this.nc.drain().catch(() => undefined);
      this.log('drained');
    })();
    return this.draining;
  }
}
