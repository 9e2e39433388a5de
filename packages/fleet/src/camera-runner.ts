// Runs one camera on this worker: one InferencePipeline (a model, or frames only), its
// predictions and status events published on the camera's subjects with fleet-wide frame ids.
import { redactReference, redactText, type StatusEvent, type VideoFrame } from '@rxcv/core';
import type { NatsConnection } from '@nats-io/transport-node';
import { InferencePipeline, LineZone, PolygonZone, type AnalyticsEvent, type InferenceResult, type Model, type PipelineReport, type VideoSourceOptions } from 'rxcv';
import type { CameraConfig } from './camera-config.js';
import type { FleetMetrics } from './fleet-metrics.js';
import { eventsSubject, predictionsSubject, statusSubject } from './subjects.js';

/** Per-frame events go to metrics, not to the status subject (they would double the traffic). */
const PER_FRAME_EVENTS = new Set(['INFERENCE_STARTED', 'INFERENCE_COMPLETED', 'FRAME_DROPPED']);
/** Analytics events have a subject of their own (`.events`), so they are not repeated on `.status`. */
const OWN_SUBJECT_EVENTS = new Set(['ANALYTICS_EVENT']);
const RETRY_MS = 5000;
const LAVFI_DEMUXER_OPTIONS = { fpsprobesize: '0', analyzeduration: '0' };

export interface CameraRunnerContext {
  readonly nc: NatsConnection;
  readonly worker: string;
  readonly metrics: FleetMetrics;
  /** False while NATS is unreachable: messages are then dropped (and counted), not queued. */
  readonly connected: () => boolean;
  /** A shared model for `config.model`, loaded once per worker. */
  readonly model: (id: string) => Promise<Model>;
  readonly log: (line: string) => void;
}

/** A frame-only result for cameras without a model: Roboflow's shape with no predictions. */
function frameOnly(frames: readonly VideoFrame[]): InferenceResult[] {
  return frames.map((f) => ({ image: { width: f.image.width, height: f.image.height }, predictions: [] }));
}

export class CameraRunner {
  private pipeline: InferencePipeline<InferenceResult> | null = null;
  private stopped = false;
  private suspended = false;
  private retry: NodeJS.Timeout | null = null;
  private lastFrameId: number;
  private lastFrameAt: number | null = null;
  private state = 'STARTING';
  private readonly encoder = new TextEncoder();

  /**
   * @param baseFrameId fleet-wide id of the last frame published for this camera (by any
   * worker): this run's frame N is published as `baseFrameId + N`.
   */
  constructor(
    readonly id: string,
    readonly config: CameraConfig,
    readonly revision: number,
    private readonly baseFrameId: number,
    private readonly context: CameraRunnerContext,
  ) {
    this.lastFrameId = baseFrameId;
  }

  /** Opens the source and starts; a failure is published and retried every 5 s until stopped. */
  start(): void {
    void this.open();
  }

  private async open(): Promise<void> {
    const { config } = this;
    const sourceOptions: Omit<VideoSourceOptions, 'sourceId'> = {
      // Connect in the background: an unreachable camera reconnects (and says so) without
      // holding up the worker's other cameras.
      connectOnOpen: false,
      ...(config.kind ? { kind: config.kind } : config.inputFormat ? { kind: 'webcam' as const } : {}),
      ...(config.inputFormat ? { inputFormat: config.inputFormat } : {}),
      ...(config.transport ? { transport: config.transport } : {}),
      ...(config.ffmpeg ? { ffmpeg: config.ffmpeg } : {}),
      ...(config.hwDecode !== undefined ? { hwDecode: config.hwDecode } : {}),
      // A lavfi graph is synthetic: probing its frame rate would wait for frames (~8 s with `realtime`).
      ...(config.inputFormat === 'lavfi' || config.demuxerOptions
        ? { demuxerOptions: { ...(config.inputFormat === 'lavfi' ? LAVFI_DEMUXER_OPTIONS : {}), ...config.demuxerOptions } }
        : {}),
    };
    const common = {
      videoReference: config.source,
      sinkMode: 'sequential' as const,
      onPrediction: (result: InferenceResult, frame: VideoFrame) => this.publishPrediction(result, frame),
      maxFps: config.maxFps,
      sourceOptions,
      statusUpdateHandlers: [(event: StatusEvent) => this.onStatus(event)],
      // Tracking, lines and zones (the lines' counts start again after a move to another worker).
      lines: (config.lines ?? []).map((line, i) => new LineZone({ start: line.start, end: line.end, name: line.name ?? `line${i + 1}` })),
      zones: (config.zones ?? []).map((zone, i) => new PolygonZone({ polygon: zone.polygon.map(([x, y]) => [x, y] as [number, number]), name: zone.name ?? `zone${i + 1}` })),
    };
    try {
      const pipeline = config.model
        ? await InferencePipeline.init<InferenceResult>({
            ...common,
            model: await this.context.model(config.model),
            ...(config.confidence !== undefined ? { confidence: config.confidence } : {}),
          })
        : await InferencePipeline.initWithCustomLogic<InferenceResult>({ ...common, onVideoFrame: frameOnly });
      if (this.stopped) {
        await pipeline.terminate();
        return;
      }
      this.pipeline = pipeline;
      pipeline.events$.subscribe((event) => this.publishEvent(event));
      this.context.metrics.restarted(this.id);
      pipeline.start();
      this.publishStatus({ type: 'CAMERA_STARTED', worker: this.context.worker, source: redactReference(config.source), firstFrameId: this.lastFrameId + 1 });
      pipeline.join().then(
        () => this.ended(null),
        (error: Error) => this.ended(error),
      );
    } catch (error) {
      this.failed(error as Error);
    }
  }

