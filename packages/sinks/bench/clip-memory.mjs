#!/usr/bin/env node
// Prints the memory one camera's pre-roll takes in eventClips: 720p at 30 fps with 5 s kept, as
// H.264 in the encoded ring (bytes held, largest over the run) and the process's resident memory
// the ring's encoder adds, against what 5 s of raw frames would take. Real frames: the highway
// clip scaled to 1280x720 (read from ffmpeg frame by frame, 450 frames = 15 s at 30 fps).
// Run after `pnpm --filter @rxcv/sinks build`:  node packages/sinks/bench/clip-memory.mjs
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EncodedRing } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const W = 1280;
const H = 720;
const FPS = 30;
const PRE_SECONDS = 5;
const FRAMES = 450;
const shared = process.env.RXCV_SHARED ?? join(here, '..', '..', '..', '..', 'shared');
const clip = join(shared, 'media', 'highway_960x540_25fps.mp4');
if (!existsSync(clip)) throw new Error(`clip-memory: ${clip} not found (set RXCV_SHARED)`);

/** Frames of the clip at 1280x720, looped, one at a time (only one raw frame in memory). */
async function* frames(count) {
  const frameBytes = W * H * 3;
  const ffmpeg = spawn('ffmpeg', ['-v', 'error', '-stream_loop', '-1', '-i', clip, '-frames:v', String(count),
    '-vf', `scale=${W}:${H}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let frame = Buffer.allocUnsafe(frameBytes);
  let filled = 0;
  for await (const chunk of ffmpeg.stdout) {
    for (let offset = 0; offset < chunk.length; ) {
      const n = Math.min(frameBytes - filled, chunk.length - offset);
      chunk.copy(frame, filled, offset, offset + n);
      filled += n;
      offset += n;
      if (filled === frameBytes) {
        yield { width: W, height: H, format: 'rgb24', data: frame };
        frame = Buffer.allocUnsafe(frameBytes);
        filled = 0;
      }
    }
  }
}

const mb = (bytes) => (bytes / 1e6).toFixed(1);
global.gc?.();
const before = process.memoryUsage().rss;
const ring = new EncodedRing({ fps: FPS });
let maxBytes = 0;
let maxFrames = 0;
let n = 0;
let steady = 0;
let pushMs = 0;
const started = performance.now();
for await (const image of frames(FRAMES)) {
  n += 1;
  const mediaMs = ((n - 1) * 1000) / FPS;
  const t = performance.now();
  await ring.push(image, n, mediaMs, Date.now(), { image: { width: W, height: H }, predictions: [] });
  pushMs += performance.now() - t;
  ring.trim(mediaMs - PRE_SECONDS * 1000);
  if (n === PRE_SECONDS * FPS) {
    global.gc?.();
    steady = process.memoryUsage().rss;
  }
  if (n > PRE_SECONDS * FPS) {
    maxBytes = Math.max(maxBytes, ring.bytes);
    maxFrames = Math.max(maxFrames, ring.length);
  }
}
const seconds = (performance.now() - started) / 1000;
global.gc?.();
const after = process.memoryUsage().rss;
const raw = W * H * 3 * PRE_SECONDS * FPS;
console.log(`eventClips pre-roll, one camera at ${W}x${H}@${FPS}, ${PRE_SECONDS} s (libx264 veryfast, zerolatency, CRF 23, keyframe a second):`);
console.log(`  encoded ring: max ${mb(maxBytes)} MB in ${maxFrames} frames (${((maxBytes * 8) / (maxFrames / FPS) / 1e6).toFixed(2)} Mbit/s)`);
console.log(`  process RSS added (ring + x264 encoder + converter): ${mb(after - before)} MB; growth after the ring was full: ${mb(after - steady)} MB`);
console.log(`  the same pre-roll as raw rgb24 frames: ${mb(raw)} MB`);
console.log(`  encoding into the ring: ${(pushMs / n).toFixed(1)} ms a frame (${((n * 1000) / pushMs).toFixed(0)} fps; ${(n / seconds).toFixed(0)} fps with the ffmpeg reader competing), load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores`);
