// The typed errors of rxcv, each with a code.
/** Base of every error rxcv raises on purpose: `code` says what went wrong, for programs. */
export class RxcvError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export type SourceErrorCode =
  /** The file does not exist. */
  | 'SOURCE_NOT_FOUND'
  /** The input exists but FFmpeg cannot read it as video. */
  | 'SOURCE_UNREADABLE'
  /** The input has no video stream. */
  | 'SOURCE_NO_VIDEO_STREAM'
  /** Decoding failed part-way (a truncated or corrupt file). */
  | 'SOURCE_DECODE_FAILED'
  | 'CONNECTION_REFUSED'
  | 'CONNECTION_FAILED'
  | 'AUTHENTICATION_FAILED'
  | 'STREAM_NOT_FOUND'
  | 'TIMEOUT'
  | 'UNSUPPORTED_CODEC'
  | 'DEVICE_NOT_FOUND'
  | 'INVALID_REFERENCE';

/** A video source could not be opened or read. The message names the (redacted) reference. */
export class SourceError extends RxcvError {
  constructor(
    override readonly code: SourceErrorCode,
    message: string,
    readonly reference: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export type ModelErrorCode =
  | 'MODEL_NOT_FOUND'
  | 'MODEL_INVALID'
  | 'MODEL_UNSUPPORTED'
  | 'MODEL_DOWNLOAD_FAILED'
  | 'MODEL_CHECKSUM_MISMATCH'
  | 'MODEL_UNAUTHORIZED'
  | 'MODEL_DEPENDENCY_MISSING'
  /** The execution provider asked for (CUDA, TensorRT, DirectML, CoreML) cannot load here. */
  | 'EXECUTION_PROVIDER_UNAVAILABLE'
  | 'MODEL_INFERENCE_FAILED';

/** A model could not be found, loaded, downloaded or run. */
export class ModelError extends RxcvError {
  constructor(
    override readonly code: ModelErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

/** A lifecycle operation that the current state does not allow (e.g. `pause()` before `start()`). */
export class InvalidStateError extends RxcvError {
  constructor(message: string) {
    super('INVALID_STATE', message);
  }
}

/**
 * An option given to `init`, a pipeline or a source is out of range or of the wrong type. Raised
 * at once, before anything is opened, so that a mistake never surfaces later as a failure at
 * `start()`. `option` names it as the caller wrote it (`maxFps`, `sourceOptions.timeoutMs`).
 */
export class OptionError extends RxcvError {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super('INVALID_OPTION', `Invalid option \`${option}\`: ${message}`);
  }
}

/**
 * An operation was cancelled through its `AbortSignal` (e.g. `init({ signal })`). `cause` is the
 * signal's reason.
 */
export class AbortedError extends RxcvError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ABORTED', message, options);
  }
}
