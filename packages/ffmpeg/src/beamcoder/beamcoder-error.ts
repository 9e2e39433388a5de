// beamcoder's errors as FfmpegErrors: FFmpeg's own message, without beamcoder's decoration.
import { FfmpegError } from '../ffmpeg-error.js';

/**
 * FFmpeg's own message from an error beamcoder threw: without its "In file ../src/x.cc on line
 * N, found error:" prefix and the name of the call that failed ("Problem reading frame: "), so
 * callers classify `Connection refused` the same way whichever backend said it.
 */
export function beamcoderMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw
    .replace(/^In file .*? on line \d+, found error: /s, '')
    .replace(CALL_PREFIX, '')
    .trim();
  return OWN_WORDS.find(([pattern]) => pattern.test(message))?.[1] ?? message;
}

/** The names of the calls beamcoder puts before FFmpeg's message (`avErrorMsg("Problem ...: ", ret)`). */
const CALL_PREFIX =
  /^(Problem (opening input format|reading frame|opening decoder|opening encoder|opening IO context|seeking frame|allocating demuxer( context)?)|Error (sending packet|sending frame|writing frame|writing trailer|closing IO)|Failed to (write header|initialize output|reference frame|reference packet)): /i;

/** beamcoder's own wording where FFmpeg has an error of its own: FFmpeg's text (AVERROR_DECODER_NOT_FOUND, ...). */
const OWN_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Failed to find a decoder from it's name/, 'Decoder not found'],
  [/^Failed to find an encoder from it's name/, 'Encoder not found'],
  // beamcoder drops avfilter_graph_parse_ptr's code; FFmpeg 5.1 answers EINVAL for an unknown filter or bad syntax.
  [/^Failed to parse filter graph/, 'Invalid argument (the filter graph could not be parsed)'],
];

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
