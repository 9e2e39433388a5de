// slowedDown: a real model made slow on purpose, for tests of back-pressure and dropping.
import type { FrameImage, InferenceOptions, InferenceResult, Model } from '@rxcv/core';

/**
 * A real model made deliberately slow: each call takes at least `ms` milliseconds (the model's
 * own time included). Tests and benchmarks use it to show that decoding waits for inference
 * instead of piling frames up, and that live streams drop instead of falling behind.
 */
export function slowedDown<R extends InferenceResult>(model: Model<R>, ms: number): Model<R> {
  return {
    id: `${model.id} (slowed to ${ms} ms)`,
    task: model.task,
    classNames: model.classNames,
    async infer(images: readonly FrameImage[], options?: InferenceOptions) {
      const started = Date.now();
      const result = await model.infer(images, options);
      const left = ms - (Date.now() - started);
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
      return result;
    },
    dispose: () => model.dispose(),
  };
}
