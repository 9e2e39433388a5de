// The measurements of the pipeline benchmark. Each returns plain numbers; pipeline-bench.mjs
// runs them in one child process (so that ratios compare like with like) and prints the table.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Subject } from 'rxjs';
import { InferencePipeline, OnnxSession, openVideoSource } from '../../dist/index.js';
import { quantile, withMachineLoad } from './stats.mjs';

const ort = createRequire(new URL('../../../models/package.json', import.meta.url))('onnxruntime-node');

/**
 * Model only: `session.run` on a prepared 416x416 tensor, in a session opened with the same
 * settings as the pipeline's model. `open()` once, then `measure(seconds)` as often as wanted,
 * then `close()`.
 *
 * The rate is measured with two runs in flight, as a file pipeline keeps the model (the session's
 * thread goes from one run straight to the next, without a round trip to this thread in between):
 * the model's own ceiling, not the ceiling of one-call-at-a-time use. Latency p50/p95 of one run
 * comes from a short phase of one run at a time before it.
 */
export async function modelOnly(modelPath, settings) {
  const session = await OnnxSession.open(readFileSync(modelPath), modelPath, settings);
  const [input] = session.inputs;
  const dims = input.shape.map((d) => (typeof d === 'number' && d > 0 ? d : 1));
  const data = session.allocateFloat32(dims.reduce((a, b) => a * b, 1)).fill(114);
  const feeds = { [input.name]: new ort.Tensor('float32', data, dims) };
  for (let i = 0; i < 15; i++) await session.run(feeds);
  const LATENCY_SECONDS = 0.5;
  return {
    async measure(seconds) {
      const latencies = [];
      const latencyUntil = performance.now() + LATENCY_SECONDS * 1000;
      while (performance.now() < latencyUntil) {
        const started = performance.now();
        await session.run(feeds);
        latencies.push(performance.now() - started);
      }
      let runs = 0;
      const measured = await withMachineLoad(async () => {
        const until = performance.now() + seconds * 1000;
        // Two callers, each starting its next run as soon as its last one is answered.
        const caller = async () => {
          while (performance.now() < until) {
            await session.run(feeds);
            runs += 1;
          }
        };
        await Promise.all([caller(), caller()]);
      });
      return {
        rate: (runs * 1000) / measured.wallMs,
        p50: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
        othersCores: measured.othersCores,
      };
    },
    close: () => session.dispose(),
  };
}

/** Decode only: every frame of a clip pulled one at a time (as a file pipeline reads), frames/s. */
export async function decodeOnly(clip, sourceOptions) {
  const source = await openVideoSource(clip, sourceOptions);
  const measured = await withMachineLoad(
    () =>
      new Promise((resolve, reject) => {
        const demand$ = new Subject();
        let frames = 0;
        source.frames(demand$).subscribe({
          next: () => {
            frames += 1;
            demand$.next(1);
          },
          error: reject,
          complete: () => resolve(frames),
        });
        demand$.next(1);
      }),
  );
  return {
    frames: measured.result,
    fps: (measured.result * 1000) / measured.wallMs,
    cpuMsPerFrame: (measured.ownCores * measured.wallMs) / measured.result,
    othersCores: measured.othersCores,
  };
}

/** File mode end to end: decode, pre-process, infer, post-process, onPrediction. Frames/s; `ffmpeg`: the backend. */
export async function filePipeline(model, clip, sourceOptions, framesInFlight, ffmpeg) {
  let frames = 0;
  let detections = 0;
  const pipeline = await InferencePipeline.init({
    model,
    videoReference: clip,
    sourceOptions,
    framesInFlight,
    ffmpeg,
    onPrediction: (result) => {
      frames += 1;
      detections += result.predictions.length;
    },
  });
  const measured = await withMachineLoad(async () => {
    pipeline.start();
    await pipeline.join();
  });
  const [report] = pipeline.report().sources;
  return {
    frames,
    detections,
    fps: (frames * 1000) / measured.wallMs,
    // The model's infer() per frame inside the pipeline (pre-processing, run, post-processing).
    inferP50: report.inferenceLatencyMs?.p50 ?? null,
    ownCores: measured.ownCores,
    // Every thread of this process (decoding, onnxruntime, the event loop) per frame.
    cpuMsPerFrame: (measured.ownCores * measured.wallMs) / frames,
    othersCores: measured.othersCores,
  };
}

/** Resolves once `check()` is true, polling every 20 ms; rejects after `timeoutMs`. */
async function until(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`benchmark: ${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** received = inferred + dropped (+ failed) for every source of a finished pipeline report. */
function accounting(report) {
  return report.sources.map((s) => ({
    received: s.framesReceived,
    inferred: s.framesInferred,
    dropped: s.framesDropped,
    failed: s.framesFailed,
    exact: s.framesReceived === s.framesInferred + s.framesDropped + s.framesFailed,
  }));
}

/**
 * Stream mode on one live stream for `seconds` after the first prediction: the pipeline's own
 * report of the frame age at inference start and the end-to-end latency (p50/p95), frames
 * received / inferred / dropped after `terminate()`, and whether they add up exactly.
 */
export async function streamPipeline(model, url, seconds, sourceOptions) {
  let predictions = 0;
  const ages = [];
  const pipeline = await InferencePipeline.init({
    model,
    videoReference: url,
    sourceOptions,
    onPrediction: () => {
      predictions += 1;
    },
    statusUpdateHandlers: [
      (event) => {
        if (event.type === 'INFERENCE_STARTED') ages.push(...event.payload.ageMs);
      },
    ],
  });
  pipeline.start();
  await until(() => predictions > 0, 15_000, 'a first prediction from the stream');
  const measured = await withMachineLoad(() => new Promise((resolve) => setTimeout(resolve, seconds * 1000)));
  const during = pipeline.report().sources[0];
  await pipeline.terminate();
  const report = pipeline.report();
  const [counts] = accounting(report);
  return {
    frameAgeMs: during.frameAgeMs,
    endToEndLatencyMs: during.endToEndLatencyMs,
    agesFromEvents: { samples: ages.length, p50: quantile(ages, 0.5), p95: quantile(ages, 0.95) },
    inferredFps: during.inferredFps,
    ...counts,
    othersCores: measured.othersCores,
  };
}

/**
 * Several live streams in one pipeline (batch sink mode), for `seconds` after every stream has
 * had a prediction: inferred frames/s per stream and in total.
 */
export async function manyStreams(model, urls, seconds, sourceOptions) {
  const counts = urls.map(() => 0);
  const pipeline = await InferencePipeline.init({
    model,
    videoReference: urls,
    sourceOptions,
    onPrediction: (results) => {
      results.forEach((result, i) => {
        if (result !== null) counts[i] += 1;
      });
    },
  });
  pipeline.start();
  await until(() => counts.every((c) => c > 0), 20_000, 'a first prediction from every stream');
  const start = [...counts];
  const measured = await withMachineLoad(() => new Promise((resolve) => setTimeout(resolve, seconds * 1000)));
  const perStream = counts.map((c, i) => ((c - start[i]) * 1000) / measured.wallMs);
  const during = pipeline.report().sources;
  await pipeline.terminate();
  const total = perStream.reduce((a, b) => a + b, 0);
  return {
    perStream,
    total,
    minOverAverage: Math.min(...perStream) / (total / perStream.length),
    // A batch of four frames: waiting for the batch, then four runs (YOLOX-Nano's batch is fixed at 1).
    inferP50: during[0].inferenceLatencyMs?.p50 ?? null,
    ownCores: measured.ownCores,
    accounting: accounting(pipeline.report()),
    othersCores: measured.othersCores,
  };
}
