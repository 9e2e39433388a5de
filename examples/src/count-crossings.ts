/**
 * Counts vehicles crossing a line on the highway clip, composed by hand: a demand-driven file
 * source, YOLOX-Nano at a low confidence (ByteTrack uses the weak detections to keep tracks
 * alive), `track()` for ids, `countLine()` for the crossing events, and `renderBoxes` drawing
 * boxes with `#id` labels, traces and the line with its counts. The line stands across the lane
 * the overtaken cars drive through, so they cross it from left to right ("in").
 *
 *   node examples/dist/count-crossings.js [video] [annotated.mp4]    (default: the highway clip)
 */
import { ignoreElements, lastValueFrom, merge, share, tap } from 'rxjs';
import { filterPredictions, frameByFrame, inferFrame, toSink, type ObjectDetectionResult } from '@rxcv/core';
import { openVideoSource } from '@rxcv/sources';
import { loadModel } from '@rxcv/models';
import { BoxAnnotator, LabelAnnotator, LineZoneAnnotator, TraceAnnotator, renderBoxes } from '@rxcv/sinks';
import { LineZone, countLine, track } from '@rxcv/analytics';
import { exampleClip, exampleModelsDir } from './example-clip.js';

const VEHICLES = new Set(['car', 'truck', 'bus', 'motorcycle']);
const output = process.argv[3] ?? 'count-crossings.mp4';

const model = await loadModel<ObjectDetectionResult>('yolox-nano', { modelsDir: exampleModelsDir() });
const source = await openVideoSource(process.argv[2] ?? exampleClip());
const line = new LineZone({ start: { x: 120, y: 250 }, end: { x: 120, y: 450 } });

const tracked$ = frameByFrame((demand$) => source.frames(demand$), inferFrame(model, { confidence: 0.1 })).pipe(
  filterPredictions<ObjectDetectionResult>((p) => VEHICLES.has(p.class)),
  track(),
  share(),
);

// Subscribed first, so the line has counted a frame before the sink draws it.
const crossings$ = tracked$.pipe(
  countLine(line),
  tap((e) => console.log(`frame ${e.frameId}: ${e.class} #${e.trackerId} crossed ${e.direction}`)),
);
const drawn$ = tracked$.pipe(
  toSink(renderBoxes({ output, annotators: [new TraceAnnotator(), new BoxAnnotator(), new LabelAnnotator(), new LineZoneAnnotator(line)] })),
);

await lastValueFrom(merge(crossings$, drawn$.pipe(ignoreElements())), { defaultValue: null });
await model.dispose();
console.log(`in: ${line.inCount} ${JSON.stringify(line.inCountPerClass)}, out: ${line.outCount} ${JSON.stringify(line.outCountPerClass)}`);
console.log(`wrote ${output}`);
