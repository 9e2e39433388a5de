import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedAsset } from '@rxcv/testing';

/** The highway clip: H.264 960x540, 25 fps, 221 frames, audio is stream 0 and video stream 1. */
export const HIGHWAY = sharedAsset('media', 'highway_960x540_25fps.mp4');
export const HIGHWAY_FRAMES = 221;
/** The 139-second clip (1394 frames at 10 fps) for memory checks. */
export const LONG_CLIP = sharedAsset('media', 'person_indoor_768x432_139s.mp4');

/** A temporary directory for clips made in test setup; `remove()` deletes it. */
export function makeScratchDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rxcv-sources-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the ffmpeg CLI (quiet, overwrite) and returns the output path. */
export function ffmpeg(output: string, args: string[]): string {
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, output], { stdio: ['ignore', 'ignore', 'pipe'] });
  return output;
}

/** Keeps the first `bytes` bytes of `input` in `output` (a file cut short, as by a failed upload). */
export function truncateTo(input: string, output: string, bytes: number): string {
  writeFileSync(output, readFileSync(input).subarray(0, bytes));
  return output;
}

/** Frame `n` (0-based) of `input` decoded by the ffmpeg CLI as packed rgb24, for comparison. */
export function ffmpegRgbFrame(input: string, n: number): Buffer {
  return execFileSync(
    'ffmpeg',
    ['-hide_banner', '-loglevel', 'error', '-i', input, '-map', '0:v:0', '-vf', `select=eq(n\\,${n})`, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { maxBuffer: 64 * 1024 * 1024 },
  );
}
