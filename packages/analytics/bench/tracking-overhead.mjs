#!/usr/bin/env node
// What tracking and zones cost in a real file pipeline: the highway clip through YOLOX-Nano
// (confidence 0.1, as ByteTrack wants), frame by frame, once without analytics and once with
// `track()`, a `countLine` and two `watchZone`s. Prints frames/s of both runs and, measured in
// the second run itself, the time the analytics operators took per frame and their share of the
// run: that share does not depend on how busy the machine is, the two frame rates do.
// Run after `pnpm build` (it loads the sibling packages' builds by path: analytics does not
// depend on sources or models):   node packages/analytics/bench/tracking-overhead.mjs
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const packages = resolve(here, '..', '..');
const shared = process.env.RXCV_SHARED ?? resolve(packages, '..', '..', 'shared');
const clip = join(shared, 'media', 'highway_960x540_25fps.mp4');
if (!existsSync(clip)) {
  console.log(`tracking overhead: skipped, no clip at ${clip} (set RXCV_SHARED)`);
  process.exit(0);
}
const { ignoreElements, lastValueFrom, merge, share, tap } = createRequire(join(here, '..', 'package.json'))('rxjs');
const { frameByFrame, inferFrame } = await import(join(packages, 'core', 'dist', 'index.js'));
const { openVideoSource } = await import(join(packages, 'sources', 'dist', 'index.js'));
const { loadModel } = await import(join(packages, 'models', 'dist', 'index.js'));
const { LineZone, PolygonZone, countLine, track, watchZone } = await import(join(here, '..', 'dist', 'index.js'));

const model = await loadModel('yolox-nano', { modelsDir: join(shared, 'models') });

async function run(withAnalytics) {
  const source = await openVideoSource(clip);
  const inferred$ = frameByFrame((demand$) => source.frames(demand$), inferFrame(model, { confidence: 0.1 }));
  const started = performance.now();
  let frames = 0;
  let analyticsMs = 0;
  const perFrame = [];
  let events = 0;
  if (!withAnalytics) {
    await lastValueFrom(inferred$.pipe(tap(() => frames++)), { defaultValue: null });
  } else {
    const line = new LineZone({ start: { x: 120, y: 250 }, end: { x: 120, y: 450 } });
    const zones = [
      new PolygonZone({ polygon: [[150, 300], [450, 300], [450, 420], [150, 420]], name: 'left' }),
      new PolygonZone({ polygon: [[450, 300], [700, 300], [900, 540], [450, 540]], name: 'right' }),
    ];
    let t0 = 0;
    // The shared stream delivers each item to the three subscribers synchronously, one after
    // another: the time from entering track() to the last subscriber is the analytics' time.
    const tracked$ = inferred$.pipe(tap(() => (t0 = performance.now())), track(), share());
    const measured = () => {
      const ms = performance.now() - t0;
      analyticsMs += ms;
      perFrame.push(ms);
      frames++;
    };
    await lastValueFrom(
      merge(
        tracked$.pipe(countLine(line), tap(() => events++), ignoreElements()),
        ...zones.map((z) => tracked$.pipe(watchZone(z), tap(() => events++), ignoreElements())),
        // Subscribed last, so it sees each item after the operators above have.
        tracked$.pipe(tap(measured), ignoreElements()),
      ),
      { defaultValue: null },
    );
  }
  const seconds = (performance.now() - started) / 1000;
  return { frames, fps: frames / seconds, seconds, analyticsMs, perFrame: perFrame.sort((a, b) => a - b), events };
}

const off = await run(false);
const on = await run(true);
await model.dispose();
const p = (q) => on.perFrame[Math.min(on.perFrame.length - 1, Math.floor(q * on.perFrame.length))];
console.log(`file mode, highway clip, YOLOX-Nano: analytics off ${off.fps.toFixed(1)} frames/s (${off.frames} frames)`);
console.log(`file mode, highway clip, YOLOX-Nano: track + 1 line + 2 zones ${on.fps.toFixed(1)} frames/s (${on.frames} frames, ${on.events} events)`);
console.log(
  `analytics per frame: p50 ${p(0.5).toFixed(3)} ms, p95 ${p(0.95).toFixed(3)} ms; ` +
    `${((100 * on.analyticsMs) / (on.seconds * 1000)).toFixed(2)} % of the run (target < 3 %)`,
);
