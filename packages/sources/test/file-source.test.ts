import { readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { Subject, firstValueFrom, take, toArray } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError, type VideoFrame } from '@rxcv/core';
import { hasSharedAssets, ffmpegBackendsUnderTest } from '@rxcv/testing';
import { openVideoSource } from '../src/index.js';
import { collect } from './helpers/collect.js';
import { HIGHWAY, HIGHWAY_FRAMES, LONG_CLIP, ffmpeg, ffmpegRgbFrame, makeScratchDir } from './helpers/media-fixtures.js';

describe.each(ffmpegBackendsUnderTest())('file source (FFmpeg backend %s)', (ffmpegBackend) => {
  /** What a test keeps of a frame: not the 1.5 MB of pixels. */
  const summary = (f: VideoFrame) => ({
    frameId: f.frameId,
    presentationTime: f.presentationTime,
    width: f.image.width,
    height: f.image.height,
    bytes: f.image.data.length,
    fps: f.fps,
    sourceId: f.sourceId,
    comesFromVideoFile: f.comesFromVideoFile,
    frameTimestamp: f.frameTimestamp,
    measuredFps: f.measuredFps,
  });

  /** Open descriptors of this process that point at `path`. */
  function openDescriptorsOf(path: string): number {
    // /proc shows the resolved path: the shared folder may be reached through a symbolic link.
    const real = realpathSync(path);
    let count = 0;
    for (const fd of readdirSync('/proc/self/fd')) {
      try {
        if (readlinkSync(join('/proc/self/fd', fd)) === real) count += 1;
      } catch {
        /* closed meanwhile */
      }
    }
    return count;
  }

  describe.skipIf(!hasSharedAssets())('video file source (real clips)', () => {
    const scratch = makeScratchDir();
    const remuxed: Record<string, string> = {};

    beforeAll(() => {
      remuxed.mov = ffmpeg(join(scratch.dir, 'highway.mov'), ['-i', HIGHWAY, '-c', 'copy']);
      remuxed.mkv = ffmpeg(join(scratch.dir, 'highway.mkv'), ['-i', HIGHWAY, '-c', 'copy']);
      // FFmpeg 5.1 stream-copies this H.264 into AVI fine (timestamps come back through best_effort_timestamp).
      remuxed.avi = ffmpeg(join(scratch.dir, 'highway.avi'), ['-i', HIGHWAY, '-c', 'copy']);
    });
    afterAll(() => scratch.remove());

    it('reads the highway clip: 221 frames, ids 1..221, rising presentation times, 25 fps, 960x540', async () => {
      const source = await openVideoSource(HIGHWAY, { ffmpeg: ffmpegBackend, sourceId: 7 });
      expect(source.defaultMode).toBe('frame-by-frame');
      expect(source.describe()).toEqual({
        sourceId: 7,
        reference: HIGHWAY,
        kind: 'file',
        width: 960,
        height: 540,
        fps: 25,
        totalFrames: 221,
      });
      const { values, error } = await collect(source.frames(), summary);
      expect(error).toBeUndefined();
      expect(values).toHaveLength(HIGHWAY_FRAMES);
      expect(values.map((f) => f.frameId)).toEqual(Array.from({ length: HIGHWAY_FRAMES }, (_, i) => i + 1));
      for (let i = 1; i < values.length; i += 1) {
        expect(values[i].presentationTime as number).toBeGreaterThan(values[i - 1].presentationTime as number);
        expect(values[i].frameTimestamp).toBeGreaterThanOrEqual(values[i - 1].frameTimestamp);
      }
      expect(values[0].presentationTime).toBe(0);
      expect(values[HIGHWAY_FRAMES - 1].presentationTime).toBeCloseTo(8.8, 3);
      for (const f of values) {
        expect(f).toMatchObject({ width: 960, height: 540, bytes: 960 * 540 * 3, fps: 25, sourceId: 7, comesFromVideoFile: true });
      }
      expect(values[0].measuredFps).toBeNull();
      expect(values[HIGHWAY_FRAMES - 1].measuredFps).toBeGreaterThan(0);
      expect(source.stats()).toMatchObject({ opens: 1, framesDecoded: 221, framesEmitted: 221, corruptPackets: 0 });
    });

    it.each(['mov', 'mkv', 'avi'])('reads the same clip remuxed to .%s: the same 221 frames', async (ext) => {
      const source = await openVideoSource(remuxed[ext], { ffmpeg: ffmpegBackend });
      expect(source.describe()).toMatchObject({ width: 960, height: 540, fps: 25 });
      const { values, error } = await collect(source.frames(), summary);
      expect(error).toBeUndefined();
      expect(values.map((f) => f.frameId)).toEqual(Array.from({ length: HIGHWAY_FRAMES }, (_, i) => i + 1));
      expect(values[HIGHWAY_FRAMES - 1].presentationTime).toBeCloseTo(8.8, 2);
    });

    it('gives the pixels FFmpeg gives: frame 100 as packed rgb24 matches the ffmpeg CLI', async () => {
      const source = await openVideoSource(HIGHWAY, { ffmpeg: ffmpegBackend });
      const frame = await firstValueFrom(source.frames().pipe(take(100), toArray())).then((all) => all[99]);
      const reference = ffmpegRgbFrame(HIGHWAY, 99);
      expect(frame.image.format).toBe('rgb24');
      expect(frame.image.data.length).toBe(reference.length);
      let totalDifference = 0;
      for (let i = 0; i < reference.length; i += 1) totalDifference += Math.abs(frame.image.data[i] - reference[i]);
      expect(totalDifference / reference.length).toBeLessThan(1.5);
    });

    it('gives bgr24 when asked: the channels swapped', async () => {
      const rgb = await firstValueFrom((await openVideoSource(HIGHWAY, { ffmpeg: ffmpegBackend })).frames());
      const bgr = await firstValueFrom((await openVideoSource(HIGHWAY, { ffmpeg: ffmpegBackend, pixelFormat: 'bgr24' })).frames());
      expect(bgr.image.format).toBe('bgr24');
      for (const pixel of [0, 1000, 250_000, 518_399]) {
        expect(bgr.image.data[pixel * 3]).toBe(rgb.image.data[pixel * 3 + 2]);
        expect(bgr.image.data[pixel * 3 + 2]).toBe(rgb.image.data[pixel * 3]);
      }
    });

    it('decodes only as far as demanded: demand 2, then nothing, decodes exactly 2 frames', async () => {
      const source = await openVideoSource(HIGHWAY, { ffmpeg: ffmpegBackend });
      const demand$ = new Subject<number>();
      const ids: number[] = [];
      const subscription = source.frames(demand$).subscribe((f) => ids.push(f.frameId));
      demand$.next(2);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(ids).toEqual([1, 2]);
      expect(source.stats().framesDecoded).toBe(2);
      demand$.next(3);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(ids).toEqual([1, 2, 3, 4, 5]);
      expect(source.stats().framesDecoded).toBe(5);
      subscription.unsubscribe();
    });

    it('opens the file anew per subscription, frame ids carrying on; unsubscribing closes the file', async () => {
      const source = await openVideoSource(HIGHWAY, { ffmpeg: ffmpegBackend });
      expect(openDescriptorsOf(HIGHWAY)).toBe(0);
      const first = await firstValueFrom(source.frames().pipe(take(3), toArray()));
      const second = await firstValueFrom(source.frames().pipe(take(3), toArray()));
      expect(first.map((f) => f.frameId)).toEqual([1, 2, 3]);
      expect(second.map((f) => f.frameId)).toEqual([4, 5, 6]);
      expect(second[0].presentationTime).toBe(0); // read from the start again
      expect(source.stats().opens).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(openDescriptorsOf(HIGHWAY)).toBe(0);

      // Unsubscribed in the middle of the file, with a read possibly in flight.
      const demand$ = new Subject<number>();
      const subscription = source.frames(demand$).subscribe();
      demand$.next(10);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(openDescriptorsOf(HIGHWAY)).toBe(1);
      subscription.unsubscribe();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(openDescriptorsOf(HIGHWAY)).toBe(0);
    });

    it('keeps memory flat over the 139-second clip (1394 frames)', async () => {
      const source = await openVideoSource(LONG_CLIP, { ffmpeg: ffmpegBackend });
      const rss: number[] = [];
      let count = 0;
      const { error } = await collect(source.frames(), (f) => {
        count += 1;
        if (count % 100 === 0) rss.push(process.memoryUsage().rss);
        return f.frameId;
      });
      expect(error).toBeUndefined();
      expect(count).toBe(1394);
      const settled = rss.slice(2); // after the first 300 frames
      const growthMb = (Math.max(...settled) - settled[0]) / 1e6;
      expect(growthMb).toBeLessThan(40);
    });
  });
});
