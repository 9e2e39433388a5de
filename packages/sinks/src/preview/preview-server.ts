// The live preview's HTTP server: a thin shell that routes requests to the per-source picture
// streams and to the folded state, answers every bad request with an HTTP error and reports
// its own failures as status events instead of throwing them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FfmpegBackendName } from '@rxcv/ffmpeg';
import { checkedFfmpegOption } from '../video/ffmpeg-option.js';
import type { AddressInfo, Socket } from 'node:net';
import { BehaviorSubject, map, merge, scan, Subject, take, timeout, type Observable, type Subscription } from 'rxjs';
import { statusEvent, type FrameImage, type InferenceResult, type StatusEvent, type VideoFrame } from '@rxcv/core';
import { messageOf, SinkError } from '../sink-error.js';
import { hostAllowlist } from './host-allowlist.js';
import { JpegEncoder } from './jpeg-encoder.js';
import { MJPEG_BOUNDARY, streamMjpeg } from './mjpeg-response.js';
import { PREVIEW_CSP, PREVIEW_PAGE } from './preview-page.js';
import { routePreviewRequest } from './preview-router.js';
import { SourceStream } from './source-stream.js';
import { EMPTY_VIEW, foldFrame, foldStatus, stateAt, type PreviewState, type PublishedFrame } from './status-fold.js';

export interface PreviewOptions {
  /** Interface to listen on. Default `127.0.0.1`: the preview is not shared unless asked. */
  host?: string;
  /** TCP port; 0 picks a free one (read `url` once `ready`). Default 0. */
  port?: number;
  /** At most this many JPEGs a second per source are sent to browsers. Default 15. */
  maxFps?: number;
  /** JPEG `qscale`, 2 (best) to 31 (smallest). Default 5. */
  quality?: number;
  /** The FFmpeg backend that encodes the JPEGs: `beamcoder` or `node-av`; default `RXCV_FFMPEG`, else beamcoder. */
  ffmpeg?: FfmpegBackendName;
  /**
   * `Host` names answered besides the loopback ones and `host` (for a preview shared on a
   * network: the names or addresses browsers use). Other `Host`s get 403 (DNS rebinding).
   */
  allowedHosts?: readonly string[];
}

/** The part of a status stream the server needs: an RxJS Observable fits. */
export interface StatusSource {
  subscribe(observer: (event: StatusEvent) => void): { unsubscribe(): void };
}

/** Sent with every response: no MIME sniffing, the page's CSP, no referrer, no framing. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': PREVIEW_CSP,
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** The same, as header lines for the answers written straight to a socket. */
const RAW_SECURITY_HEADERS = Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');

/** How long a snapshot waits for its picture before answering 503. */
const SNAPSHOT_TIMEOUT_MS = 5000;

/**
 * The live preview: an HTTP server (127.0.0.1 by default) with a page showing, for each
 * source, the annotated video live as MJPEG, the latest predictions and the pipeline status.
 *
 * `publish()` only hands the newest frame to its source's {@link SourceStream}, which encodes
 * JPEGs on FFmpeg's threads only while a browser watches, at most `maxFps` a second, always
 * of the newest frame, so the preview never slows the pipeline. What `/api/state` shows is
 * folded (`scan`) from the published frames and the observed status events.
 *
 * Routes: `/` the page, `/stream/<id>.mjpg` MJPEG, `/snapshot/<id>.jpg` the newest frame,
 * `/api/state` JSON. A `Host` that is not loopback, `host` or in `allowedHosts` gets 403; a
 * malformed request 400; an unknown source 404 (and allocates nothing). The server's own
 * failures (a request handler that throws, a picture that cannot be encoded, a socket error)
 * are `SINK_ERROR` status events on `events$`, never exceptions.
 */
export class PreviewServer {
  /** Resolves with the page's URL once listening; rejects with a `SinkError` (e.g. port in use). */
  readonly ready: Promise<string>;
  /** The preview's own problems, as `SINK_ERROR` status events (`frameId` 0 when no frame is concerned). */
  readonly events$: Observable<StatusEvent>;
  private readonly server: Server;
  private readonly maxFps: number;
  private readonly quality: number;
  private readonly ffmpeg: FfmpegBackendName | undefined;
  private readonly published = new Subject<PublishedFrame>();
  private readonly statusEvents = new Subject<StatusEvent>();
  private readonly problems = new Subject<StatusEvent>();
  private readonly view = new BehaviorSubject(EMPTY_VIEW);
  private readonly streams = new Map<number, SourceStream>();
  private readonly subscriptions: Subscription[] = [];
  private readonly observed: Array<{ unsubscribe(): void }> = [];
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
    this.ffmpeg = checkedFfmpegOption('preview', options.ffmpeg);
    this.events$ = this.problems.asObservable();
    this.subscriptions.push(
      merge(
        this.published.pipe(map((frame) => (view: typeof EMPTY_VIEW) => foldFrame(view, frame))),
        merge(this.statusEvents, this.problems).pipe(map((event) => (view: typeof EMPTY_VIEW) => foldStatus(view, event))),
      )
        .pipe(
          scan((view, fold) => {
            try {
              return fold(view);
            } catch (error) {
              // A malformed event (a payload missing) is reported after this fold, and skipped.
              queueMicrotask(() => this.report(`preview: cannot show a status event: ${messageOf(error)}`));
              return view;
            }
          }, EMPTY_VIEW),
        )
        .subscribe((view) => this.view.next(view)),
    );

