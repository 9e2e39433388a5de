// Peak RSS of a file pipeline with a deliberately slow model (YOLOX-Nano held to 30 ms per
// frame), for the 139-second clip and the 9-second clip, each in a fresh process. Decoding is
// driven by demand, so the long clip must not need more memory than the short one.
//
//   node packages/rxcv/bench/peak-rss.mjs            (after `pnpm build`; about a minute)
//   RXCV_SHARED=/path/to/shared node ...             (where the clips and models are)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.RXCV_SHARED ?? resolve(here, '..', '..', '..', '..', 'shared');
const SLOW_MS = Number(process.env.SLOW_MS ?? 30);

if (process.argv[2] === '--child') {
  const { InferencePipeline, loadModel } = await import('../dist/index.js');
  const { slowedDown } = await import('@rxcv/core/testing');
  const clip = process.argv[3];
  const model = await loadModel(resolve(shared, 'models', 'yolox_nano.onnx'));
  const slow = slowedDown(model, SLOW_MS);
  let frames = 0;
  let rssAtFrame100 = 0;
  const pipeline = await InferencePipeline.init({
    model: slow,
    videoReference: clip,
    onPrediction: () => {
      frames += 1;
      if (frames === 100) rssAtFrame100 = process.memoryUsage().rss;
    },
  });
  const started = Date.now();
  pipeline.start();
  await pipeline.join();
  const seconds = (Date.now() - started) / 1000;
  await model.dispose();
  process.stdout.write(
    JSON.stringify({ frames, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, rssAtFrame100Mb: rssAtFrame100 / 2 ** 20, endRssMb: process.memoryUsage().rss / 2 ** 20 }) + '\n',
  );
  process.exit(0);
}

const clips = [
  ['highway 9 s (221 frames)', resolve(shared, 'media', 'highway_960x540_25fps.mp4')],
  ['person 139 s (1394 frames)', resolve(shared, 'media', 'person_indoor_768x432_139s.mp4')],
];
for (const [, clip] of clips) {
  if (!existsSync(clip)) {
    console.error(`peak-rss: ${clip} not found; set RXCV_SHARED`);
    process.exit(1);
  }
}
console.log(`peak RSS, file mode, YOLOX-Nano slowed to ${SLOW_MS} ms per frame, lookahead 2`);
console.log('clip                          frames   seconds   peak RSS MB   RSS@100 MB   RSS end MB');
const results = [];
for (const [name, clip] of clips) {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', clip], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const r = JSON.parse(run.stdout.trim().split('\n').at(-1));
  results.push(r);
  console.log(
    `${name.padEnd(30)}${String(r.frames).padStart(6)}${r.seconds.toFixed(1).padStart(10)}${r.peakRssMb.toFixed(1).padStart(14)}${r.rssAtFrame100Mb.toFixed(1).padStart(13)}${r.endRssMb.toFixed(1).padStart(13)}`,
  );
}
const diff = results[1].peakRssMb - results[0].peakRssMb;
console.log(`difference in peak RSS (long - short): ${diff.toFixed(1)} MB (target: within 30 MB) -> ${Math.abs(diff) <= 30 ? 'met' : 'MISSED'}`);
