// Issue 17 part 8: the CLI's exit code tells whether the outputs got the results.
import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSharedAssets, SHARED_DIR } from '@rxcv/testing';
import { HIGHWAY, YOLOX, tempDir } from './helpers.js';

const CLI = resolve(import.meta.dirname, '..', 'bin', 'rxcv.cjs');

function rxcv(args: string[]) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, RXCV_SHARED: SHARED_DIR } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, ms: Date.now() - started };
}

describe.skipIf(!hasSharedAssets())('rxcv run: exit codes for outputs (issue 17, part 8)', () => {
  const dir = tempDir();
  const clip = join(dir, 'short.mp4');
  beforeAll(() => {
    // 20 frames keep the run short.
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', HIGHWAY, '-frames:v', '20', '-an', clip]);
  });

  it.each([
    ['--out into a missing directory', ['--out', join(dir, 'no-such-dir', 'a.mp4')], '--out', 'does not exist'],
    ['--out that is a directory', ['--out', dir], '--out', 'is a directory'],
    ['--jsonl into a missing directory', ['--no-out', '--jsonl', join(dir, 'missing', 'p.jsonl')], '--jsonl', 'does not exist'],
  ])('%s: exit 1 at start with SINK_OUTPUT_FAILED, before the model is loaded', (_name, args, option, why) => {
    const { code, stderr } = rxcv(['run', '--model', YOLOX, '--source', clip, ...args]);
    expect(code).toBe(1);
    expect(stderr).toContain('SINK_OUTPUT_FAILED');
    expect(stderr).toContain(option);
    expect(stderr).toContain(why);
    expect(stderr).not.toContain('loading model');
  });

  // Root writes anywhere, so there is nothing to refuse when the tests run as root.
  it.skipIf(process.getuid?.() === 0)('a read-only directory: exit 1 at start', () => {
    const readOnly = join(dir, 'ro');
    mkdirSync(readOnly, { mode: 0o555 });
    const { code, stderr } = rxcv(['run', '--model', YOLOX, '--source', clip, '--out', join(readOnly, 'a.mp4')]);
    expect(code).toBe(1);
    expect(stderr).toContain('not writable');
  });

  it('every write failing during the run (a full disk: /dev/full): exit 1 with a summary of what was lost', () => {
    const { code, stderr } = rxcv(['run', '--model', YOLOX, '--source', clip, '--no-out', '--jsonl', '/dev/full']);
    expect(code).toBe(1);
    expect(stderr).toContain('20 frames inferred');
    expect(stderr).toMatch(/outputs failed: 20 of 20 frame\(s\) not written/);
    expect(stderr).toContain('ENOSPC');
    // The first few failures are printed as they happen, the rest only counted.
    expect(stderr.match(/\[error\] SINK_ERROR/g)?.length ?? 0).toBeLessThanOrEqual(3);
    expect(stderr).not.toContain('predictions appended');
  });

  it('outputs that took everything: exit 0, no failure summary', () => {
    const { code, stderr } = rxcv(['run', '--model', YOLOX, '--source', clip, '--out', join(dir, 'ok.mp4'), '--jsonl', join(dir, 'ok.jsonl')]);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain('outputs failed');
    expect(stderr).toContain('annotated video written');
  });
});
