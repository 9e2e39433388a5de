// The README's quick start on the node-av FFmpeg backend, in a project where @rxcv/beamcoder is
// not installed at all. Argument: the clip. Prints the frames inferred and which native FFmpeg
// bindings the process loaded (from Node's diagnostic report: the shared objects it mapped).
import { createRequire } from 'node:module';
import { InferencePipeline, renderBoxes } from 'rxcv';

const pipeline = await InferencePipeline.init({
  modelId: 'yolox-nano',
  videoReference: process.argv[2],
  ffmpeg: 'node-av',
  onPrediction: renderBoxes({ output: 'annotated.mp4', ffmpeg: 'node-av' }),
});
pipeline.start();
await pipeline.join();

let beamcoderInstalled = true;
try {
  createRequire(import.meta.url).resolve('@rxcv/beamcoder');
} catch {
  beamcoderInstalled = false;
}
const loaded = process.report.getReport().sharedObjects;
console.log(
  JSON.stringify({
    framesInferred: pipeline.report().sources.map((s) => s.framesInferred),
    beamcoderInstalled,
    beamcoderLoaded: loaded.some((file) => /[\/]beamcoder\.node$/.test(file)),
    nodeAvLoaded: loaded.some((file) => /[\/]node-av\.node$/.test(file)),
  }),
);