  private ended(error: Error | null): void {
    if (this.stopped) return;
    if (error) this.failed(error);
    else {
      this.state = 'ENDED';
      this.publishStatus({ type: 'CAMERA_ENDED', worker: this.context.worker });
    }
  }

  private failed(error: Error): void {
    if (this.stopped) return;
    this.state = 'ERROR';
    const message = redactText(error.message, this.config.source);
    this.context.log(`camera ${this.id}: ${message}; retrying in ${RETRY_MS / 1000} s`);
    this.publishStatus({ type: 'CAMERA_ERROR', worker: this.context.worker, payload: { code: (error as { code?: string }).code ?? 'ERROR', message } });
    this.pipeline = null;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) void this.open();
    }, RETRY_MS);
  }

  private onStatus(event: StatusEvent): void {
    if (event.type === 'SOURCE_STATE_CHANGED') this.state = (event.payload as { to: string }).to;
    if (PER_FRAME_EVENTS.has(event.type) || OWN_SUBJECT_EVENTS.has(event.type)) return;
    this.publishStatus({ type: event.type, severity: event.severity, timestamp: event.timestamp, worker: this.context.worker, payload: event.payload });
  }

  private publishPrediction(result: InferenceResult, frame: VideoFrame): void {
    const frameId = this.baseFrameId + frame.frameId;
    this.lastFrameId = frameId;
    this.lastFrameAt = Date.now();
    const message = {
      ...result,
      inference_metadata: {
        camera_id: this.id,
        frame_id: frameId,
        frame_timestamp: new Date(frame.frameTimestamp).toISOString(),
        worker: this.context.worker,
      },
    };
    if (this.publish(predictionsSubject(this.id), JSON.stringify(message))) {
      this.context.metrics.latencySeconds(this.id, (Date.now() - frame.frameTimestamp) / 1000);
    }
  }

  /** An analytics event on `.events`, with the camera id, the worker and the fleet-wide frame id. */
  private publishEvent(event: AnalyticsEvent): void {
    const message = { ...event, frameId: this.baseFrameId + event.frameId, camera_id: this.id, worker: this.context.worker };
    this.publish(eventsSubject(this.id), JSON.stringify(message));
  }

  private publishStatus(event: Record<string, unknown>, evenIfStopped = false): void {
    // Source events are redacted already; redact their texts again in case one quotes the URL.
    // Only values are redacted, never keys or ids: a short user name such as "cam" would
    // otherwise mangle "camera_id".
    const { payload, ...rest } = event;
    const message = { camera_id: this.id, timestamp: Date.now(), ...rest, ...(payload !== undefined ? { payload: this.redacted(payload) } : {}) };
    this.publish(statusSubject(this.id), JSON.stringify(message), evenIfStopped);
  }

  /** Every string in `value` with this camera's credentials removed. */
  private redacted(value: unknown): unknown {
    if (typeof value === 'string') return redactText(value, this.config.source);
    if (Array.isArray(value)) return value.map((v) => this.redacted(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redacted(v)]));
    return value;
  }

  private publish(subject: string, text: string, evenIfStopped = false): boolean {
    if ((this.stopped || this.suspended) && !evenIfStopped) return false;
    if (!this.context.connected()) {
      this.context.metrics.publishDropped.inc();
      return false;
    }
    try {
      this.context.nc.publish(subject, this.encoder.encode(text));
      this.context.metrics.published.inc();
      return true;
    } catch {
      this.context.metrics.publishDropped.inc();
      return false;
    }
  }

  /**
   * Holds output back (true) while the worker cannot prove it still holds the camera's lease;
   * the pipeline keeps running so that output resumes at once if it does.
   */
  suspend(on: boolean): void {
    this.suspended = on;
  }

  /** Fleet-wide id of the last frame published. */
  get frameId(): number {
    return this.lastFrameId;
  }

  get lastFrameTime(): number | null {
    return this.lastFrameAt;
  }

  get currentState(): string {
    return this.state;
  }

  report(): PipelineReport | null {
    return this.pipeline?.report() ?? null;
  }

  /** Stops at once: no message is published after this resolves. `why` goes on the status subject. */
  async stop(why: string): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const pipeline = this.pipeline;
    this.pipeline = null;
    this.state = 'STOPPED';
    await pipeline?.terminate().catch(() => undefined);
    this.publishStatus({ type: 'CAMERA_STOPPED', worker: this.context.worker, payload: { reason: why, lastFrameId: this.lastFrameId } }, true);
  }
}
