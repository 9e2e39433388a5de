import { Observable, Subject, concat, defer, of, type Subscription } from 'rxjs';
import {
  readOnDemand,
  reconnectWithBackoff,
  statusEvent,
  SourceError,
  type BackoffOptions,
  type Severity,
  type SourceDescription,
  type StatusEvent,
  type StatusEventType,
  type StatusPayloads,
  type UnconvertedVideoFrame,
  type VideoFrame,
} from '@rxcv/core';
import { FfmpegBackendError } from '@rxcv/ffmpeg';
import { classifyFfmpegError } from './classify-ffmpeg-error.js';
import { HardwareFallbackNotice } from './hardware-fallback.js';
import type { FfmpegVideoSource } from './ffmpeg-video-source.js';
import { ReaderStats } from './reader-stats.js';
import type { SourceStats } from './source-stats.js';
import { liveReaderClosed, liveReaderOpened } from './threadpool.js';
import { VideoFrameFactory } from './video-frame-factory.js';
import { VideoReader, type VideoReaderOptions, type VideoStreamInfo } from './video-reader.js';
import type { ResolvedReference } from './video-reference.js';

/** Reads the next frame from an open reader; null at the end, or when `closed()` (no frame id is used then). */
type FrameRead<T> = (reader: VideoReader, closed: () => boolean) => Promise<T | null>;

/** How a live source behaves. */
export interface LiveSourceSettings {
  readonly reader: Omit<VideoReaderOptions, 'corruptData' | 'flushAtEnd'>;
  /** Back-off of reconnects, or false to end the source at the first loss. */
  readonly reconnect: BackoffOptions | false;
  /** Connect once inside `open` to report bad references at once and learn the size. */
  readonly connectOnOpen: boolean;
}

/**
 * A live stream (RTSP, RTMP, HTTP, UDP, SRT) or a webcam.
 *
 * `frames()` connects, then reads and decodes at the input's own pace (never waiting for the
 * consumer unless `demand$` is given), and when the connection is lost (a killed server reads as
 * end of stream) or fails, reconnects with back-off. Frame ids carry on across reconnects; a new
 * connection starts with a new demuxer and decoder, so no frame buffered before the loss is ever
 * emitted after it. Connection attempts, connections, losses and errors are `events$`.
 */
export class LiveVideoSource implements FfmpegVideoSource {
  readonly defaultMode = 'latest-frame' as const;
  readonly events$: Observable<StatusEvent>;

  private readonly events = new Subject<StatusEvent>();
  private readonly fallback: HardwareFallbackNotice;
  private readonly factory: VideoFrameFactory;
  private readonly stats_ = new ReaderStats();
  private info: VideoStreamInfo | null = null;
  /** Number of the next connection attempt since the last successful connection. */
  private nextAttempt = 1;
  /** Set when a retry was announced (with its delay) before the attempt starts. */
  private announced = false;

  private constructor(
    readonly sourceId: number,
    readonly kind: 'stream' | 'webcam',
    private readonly reference: ResolvedReference,
    private readonly settings: LiveSourceSettings,
  ) {
    this.factory = new VideoFrameFactory(sourceId, false);
    this.fallback = new HardwareFallbackNotice(sourceId);
    this.events$ = this.events.asObservable();
  }

  /**
   * Creates the source. With `connectOnOpen` it connects once (bounded by the time-out) so that a
   * wrong address, password or path rejects here with a classified `SourceError`, then disconnects.
   */
  static async open(reference: ResolvedReference, sourceId: number, settings: LiveSourceSettings): Promise<LiveVideoSource> {
    const source = new LiveVideoSource(sourceId, reference.kind === 'webcam' ? 'webcam' : 'stream', reference, settings);
    if (settings.connectOnOpen) {
      const probe = await VideoReader.open(reference, source.readerOptions());
      source.info = probe.info;
      probe.close();
    }
    return source;
  }

  describe(): SourceDescription {
    return {
      sourceId: this.sourceId,
      reference: this.reference.display,
      kind: this.kind,
      width: this.info?.width ?? null,
      height: this.info?.height ?? null,
      fps: this.info?.fps ?? null,
      totalFrames: null,
    };
  }

  stats(): SourceStats {
    return this.stats_.snapshot(this.factory.framesMade);
  }

