// Prometheus metrics of one worker (prom-client): per camera (fps, frames, latency, state) and
// per worker (cameras held, capacity, event-loop lag and Node's defaults). Camera labels are ids,
// never sources, so no credential can reach a scrape.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PipelineReport } from 'rxcv';

/** The last counts seen per camera, to turn the pipeline's totals into counter increments. */
interface Seen {
  received: number;
  inferred: number;
  dropped: number;
}

/** The states a camera's gauge can show (one series per state, 1 for the current one). */
export const CAMERA_STATES = ['STARTING', 'INITIALISING', 'RUNNING', 'RESTARTING', 'PAUSED', 'MUTED', 'ENDED', 'ERROR', 'STOPPED'] as const;

export class FleetMetrics {
  readonly registry = new Registry();
  private readonly seen = new Map<string, Seen>();
  readonly camerasHeld: Gauge;
  readonly capacity: Gauge;
  readonly published: Counter;
  readonly publishDropped: Counter;
  readonly leaseLost: Counter;
  readonly claims: Counter;
  private readonly fps: Gauge;
  private readonly received: Counter;
  private readonly inferred: Counter;
  private readonly dropped: Counter;
  private readonly latency: Histogram;
  private readonly state: Gauge;

  constructor(worker: string) {
    this.registry.setDefaultLabels({ worker });
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    const registers = [this.registry];
    this.camerasHeld = new Gauge({ name: 'rxcv_worker_cameras', help: 'Cameras this worker runs', registers });
    this.capacity = new Gauge({ name: 'rxcv_worker_capacity', help: 'Cameras this worker may run (--capacity)', registers });
    this.published = new Counter({ name: 'rxcv_worker_messages_published_total', help: 'Prediction and status messages published', registers });
    this.publishDropped = new Counter({ name: 'rxcv_worker_messages_dropped_total', help: 'Messages not published because NATS was unreachable', registers });
    this.leaseLost = new Counter({ name: 'rxcv_worker_leases_lost_total', help: 'Cameras stopped because their lease could not be renewed', registers });
    this.claims = new Counter({ name: 'rxcv_worker_claims_total', help: 'Cameras taken by this worker', registers });
    const labelNames = ['camera'] as const;
    this.fps = new Gauge({ name: 'rxcv_camera_fps', help: 'Frames inferred per second', labelNames, registers });
    this.received = new Counter({ name: 'rxcv_camera_frames_received_total', help: 'Frames received from the source', labelNames, registers });
    this.inferred = new Counter({ name: 'rxcv_camera_frames_inferred_total', help: 'Frames inferred', labelNames, registers });
    this.dropped = new Counter({ name: 'rxcv_camera_frames_dropped_total', help: 'Frames dropped (superseded or over maxFps)', labelNames, registers });
    this.latency = new Histogram({
      name: 'rxcv_camera_latency_seconds',
      help: 'From frame timestamp to its prediction being published',
      labelNames,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.state = new Gauge({ name: 'rxcv_camera_state', help: 'Current state of the camera (1 for the current state)', labelNames: ['camera', 'state'], registers });
  }

  /** Updates one camera's series from its pipeline report. */
  report(camera: string, report: PipelineReport | null, state: string): void {
    const source = report?.sources[0];
    if (source) {
      const last = this.seen.get(camera) ?? { received: 0, inferred: 0, dropped: 0 };
      this.received.inc({ camera }, Math.max(0, source.framesReceived - last.received));
      this.inferred.inc({ camera }, Math.max(0, source.framesInferred - last.inferred));
      this.dropped.inc({ camera }, Math.max(0, source.framesDropped - last.dropped));
      this.seen.set(camera, { received: source.framesReceived, inferred: source.framesInferred, dropped: source.framesDropped });
      this.fps.set({ camera }, source.inferredFps ?? 0);
    }
    for (const s of CAMERA_STATES) this.state.set({ camera, state: s }, s === state ? 1 : 0);
  }

  /** Counts are per pipeline run: a restarted pipeline starts from zero again. */
  restarted(camera: string): void {
    this.seen.delete(camera);
  }

  latencySeconds(camera: string, seconds: number): void {
    this.latency.observe({ camera }, seconds);
  }

  /** Removes a camera's series when it leaves this worker. */
  forget(camera: string): void {
    this.seen.delete(camera);
    for (const metric of [this.fps, this.received, this.inferred, this.dropped, this.latency]) metric.remove({ camera });
    for (const state of CAMERA_STATES) this.state.remove({ camera, state });
  }
}
