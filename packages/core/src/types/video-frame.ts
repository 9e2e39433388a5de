/** Pixel layouts a frame image can have. Packed, 3 bytes a pixel, rows without padding. */
export type PixelFormat = 'rgb24' | 'bgr24';

/** A decoded picture: packed pixels, `width * 3` bytes a row. */
export interface FrameImage {
  readonly width: number;
  readonly height: number;
  readonly format: PixelFormat;
  readonly data: Uint8Array;
}

/**
 * One frame from one source, as handed to models and to `onPrediction`.
 * Mirrors Roboflow Inference's `VideoFrame` in camelCase.
 */
export interface VideoFrame {
  readonly image: FrameImage;
  /** 1-based per source; never reset, not even by a reconnect. */
  readonly frameId: number;
  /** When the frame was decoded (files) or received (streams), ms since the epoch. */
  readonly frameTimestamp: number;
  /** Presentation time in the source's own clock, seconds; null when the container gives none. */
  readonly presentationTime: number | null;
  readonly sourceId: number;
  /** The frame rate the source declares; null when it declares none. */
  readonly fps: number | null;
  /** Frames per second actually received over the last second or so; null until known. */
  readonly measuredFps: number | null;
  readonly comesFromVideoFile: boolean;
}
