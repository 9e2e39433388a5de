// Issue 12: with node-av chosen, a pipeline from a file to an MP4 never loads beamcoder, and runs
// where beamcoder is not installed at all; choosing beamcoder there is a typed error.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedAssets } from '@rxcv/testing';
import { HIGHWAY, YOLOX, ffprobeVideo, tempDir } from './helpers.js';

const FIXTURE = resolve(import.meta.dirname, 'fixtures', 'without-beamcoder.mjs');

/** Runs the fixture in its own process (a module hook there makes @rxcv/beamcoder unresolvable). */
function runWithoutBeamcoder(ffmpeg: string, out: string, env: NodeJS.ProcessEnv = {}) {
  const { RXCV_FFMPEG: _, ...inherited } = process.env;
  const child = spawnSync(process.execPath, [FIXTURE, ffmpeg, HIGHWAY, YOLOX, out], { encoding: 'utf8', timeout: 180_000, env: { ...inherited, ...env } });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
    frames: number;
    beamcoderLookups: number;
    error?: { name: string; code: string; message: string };
  };
}

describe.skipIf(!hasSharedAssets())('a project without @rxcv/beamcoder', () => {
  it("ffmpeg: 'node-av': file -> model -> MP4, and beamcoder is never looked up", () => {
    const out = join(tempDir(), 'node-av.mp4');
    const outcome = runWithoutBeamcoder('node-av', out);
    expect(outcome).toEqual({ frames: 221, beamcoderLookups: 0 });
    expect(ffprobeVideo(out)).toMatchObject({ frames: 221, fps: 25, width: 960, height: 540 });
  });

  it('RXCV_FFMPEG=node-av does the same without any option', () => {
    const out = join(tempDir(), 'env.mp4');
    expect(runWithoutBeamcoder('default', out, { RXCV_FFMPEG: 'node-av' })).toEqual({ frames: 221, beamcoderLookups: 0 });
  });

  it('the default (beamcoder) there: init rejects with FFMPEG_BACKEND_UNAVAILABLE saying what to install', () => {
    const outcome = runWithoutBeamcoder('default', join(tempDir(), 'never.mp4'));
    expect(outcome.frames).toBe(0);
    expect(outcome.beamcoderLookups).toBeGreaterThan(0);
    expect(outcome.error).toMatchObject({ name: 'FfmpegBackendError', code: 'FFMPEG_BACKEND_UNAVAILABLE' });
    expect(outcome.error?.message).toMatch(/install @rxcv\/beamcoder.*or choose node-av/);
  });
});
