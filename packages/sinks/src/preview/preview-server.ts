import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameImage, InferenceResult, SourceState, StatusEvent, VideoFrame } from '@rxcv/core';
import { messageOf, SinkError } from '../sink-error.js';
import { JpegEncoder } from './jpeg-encoder.js';
import { PREVIEW_PAGE } from './preview-page.js';

export interface PreviewOptions {
  /** Interface to listen on. Default `127.0.0.1`: the preview is not shared unless asked. */
  host?: string;
  /** TCP port; 0 picks a free one (read `url` once `ready`). Default 0. */
  port?: number;
  /** At most this many JPEGs a second per source are sent to browsers. Default 15. */
  maxFps?: number;
  /** JPEG `qscale`, 2 (best) to 31 (smallest). Default 5. */
  quality?: number;
}

/** The part of a status stream the server needs: an RxJS Observable fits. */
export interface StatusSource {
  subscribe(observer: (event: StatusEvent) => void): { unsubscribe(): void };
}

/** What `/api/state` says about one source. */
export interface PreviewSourceState {
  sourceId: number;
  frameId: number;
  /** Frames published to the preview so far. */
  frames: number;
  /** Frames published per second over the last second. */
  fps: number;
  /** From the frame's decode/receive time to its arrival here, ms. */
  latencyMs: number;
  width: number;
  height: number;
  /** Last state the pipeline reported for the source; null before any status event. */
  state: SourceState | null;
  /** Frames the pipeline reported dropped for this source. */
  dropped: number;
  lastError: string | null;
  /** The latest predictions (at most 100). */
  predictions: unknown[];
}

interface SourceEntry {
  sourceId: number;
  image: FrameImage | null;
  videoFrame: VideoFrame | null;
  predictions: unknown[];
  frames: number;
  arrivals: number[];
  latencyMs: number;
  state: SourceState | null;
  dropped: number;
  lastError: string | null;
  clients: Set<ServerResponse>;
  encoder: JpegEncoder;
  encoding: boolean;
  /** The JPEG of the latest encoded frame, and which frame that was. */
  jpeg: Buffer | null;
  jpegFrameId: number;
  lastSent: number;
  timer: NodeJS.Timeout | null;
}

const BOUNDARY = 'rxcvframe';
/** A client with more than this many bytes unsent gets no new frame until it catches up. */
const MAX_UNSENT_BYTES = 1 << 20;

/**
 * The live preview: an HTTP server (127.0.0.1 by default) with a page showing, for each
 * source, the annotated video live as MJPEG, the latest predictions and the pipeline status.
 *
 * `publish()` only keeps a reference to the newest frame; JPEG encoding happens on FFmpeg's
 * threads, only while a browser watches, at most `maxFps` a second, always of the newest
 * frame (older ones are skipped), so the preview never slows the pipeline.
 *
 * Routes: `/` the page, `/stream/<id>.mjpg` MJPEG, `/snapshot/<id>.jpg` the newest frame,
 * `/api/state` JSON.
 */
export class PreviewServer {
  /** Resolves with the page's URL once listening; rejects with a `SinkError` (e.g. port in use). */
  readonly ready: Promise<string>;
  private readonly server: Server;
  private readonly sources = new Map<number, SourceEntry>();
  private readonly maxFps: number;
  private readonly quality: number;
  private readonly subscriptions: Array<{ unsubscribe(): void }> = [];
  private pipelineState = 'RUNNING';
  private address: string | undefined;
  private closing: Promise<void> | undefined;

