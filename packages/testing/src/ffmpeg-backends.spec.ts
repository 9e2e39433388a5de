import { describe, expect, it } from 'vitest';
import { ffmpegBackendsUnderTest } from './ffmpeg-backends.js';

describe('ffmpegBackendsUnderTest', () => {
  it('both backends by default; RXCV_TEST_FFMPEG restricts', () => {
    expect(ffmpegBackendsUnderTest('')).toEqual(['beamcoder', 'node-av']);
    expect(ffmpegBackendsUnderTest('beamcoder')).toEqual(['beamcoder']);
    expect(ffmpegBackendsUnderTest(' node-av , beamcoder')).toEqual(['beamcoder', 'node-av']);
  });

  it('a name that is no backend throws', () => {
    expect(() => ffmpegBackendsUnderTest('ffmpeg-cli')).toThrow(/RXCV_TEST_FFMPEG names "ffmpeg-cli"/);
  });
});
