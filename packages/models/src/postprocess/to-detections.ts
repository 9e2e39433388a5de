import { randomUUID } from 'node:crypto';
import type { Keypoint, ObjectDetectionPrediction } from '@rxcv/core';
import type { Candidate } from './candidate.js';
import { toSourceX, toSourceY, type LetterboxGeometry } from '../preprocess/letterbox.js';

const clip = (value: number, min: number, max: number): number => (value < min ? min : value > max ? max : value);

/** Clips an x to the part of the frame the model saw (the whole frame, or the static crop). */
const clipX = (g: LetterboxGeometry, x: number): number => clip(x, g.cropX, g.cropX + g.sourceWidth);
const clipY = (g: LetterboxGeometry, y: number): number => clip(y, g.cropY, g.cropY + g.sourceHeight);

/**
 * Maps a kept candidate from model-input pixels to frame pixels, clipped to the region the
 * model saw (the frame, or its static crop, as Roboflow Inference clips), in Roboflow's shape
 * (`x, y` = centre). Returns null for a box that vanishes after clipping.
 */
export function toDetection(
  candidate: Candidate,
  geometry: LetterboxGeometry,
  classNames: readonly string[],
): ObjectDetectionPrediction | null {
  const x1 = clipX(geometry, toSourceX(geometry, candidate.x1));
  const y1 = clipY(geometry, toSourceY(geometry, candidate.y1));
  const x2 = clipX(geometry, toSourceX(geometry, candidate.x2));
  const y2 = clipY(geometry, toSourceY(geometry, candidate.y2));
  if (x2 <= x1 || y2 <= y1) return null;
  return {
    x: (x1 + x2) / 2,
    y: (y1 + y2) / 2,
    width: x2 - x1,
    height: y2 - y1,
    confidence: candidate.score,
    class: classNames[candidate.classId] ?? `class_${candidate.classId}`,
    class_id: candidate.classId,
    detection_id: randomUUID(),
  };
}

/** Maps keypoint triples from model-input pixels to frame pixels, clipped, named by index. */
export function toKeypoints(triples: readonly number[], geometry: LetterboxGeometry, keypointNames: readonly string[]): Keypoint[] {
  const keypoints: Keypoint[] = [];
  for (let k = 0; k * 3 < triples.length; k++) {
    keypoints.push({
      x: clipX(geometry, toSourceX(geometry, triples[3 * k])),
      y: clipY(geometry, toSourceY(geometry, triples[3 * k + 1])),
      confidence: triples[3 * k + 2],
      class: keypointNames[k] ?? `keypoint_${k}`,
      class_id: k,
    });
  }
  return keypoints;
}
