// How every rxcv command (run, worker, cameras) reports the error it failed with, and its exit code.
import { RxcvError } from '@rxcv/core';
import { FfmpegBackendError } from '@rxcv/sources';
import { UsageError } from './usage-error.js';

/**
 * Prints `error` to stderr and returns the exit code: 2 for a command line that cannot be run
 * (printed with `usage`), 1 for a typed failure (its code and message) or anything unexpected
 * (with its stack, since it is a bug).
 */
export function reportCliError(error: unknown, usage: string): number {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`rxcv: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  // An FFmpeg backend that is not installed (FFMPEG_BACKEND_UNAVAILABLE) says what to install.
  if (error instanceof RxcvError || error instanceof FfmpegBackendError) {
    process.stderr.write(`rxcv: error ${error.code}: ${error.message}\n`);
    return 1;
  }
  process.stderr.write(`rxcv: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
