/**
 * The quick start: YOLOX-Nano on a video file, annotated frames written to an MP4.
 *
 *   node examples/dist/quickstart.js [video] [annotated.mp4]
 */
import { InferencePipeline, renderBoxes } from 'rxcv';
import { exampleClip } from './example-clip.js';

const videoReference = process.argv[2] ?? exampleClip();
const output = process.argv[3] ?? 'annotated.mp4';

const pipeline = await InferencePipeline.init({
  modelId: 'yolox-nano',
  videoReference,
  onPrediction: renderBoxes({ output }),
});
pipeline.start();
await pipeline.join();
console.log(`wrote ${output}`, pipeline.report().sources[0].framesInferred, 'frames');
