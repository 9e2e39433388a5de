// A/B of two settings of a file pipeline, in alternating runs (each in a fresh process), so that
// the drift of this machine's speed hits both alike. Reproduces the A/B numbers of the README's
// Performance section:
//
//   node packages/rxcv/bench/ab-file.mjs frames-in-flight [rounds]   # 1 against 2 frames in flight
//   node packages/rxcv/bench/ab-file.mjs node-flags [rounds]         # without / with bin/node-flags.cjs
//   node packages/rxcv/bench/ab-file.mjs semi-space [rounds]         # bin/node-flags.cjs without / with its --max-semi-space-size
//
// Each run: YOLOX-Nano on the highway clip scaled to 1280x720 by ffmpeg (made in a temporary
// directory), as `InferencePipeline.init` runs it; prints frames/s, CPU per frame, full
// garbage collections (mark-compacts) and peak RSS. Environment: RXCV_SHARED, RXCV_AB_CLIP (another clip).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { nodeFlags } from './lib/node-flags.mjs';

const here = dirname(fileURLToPath(import.meta.url));

if (process.argv[2] === '--child') {
  const { InferencePipeline, loadModel } = await import('../dist/index.js');
  const [, , , clip, modelPath, framesInFlight] = process.argv;
  let markCompacts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) markCompacts += 1;
  }).observe({ entryTypes: ['gc'] });
  const model = await loadModel(modelPath);
  let frames = 0;
  const pipeline = await InferencePipeline.init({
    model,
    videoReference: clip,
    framesInFlight: framesInFlight === 'default' ? undefined : Number(framesInFlight),
    onPrediction: () => void (frames += 1),
  });
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  pipeline.start();
  await pipeline.join();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  await new Promise((r) => setTimeout(r, 50)); // let the last gc entries arrive
  const result = {
    fps: (frames * 1000) / wallMs,
    cpuMsPerFrame: (cpu.user + cpu.system) / 1000 / frames,
    markCompacts,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  await model.dispose();
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

/** The node flags without the cap on V8's young generation (V8's default: up to 2 x 64 MB). */
function withoutSemiSpaceCap() {
  return nodeFlags().filter((flag) => !flag.startsWith('--max-semi-space-size'));
}

const what = process.argv[2];
const rounds = Number(process.argv[3] ?? 3);
const SETTINGS = {
  'frames-in-flight': [
    { name: '1 frame in flight', flags: nodeFlags(), framesInFlight: '1' },
    { name: '2 frames in flight', flags: nodeFlags(), framesInFlight: '2' },
  ],
  'node-flags': [
    { name: 'node without flags', flags: [], framesInFlight: 'default' },
    { name: `node ${nodeFlags().join(' ')}`, flags: nodeFlags(), framesInFlight: 'default' },
  ],
  'semi-space': [
    { name: `node ${withoutSemiSpaceCap().join(' ')}`, flags: withoutSemiSpaceCap(), framesInFlight: 'default' },
    { name: `node ${nodeFlags().join(' ')}`, flags: nodeFlags(), framesInFlight: 'default' },
  ],
};
const settings = SETTINGS[what];
if (!settings || !(rounds >= 1)) {
  console.error('usage: node ab-file.mjs frames-in-flight|node-flags|semi-space [rounds]');
  process.exit(2);
}
const shared = process.env.RXCV_SHARED ?? resolve(here, '..', '..', '..', '..', 'shared');
const modelPath = join(shared, 'models', 'yolox_nano.onnx');
const dir = mkdtempSync(join(tmpdir(), 'rxcv-ab-'));
try {
  let clip = process.env.RXCV_AB_CLIP;
  if (!clip) {
    clip = join(dir, 'highway_1280x720.mp4');
    const made = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', join(shared, 'media', 'highway_960x540_25fps.mp4'), '-vf', 'scale=1280:720', '-an', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', clip]);
    if (made.status !== 0) throw new Error(`ffmpeg failed: ${made.stderr}`);
  }
  const env = { ...process.env, UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '8' };
  const results = settings.map(() => []);
  for (let round = 1; round <= rounds; round += 1) {
    settings.forEach((s, i) => {
      const run = spawnSync(process.execPath, [...s.flags, fileURLToPath(import.meta.url), '--child', clip, modelPath, s.framesInFlight], { encoding: 'utf8', env });
      if (run.status !== 0) throw new Error(`run failed (${s.name}):\n${run.stderr}`);
      const r = JSON.parse(run.stdout.trim().split('\n').at(-1));
      results[i].push(r);
      console.log(`round ${round}  ${s.name.padEnd(40)} ${r.fps.toFixed(1)} frames/s, ${r.cpuMsPerFrame.toFixed(1)} ms CPU/frame, ${r.markCompacts} mark-compacts, peak RSS ${r.peakRssMb.toFixed(0)} MB`);
    });
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const [a, b] = results.map((rs) => mean(rs.map((r) => r.fps)));
  const wins = results[1].filter((r, i) => r.fps > results[0][i].fps).length;
  console.log(`\n${settings[1].name} against ${settings[0].name}: ${((b / a - 1) * 100).toFixed(1)}% frames/s on average (${a.toFixed(1)} -> ${b.toFixed(1)}), faster in ${wins} of ${rounds} rounds`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
