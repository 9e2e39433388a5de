// beamcoder's errors as FfmpegErrors: FFmpeg's own message, without beamcoder's decoration.
import { FfmpegError } from '../ffmpeg-error.js';

/**
 * FFmpeg's own message from an error beamcoder threw: without its "In file ../src/x.cc on line
 * N, found error:" prefix and the name of the call that failed ("Problem reading frame: "), so
 * callers classify `Connection refused` the same way whichever backend said it.
 */
export function beamcoderMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return raw
    .replace(/^In file .*? on line \d+, found error: /s, '')
    .replace(/^(Problem opening input format|Problem reading frame|Error sending packet|Problem opening decoder): /, '')
    .trim();
}

/** `error` as an `FfmpegError` (the original kept as `cause`); an `FfmpegError` passes as it is. */
export function toFfmpegError(error: unknown): FfmpegError {
  if (error instanceof FfmpegError) return error;
  return new FfmpegError(beamcoderMessage(error), undefined, { cause: error });
}

/** Runs `call`, rethrowing what it throws as an `FfmpegError`. */
export async function ffmpegCall<T>(call: () => Promise<T> | T): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toFfmpegError(error);
  }
}

/** The synchronous `ffmpegCall`. */
export function ffmpegCallSync<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw toFfmpegError(error);
  }
}
