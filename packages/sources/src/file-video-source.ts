import { Observable, Subject } from 'rxjs';
import {
  readOnDemand,
  type SourceDescription,
  type StatusEvent,
  type VideoFrame,
} from '@rxcv/core';
import { sourceError } from './classify-ffmpeg-error.js';
import type { FfmpegVideoSource } from './ffmpeg-video-source.js';
import { HardwareFallbackNotice } from './hardware-fallback.js';
import { ReaderStats } from './reader-stats.js';
import type { SourceStats } from './source-stats.js';
import { VideoFrameFactory } from './video-frame-factory.js';
import { VideoReader, type VideoReaderOptions, type VideoStreamInfo } from './video-reader.js';
import type { ResolvedReference } from './video-reference.js';

/**
 * A video file read frame by frame.
 *
 * `frames(demand$)` decodes one frame per unit of demand (core's `readOnDemand`), so decoding
 * never runs further ahead than the consumer asked; without `demand$` it decodes as fast as it
 * can. Each subscription opens the file anew and closes it when it completes, errors or is
 * unsubscribed; frame ids carry on from the previous subscription. End of file completes.
 */
export class FileVideoSource implements FfmpegVideoSource {
  readonly kind = 'file' as const;
  readonly defaultMode = 'frame-by-frame' as const;
  /**
   * Files raise no connection events; errors arrive on `frames()`. The one event: with
   * `hwDecode: 'auto'` and no hardware decoder, HARDWARE_DECODING_FALLBACK when reading starts.
   */
  readonly events$: Observable<StatusEvent>;

  private readonly events = new Subject<StatusEvent>();
  private readonly fallback: HardwareFallbackNotice;
  private readonly factory: VideoFrameFactory;
  private readonly stats_ = new ReaderStats();

  private constructor(
    readonly sourceId: number,
    private readonly reference: ResolvedReference,
    private readonly info: VideoStreamInfo,
    private readonly readerOptions: VideoReaderOptions,
  ) {
    this.factory = new VideoFrameFactory(sourceId, true);
    this.fallback = new HardwareFallbackNotice(sourceId);
    this.events$ = this.events.asObservable();
  }

  /**
   * Opens the file once to check it (its first picture decodes) and learn its size, rate and
   * length, then closes it. Throws SOURCE_NOT_FOUND, SOURCE_UNREADABLE, SOURCE_NO_VIDEO_STREAM,
   * UNSUPPORTED_CODEC, or SOURCE_DECODE_FAILED when not even the first picture decodes.
   */
  static async open(
    reference: ResolvedReference,
    sourceId: number,
    readerOptions: Omit<VideoReaderOptions, 'corruptData' | 'flushAtEnd'>,
  ): Promise<FileVideoSource> {
    const options: VideoReaderOptions = { ...readerOptions, corruptData: 'fail', flushAtEnd: true };
    const probe = await VideoReader.open(reference, options);
    try {
      // The first picture is decoded too: FFmpeg 8 (node-av) opens an MP4 cut inside its header
      // (moov) and finds no data after it, where FFmpeg 5 fails the open. A file with no frame
      // at all is unreadable, said here under both backends.
      const first = await probe.nextDecoded();
      if (first === null) {
        const declared = probe.info.totalFrames ? ` of the ${probe.info.totalFrames} its header declares (truncated?)` : '';
        throw sourceError('SOURCE_UNREADABLE', reference, 'open', `no frame could be read${declared}`);
      }
      probe.discard(first);
    } finally {
      probe.close();
    }
    return new FileVideoSource(sourceId, reference, probe.info, options);
  }

  describe(): SourceDescription {
    return {
      sourceId: this.sourceId,
      reference: this.reference.display,
      kind: 'file',
      width: this.info.width,
      height: this.info.height,
      fps: this.info.fps,
      totalFrames: this.info.totalFrames,
    };
  }

  stats(): SourceStats {
    return this.stats_.snapshot(this.factory.framesMade);
  }

  frames(demand$?: Observable<number>): Observable<VideoFrame> {
    return new Observable<VideoFrame>((subscriber) => {
      let reader: VideoReader | null = null;
      let unsubscribed = false;

      const pull = async (): Promise<VideoFrame | null> => {
        if (!reader) {
          const opened = await VideoReader.open(this.reference, this.readerOptions);
          this.stats_.opened(opened);
          if (unsubscribed) {
            opened.close();
            this.stats_.closed(opened);
            return null;
          }
          reader = opened;
          const fallback = this.fallback.check(opened);
          if (fallback) this.events.next(fallback);
        }
        const picture = await reader.next();
        this.stats_.frameRead(reader);
        if (picture === null || unsubscribed) return null;
        return this.factory.make(picture, this.info.fps);
      };

      const subscription = readOnDemand(pull, demand$).subscribe(subscriber);
      return () => {
        unsubscribed = true;
        subscription.unsubscribe();
        if (reader) {
          reader.close();
          this.stats_.closed(reader);
        }
      };
    });
  }
}
