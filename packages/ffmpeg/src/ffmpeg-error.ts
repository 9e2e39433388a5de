// The errors of the FFmpeg backends: FFmpeg's own failures, and a backend that cannot be used.

/**
 * A failed FFmpeg call. `message` is FFmpeg's own text (e.g. `Connection refused`), without the
 * binding's decoration, so `@rxcv/sources` classifies failures the same way under every backend.
 */
export class FfmpegError extends Error {
  override readonly name = 'FfmpegError';

  constructor(
    message: string,
    /** FFmpeg's negative AVERROR code, when the binding reports it. */
    readonly averror?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export type FfmpegBackendErrorCode =
  /** The backend's binding is not installed, or this Node is too old for it. */
  | 'FFMPEG_BACKEND_UNAVAILABLE'
  /** `RXCV_FFMPEG` or an `ffmpeg` option names no backend. */
  | 'FFMPEG_BACKEND_UNKNOWN'
  /** A named hardware decoder (e.g. `cuda`) is not available on this machine or with this backend. */
  | 'HARDWARE_DECODING_UNAVAILABLE';

/** A backend that cannot be used here; the message says what to install or change. */
export class FfmpegBackendError extends Error {
  override readonly name = 'FfmpegBackendError';

  constructor(
    readonly code: FfmpegBackendErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
