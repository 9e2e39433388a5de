import type { VideoFrame } from '@rxcv/core';
import { FrameRateMeter } from './frame-rate-meter.js';
import type { DecodedPicture } from './video-reader.js';

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

  /** Forgets the measured rate (after a pause in arrivals such as a reconnect). */
  resetRate(): void {
    this.meter.reset();
  }
}
