import { expect } from 'vitest';
import type { ObjectDetectionPrediction } from '@rxcv/core';
import { corners } from './read-image.js';

/** A detection listed in ../shared/README.md: class, confidence and x1, y1, x2, y2. */
export interface ReferenceDetection {
  readonly class: string;
  readonly confidence: number;
  readonly box: readonly [number, number, number, number];
}

/** Asserts that a prediction of the same class lies within `px` pixels and `conf` confidence. */
export function expectFound(predictions: readonly ObjectDetectionPrediction[], reference: ReferenceDetection, px = 15, conf = 0.05): void {
  const sameClass = predictions.filter((p) => p.class === reference.class);
  const describe = predictions.map((p) => `${p.class} ${p.confidence.toFixed(3)} [${corners(p).map((v) => v.toFixed(0))}]`).join('; ');
  const match = sameClass.find((p) =>
    corners(p).every((v, i) => Math.abs(v - reference.box[i]) <= px) && Math.abs(p.confidence - reference.confidence) <= conf,
  );
  expect(match, `expected ${reference.class} ${reference.confidence} [${reference.box}] among: ${describe}`).toBeDefined();
}
