// node-av's hardware choice on this machine (no GPU, no /dev/dri): auto falls back, a named device is a typed error saying what it needs.
import { existsSync } from 'node:fs';
import { AV_CODEC_ID_H264 } from 'node-av/constants';
import { describe, expect, it } from 'vitest';
import { FfmpegBackendError } from '../ffmpeg-error.js';
import { openHardware } from './node-av-hardware.js';

const HAS_GPU = existsSync('/dev/nvidia0') || existsSync('/dev/dri');

describe.skipIf(HAS_GPU)('openHardware without a GPU', () => {
  it('false and undefined decode in software', () => {
    expect(openHardware(false, AV_CODEC_ID_H264, 'h264')).toBeNull();
    expect(openHardware(undefined, AV_CODEC_ID_H264, 'h264')).toBeNull();
  });

  it("'auto' finds nothing and returns null (software)", () => {
    expect(openHardware('auto', AV_CODEC_ID_H264, 'h264')).toBeNull();
  });

  it.each([
    ['cuda', /cuda is not available: FFmpeg could not open the device \(.+\); it needs an NVIDIA GPU/],
    ['vaapi', /vaapi is not available: FFmpeg could not open the device \(.+\); it needs a GPU with a VA-API driver/],
    ['qsv', /qsv is not available: .+; it needs an Intel GPU/],
    ['videotoolbox', /videotoolbox is not available: .+; it needs macOS/],
  ] as const)('%s: HARDWARE_DECODING_UNAVAILABLE saying why and what it needs', (device, message) => {
    let error: unknown;
    try {
      openHardware(device, AV_CODEC_ID_H264, 'h264');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FfmpegBackendError);
    expect(error).toMatchObject({ code: 'HARDWARE_DECODING_UNAVAILABLE' });
    expect((error as Error).message).toMatch(message);
  });

  it('an unknown device name is refused with the list of choices', () => {
    expect(() => openHardware('opencl' as never, AV_CODEC_ID_H264, 'h264')).toThrow(/use auto, vaapi, cuda, qsv, videotoolbox or false/);
  });
});