  frames(demand$?: Observable<number>): Observable<VideoFrame> {
    if (!demand$) return this.reconnecting(undefined, this.convertedFrame);
    // Demand outlives connections: what was asked for and not yet delivered when a connection was
    // lost is asked again of the next one, or a consumer waiting for its frame would wait forever.
    return new Observable<VideoFrame>((subscriber) => {
      let outstanding = 0;
      const asked = new Subject<number>();
      const demandSubscription = demand$.subscribe({
        next: (n) => {
          outstanding += n;
          asked.next(n);
        },
        error: (error: unknown) => subscriber.error(error),
      });
      const perConnection$ = defer(() => (outstanding > 0 ? concat(of(outstanding), asked) : asked));
      const frameSubscription = this.reconnecting(perConnection$, this.convertedFrame).subscribe({
        next: (frame) => {
          outstanding = Math.max(0, outstanding - 1);
          subscriber.next(frame);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      });
      return () => {
        demandSubscription.unsubscribe();
        frameSubscription.unsubscribe();
      };
    });
  }

  /**
   * Like `frames()` without demand, but a frame's picture is converted only when its `convert()`
   * is called: a latest-frame pipeline converts the frames it keeps, not the ones it drops.
   * `stats().lastDecodeMs` is then the decoding alone.
   */
  unconvertedFrames(): Observable<UnconvertedVideoFrame> {
    return this.reconnecting(undefined, async (reader, closed) => {
      const decoded = await reader.nextDecoded();
      this.stats_.frameRead(reader);
      if (decoded === null || closed()) return null;
      return this.factory.makeUnconverted(decoded, reader.info.fps, reader);
    });
  }

  /** One converted frame from the reader, or null at the end (or once the connection is closed). */
  private readonly convertedFrame = async (reader: VideoReader, closed: () => boolean): Promise<VideoFrame | null> => {
    const picture = await reader.next();
    this.stats_.frameRead(reader);
    if (picture === null || closed()) return null;
    return this.factory.make(picture, reader.info.fps);
  };

  /** Connections one after the other, with back-off in between (unless reconnect is off). */
  private reconnecting<T>(demand$: Observable<number> | undefined, read: FrameRead<T>): Observable<T> {
    const connection$ = this.connection(demand$, read);
    const backoff = this.settings.reconnect;
    if (backoff === false) return connection$;
    return connection$.pipe(
      reconnectWithBackoff({
        ...backoff,
        // A backend that cannot decode as asked (a named hardware device it lacks) will not on a retry either.
        retryIf: (error) => !(error instanceof FfmpegBackendError),
        onRetry: ({ delayMs }) => {
          this.emit('SOURCE_CONNECT_ATTEMPT', 'info', { attempt: this.nextAttempt, delayMs: Math.round(delayMs) });
          this.announced = true;
        },
        // The error itself reaches the subscriber (a pipeline reports it as SOURCE_ERROR); the
        // event says that the reconnecting is over.
        onGiveUp: ({ attempts }) => {
          this.emit('SOURCE_DISCONNECTED', 'error', {
            reason: `giving up on ${this.reference.display} after ${attempts} reconnect attempt(s)`,
          });
        },
      }),
    );
  }

  /** One connection: open, read (with `read`) until the input ends or fails, close. */
  private connection<T>(demand$: Observable<number> | undefined, read: FrameRead<T>): Observable<T> {
    return new Observable<T>((subscriber) => {
      const attempt = this.nextAttempt++;
      if (!this.announced) this.emit('SOURCE_CONNECT_ATTEMPT', 'info', { attempt, delayMs: 0 });
      this.announced = false;
      let reader: VideoReader | null = null;
      let reading: Subscription | null = null;
      let closed = false;

      // A lost connection that will be retried is a warning event; a final one is only the
      // error on the Observable, which a pipeline reports once as SOURCE_ERROR.
      const lost = (error: SourceError): void => {
        if (this.settings.reconnect !== false) this.emit('SOURCE_ERROR', 'warning', { code: error.code, message: error.message });
        subscriber.error(error);
      };

      VideoReader.open(this.reference, this.readerOptions()).then(
        (opened) => {
          liveReaderOpened();
          this.stats_.opened(opened);
          if (closed) {
            this.closeReader(opened);
            return;
          }
          reader = opened;
          this.info = opened.info;
          this.nextAttempt = 1;
          this.factory.resetRate();
          this.emit('SOURCE_CONNECTED', 'info', { attempt });
          const fallback = this.fallback.check(opened);
          if (fallback) this.events.next(fallback);
          const pull = (): Promise<T | null> => read(opened, () => closed);
          reading = readOnDemand(pull, demand$).subscribe({
            next: (frame) => subscriber.next(frame),
            error: (error: unknown) => {
              const classified = classifyFfmpegError(error, { reference: this.reference, phase: 'read', timeoutMs: this.settings.reader.timeoutMs });
              this.emit('SOURCE_DISCONNECTED', 'warning', { reason: classified.message });
              lost(classified);
            },
            complete: () => {
              if (closed) return;
              this.emit('SOURCE_DISCONNECTED', 'warning', {
                reason: `${this.reference.display}: the ${this.kind === 'webcam' ? 'camera' : 'stream'} ended (the peer closed the connection)`,
              });
              subscriber.complete();
            },
          });
        },
        (error: unknown) => {
          if (closed) return;
          if (error instanceof FfmpegBackendError) subscriber.error(error);
          else lost(classifyFfmpegError(error, { reference: this.reference, phase: 'open', timeoutMs: this.settings.reader.timeoutMs }));
        },
      );

      return () => {
        closed = true;
        reading?.unsubscribe();
        if (reader) this.closeReader(reader);
      };
    });
  }

  private closeReader(reader: VideoReader): void {
    reader.close();
    this.stats_.closed(reader);
    liveReaderClosed();
  }

  private readerOptions(): VideoReaderOptions {
    return { ...this.settings.reader, corruptData: 'skip', flushAtEnd: false };
  }

  private emit<T extends StatusEventType>(type: T, severity: Severity, payload: StatusPayloads[T]): void {
    this.events.next(statusEvent(type, severity, this.sourceId, payload));
  }
}
