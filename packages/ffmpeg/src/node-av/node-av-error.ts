// FFmpeg's return codes, as node-av hands them back, turned into rxcv's FfmpegError.
import { FFmpegError } from 'node-av/lib';
import { FfmpegError } from '../ffmpeg-error.js';

/** An `FfmpegError` carrying FFmpeg's own text for `code` (av_strerror), e.g. `Connection refused`. */
export function ffmpegErrorFromCode(code: number): FfmpegError {
  return new FfmpegError(FFmpegError.strerror(code), code);
}

/** Throws when `code` is a negative FFmpeg error code; returns it otherwise (for counts, indices). */
export function check(code: number): number {
  if (code < 0) throw ffmpegErrorFromCode(code);
  return code;
}

/**
 * A failure node-av threw itself (its own Error subclasses carry `code`), as an `FfmpegError`
 * with FFmpeg's message and without node-av's decoration. Anything else passes unchanged.
 */
export function asFfmpegError(error: unknown): unknown {
  if (error instanceof FfmpegError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'number' && code < 0) return new FfmpegError(FFmpegError.strerror(code), code, { cause: error });
  return error;
}
