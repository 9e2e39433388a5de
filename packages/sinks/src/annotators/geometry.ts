// Box geometry shared by the annotators: boxes of a result, scale factors, centre box to corners.
import type { FrameImage, InferenceResult, ObjectDetectionPrediction } from '@rxcv/core';
import { hasBox } from '../raster/has-box.js';

/** A box in image pixels by its corners: x1 <= x2, y1 <= y2. */
export interface BoxCorners {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The predictions of `result` that carry a box (none for classification). */
export function boxPredictions(result: InferenceResult): ObjectDetectionPrediction[] {
  const predictions: readonly object[] = Array.isArray(result.predictions) ? result.predictions : [];
  return predictions.filter(hasBox);
}

/**
 * Factors from the result's coordinate space (`result.image`, the original frame) to `image`:
 * 1 when annotating the frame the model saw, other values when drawing on a resized copy.
 */
export function scaleFactors(image: FrameImage, result: InferenceResult): { sx: number; sy: number } {
  const w = result.image?.width;
  const h = result.image?.height;
  return {
    sx: w && w > 0 ? image.width / w : 1,
    sy: h && h > 0 ? image.height / h : 1,
  };
}

/** Roboflow's centre-based box to integer pixel corners in `image`. */
export function boxCorners(p: ObjectDetectionPrediction, sx: number, sy: number): BoxCorners {
  return {
    x1: Math.round((p.x - p.width / 2) * sx),
    y1: Math.round((p.y - p.height / 2) * sy),
    x2: Math.round((p.x + p.width / 2) * sx),
    y2: Math.round((p.y + p.height / 2) * sy),
  };
}
