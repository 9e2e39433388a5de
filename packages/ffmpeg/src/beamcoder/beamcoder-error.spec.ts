// beamcoder's error decoration stripped: FFmpeg's own message reaches @rxcv/sources.
import { describe, expect, it } from 'vitest';
import { FfmpegError } from '../ffmpeg-error.js';
import { beamcoderMessage, toFfmpegError } from './beamcoder-error.js';

/** An error as beamcoder 0.7.1 words it. */
const beamcoderError = (message: string) => new Error(`In file ../src/demux.cc on line 143, found error: Problem opening input format: ${message}`);

describe('beamcoder errors', () => {
  it("strips beamcoder's source-location prefix and the failed call's name", () => {
    expect(beamcoderMessage(beamcoderError('Connection refused'))).toBe('Connection refused');
    expect(beamcoderMessage(new Error('In file ../src/decode.cc on line 3, found error: Error sending packet: Invalid data found when processing input'))).toBe(
      'Invalid data found when processing input',
    );
    expect(beamcoderMessage('plain text')).toBe('plain text');
  });

  it('becomes an FfmpegError with the original as cause', () => {
    const original = beamcoderError('Server returned 404 Not Found');
    const error = toFfmpegError(original);
    expect(error).toBeInstanceOf(FfmpegError);
    expect(error.message).toBe('Server returned 404 Not Found');
    expect(error.cause).toBe(original);
    expect(toFfmpegError(error)).toBe(error);
  });
});
