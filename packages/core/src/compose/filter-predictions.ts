// filterPredictions: keeps the predictions that pass a test, and every frame.
import { map, type MonoTypeOperatorFunction } from 'rxjs';
import type { InferenceResult } from '../types/index.js';
import type { Inferred } from './inferred.js';

type PredictionOf<R extends InferenceResult> = R['predictions'][number];

/**
 * Keeps only the predictions that pass `keep`; the frame still flows on when none is left, so
 * sinks see every frame.
 *
 * ```
 * source: -a-b-|     a: [car, person]  b: [car]
 * result: -a-b-|     a: [person]       b: []
 * ```
 *
 * @example
 * import { filterPredictions, frameByFrame, inferFrame } from '@rxcv/core';
 * import { loadModel } from '@rxcv/models';
 * import { openVideoSource } from '@rxcv/sources';
 *
 * const model = await loadModel('yolox-nano');
 * const file = await openVideoSource('highway.mp4');
 * frameByFrame((demand$) => file.frames(demand$), inferFrame(model))
 *   .pipe(filterPredictions((p) => p.class === 'person'))
 *   .subscribe(({ frame, predictions }) => console.log(frame.frameId, predictions.predictions.length));
 */
export function filterPredictions<R extends InferenceResult = InferenceResult>(
  keep: (prediction: PredictionOf<R>) => boolean,
): MonoTypeOperatorFunction<Inferred<R>> {
  return map((inferred) => ({
    ...inferred,
    predictions: {
      ...inferred.predictions,
      predictions: (inferred.predictions.predictions as PredictionOf<R>[]).filter(keep),
    } as R,
  }));
}
