/**
 * The pipeline built by hand from rxcv's RxJS building blocks, the way `InferencePipeline`
 * builds it: a demand-driven file source, the model as the work of `frameByFrame`, a user
 * operator that keeps one class, and two sinks fed from the same stream.
 *
 *   node examples/dist/compose-by-hand.js [video] [class]      (default: the highway clip, car)
 */
import { lastValueFrom, tap } from 'rxjs';
import {
  filterPredictions,
  frameByFrame,
  inferFrame,
  jsonlSink,
  loadModel,
  openVideoSource,
  renderBoxes,
  toSink,
} from 'rxcv';
import { exampleClip, exampleModelsDir } from './example-clip.js';

const keep = process.argv[3] ?? 'car';
const model = await loadModel('yolox-nano', { modelsDir: exampleModelsDir() });
const source = await openVideoSource(process.argv[2] ?? exampleClip());

const done$ = frameByFrame((demand$) => source.frames(demand$), inferFrame(model)).pipe(
  // A user operator: keep only one class.
  filterPredictions((p) => p.class === keep),
  // Fan out: every frame goes to both sinks, in order.
  toSink(renderBoxes({ output: `only-${keep}.mp4` })),
  toSink(jsonlSink(`only-${keep}.jsonl`, { append: false })),
  tap(({ frame, predictions }) => {
    if (frame.frameId % 25 === 0) console.log(`frame ${frame.frameId}: ${predictions.predictions.length} ${keep}`);
  }),
);

const last = await lastValueFrom(done$, { defaultValue: null });
await model.dispose();
console.log(`done: ${last?.frame.frameId ?? 0} frames; wrote only-${keep}.mp4 and only-${keep}.jsonl`);
