// The README's quick start, as a user writes it in a project of their own. Argument: the clip.
import { InferencePipeline, renderBoxes } from 'rxcv';

const pipeline = await InferencePipeline.init({
  modelId: 'yolox-nano',
  videoReference: process.argv[2],
  onPrediction: renderBoxes({ output: 'annotated.mp4' }),
});
pipeline.start();
await pipeline.join();
console.log(JSON.stringify({ framesInferred: pipeline.report().sources.map((s) => s.framesInferred) }));
