// Issue 17 part 9: a file whose picture size changes part-way runs to the end and `join` resolves.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasSharedAssets } from '@rxcv/testing';
import { InferencePipeline } from '../src/index.js';
import { YOLOX, tempDir } from './helpers.js';

describe.skipIf(!hasSharedAssets())('InferencePipeline on a file whose size changes part-way (issue 17, part 9)', () => {
  it('infers all 75 frames at both sizes and join resolves', async () => {
    const dir = tempDir();
    const encode = (name: string, size: string, frames: number) => {
      const out = join(dir, name);
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=25`, '-frames:v', String(frames), '-c:v', 'libx264', '-pix_fmt', 'yuv420p', out]);
      return readFileSync(out);
    };
    const spliced = join(dir, 'spliced.ts');
    writeFileSync(spliced, Buffer.concat([encode('a.ts', '320x240', 40), encode('b.ts', '640x360', 35)]));
    const seen: string[] = [];
    const pipeline = await InferencePipeline.init({
      modelId: YOLOX,
      videoReference: spliced,
      onPrediction: (result, frame) => {
        seen.push(`${frame.image.width}x${frame.image.height}:${result.image.width}x${result.image.height}`);
      },
    });
    pipeline.start();
    await expect(pipeline.join()).resolves.toBeUndefined();
    await pipeline.dispose();
    expect(seen).toHaveLength(75);
    expect(seen.filter((s) => s === '320x240:320x240')).toHaveLength(40);
    expect(seen.filter((s) => s === '640x360:640x360')).toHaveLength(35);
  });
});
