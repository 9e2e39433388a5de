// Issue 17 part 1 (last bit): an uncaught exception or unhandled rejection outside the preview
// (a user's code, a bug) stops `rxcv run` with its outputs finalised, and the run exits 1 saying
// what was thrown. The throw comes from test/fixtures/throw-mid-run.mjs, loaded with
// `node --import` as a user's hook would be, once the JSONL output has 20 lines (mid-run).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedAssets, SHARED_DIR } from '@rxcv/testing';
import { HIGHWAY, YOLOX, ffprobeVideo, tempDir } from './helpers.js';

const CLI = resolve(import.meta.dirname, '..', 'bin', 'rxcv.cjs');
const HOOK = resolve(import.meta.dirname, 'fixtures', 'throw-mid-run.mjs');
const CLIP_FRAMES = 221; // highway_960x540_25fps.mp4

describe.skipIf(!hasSharedAssets())('rxcv run: an uncaught error mid-run (issue 17, part 1)', () => {
  it.each(['exception', 'rejection'])('an uncaught %s: exit 1, the MP4 plays, the JSONL is whole', (kind) => {
    const dir = tempDir();
    const out = join(dir, 'annotated.mp4');
    const jsonl = join(dir, 'predictions.jsonl');
    const run = spawnSync(process.execPath, ['--import', HOOK, CLI, 'run', '--model', YOLOX, '--source', HIGHWAY, '--out', out, '--jsonl', jsonl], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, RXCV_SHARED: SHARED_DIR, THROW_MID_RUN_JSONL: jsonl, THROW_MID_RUN_AFTER_LINES: '20', THROW_MID_RUN_KIND: kind },
    });
    const { status, stderr } = run;
    expect(run.signal, stderr).toBeNull(); // not killed by the time-out
    expect(status, stderr).toBe(1);
    expect(stderr).toContain('uncaught error, stopping the pipeline and finalising outputs');
    expect(stderr).toContain(kind === 'exception' ? 'uncaught exception: Error: boom from the hook (exception)' : 'unhandled promise rejection: Error: boom from the hook (rejection)');
    expect(stderr).toContain('the pipeline was stopped and its outputs finalised');
    const inferred = Number(/(\d+) frames inferred/.exec(stderr)?.[1]);
    // Stopped mid-run: after the hook's 20 lines, before the end of the clip.
    expect(inferred).toBeGreaterThanOrEqual(20);
    expect(inferred).toBeLessThan(CLIP_FRAMES);
    // The MP4 was finalised (its index written): ffprobe decodes every frame delivered.
    expect(existsSync(out)).toBe(true);
    expect(ffprobeVideo(out)).toMatchObject({ frames: inferred, width: 960, height: 540 });
    // The JSONL has one whole record per frame delivered.
    const records = readFileSync(jsonl, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(records).toHaveLength(inferred);
  });
});
