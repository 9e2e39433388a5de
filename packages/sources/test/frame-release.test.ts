// VideoFrame.release(): FFmpeg's picture buffers given back at once, under every FFmpeg backend.
import { describe, expect, it } from 'vitest';
import { ffmpegBackendsUnderTest, hasSharedAssets } from '@rxcv/testing';
import { loadFfmpegBackend, resolveVideoReference, type FfmpegBackend } from '../src/index.js';
import type { VideoFrame as FfmpegFrame } from '@rxcv/ffmpeg';
import { VideoReader, type DecodedFrame } from '../src/video-reader.js';
import { HIGHWAY, ffmpegRgbFrame } from './helpers/media-fixtures.js';

const meanDifference = (a: Uint8Array, b: Uint8Array): number => {
  let total = 0;
  for (let i = 0; i < a.length; i += 1) total += Math.abs(a[i] - b[i]);
  return total / a.length;
};

/** The first decoded video frame of the highway clip (video is stream 1), straight from the backend. */
async function firstHighwayFrame(backend: FfmpegBackend): Promise<FfmpegFrame> {
  const input = await backend.openInput(HIGHWAY);
  try {
    input.selectOnly(1);
    const decoder = await input.openDecoder(1);
    for (;;) {
      const packet = await input.readPacket();
      if (packet === null) throw new Error('no frame decoded');
      if (packet.streamIndex !== 1) continue;
      const frames = await decoder.decode(packet);
      if (frames.length > 0) return frames[0];
    }
  } finally {
    input.close();
  }
}

describe.skipIf(!hasSharedAssets()).each(ffmpegBackendsUnderTest())('VideoFrame.release() (%s): FFmpeg buffers given back without waiting for the garbage collector', (ffmpeg) => {
  it('keeps the metadata; packed pixels taken before stay intact; idempotent', async () => {
    const backend = await loadFfmpegBackend(ffmpeg);
    const frame = await firstHighwayFrame(backend);
    expect(frame).toMatchObject({ width: 960, height: 540, pixelFormat: 'yuv420p', bestEffortTimestamp: 0 });
    const graph = await backend.createFilterGraph({
      input: { width: 960, height: 540, pixelFormat: 'yuv420p', timeBase: [1, 25] },
      spec: '[in]format=rgb24[out0]',
      outputPixelFormats: ['rgb24'],
    });
    const [[rgb]] = await graph.filter(frame);
    frame.release();
    const pixels = rgb.packedPixels();
    const before = Buffer.from(pixels.subarray(0, 4096));
    rgb.release();
    rgb.release();
    expect(rgb).toMatchObject({ width: 960, height: 540, pixelFormat: 'rgb24' });
    // The view holds its own reference on the FFmpeg buffer (or is a copy): still readable, unchanged.
    expect(Buffer.compare(Buffer.from(pixels.subarray(0, 4096)), before)).toBe(0);
    expect(meanDifference(pixels, ffmpegRgbFrame(HIGHWAY, 0))).toBeLessThan(1.5);
  });

  it('a released frame is rejected by filters and encoders with an error (no crash, no hang)', async () => {
    const backend = await loadFfmpegBackend(ffmpeg);
    const frame = await firstHighwayFrame(backend);
    frame.release();
    const graph = await backend.createFilterGraph({
      input: { width: 960, height: 540, pixelFormat: 'yuv420p', timeBase: [1, 25] },
      spec: '[in]format=rgb24[out0]',
      outputPixelFormats: ['rgb24'],
    });
    await expect(graph.filter(frame)).rejects.toThrow();
    // Unpatched beamcoder 0.7.1 retries such a frame forever at 100% CPU.
    const encoder = backend.createEncoder({ codec: 'mpeg4', width: 960, height: 540, pixelFormat: 'yuv420p', timeBase: [1, 25] });
    await expect(encoder.encode([frame])).rejects.toThrow();
  });

  it('VideoReader releases each decoded frame once converted; the pictures handed out stay intact', async () => {
    const backend = await loadFfmpegBackend(ffmpeg);
    const reader = await VideoReader.open(resolveVideoReference(HIGHWAY), { backend, pixelFormat: 'rgb24', corruptData: 'fail', flushAtEnd: true });
    try {
      const first = (await reader.nextDecoded()) as DecodedFrame;
      const image = await reader.convert(first);
      // Converted once: its buffers went back to FFmpeg, so a second conversion is refused.
      await expect(reader.convert(first)).rejects.toThrow();
      // 60 more frames through the same decoder and filter graph: had the first picture's
      // buffer gone back to FFmpeg's pools while we still view it, it would now hold a later frame.
      for (let i = 0; i < 60; i += 1) expect(await reader.next()).not.toBeNull();
      expect(meanDifference(image.data, ffmpegRgbFrame(HIGHWAY, 0))).toBeLessThan(1.5);
    } finally {
      reader.close();
    }
  });
});
