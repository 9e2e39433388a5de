import { existsSync } from 'node:fs';
import type { InferenceResult, StatusEvent, VideoFrame } from '@rxcv/core';
import { LineZone, PolygonZone, analyticsCounts, type AnalyticsEvent } from '@rxcv/analytics';
import {
  BoxAnnotator,
  LabelAnnotator,
  LineZoneAnnotator,
  PolygonZoneAnnotator,
  TraceAnnotator,
  eventClips,
  jsonlSink,
  mqttSink,
  multiSink,
  renderBoxes,
  webhookSink,
} from '@rxcv/sinks';
import { InferencePipeline } from '../inference-pipeline.js';
import { resolveDefaultClip } from '../default-assets.js';
import type { RunArgs } from './parse-run-args.js';
import { ProgressReporter } from './progress-reporter.js';
import { checkOutputPath } from './check-output-path.js';
import { SinkFailures } from './sink-failures.js';
import { FatalErrorGuard } from './fatal-error-guard.js';

/**
 * `rxcv run`: loads the model, runs it on the source with a progress display, writes the
 * annotated video, and prints a summary. Ctrl-C terminates cleanly (outputs are finalised).
 * Resolves to the process exit code: 0 done, 1 when an output lost frames or could not be
 * finalised (a summary says what was lost), 130 interrupted; rejects when the source failed.
 * An output path that cannot be written rejects at once, before the model is loaded. An uncaught
 * exception or unhandled rejection during the run stops it with the outputs finalised (exit 1).
 */
