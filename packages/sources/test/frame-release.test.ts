import { describe, expect, it } from 'vitest';
import { hasSharedAssets } from '@rxcv/testing';
import type { Frame } from '@rxcv/beamcoder';
import { loadBeamcoder, resolveVideoReference } from '../src/index.js';
import { VideoReader, type DecodedFrame } from '../src/video-reader.js';
import { HIGHWAY, ffmpegRgbFrame } from './helpers/media-fixtures.js';

const meanDifference = (a: Uint8Array, b: Uint8Array): number => {
  let total = 0;
  for (let i = 0; i < a.length; i += 1) total += Math.abs(a[i] - b[i]);
  return total / a.length;
};

/** The first decoded video frame of the highway clip (video is stream 1), straight from beamcoder. */
async function firstHighwayFrame(): Promise<Frame> {
  const beamcoder = loadBeamcoder();
  const demuxer = await beamcoder.demuxer(HIGHWAY);
  try {
    const decoder = beamcoder.decoder({ demuxer, stream_index: 1 });
    for (;;) {
      const packet = await demuxer.read();
      if (packet === null) throw new Error('no frame decoded');
      if (packet.stream_index !== 1) continue;
      const { frames } = await decoder.decode(packet);
      if (frames.length > 0) return frames[0];
    }
  } finally {
    demuxer.forceClose();
  }
}

// Frame.release() comes from our beamcoder fork (packages/beamcoder).
describe.skipIf(!hasSharedAssets())('Frame.release(): FFmpeg buffers given back without waiting for the garbage collector', () => {
  it('empties data, keeps the metadata and the views taken before, and is idempotent', async () => {
    const frame = await firstHighwayFrame();
    const luma = frame.data[0];
    const before = Buffer.from(luma.subarray(0, 4096));
    frame.release();
    expect(frame.data).toEqual([]);
    expect(frame).toMatchObject({ width: 960, height: 540, format: 'yuv420p' });
    expect(frame.best_effort_timestamp ?? frame.pts).toBe(0);
    // The view holds its own reference on the FFmpeg buffer: still readable, unchanged.
    expect(Buffer.compare(luma.subarray(0, 4096), before)).toBe(0);
    frame.release();
    expect(frame.data).toEqual([]);
  });

  it('a released frame is rejected by filters and encoders with an error (no crash, no hang)', async () => {
    const beamcoder = loadBeamcoder();
    const frame = await firstHighwayFrame();
    frame.release();
    const filterer = await beamcoder.filterer({
      filterType: 'video',
      inputParams: [{ name: 'in0:v', width: 960, height: 540, pixelFormat: 'yuv420p', timeBase: [1, 25], pixelAspect: [1, 1] }],
      outputParams: [{ name: 'out0:v', pixelFormat: 'rgb24' }],
      filterSpec: '[in0:v]format=rgb24[out0:v]',
    });
    await expect(filterer.filter([{ name: 'in0:v', frames: [frame] }])).rejects.toThrow(/frame without data/);
    // Unpatched beamcoder 0.7.1 retries such a frame forever at 100% CPU.
    const encoder = beamcoder.encoder({ name: 'mpeg4', width: 960, height: 540, pix_fmt: 'yuv420p', time_base: [1, 25] });
    await expect(encoder.encode(frame)).rejects.toThrow(/frame without data/);
  });

  it('VideoReader releases each decoded frame once converted; the pictures handed out stay intact', async () => {
    const reader = await VideoReader.open(resolveVideoReference(HIGHWAY), { pixelFormat: 'rgb24', corruptData: 'fail', flushAtEnd: true });
    try {
      const first = (await reader.nextDecoded()) as DecodedFrame;
      const image = await reader.convert(first);
      expect(first.frame.data).toEqual([]);
      await expect(reader.convert(first)).rejects.toThrow(/frame without data/);
      // 60 more frames through the same decoder and filter graph: had the first picture's
      // buffer gone back to FFmpeg's pools while we still view it, it would now hold a later frame.
      for (let i = 0; i < 60; i += 1) expect(await reader.next()).not.toBeNull();
      expect(meanDifference(image.data, ffmpegRgbFrame(HIGHWAY, 0))).toBeLessThan(1.5);
    } finally {
      reader.close();
    }
  });
});
