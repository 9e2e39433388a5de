import type { Candidate } from './candidate.js';

export interface NmsOptions {
  /** A box whose IoU with a stronger kept box exceeds this is dropped. */
  readonly iouThreshold: number;
  /** Compare boxes of every class with each other instead of per class. */
  readonly classAgnostic: boolean;
  /** Keep at most this many boxes (the strongest). */
  readonly maxDetections: number;
  /** Only the strongest this-many candidates enter NMS, bounding its quadratic cost. */
  readonly maxCandidates?: number;
}

/** Intersection over union of two corner boxes. */
export function iou(a: Candidate, b: Candidate): number {
  const iw = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  if (iw <= 0) return 0;
  const ih = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (ih <= 0) return 0;
  const intersection = iw * ih;
  const union = (a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - intersection;
  return union > 0 ? intersection / union : 0;
}

/**
 * Greedy non-maximum suppression: strongest first, drop every weaker box that overlaps a kept
 * one by more than the IoU threshold — within its class by default (Roboflow's default), or
 * across classes. Returns the kept candidates, strongest first.
 */
export function nonMaxSuppression(candidates: readonly Candidate[], options: NmsOptions): Candidate[] {
  const maxDetections = Math.max(0, Math.floor(options.maxDetections));
  if (maxDetections === 0 || candidates.length === 0) return [];
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  if (options.maxCandidates !== undefined && sorted.length > options.maxCandidates) {
    sorted.length = options.maxCandidates;
  }
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    let suppressed = false;
    for (const strong of kept) {
      if (!options.classAgnostic && strong.classId !== candidate.classId) continue;
      if (iou(strong, candidate) > options.iouThreshold) {
        suppressed = true;
        break;
      }
    }
    if (suppressed) continue;
    kept.push(candidate);
    if (kept.length >= maxDetections) break;
  }
  return kept;
}