    const isAllowedHost = hostAllowlist(host, options.allowedHosts);
    // Host is checked by the router (400 without, 403 for a foreign one), with this server's headers.
    this.server = createServer({ requireHostHeader: false }, (req, res) => {
      try {
        this.answer(req, res, isAllowedHost);
      } catch (error) {
        this.report(`preview: answering ${req.method ?? '?'} failed: ${messageOf(error)}`);
        if (!res.headersSent) res.writeHead(500, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' });
        res.end();
      }
    });
    this.server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => refuseMalformed(error, socket));
    // CONNECT is not a request event: without this listener Node would drop the connection unanswered.
    this.server.on('connect', (_req: IncomingMessage, socket: Socket) => refuseConnect(socket));
    this.ready = new Promise<string>((resolve, reject) => {
      this.server.once('error', (error: NodeJS.ErrnoException) => {
        const why = error.code === 'EADDRINUSE' ? 'the address is in use' : messageOf(error);
        reject(new SinkError('SINK_OUTPUT_FAILED', `preview: cannot listen on ${host}:${port}: ${why}`, { cause: error }));
      });
      this.server.listen(port, host, () => {
        // From now on a server error is reported, not thrown (an 'error' without listener would be).
        this.server.on('error', (error) => this.report(`preview: server error: ${messageOf(error)}`));
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
    this.published.next({ image, predictions, videoFrame, now });
    this.streamOf(videoFrame.sourceId).show({ image, frameId: videoFrame.frameId });
  }

  /** Follows a pipeline's status events (state, drops, errors) until the server closes. */
  observe(events: StatusSource): void {
    if (this.closing !== undefined) return;
    this.observed.push(events.subscribe((event) => this.statusEvents.next(event)));
  }

  /** What `/api/state` returns. */
  state(now: number = Date.now()): PreviewState {
    return stateAt(this.view.value, now);
  }

  /** Ends every stream, stops listening and frees the port. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.observed.splice(0).forEach((s) => s.unsubscribe());
      for (const stream of this.streams.values()) stream.close();
      this.streams.clear();
      this.server.closeAllConnections(); // ends the MJPEG responses still open
      await this.ready.catch(() => undefined);
      if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()));
      this.subscriptions.splice(0).forEach((s) => s.unsubscribe());
      this.problems.complete();
    })();
    return this.closing;
  }

  /** The picture stream of a source that published a frame (made on its first frame). */
  private streamOf(sourceId: number): SourceStream {
    let stream = this.streams.get(sourceId);
    if (stream === undefined) {
      const encoder = new JpegEncoder(this.quality, this.ffmpeg);
      stream = new SourceStream({
        maxFps: this.maxFps,
        encode: (image) => encoder.encode(image),
        onError: (error, picture) => this.report(`preview: JPEG encoding failed: ${messageOf(error)}`, sourceId, picture.frameId),
      });
      this.streams.set(sourceId, stream);
    }
    return stream;
  }

  private report(message: string, sourceId: number | null = null, frameId = 0): void {
    this.problems.next(statusEvent('SINK_ERROR', 'error', sourceId, { frameId, message }));
  }

  private answer(req: IncomingMessage, res: ServerResponse, isAllowedHost: (host: string) => boolean): void {
    const route = routePreviewRequest({ method: req.method, url: req.url, host: req.headers.host }, isAllowedHost);
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string | number> = {}) =>
      res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra }).end(body);
    switch (route.kind) {
      case 'refused':
        send(route.status, 'text/plain', `${route.reason}\n`, route.status === 405 ? { Allow: 'GET, HEAD' } : {});
        return;
      case 'page':
        send(200, 'text/html; charset=utf-8', PREVIEW_PAGE);
        return;
      case 'state':
        send(200, 'application/json', JSON.stringify(this.state()));
        return;
      case 'stream': {
        // Only sources the pipeline or a frame told of (the page shows those): an unknown id
        // allocates nothing. A known source without frames yet gets a stream that waits for them.
        if (!this.view.value.sources.has(route.sourceId) || this.closing !== undefined) send(404, 'text/plain', 'no such source\n');
        else if (req.method === 'HEAD') send(200, `multipart/x-mixed-replace; boundary=${MJPEG_BOUNDARY}`, '');
        else streamMjpeg(res, this.streamOf(route.sourceId).jpeg$, SECURITY_HEADERS);
        return;
      }
      case 'snapshot': {
        const stream = this.streams.get(route.sourceId);
        // Only a source with a frame has a picture (its stream is made on its first frame).
        if (stream === undefined || this.closing !== undefined) {
          send(404, 'text/plain', 'no such source\n');
          return;
        }
        const subscription = stream.jpeg$.pipe(take(1), timeout(SNAPSHOT_TIMEOUT_MS)).subscribe({
          next: ({ jpeg }) => send(200, 'image/jpeg', jpeg, { 'Content-Length': jpeg.length }),
          error: () => send(503, 'text/plain', 'no picture yet\n'),
          complete: () => res.headersSent || send(503, 'text/plain', 'the preview closed\n'),
        });
        res.once('close', () => subscription.unsubscribe());
        return;
      }
    }
  }
}

/** Answers a CONNECT (the preview is no proxy) and closes. */
function refuseConnect(socket: Socket): void {
  socket.on('error', () => socket.destroy());
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\nContent-Length: 0\r\n${RAW_SECURITY_HEADERS}\r\n`);
}

/** Answers a request Node's HTTP parser refused (bad request line, oversized headers) and closes. */
function refuseMalformed(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n${RAW_SECURITY_HEADERS}\r\n`);
}
