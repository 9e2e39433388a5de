import { describe, expectTypeOf, it } from 'vitest';
import type { InferenceResult, ObjectDetectionResult, VideoFrame } from '@rxcv/core';
import { InferencePipeline } from '../src/index.js';

// Compile-time checks (the package's `test` script type-checks the tests first): an inline
// handler gets its parameter types from the sink mode, which follows the references.
describe('InferencePipeline.init types', () => {
  it('one reference: onPrediction(predictions, videoFrame)', () => {
    const build = () =>
      InferencePipeline.init({
        modelId: 'yolox-nano',
        videoReference: 'clip.mp4',
        onPrediction: (predictions, videoFrame) => {
          expectTypeOf(predictions).toEqualTypeOf<InferenceResult>();
          expectTypeOf(videoFrame).toEqualTypeOf<VideoFrame>();
        },
      });
    expectTypeOf(build).returns.resolves.toEqualTypeOf<InferencePipeline<InferenceResult>>();
  });

  it('several references: one call per batch with a slot per source', () => {
    const build = () =>
      InferencePipeline.init<ObjectDetectionResult>({
        modelId: 'yolox-nano',
        videoReference: ['a.mp4', 'rtsp://camera/stream'],
        onPrediction: (predictions, videoFrames) => {
          expectTypeOf(predictions).toEqualTypeOf<ReadonlyArray<ObjectDetectionResult | null>>();
          expectTypeOf(videoFrames).toEqualTypeOf<ReadonlyArray<VideoFrame | null>>();
        },
      });
    expectTypeOf(build).toBeFunction();
  });

  it('several references with sinkMode sequential: per frame again', () => {
    const build = () =>
      InferencePipeline.initWithCustomLogic({
        videoReference: ['a.mp4', 'b.mp4'],
        sinkMode: 'sequential',
        onVideoFrame: (frames) => frames.map((f) => f.frameId),
        onPrediction: (result, videoFrame) => {
          expectTypeOf(result).toEqualTypeOf<number>();
          expectTypeOf(videoFrame).toEqualTypeOf<VideoFrame>();
        },
      });
    expectTypeOf(build).toBeFunction();
  });
});
