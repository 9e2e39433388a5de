// Child process of pipeline-bench.mjs (started with UV_THREADPOOL_SIZE set): model only, decode
// only, file mode, one stream and four streams, all in this one process, one after the other.
// Prints one JSON line with every number on stdout.
//
// The speed of these virtual cores drifts by tens of percent over minutes, also with nothing else
// running in the machine. So model only is measured in a short window right before and right
// after every pipeline measurement, and each ratio is taken against those two neighbours.
//
//   node throughput-child.mjs '<json: { modelPath, clips, backends, streamClip, streamSeconds, fourSeconds, session, modelInput }>'
import { loadModel } from '../../dist/index.js';
import { startRtspServer } from '@rxcv/testing';
import { decodeOnly, filePipeline, manyStreams, modelOnly, streamPipeline } from './measure.mjs';

const config = JSON.parse(process.argv[2]);
const log = (line) => process.stderr.write(`  ${line}\n`);
const WINDOW_SECONDS = 1.5;

const model = await loadModel(config.modelPath, config.session);
const sourceOptions = config.modelInput ? { modelInput: model.modelInputSize() ?? undefined } : {};
const reference = await modelOnly(config.modelPath, config.session);
const out = { modelOnly: [], decode: {}, file: {}, stream: null, four: null };

async function window() {
  const m = await reference.measure(WINDOW_SECONDS);
  out.modelOnly.push(m);
  return m;
}

/** Runs `measure` between two model-only windows; adds `modelRate`, their mean, and `ratio`. */
async function beside(measure, rateOf) {
  const before = await window();
  const result = await measure();
  const after = await window();
  const modelRate = (before.rate + after.rate) / 2;
  // Neighbours more than 15% apart: the machine's speed changed during the measurement.
  const steady = Math.abs(before.rate - after.rate) <= 0.15 * modelRate;
  return { ...result, modelRate, steady, modelP95: Math.max(before.p95, after.p95), ratio: rateOf(result) / modelRate };
}

// Decode only and file mode once per FFmpeg backend, the backends alternating, so that both meet
// the same machine.
for (const [name, clip] of Object.entries(config.clips)) {
  for (const ffmpeg of config.backends) {
    const d = await decodeOnly(clip, { ...sourceOptions, ffmpeg });
    out.decode[`${name} ${ffmpeg}`] = d;
    log(`decode only ${name} ${ffmpeg}: ${d.fps.toFixed(0)} frames/s, ${d.cpuMsPerFrame.toFixed(1)} ms CPU a frame`);
  }
}
for (let round = 1; round <= 2; round++) {
  for (const [name, clip] of Object.entries(config.clips)) {
    for (const ffmpeg of config.backends) {
      const f = await beside(() => filePipeline(model, clip, sourceOptions, config.framesInFlight, ffmpeg), (x) => x.fps);
      (out.file[`${name} ${ffmpeg}`] ??= []).push(f);
      log(`file ${name} ${ffmpeg} run ${round}: ${f.frames} frames, ${f.fps.toFixed(1)} frames/s, model only beside it ${f.modelRate.toFixed(1)}/s`);
    }
  }
}

const server = await startRtspServer({ files: { '/cam': config.streamClip } });
try {
  const url = server.url('/cam');
  out.stream = await beside(() => streamPipeline(model, url, config.streamSeconds, sourceOptions), (x) => x.inferredFps ?? 0);
  log(`stream: ${out.stream.inferred} inferred, age p50 ${out.stream.frameAgeMs?.p50} ms`);
  out.four = await beside(() => manyStreams(model, [url, url, url, url], config.fourSeconds, sourceOptions), (x) => x.total);
  log(`four streams: ${out.four.total.toFixed(1)} inferred/s in total, model only beside it ${out.four.modelRate.toFixed(1)}/s`);
  out.serverCrashes = server.crashes;
} finally {
  await server.stop();
}
await reference.close();
await model.dispose();
process.stdout.write(`${JSON.stringify(out)}\n`);
process.exit(0);
