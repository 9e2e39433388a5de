// VideoFrame and FrameImage: a decoded picture with its id, time and source.
/** Pixel layouts a frame image can have. Packed, 3 bytes a pixel, rows without padding. */
export type PixelFormat = 'rgb24' | 'bgr24';

/** A decoded picture: packed pixels, `width * 3` bytes a row. */
export interface FrameImage {
  readonly width: number;
  readonly height: number;
  readonly format: PixelFormat;
  readonly data: Uint8Array;
  /**
   * Optional: the same picture already scaled by the source to the size a model feeds it at
   * (see `ModelInputSize`), made by FFmpeg's scaler in the decoding thread. A model uses it
   * instead of resizing `data` itself when its size is exactly the one it needs; everything
   * else (sinks drawing boxes) uses the full-size picture above.
   */
  readonly resized?: FrameImage;
}

/**
 * The input a model wants its frames scaled to, so that a source can do it while decoding:
 * fit inside `width` x `height` keeping the aspect ratio (`letterbox`: scale by the tighter
 * side, rounded to whole pixels) or scale each axis to it (`stretch`), in `pixelFormat`.
 */
export interface ModelInputSize {
  readonly width: number;
  readonly height: number;
  readonly fit: 'letterbox' | 'stretch';
  readonly pixelFormat: PixelFormat;
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
