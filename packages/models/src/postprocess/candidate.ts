/**
 * A box proposed by a detector before NMS, corners in model-input pixels. Only boxes above the
 * confidence threshold become candidates, so there are tens to hundreds of them, not thousands.
 */
export interface Candidate {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  score: number;
  classId: number;
  /** Keypoints as x, y, confidence triples in model-input pixels (keypoint models). */
  keypoints?: number[];
}
