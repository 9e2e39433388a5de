import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedAssets, SHARED_DIR } from '@rxcv/core/testing';
import { HIGHWAY, YOLOX, ffprobeVideo, tempDir } from './helpers.js';

const CLI = resolve(import.meta.dirname, '..', 'dist', 'cli.js');

function rxcv(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, RXCV_SHARED: SHARED_DIR, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('rxcv CLI', () => {
  it('--help lists every option', () => {
    const { code, stdout } = rxcv(['run', '--help']);
    expect(code).toBe(0);
    for (const option of ['--model', '--labels', '--source', '--out', '--no-out', '--confidence', '--iou', '--verbose', '--quiet']) {
      expect(stdout).toContain(option);
    }
  });

  it('rejects a bad option value with exit code 2 and says which', () => {
    const { code, stderr } = rxcv(['run', '--confidence', '7']);
    expect(code).toBe(2);
    expect(stderr).toContain('--confidence must be a number from 0 to 1');
  });

  it.skipIf(!hasSharedAssets())('fails with exit code 1 and a clear message on a missing file', () => {
    const { code, stderr } = rxcv(['run', '--model', YOLOX, '--source', '/nowhere/clip.mp4', '--no-out']);
    expect(code).toBe(1);
    expect(stderr).toContain('SOURCE_NOT_FOUND');
    expect(stderr).toContain('/nowhere/clip.mp4');
  });

  it.skipIf(!hasSharedAssets())('runs the default model on a clip, writes the annotated MP4 and a summary', () => {
    const out = join(tempDir(), 'annotated.mp4');
    const { code, stderr, stdout } = rxcv(['run', '--source', HIGHWAY, '--out', out, '--verbose']);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(221);
    expect(stdout).toMatch(/^source 0 frame 1: \d+ predictions/m);
    expect(stdout).toContain('car');
    expect(stderr).toContain('221 frames inferred');
    expect(existsSync(out)).toBe(true);
    expect(ffprobeVideo(out)).toMatchObject({ frames: 221, fps: 25, width: 960, height: 540 });
  });
});
