import type { Candidate } from './candidate.js';

/** Strides of YOLOX's three output levels. */
export const YOLOX_STRIDES = [8, 16, 32] as const;

/** Number of anchor points of an anchor-free YOLO head (YOLOX, YOLOv8) for an input size. */
export function anchorFreeAnchorCount(width: number, height: number, strides: readonly number[] = YOLOX_STRIDES): number {
  return strides.reduce((sum, s) => sum + Math.floor(width / s) * Math.floor(height / s), 0);
}

/**
 * Decodes one image of a raw YOLOX output, `[anchors, 5 + classes]` rows of
 * `x, y, w, h, obj, cls...` as grid offsets: `cx = (x + gx) * s`, `w = exp(w) * s`.
 * Objectness and class scores are already sigmoid; the score is obj * best class.
 */
export function decodeYolox(
  output: Float32Array,
  offset: number,
  inputWidth: number,
  inputHeight: number,
  classCount: number,
  confidence: number,
): Candidate[] {
  const rowLength = 5 + classCount;
  const candidates: Candidate[] = [];
  let row = offset;
  for (const stride of YOLOX_STRIDES) {
    const gridW = Math.floor(inputWidth / stride);
    const gridH = Math.floor(inputHeight / stride);
    for (let gy = 0; gy < gridH; gy++) {
      for (let gx = 0; gx < gridW; gx++, row += rowLength) {
        const objectness = output[row + 4];
        if (objectness < confidence) continue; // score = obj * cls <= obj
        let best = 0;
        let bestClass = 0;
        for (let c = 0; c < classCount; c++) {
          const value = output[row + 5 + c];
          if (value > best) {
            best = value;
            bestClass = c;
          }
        }
        const score = objectness * best;
        if (score < confidence) continue;
        const cx = (output[row] + gx) * stride;
        const cy = (output[row + 1] + gy) * stride;
        const w = Math.exp(output[row + 2]) * stride;
        const h = Math.exp(output[row + 3]) * stride;
        candidates.push({ x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2, score, classId: bestClass });
      }
    }
  }
  return candidates;
}
