import { execFileSync } from 'node:child_process';
import { firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { SourceError, type ModelInputSize } from '@rxcv/core';
import { hasSharedAssets } from '@rxcv/core/testing';
import { openVideoSource } from '../src/index.js';
import { HIGHWAY, ffmpegRgbFrame } from './helpers/media-fixtures.js';

const YOLOX: ModelInputSize = { width: 416, height: 416, fit: 'letterbox', pixelFormat: 'bgr24' };

/** Frame `n` of `input` scaled by the ffmpeg CLI with the same swscale settings, packed. */
function ffmpegScaledFrame(input: string, n: number, width: number, height: number, pixelFormat: string): Buffer {
  return execFileSync(
    'ffmpeg',
    ['-hide_banner', '-loglevel', 'error', '-i', input, '-map', '0:v:0', '-vf', `select=eq(n\\,${n}),scale=${width}:${height}:flags=bilinear`, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', pixelFormat, '-'],
    { maxBuffer: 64 * 1024 * 1024 },
  );
}

const meanDifference = (a: Uint8Array, b: Uint8Array): number => {
  let total = 0;
  for (let i = 0; i < a.length; i += 1) total += Math.abs(a[i] - b[i]);
  return total / a.length;
};

describe.skipIf(!hasSharedAssets())('modelInput: frames scaled to a model input while decoding', () => {
  it('carries image.resized (416x234 bgr24 for YOLOX) beside the unchanged full picture', async () => {
    const source = await openVideoSource(HIGHWAY, { modelInput: YOLOX });
    const frames = await firstValueFrom(source.frames().pipe(take(31), toArray()));
    const frame = frames[30];
    expect(frame.image).toMatchObject({ width: 960, height: 540, format: 'rgb24' });
    expect(frame.image.data.length).toBe(960 * 540 * 3);
    expect(frame.image.resized).toMatchObject({ width: 416, height: 234, format: 'bgr24' });
    expect(frame.image.resized!.data.length).toBe(416 * 234 * 3);
    expect(frames.every((f) => f.image.resized?.width === 416)).toBe(true);
    // The full picture is what FFmpeg gives without modelInput; the small one is FFmpeg's
    // bilinear scaler's, as the ffmpeg CLI makes it.
    expect(meanDifference(frame.image.data, ffmpegRgbFrame(HIGHWAY, 30))).toBeLessThan(1.5);
    expect(meanDifference(frame.image.resized!.data, ffmpegScaledFrame(HIGHWAY, 30, 416, 234, 'bgr24'))).toBeLessThan(1.5);
  });

  it('stretch scales to the input size itself, in the order asked for', async () => {
    const source = await openVideoSource(HIGHWAY, { modelInput: { width: 320, height: 320, fit: 'stretch', pixelFormat: 'rgb24' }, pixelFormat: 'bgr24' });
    const frame = await firstValueFrom(source.frames());
    expect(frame.image).toMatchObject({ width: 960, height: 540, format: 'bgr24' });
    expect(frame.image.resized).toMatchObject({ width: 320, height: 320, format: 'rgb24' });
    expect(meanDifference(frame.image.resized!.data, ffmpegScaledFrame(HIGHWAY, 0, 320, 320, 'rgb24'))).toBeLessThan(1.5);
  });

  it('without modelInput there is no resized picture', async () => {
    const frame = await firstValueFrom((await openVideoSource(HIGHWAY)).frames());
    expect(frame.image.resized).toBeUndefined();
  });

  it('a model input FFmpeg cannot scale to is INVALID_REFERENCE, before anything is opened', async () => {
    for (const bad of [
      { ...YOLOX, width: 0 },
      { ...YOLOX, height: 1.5 },
      { ...YOLOX, fit: 'cover' },
      { ...YOLOX, pixelFormat: 'gray' },
    ] as ModelInputSize[]) {
      const opening = openVideoSource('/does/not/matter.mp4', { modelInput: bad });
      await expect(opening).rejects.toBeInstanceOf(SourceError);
      await expect(opening).rejects.toMatchObject({ code: 'INVALID_REFERENCE', message: expect.stringContaining('modelInput') });
    }
  });
});