  constructor(options: PreviewOptions = {}) {
    const host = options.host ?? '127.0.0.1';
    const port = options.port ?? 0;
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      throw new SinkError('SINK_INVALID_OPTIONS', `preview: port must be an integer in 0..65535, got ${String(port)}`);
    }
    this.maxFps = Math.max(0.1, options.maxFps ?? 15);
    this.quality = Math.min(31, Math.max(2, Math.round(options.quality ?? 5)));
    this.server = createServer((req, res) => this.route(req, res));
    this.ready = new Promise<string>((resolve, reject) => {
      this.server.once('error', (error: NodeJS.ErrnoException) => {
        const why = error.code === 'EADDRINUSE' ? 'the address is in use' : messageOf(error);
        reject(new SinkError('SINK_OUTPUT_FAILED', `preview: cannot listen on ${host}:${port}: ${why}`, { cause: error }));
      });
      this.server.listen(port, host, () => {
        const { address, port: bound } = this.server.address() as AddressInfo;
        const shown = address.includes(':') ? `[${address}]` : address;
        this.address = `http://${shown}:${bound}/`;
        resolve(this.address);
      });
    });
    this.ready.catch(() => undefined); // reported to whoever awaits it
  }

  /** The page's URL once listening, else undefined. */
  get url(): string | undefined {
    return this.address;
  }

  /** Shows `image` (an annotated frame, not copied: do not change it afterwards) for its source. */
  publish(image: FrameImage, predictions: InferenceResult | null, videoFrame: VideoFrame, now: number = Date.now()): void {
    if (this.closing !== undefined) return;
    const entry = this.entry(videoFrame.sourceId);
    entry.image = image;
    entry.videoFrame = videoFrame;
    entry.predictions = Array.isArray(predictions?.predictions) ? predictions.predictions.slice(0, 100) : [];
    entry.frames += 1;
    entry.latencyMs = Math.max(0, now - videoFrame.frameTimestamp);
    entry.arrivals.push(now);
    while (entry.arrivals.length > 0 && entry.arrivals[0] <= now - 1000) entry.arrivals.shift();
    if (entry.state === null || entry.state === 'NOT_STARTED' || entry.state === 'INITIALISING') entry.state = 'RUNNING';
    this.pump(entry);
  }

  /** Follows a pipeline's status events (state, drops, errors) until the server closes. */
  observe(events: StatusSource): void {
    this.subscriptions.push(events.subscribe((event) => this.onStatus(event)));
  }

  /** What `/api/state` returns. */
  state(now: number = Date.now()): { pipeline: { state: string }; sources: PreviewSourceState[] } {
    const sources = [...this.sources.values()]
      // A browser asking for /stream/<n> of a source that never showed up does not make one.
      .filter((e) => e.frames > 0 || e.state !== null)
      .sort((a, b) => a.sourceId - b.sourceId)
      .map((e): PreviewSourceState => {
        const recent = e.arrivals.filter((t) => t > now - 1000);
        const span = recent.length > 1 ? recent[recent.length - 1] - recent[0] : 0;
        return {
          sourceId: e.sourceId,
          frameId: e.videoFrame?.frameId ?? 0,
          frames: e.frames,
          fps: span > 0 ? ((recent.length - 1) * 1000) / span : 0,
          latencyMs: e.latencyMs,
          width: e.image?.width ?? 0,
          height: e.image?.height ?? 0,
          state: e.state,
          dropped: e.dropped,
          lastError: e.lastError,
          predictions: e.predictions,
        };
      });
    return { pipeline: { state: this.pipelineState }, sources };
  }

  /** Ends every stream, stops listening and frees the port. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.subscriptions.splice(0).forEach((s) => s.unsubscribe());
      for (const entry of this.sources.values()) {
        if (entry.timer !== null) clearTimeout(entry.timer);
        for (const res of entry.clients) res.end();
        entry.clients.clear();
      }
      await this.ready.catch(() => undefined);
      if (!this.server.listening) return;
      await new Promise<void>((resolve) => {
        this.server.close(() => resolve());
        this.server.closeAllConnections();
      });
    })();
    return this.closing;
  }

  private entry(sourceId: number): SourceEntry {
    let entry = this.sources.get(sourceId);
    if (entry === undefined) {
      entry = {
        sourceId, image: null, videoFrame: null, predictions: [], frames: 0, arrivals: [], latencyMs: 0,
        state: null, dropped: 0, lastError: null, clients: new Set(), encoder: new JpegEncoder(this.quality),
        encoding: false, jpeg: null, jpegFrameId: -1, lastSent: 0, timer: null,
      };
      this.sources.set(sourceId, entry);
    }
    return entry;
  }

  private onStatus(event: StatusEvent): void {
    const p = event.payload as unknown as Record<string, unknown>;
    if (event.type === 'PIPELINE_STARTED') this.pipelineState = 'RUNNING';
    if (event.type === 'PIPELINE_FINISHED') this.pipelineState = `FINISHED (${String(p.reason)})`;
    if (event.sourceId === null) return;
    const entry = this.entry(event.sourceId);
    if (event.type === 'SOURCE_STATE_CHANGED') entry.state = p.to as SourceState;
    if (event.type === 'FRAME_DROPPED' && typeof p.dropped === 'number') entry.dropped = Math.max(entry.dropped, p.dropped);
    if (event.type === 'SOURCE_ERROR' || event.type === 'INFERENCE_ERROR' || event.type === 'SINK_ERROR') {
      entry.lastError = String(p.message);
    }
  }

  /** Encodes and sends the newest frame to the watching browsers, at most maxFps a second. */
  private pump(entry: SourceEntry): void {
    if (entry.clients.size === 0 || entry.encoding || entry.timer !== null || this.closing !== undefined) return;
    if (entry.image === null || entry.videoFrame === null || entry.videoFrame.frameId === entry.jpegFrameId) return;
    const wait = entry.lastSent + 1000 / this.maxFps - Date.now();
    if (wait > 0) {
      entry.timer = setTimeout(() => {
        entry.timer = null;
        this.pump(entry);
      }, wait);
      return;
    }
    entry.encoding = true;
    entry.lastSent = Date.now();
    void this.encodeLatest(entry).finally(() => {
      entry.encoding = false;
      this.pump(entry);
    });
  }

  /** JPEG of the source's newest frame (encoded now unless it already is). */
  private async encodeLatest(entry: SourceEntry): Promise<Buffer | null> {
    const image = entry.image;
    const frameId = entry.videoFrame?.frameId ?? -1;
    if (image === null) return null;
    if (entry.jpegFrameId === frameId && entry.jpeg !== null) return entry.jpeg;
    try {
      entry.jpeg = await entry.encoder.encode(image);
      entry.jpegFrameId = frameId;
    } catch (error) {
      entry.lastError = `preview: JPEG encoding failed: ${messageOf(error)}`;
      return null;
    }
    for (const res of entry.clients) this.sendPart(res, entry.jpeg);
    return entry.jpeg;
  }

  private sendPart(res: ServerResponse, jpeg: Buffer): void {
    if (res.writableLength > MAX_UNSENT_BYTES) return; // a slow browser skips frames
    res.write(`--${BOUNDARY}\r\nContent-Type: image/jpeg\r\nContent-Length: ${jpeg.length}\r\n\r\n`);
    res.write(jpeg);
    res.write('\r\n');
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(PREVIEW_PAGE);
      return;
    }
    if (path === '/api/state') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(this.state()));
      return;
    }
    const stream = /^\/stream\/(\d+)\.mjpg$/.exec(path);
    if (stream !== null) {
      this.startStream(Number(stream[1]), res);
      return;
    }
    const snapshot = /^\/snapshot\/(\d+)\.jpg$/.exec(path);
    const entry = snapshot === null ? undefined : this.sources.get(Number(snapshot[1]));
    if (entry !== undefined && entry.image !== null) {
      void this.snapshot(entry, res);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
  }

  private startStream(sourceId: number, res: ServerResponse): void {
    if (this.closing !== undefined) {
      res.writeHead(503).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': `multipart/x-mixed-replace; boundary=${BOUNDARY}`,
      'Cache-Control': 'no-cache, no-store',
      Connection: 'close',
    });
    res.flushHeaders(); // the browser sees the stream start before the first picture
    const entry = this.entry(sourceId);
    entry.clients.add(res);
    res.on('close', () => entry.clients.delete(res));
    if (entry.jpeg !== null) this.sendPart(res, entry.jpeg);
    this.pump(entry);
  }

  private async snapshot(entry: SourceEntry, res: ServerResponse): Promise<void> {
    // Wait for an encode in progress (the encoder takes one frame at a time).
    while (entry.encoding) await new Promise((r) => setTimeout(r, 5));
    entry.encoding = true;
    let jpeg: Buffer | null;
    try {
      jpeg = await this.encodeLatest(entry);
    } finally {
      entry.encoding = false;
      this.pump(entry);
    }
    if (jpeg === null) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${entry.lastError ?? 'no picture'}\n`);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Cache-Control': 'no-store', 'Content-Length': jpeg.length }).end(jpeg);
  }
}
