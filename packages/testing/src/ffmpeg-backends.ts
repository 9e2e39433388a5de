// The FFmpeg backends a test suite runs under: each FFmpeg-touching suite runs once per backend.

/** The names of rxcv's FFmpeg backends (the same as @rxcv/ffmpeg's `FfmpegBackendName`). */
export type FfmpegBackendUnderTest = 'beamcoder' | 'node-av';

const ALL: readonly FfmpegBackendUnderTest[] = ['beamcoder', 'node-av'];

/**
 * The backends to run suites under: both, or those `RXCV_TEST_FFMPEG` names (comma-separated,
 * e.g. `RXCV_TEST_FFMPEG=beamcoder` while node-av is not there). A name that is no backend throws,
 * so a typo does not silently run nothing.
 *
 * @example
 * import { describe } from 'vitest';
 * import { ffmpegBackendsUnderTest } from '@rxcv/testing';
 *
 * describe.each(ffmpegBackendsUnderTest())('file source (%s)', (ffmpeg) => {
 *   // openVideoSource(path, { ffmpeg }) ...
 * });
 */
export function ffmpegBackendsUnderTest(env: string | undefined = process.env.RXCV_TEST_FFMPEG): FfmpegBackendUnderTest[] {
  if (env === undefined || env.trim() === '') return [...ALL];
  const names = env.split(',').map((name) => name.trim()).filter((name) => name !== '');
  for (const name of names) {
    if (!(ALL as readonly string[]).includes(name)) throw new Error(`RXCV_TEST_FFMPEG names ${JSON.stringify(name)}; use one or more of: ${ALL.join(', ')}`);
  }
  return ALL.filter((name) => names.includes(name));
}
