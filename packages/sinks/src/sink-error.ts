import { RxcvError } from '@rxcv/core';

export type SinkErrorCode =
  /** An option is missing or out of range (named in the message). */
  | 'SINK_INVALID_OPTIONS'
  /** A frame handed to a sink is not a packed rgb24/bgr24 picture of its stated size. */
  | 'SINK_INVALID_FRAME'
  /** The output (file, socket) could not be opened or written. */
  | 'SINK_OUTPUT_FAILED'
  /** The sink was used after `close()`. */
  | 'SINK_CLOSED'
  /** The output refused the credentials (MQTT broker, HTTP 401/403). */
  | 'SINK_AUTH_FAILED'
  /** The output rejected a message for good (HTTP 4xx): retrying would not help. */
  | 'SINK_REJECTED'
  /** The output stayed unreachable after every retry, or did not answer in time. */
  | 'SINK_UNREACHABLE';

/** A sink could not do its job. `code` says why; the message names the output. */
export class SinkError extends RxcvError {
  constructor(
    override readonly code: SinkErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

/** The message of anything thrown, for wrapping native errors. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
