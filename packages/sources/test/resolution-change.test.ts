// Issue 17 part 9: a file whose picture size changes part-way decodes every frame, at each size.
// Made like the clip: two H.264 encodes of different sizes joined into one MPEG-TS file
// (a byte splice, as `cat a.ts b.ts` or a recorder restarting does) and into one MP4.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '@rxcv/core';
import { hasSharedAssets, ffmpegBackendsUnderTest } from '@rxcv/testing';
import { openVideoSource } from '../src/index.js';
import { collect } from './helpers/collect.js';
import { HIGHWAY, ffmpeg, makeScratchDir } from './helpers/media-fixtures.js';

describe.each(ffmpegBackendsUnderTest())('resolution change (FFmpeg backend %s)', (ffmpegBackend) => {
  describe('a resolution change mid-file (issue 17, part 9)', () => {
    const scratch = makeScratchDir();
    let spliced: string;
    let joinedMp4: string;
    beforeAll(() => {
      const encode = (name: string, size: string, frames: number) =>
        ffmpeg(join(scratch.dir, name), ['-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=25`, '-frames:v', String(frames), '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-g', '20']);
      const small = encode('small.ts', '320x240', 40);
      const large = encode('large.ts', '640x360', 35);
      spliced = join(scratch.dir, 'spliced.ts');
      writeFileSync(spliced, Buffer.concat([readFileSync(small), readFileSync(large)]));
      const list = join(scratch.dir, 'list.txt');
      writeFileSync(list, `file '${small}'\nfile '${large}'\n`);
      joinedMp4 = ffmpeg(join(scratch.dir, 'joined.mp4'), ['-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy']);
    });
    afterAll(() => scratch.remove());

    const sizes = (frames: Array<{ width: number; height: number }>) =>
      frames.reduce<Record<string, number>>((count, f) => ({ ...count, [`${f.width}x${f.height}`]: (count[`${f.width}x${f.height}`] ?? 0) + 1 }), {});

    it('the FFmpeg CLI decodes the spliced file without reporting an error (the premise)', () => {
      const result = spawnSync('ffmpeg', ['-v', 'error', '-i', spliced, '-f', 'null', '-'], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
    });

    it.each([
      ['MPEG-TS splice', () => spliced],
      ['MP4 joined by the concat demuxer', () => joinedMp4],
    ])('%s: all 75 frames, 40 at 320x240 then 35 at 640x360, and no error', async (_name, path) => {
      const source = await openVideoSource(path(), { ffmpeg: ffmpegBackend });
      const { values, error } = await collect(source.frames(), (f) => ({ id: f.frameId, width: f.image.width, height: f.image.height }));
      expect(error).toBeUndefined();
      expect(values.map((v) => v.id)).toEqual(Array.from({ length: 75 }, (_, i) => i + 1));
      expect(sizes(values)).toEqual({ '320x240': 40, '640x360': 35 });
      expect(values.slice(38, 42).map((v) => v.width)).toEqual([320, 320, 640, 640]);
    });

    it('with a model input, the scaled copy follows the size change too', async () => {
      const source = await openVideoSource(spliced, { ffmpeg: ffmpegBackend, modelInput: { width: 160, height: 160, fit: 'letterbox', pixelFormat: 'rgb24' } });
      const { values, error } = await collect(source.frames(), (f) => f.image.resized);
      expect(error).toBeUndefined();
      expect(values).toHaveLength(75);
      expect(values.every((r) => r !== undefined && r.data.length === r.width * r.height * 3)).toBe(true);
    });

    it.skipIf(!hasSharedAssets())('real damage is still reported: a TS with a hole in the middle ends with SOURCE_DECODE_FAILED', async () => {
      const ts = ffmpeg(join(scratch.dir, 'highway.ts'), ['-i', HIGHWAY, '-map', '0:v', '-c', 'copy']);
      const bytes = readFileSync(ts);
      const cut = Math.floor(bytes.length / 2 / 188) * 188;
      const holed = join(scratch.dir, 'holed.ts');
      writeFileSync(holed, Buffer.concat([bytes.subarray(0, cut), bytes.subarray(cut + 188 * 300)]));
      const source = await openVideoSource(holed, { ffmpeg: ffmpegBackend });
      const { values, error } = await collect(source.frames(), (f) => f.frameId);
      expect(values.length).toBeGreaterThan(100);
      expect(error).toBeInstanceOf(SourceError);
      expect((error as SourceError).code).toBe('SOURCE_DECODE_FAILED');
    });
  });
});