export async function runCommand(args: RunArgs, out = process.stdout, err = process.stderr): Promise<number> {
  // An output that cannot be written fails now, before a model is loaded (exit 1, typed).
  if (args.out) checkOutputPath(args.out, '--out');
  if (args.jsonl) checkOutputPath(args.jsonl, '--jsonl');
  const source = args.source === '' ? await resolveDefaultClip((line) => args.quiet || err.write(`${line}\n`)) : args.source;
  const say = (line: string) => {
    if (!args.quiet) err.write(`${line}\n`);
  };
  const lines = args.lines.map((line, i) => new LineZone({ ...line, name: `line ${i + 1}` }));
  const zones = args.zones.map((polygon, i) => new PolygonZone({ polygon, name: `zone ${i + 1}` }));
  // With tracking: each track's trace, #id labels, and the lines and zones with their counts.
  const annotators = args.track
    ? [new TraceAnnotator(), new BoxAnnotator(), new LabelAnnotator(), ...zones.map((z) => new PolygonZoneAnnotator(z)), ...lines.map((l) => new LineZoneAnnotator(l))]
    : undefined;
  const annotated =
    args.out || args.previewPort !== undefined
      ? renderBoxes({ output: args.out, annotators, preview: args.previewPort !== undefined ? { port: args.previewPort } : undefined, ffmpeg: args.ffmpeg })
      : null;
  // Event outputs queue their messages and report on themselves (counters in the summary).
  const reporting = [
    args.mqtt ? mqttSink({ url: args.mqtt, topic: args.mqttTopic }) : null,
    args.webhook ? webhookSink({ url: args.webhook }) : null,
    args.clips ? eventClips({ dir: args.clips, preSeconds: args.pre, postSeconds: args.post, annotators, ffmpeg: args.ffmpeg }) : null,
  ].filter((s) => s !== null);
  // JSONL lines carry the events of their frame (they reach events$ before the frame is delivered).
  const pendingEvents = new Map<string, AnalyticsEvent[]>();
  const jsonl = args.jsonl ? jsonlSink(args.jsonl) : null;
  const jsonlWithEvents = jsonl
    ? (predictions: InferenceResult, frame: VideoFrame) => {
        const key = `${frame.sourceId}:${frame.frameId}`;
        const events = pendingEvents.get(key);
        pendingEvents.delete(key);
        // The record is Roboflow's JSON plus `events` (jsonlSink writes what it is given).
        const record: InferenceResult = args.track ? Object.assign({ ...predictions }, { events: events ?? [] }) : predictions;
        return jsonl(record, frame);
      }
    : null;
  const outputs = [annotated, jsonl && jsonlWithEvents ? Object.assign(jsonlWithEvents, { close: jsonl.close }) : null, ...reporting].filter((s) => s !== null);
  const sink = outputs.length > 0 ? multiSink(...outputs) : null;
  let progress: ProgressReporter | null = null;
  const onPrediction = async (predictions: InferenceResult, frame: VideoFrame) => {
    progress?.tick(predictions.predictions.length);
    if (args.verbose) {
      const classes = predictions.predictions.map((p) => p.class).join(', ');
      out.write(`source ${frame.sourceId} frame ${frame.frameId}: ${predictions.predictions.length} predictions${classes ? ` (${classes})` : ''}\n`);
    }
    await sink?.(predictions as never, frame);
  };
  const closingSink = Object.assign(onPrediction, { close: async () => sink?.close?.() });

  const sinkFailures = new SinkFailures();
  // An uncaught exception or unhandled rejection from here on (user code, a bug) stops the run
  // like Ctrl-C does, so the outputs are finalised, and the run exits 1 saying what was thrown.
  let running: { terminate(): Promise<void> } | null = null;
  const guard = new FatalErrorGuard(() => {
    progress?.stop();
    err.write('rxcv: uncaught error, stopping the pipeline and finalising outputs...\n');
    void running?.terminate();
  });
  try {
    return await runPipeline();
  } finally {
    guard.dispose();
  }

  async function runPipeline(): Promise<number> {
    say(`rxcv: loading model ${args.model}`);
    const pipeline = await InferencePipeline.init({
      modelId: args.model,
      labels: args.labels,
      videoReference: source,
      confidence: args.confidence,
      iouThreshold: args.iou,
      device: args.device,
    ffmpeg: args.ffmpeg,
    hwDecode: args.hwDecode,
      tracking: args.track,
      lines,
      zones,
      maxFps: args.maxFps,
      onPrediction: closingSink,
      outputs: reporting,
      statusUpdateHandlers: [(event: StatusEvent) => reportStatus(event, args, err, sinkFailures)],
    }).catch(async (error: unknown) => {
      await closingSink.close(); // the preview server, if any, frees its port
      throw error;
    });
    running = pipeline;
    const zoneSummaries = zones.map((zone) => ({ name: zone.name, entered: 0, left: 0, inside: 0 }));
    pipeline.events$.subscribe((event) => {
      const zone = event.type !== 'line_crossed' ? zoneSummaries.find((z) => z.name === event.zone) : undefined;
      if (zone && event.type === 'zone_entered') zone.entered += 1;
      if (zone && event.type === 'zone_left') zone.left += 1;
      if (zone) zone.inside = zone.entered - zone.left;
      if (jsonl) {
        const key = `${event.sourceId}:${event.frameId}`;
        pendingEvents.set(key, [...(pendingEvents.get(key) ?? []), event]);
      }
      for (const output of reporting) output.sendEvent(event);
      if (args.verbose) out.write(`source ${event.sourceId} frame ${event.frameId}: ${describeEvent(event)}\n`);
    });
    if (annotated?.preview) {
      annotated.preview.observe(pipeline.status$);
      // The preview's own failures (a request it could not answer, a JPEG it could not encode) are printed, never fatal.
      annotated.preview.events$.subscribe((event) => reportStatus(event, args, err, sinkFailures));
      say(`rxcv: live preview at ${await annotated.preview.ready}`);
    }
    const description = pipeline.sources[0].describe();
    say(
      `rxcv: ${description.kind} ${description.reference} ${description.width}x${description.height}` +
        `${description.fps ? ` @ ${description.fps.toFixed(2)} fps` : ''}${description.totalFrames ? `, ${description.totalFrames} frames` : ''}`,
    );
    if (!args.quiet && !args.verbose) {
      progress = new ProgressReporter(description.totalFrames, () => {
        const source = pipeline.report().sources[0];
        return description.kind === 'file' ? '' : `${source.framesDropped} dropped | ${source.state}`;
      });
    }

    let interrupted = false;
    const onSigint = () => {
      interrupted = true;
      progress?.stop();
      say('rxcv: interrupted, finalising outputs...');
      void pipeline.terminate();
    };
    process.once('SIGINT', onSigint);
    process.once('SIGTERM', onSigint);
    pipeline.start();
    if (guard.caught) void pipeline.terminate(); // thrown while the model was loading
    let failure: unknown = null;
    try {
      await pipeline.join();
    } catch (error) {
      failure = error;
    } finally {
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigint);
      progress?.stop();
    }
    const report = pipeline.report().sources[0];
    say(
      `rxcv: ${report.framesInferred} frames inferred, ${report.framesDropped} dropped` +
        `${progress ? `, ${progress.fps().toFixed(1)} fps` : ''}` +
        `${report.inferenceLatencyMs ? `, inference p50 ${report.inferenceLatencyMs.p50.toFixed(1)} ms` : ''}`,
    );
    for (const line of analyticsCounts(lines, zones).lines) {
      say(`rxcv: ${line.name}: in ${line.in}${perClass(line.inPerClass)}, out ${line.out}${perClass(line.outPerClass)}`);
    }
    for (const zone of zoneSummaries) say(`rxcv: ${zone.name}: ${zone.entered} entered, ${zone.left} left, ${zone.inside} inside at the end`);
    for (const o of reporting.map((r) => r.stats())) {
      say(`rxcv: ${o.output}: ${o.delivered} delivered, ${o.queued} still queued, ${o.overflow} lost to overflow, ${o.failed} failed`);
    }
    // What the outputs lost is always told (also with --quiet), and makes the run fail.
    const lost = sinkFailures.summary(report.framesInferred);
    if (lost) err.write(`rxcv: error ${lost}\n`);
    else {
      if (args.out && existsSync(args.out)) say(`rxcv: annotated video written to ${args.out}`);
      if (args.jsonl && existsSync(args.jsonl)) say(`rxcv: predictions appended to ${args.jsonl}`);
    }
    if (guard.caught) {
      err.write(`rxcv: error ${guard.describe()}\nrxcv: the pipeline was stopped and its outputs finalised\n`);
      return 1;
    }
    if (failure) throw failure;
    if (interrupted) return 130;
    return lost ? 1 : 0;
  }
}

