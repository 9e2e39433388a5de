// Benchmark (not a test): decode throughput and memory of the file source on the real clips.
// Run: pnpm --filter @rxcv/sources build && node packages/sources/bench/decode-files.mjs
// Prints frames/s, ms per frame and peak RSS for each clip, as rgb24 and bgr24, all frames
// pulled one at a time through demand (the way the pipeline reads files).
import { Subject } from 'rxjs';
import { sharedAsset } from '@rxcv/testing';
import { openVideoSource } from '../dist/index.js';

const clips = ['highway_960x540_25fps.mp4', 'person_indoor_768x432_139s.mp4'];

async function run(clip, pixelFormat, decoderThreads) {
  const source = await openVideoSource(sharedAsset('media', clip), { pixelFormat, decoderThreads });
  const demand$ = new Subject();
  let frames = 0;
  let peakRss = 0;
  const started = performance.now();
  await new Promise((resolve, reject) => {
    source.frames(demand$).subscribe({
      next: () => {
        frames += 1;
        if (frames % 25 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
        demand$.next(1); // the consumer asks for the next frame when done with this one
      },
      error: reject,
      complete: resolve,
    });
    demand$.next(1);
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${clip.padEnd(34)} ${pixelFormat} threads=${decoderThreads ?? 1}: ${frames} frames in ${seconds.toFixed(2)} s = ${(frames / seconds).toFixed(0)} fps ` +
      `(${((seconds * 1000) / frames).toFixed(2)} ms/frame), peak RSS ${(peakRss / 1e6).toFixed(0)} MB`,
  );
}

for (const clip of clips) {
  await run(clip, 'rgb24');
  await run(clip, 'bgr24');
  await run(clip, 'rgb24', 2);
}
