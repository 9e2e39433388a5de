// inferFrame: a model as the work function of a scheduling operator.
import { defer, from, map, type Observable } from 'rxjs';
import type { InferenceOptions, InferenceResult, Model, VideoFrame } from '../types/index.js';
import type { Inferred } from './inferred.js';

/**
 * The work of a pipeline as a function for `frameByFrame` or `latestFrame`: runs `model` on
 * one frame and emits the frame with its predictions.
 *
 * ```
 * frame:  a
 * result: (A|)  once model.infer resolves; A = { predictions, frame: a }
 * ```
 *
 * (The model answers with a Promise, so its spec is not on virtual time; for marble tests of a
 * pipeline use `fakeModel(...).inferFrame` from `@rxcv/core/fakes`.)
 *
 * @example
 * import { frameByFrame, inferFrame } from '@rxcv/core';
 * import { loadModel } from '@rxcv/models';
 * import { openVideoSource } from '@rxcv/sources';
 *
 * const model = await loadModel('yolox-nano');
 * const file = await openVideoSource('highway.mp4');
 * frameByFrame((demand$) => file.frames(demand$), inferFrame(model, { confidence: 0.5 })).subscribe(({ frame, predictions }) =>
 *   console.log(frame.frameId, predictions.predictions.map((p) => p.class)),
 * );
 */
export function inferFrame<R extends InferenceResult>(
  model: Model<R>,
  options?: InferenceOptions,
): (frame: VideoFrame) => Observable<Inferred<R>> {
  return (frame) =>
    defer(() => from(model.infer([frame.image], options))).pipe(map(([predictions]) => ({ predictions, frame })));
}