/** `{ car: 2, truck: 1 }` as ` (car 2, truck 1)`; nothing when empty. */
function perClass(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts).map(([name, n]) => `${name} ${n}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** One line for `--verbose`: `line_crossed line 1 in #4 car`. */
function describeEvent(event: AnalyticsEvent): string {
  const where = event.type === 'line_crossed' ? `${event.line} ${event.direction}` : event.zone;
  return `${event.type} ${where} #${event.trackerId} ${event.class}`;
}

function reportStatus(event: StatusEvent, args: RunArgs, err: NodeJS.WritableStream, sinkFailures: SinkFailures): void {
  if (event.type === 'SINK_ERROR' && !sinkFailures.record(event)) return; // counted, summarised at the end
  if (args.quiet && event.severity !== 'error') return;
  if (event.type === 'MODEL_DEVICE') {
    const tried = event.payload.failures.map((f) => `${f.provider} not available`).join(', ');
    err.write(`rxcv: model runs on ${event.payload.provider}${tried ? ` (${tried})` : ''}\n`);
    return;
  }
  if (event.type === 'HARDWARE_DECODING_FALLBACK') {
    err.write(`rxcv: source ${event.sourceId} decodes in software (${event.payload.backend}): ${event.payload.reason}\n`);
    return;
  }
  if (event.severity === 'error' || event.severity === 'warning' || args.verbose) {
    if (event.type === 'SOURCE_ERROR') return; // thrown at the end, printed once
    if (event.severity === 'debug') return;
    err.write(`rxcv: [${event.severity}] ${event.type}${event.sourceId !== null ? ` source ${event.sourceId}` : ''} ${JSON.stringify(event.payload)}\n`);
  }
}
