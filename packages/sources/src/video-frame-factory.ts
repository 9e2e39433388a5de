import type { FrameImage, UnconvertedVideoFrame, VideoFrame } from '@rxcv/core';
import { FrameRateMeter } from './frame-rate-meter.js';
import type { DecodedFrame, DecodedPicture } from './video-reader.js';

/**
 * Stamps decoded pictures into `VideoFrame`s for one source: ids 1, 2, 3, ... that carry on
 * across subscriptions and reconnects, the wall-clock time of arrival and the measured rate.
 */
export class VideoFrameFactory {
  private nextFrameId = 1;
  private readonly meter = new FrameRateMeter();

  constructor(
    private readonly sourceId: number,
    private readonly comesFromVideoFile: boolean,
  ) {}

  /** Frames made so far (the last id given out). */
  get framesMade(): number {
    return this.nextFrameId - 1;
  }

  make(picture: DecodedPicture, fps: number | null, now: number = Date.now()): VideoFrame {
    return {
      image: picture.image,
      frameId: this.nextFrameId++,
      frameTimestamp: now,
      presentationTime: picture.presentationTime,
      sourceId: this.sourceId,
      fps,
      measuredFps: this.meter.tick(now),
      comesFromVideoFile: this.comesFromVideoFile,
    };
  }

  /**
   * Stamps a decoded picture that is not converted yet; `convert()` converts it once (with the
   * reader) and resolves with the complete `VideoFrame`, the same one on every call; `discard()`
   * gives an unconverted picture's buffers back at once (`convert()` then rejects).
   */
  makeUnconverted(
    decoded: DecodedFrame,
    fps: number | null,
    reader: { convert(decoded: DecodedFrame): Promise<FrameImage>; discard(decoded: DecodedFrame): void },
    now: number = Date.now(),
  ): UnconvertedVideoFrame {
    const meta = {
      frameId: this.nextFrameId++,
      frameTimestamp: now,
      presentationTime: decoded.presentationTime,
      sourceId: this.sourceId,
      fps,
      measuredFps: this.meter.tick(now),
      comesFromVideoFile: this.comesFromVideoFile,
    };
    let converted: Promise<VideoFrame> | null = null;
    return {
      ...meta,
      width: decoded.width,
      height: decoded.height,
      convert: () => (converted ??= reader.convert(decoded).then((image) => ({ ...meta, image }))),
      discard: () => {
        if (converted) return;
        converted = Promise.reject(new Error(`frame ${meta.frameId} was discarded`));
        converted.catch(() => undefined);
        reader.discard(decoded);
      },
    };
  }

  /** Forgets the measured rate (after a pause in arrivals such as a reconnect). */
  resetRate(): void {
    this.meter.reset();
  }
}
