/**
 * Your own `onPrediction(predictions, videoFrame)`: count cars per frame, Roboflow-style JSON.
 *
 *   node examples/dist/custom-handler.js [video]
 */
import { InferencePipeline, type ObjectDetectionResult, type VideoFrame } from 'rxcv';
import { exampleClip } from './example-clip.js';

const pipeline = await InferencePipeline.init({
  modelId: 'yolox-nano',
  videoReference: process.argv[2] ?? exampleClip(),
  onPrediction: (predictions: ObjectDetectionResult, videoFrame: VideoFrame) => {
    const cars = predictions.predictions.filter((p) => p.class === 'car');
    console.log(`frame ${videoFrame.frameId}: ${cars.length} cars`, cars.map((c) => `(${Math.round(c.x)},${Math.round(c.y)}) ${c.confidence.toFixed(2)}`).join(' '));
  },
});
pipeline.start();
await pipeline.join();
