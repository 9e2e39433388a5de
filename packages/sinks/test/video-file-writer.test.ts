import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FrameImage, ObjectDetectionResult } from '@rxcv/core';
import { hasSharedAssets, sharedAsset, ffmpegBackendsUnderTest } from '@rxcv/testing';
import { BoxAnnotator, ColorPalette, SinkError, VideoFileWriter, annotateAll, fillRect, pixelAt, type Rgb } from '../src/index.js';
import { decodeFrames, probeVideo } from './media.js';

describe.each(ffmpegBackendsUnderTest())('video file writer (FFmpeg backend %s)', (ffmpegBackend) => {
  const dir = mkdtempSync(join(tmpdir(), 'rxcv-sinks-writer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Largest per-channel difference. */
  function distance(a: Rgb, b: Rgb): number {
    return Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b));
  }

  function solid(width: number, height: number, color: Rgb, format: 'rgb24' | 'bgr24' = 'rgb24'): FrameImage {
    const image: FrameImage = { width, height, format, data: new Uint8Array(width * height * 3) };
    fillRect(image, 0, 0, width, height, color);
    return image;
  }

  describe.skipIf(!hasSharedAssets())('VideoFileWriter on the highway clip', () => {
    const frames = decodeFrames(sharedAsset('media', 'highway_960x540_25fps.mp4'), { frames: 40 });
    // A car-sized box in class colour 1 (#FF4040); 6 px thick so H.264's 4:2:0 chroma keeps its colour.
    const result: ObjectDetectionResult = {
      image: { width: 960, height: 540 },
      predictions: [{ x: 300, y: 300, width: 200, height: 120, confidence: 0.9, class: 'car', class_id: 1, detection_id: 'c' }],
    };
    const color = ColorPalette.DEFAULT.byIndex(1);

    it('writes every frame at the source fps, and the box edges decode back in the box colour', async () => {
      const path = join(dir, 'highway.mp4');
      const writer = new VideoFileWriter({ ffmpeg: ffmpegBackend, path, fps: 25 });
      const annotators = [new BoxAnnotator({ thickness: 6 })];
      for (const frame of frames) await writer.write(annotateAll(frame, result, annotators));
      await writer.close();
      expect(writer.framesWritten).toBe(40);

      const probe = probeVideo(path);
      expect(probe).toMatchObject({ codec: 'h264', pixFmt: 'yuv420p', width: 960, height: 540 });
      expect(probe.frames).toBe(40);
      expect(probe.rFrameRate).toBe('25/1');
      expect(probe.avgFrameRate).toBe('25/1');
      expect(probe.duration).toBeCloseTo(40 / 25, 2);

      // Frame 20, decoded by the ffmpeg CLI: sample the middle of each 6 px stroke
      // (corners 200,240 and 400,360; the stroke covers 197..202 around x = 200).
      const [decoded] = decodeFrames(path, { select: 20 });
      const samples: number[] = [];
      for (let x = 210; x <= 390; x += 10) samples.push(distance(pixelAt(decoded, x, 240), color), distance(pixelAt(decoded, x, 360), color));
      for (let y = 250; y <= 350; y += 10) samples.push(distance(pixelAt(decoded, 200, y), color), distance(pixelAt(decoded, 400, y), color));
      samples.sort((a, b) => a - b);
      expect(samples[Math.floor(samples.length / 2)]).toBeLessThanOrEqual(20); // median
      expect(samples[samples.length - 1]).toBeLessThanOrEqual(45); // worst
      // And the picture itself is there: well inside the box the decoded frame matches the source.
      const inside = distance(pixelAt(decoded, 300, 300), pixelAt(frames[20], 300, 300));
      expect(inside).toBeLessThanOrEqual(30);
    });
  });

  describe('VideoFileWriter', () => {
    it('pads odd sizes to even and keeps a fractional frame rate exact', async () => {
      const path = join(dir, 'odd.mp4');
      const writer = new VideoFileWriter({ ffmpeg: ffmpegBackend, path, fps: 12.5 });
      for (let i = 0; i < 10; i++) await writer.write(solid(321, 241, { r: 20 * i, g: 100, b: 200 }));
      await writer.close();
      const probe = probeVideo(path);
      expect(probe).toMatchObject({ width: 322, height: 242, frames: 10, rFrameRate: '25/2', avgFrameRate: '25/2' });
      expect(probe.duration).toBeCloseTo(0.8, 2);
    });

    it('writes NTSC rates as 30000/1001', async () => {
      const path = join(dir, 'ntsc.mkv');
      const writer = new VideoFileWriter({ ffmpeg: ffmpegBackend, path, fps: 29.97 });
      for (let i = 0; i < 5; i++) await writer.write(solid(64, 48, { r: 0, g: 0, b: 0 }));
      await writer.close();
      expect(probeVideo(path)).toMatchObject({ frames: 5, rFrameRate: '30000/1001' });
    });

    it('a single frame makes a playable file', async () => {
      const path = join(dir, 'one.mp4');
      const writer = new VideoFileWriter({ ffmpeg: ffmpegBackend, path, fps: 25 });
      await writer.write(solid(160, 120, { r: 255, g: 64, b: 64 }));
      await writer.close();
      expect(probeVideo(path).frames).toBe(1);
      const [decoded] = decodeFrames(path);
      expect(distance(pixelAt(decoded, 80, 60), { r: 255, g: 64, b: 64 })).toBeLessThanOrEqual(12);
    });

    it('takes bgr24 frames with the right colours', async () => {
      const path = join(dir, 'bgr.mp4');
      const writer = new VideoFileWriter({ ffmpeg: ffmpegBackend, path, fps: 25 });
      const red: Rgb = { r: 230, g: 30, b: 20 };
      for (let i = 0; i < 3; i++) await writer.write(solid(160, 120, red, 'bgr24'));
      await writer.close();
      const [decoded] = decodeFrames(path);
      expect(distance(pixelAt(decoded, 80, 60), red)).toBeLessThanOrEqual(12);
    });

    it('letterboxes a frame of another size into the first frame size', async () => {
      const path = join(dir, 'resize.mp4');
      const writer = new VideoFileWriter({ ffmpeg: ffmpegBackend, path, fps: 25 });
      await writer.write(solid(320, 240, { r: 0, g: 200, b: 0 }));
      await writer.write(solid(640, 240, { r: 0, g: 0, b: 200 }));
      await writer.close();
      expect(probeVideo(path)).toMatchObject({ width: 320, height: 240, frames: 2 });
      const [, second] = decodeFrames(path, { frames: 2 });
      expect(distance(pixelAt(second, 160, 120), { r: 0, g: 0, b: 200 })).toBeLessThanOrEqual(15); // the picture, scaled
      expect(distance(pixelAt(second, 160, 10), { r: 0, g: 0, b: 0 })).toBeLessThanOrEqual(15); // the black bar
    });

    it('close() twice resolves both times; a write after close is rejected', async () => {
      const path = join(dir, 'twice.mp4');
      const writer = new VideoFileWriter({ ffmpeg: ffmpegBackend, path, fps: 25 });
      for (let i = 0; i < 3; i++) void writer.write(solid(64, 64, { r: 9, g: 9, b: 9 })); // not awaited: close waits
      const first = writer.close();
      expect(writer.close()).toBe(first);
      await first;
      await writer.close();
      expect(probeVideo(path).frames).toBe(3);
      await expect(writer.write(solid(64, 64, { r: 0, g: 0, b: 0 }))).rejects.toMatchObject({ code: 'SINK_CLOSED' });
    });

    it('closing without any frame resolves and creates no file', async () => {
      const path = join(dir, 'empty.mp4');
      const writer = new VideoFileWriter({ ffmpeg: ffmpegBackend, path, fps: 25 });
      await writer.close();
      await writer.close();
      expect(existsSync(path)).toBe(false);
      expect(writer.framesWritten).toBe(0);
    });

    it('rejects bad options and bad frames with typed errors', async () => {
      expect(() => new VideoFileWriter({ ffmpeg: ffmpegBackend, path: join(dir, 'x.avi'), fps: 25 })).toThrow(/\.mp4, \.m4v, \.mov or \.mkv/);
      expect(() => new VideoFileWriter({ ffmpeg: ffmpegBackend, path: join(dir, 'x.mp4'), fps: 0 })).toThrow(SinkError);
      expect(() => new VideoFileWriter({ ffmpeg: ffmpegBackend, path: '', fps: 25 })).toThrow(expect.objectContaining({ code: 'SINK_INVALID_OPTIONS' }));
      const writer = new VideoFileWriter({ ffmpeg: ffmpegBackend, path: join(dir, 'bad-frame.mp4'), fps: 25 });
      const short: FrameImage = { width: 64, height: 64, format: 'rgb24', data: new Uint8Array(10) };
      await expect(writer.write(short)).rejects.toMatchObject({ code: 'SINK_INVALID_FRAME', message: /too short/ });
      await writer.close();
    });

    it('reports a path it cannot write, naming it, and keeps rejecting', async () => {
      const path = join(dir, 'no-such-dir', 'out.mp4');
      const writer = new VideoFileWriter({ ffmpeg: ffmpegBackend, path, fps: 25 });
      const error = await writer.write(solid(64, 64, { r: 0, g: 0, b: 0 })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SinkError);
      expect(error).toMatchObject({ code: 'SINK_OUTPUT_FAILED' });
      expect((error as Error).message).toContain(path);
      await expect(writer.write(solid(64, 64, { r: 0, g: 0, b: 0 }))).rejects.toBe(error);
      await writer.close();
    });
  });
});
