// Peak RSS of a file pipeline with a deliberately slow model (YOLOX-Nano held to 30 ms per
// frame), for the 139-second clip and the 9-second clip, each in a fresh process. Decoding is
// driven by demand, so the long clip must not need more memory than the short one.
//
//   node packages/rxcv/bench/peak-rss.mjs            (after `pnpm build`; about a minute)
//   RXCV_SHARED=/path/to/shared node ...             (where the clips and models are)
//
// pipeline-bench.mjs (`pnpm bench`) calls `measurePeakRss()` for its table.
import { spawnSync } from 'node:child_process';
import { nodeFlags } from './lib/node-flags.mjs';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const defaultShared = process.env.RXCV_SHARED ?? resolve(here, '..', '..', '..', '..', 'shared');

if (process.argv[2] === '--child') {
  const { InferencePipeline, loadModel } = await import('../dist/index.js');
  const { slowedDown } = await import('@rxcv/testing');
  const [, , , clip, modelPath, slowMs, options] = process.argv;
  const { session, modelInput } = JSON.parse(options ?? '{}');
  const model = await loadModel(modelPath, session);
  const slow = slowedDown(model, Number(slowMs));
  let frames = 0;
  let rssAtFrame100 = 0;
  const pipeline = await InferencePipeline.init({
    model: slow,
    videoReference: clip,
    sourceOptions: modelInput ? { modelInput: model.modelInputSize() ?? undefined } : {},
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

/**
 * Runs the slow-model file pipeline on the short and the long clip, each in a fresh process
 * (`env` is its environment, e.g. with UV_THREADPOOL_SIZE), and returns both measurements.
 */
export function measurePeakRss({ shared = defaultShared, slowMs = 30, env = process.env, session = {}, modelInput = false } = {}) {
  const modelPath = resolve(shared, 'models', 'yolox_nano.onnx');
  const clips = {
    short: ['highway 9 s (221 frames)', resolve(shared, 'media', 'highway_960x540_25fps.mp4')],
    long: ['person 139 s (1394 frames)', resolve(shared, 'media', 'person_indoor_768x432_139s.mp4')],
  };
  for (const [, clip] of Object.values(clips)) {
    if (!existsSync(clip)) throw new Error(`peak-rss: ${clip} not found; set RXCV_SHARED`);
  }
  const results = {};
  for (const [key, [name, clip]] of Object.entries(clips)) {
    const run = spawnSync(
      process.execPath,
      [...nodeFlags(), fileURLToPath(import.meta.url), '--child', clip, modelPath, String(slowMs), JSON.stringify({ session, modelInput })],
      { encoding: 'utf8', env },
    );
    if (run.status !== 0) throw new Error(`peak-rss child failed on ${clip}:\n${run.stderr}`);
    results[key] = { name, ...JSON.parse(run.stdout.trim().split('\n').at(-1)) };
  }
  return { slowMs, ...results, differenceMb: results.long.peakRssMb - results.short.peakRssMb };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = measurePeakRss({ env: { ...process.env, UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '8' } });
  console.log(`peak RSS, file mode, YOLOX-Nano slowed to ${r.slowMs} ms per frame, default lookahead`);
  console.log('clip                          frames   seconds   peak RSS MB   RSS@100 MB   RSS end MB');
  for (const x of [r.short, r.long]) {
    console.log(
      `${x.name.padEnd(30)}${String(x.frames).padStart(6)}${x.seconds.toFixed(1).padStart(10)}${x.peakRssMb.toFixed(1).padStart(14)}${x.rssAtFrame100Mb.toFixed(1).padStart(13)}${x.endRssMb.toFixed(1).padStart(13)}`,
    );
  }
  console.log(`difference in peak RSS (long - short): ${r.differenceMb.toFixed(1)} MB (target: within 30 MB) -> ${Math.abs(r.differenceMb) <= 30 ? 'met' : 'MISSED'}`);
}
