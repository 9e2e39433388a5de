import { execFileSync } from 'node:child_process';
import { firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { SourceError, type ModelInputSize } from '@rxcv/core';
import { hasSharedAssets } from '@rxcv/testing';
import { openVideoSource } from '../src/index.js';
import { HIGHWAY, ffmpegRgbFrame } from './helpers/media-fixtures.js';

const YOLOX: ModelInputSize = { width: 416, height: 416, fit: 'letterbox', pixelFormat: 'bgr24' };

/** Frame `n` of `input` scaled by the ffmpeg CLI with the same swscale settings, packed. */
function ffmpegScaledFrame(input: string, n: number, width: number, height: number, pixelFormat: string): Buffer {
  return execFileSync(
    'ffmpeg',
    ['-hide_banner', '-loglevel', 'error', '-i', input, '-map', '0:v:0', '-vf', `select=eq(n\\,${n}),scale=${width}:${height}:flags=area`, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', pixelFormat, '-'],
    { maxBuffer: 64 * 1024 * 1024 },
  );
}

const meanDifference = (a: Uint8Array, b: Uint8Array): number => {
  let total = 0;
  for (let i = 0; i < a.length; i += 1) total += Math.abs(a[i] - b[i]);
  return total / a.length;
};

/** OpenCV's INTER_LINEAR resize of packed 3-channel pixels (pixel centres aligned, 2x2 taps). */
function interLinear(source: Uint8Array, sourceWidth: number, sourceHeight: number, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 3);
  const tap = (d: number, scale: number, size: number) => {
    const f = Math.max(0, (d + 0.5) * scale - 0.5);
    const i0 = Math.min(Math.floor(f), size - 1);
    return [i0, Math.min(i0 + 1, size - 1), f - i0] as const;
  };
  for (let y = 0; y < height; y += 1) {
    const [y0, y1, wy] = tap(y, sourceHeight / height, sourceHeight);
    for (let x = 0; x < width; x += 1) {
      const [x0, x1, wx] = tap(x, sourceWidth / width, sourceWidth);
      for (let c = 0; c < 3; c += 1) {
        const at = (yy: number, xx: number) => source[(yy * sourceWidth + xx) * 3 + c];
        const top = at(y0, x0) * (1 - wx) + at(y0, x1) * wx;
        const bottom = at(y1, x0) * (1 - wx) + at(y1, x1) * wx;
        out[(y * width + x) * 3 + c] = Math.round(top * (1 - wy) + bottom * wy);
      }
    }
  }
  return out;
}

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
    // area scaler's, as the ffmpeg CLI makes it.
    expect(meanDifference(frame.image.data, ffmpegRgbFrame(HIGHWAY, 30))).toBeLessThan(1.5);
    expect(meanDifference(frame.image.resized!.data, ffmpegScaledFrame(HIGHWAY, 30, 416, 234, 'bgr24'))).toBeLessThan(1.5);
    // ... and close to the resize the models were trained with (OpenCV's INTER_LINEAR) of the full
    // picture: ~1.0 levels apart (swscale's bilinear filter: ~1.2, fast_bilinear: ~2.5).
    const reference = interLinear(frame.image.data, 960, 540, 416, 234);
    const resizedRgb = Uint8Array.from(frame.image.resized!.data, (_, i) => frame.image.resized!.data[i - (i % 3) + 2 - (i % 3)]);
    expect(meanDifference(resizedRgb, reference)).toBeLessThan(1.12);
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
