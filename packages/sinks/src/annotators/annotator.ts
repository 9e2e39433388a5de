import type { FrameImage, InferenceResult } from '@rxcv/core';
import { copyImage } from '../raster/frame-image.js';

/**
 * Draws one kind of thing (boxes, labels, keypoints…) from a Roboflow-format result onto a
 * frame, in the manner of Roboflow's supervision annotators.
 */
export interface Annotator {
  /** Returns an annotated copy of `image`; `image` itself is left untouched. */
  annotate(image: FrameImage, result: InferenceResult): FrameImage;
  /** Draws onto `image` itself and returns it: for chaining annotators on one copy. */
  annotateInPlace(image: FrameImage, result: InferenceResult): FrameImage;
}

/** Gives every annotator the copying `annotate` on top of its own `annotateInPlace`. */
export abstract class BaseAnnotator implements Annotator {
  annotate(image: FrameImage, result: InferenceResult): FrameImage {
    return this.annotateInPlace(copyImage(image), result);
  }

  abstract annotateInPlace(image: FrameImage, result: InferenceResult): FrameImage;
}

/**
 * Runs annotators in order on one copy of `image` (one copy, however many annotators), so the
 * frame the model and other sinks see is never changed.
 */
export function annotateAll(image: FrameImage, result: InferenceResult, annotators: readonly Annotator[]): FrameImage {
  let annotated = copyImage(image);
  for (const annotator of annotators) annotated = annotator.annotateInPlace(annotated, result);
  return annotated;
}
