import type { Candidate } from './candidate.js';

/**
 * Decodes one image of an Ultralytics YOLOv8/YOLO11 detection output, `[4 + classes, anchors]`
 * (channels first): rows 0-3 are cx, cy, w, h in input pixels, then one score per class, no
 * objectness. `channelsLast` handles exports transposed to `[anchors, 4 + classes]`.
 */
export function decodeUltralytics(
  output: Float32Array,
  offset: number,
  anchorCount: number,
  classCount: number,
  confidence: number,
  channelsLast = false,
): Candidate[] {
  const candidates: Candidate[] = [];
  // Element (channel k, anchor a) lives at offset + k * kStep + a * aStep.
  const kStep = channelsLast ? 1 : anchorCount;
  const aStep = channelsLast ? 4 + classCount : 1;
  for (let a = 0; a < anchorCount; a++) {
    const base = offset + a * aStep;
    let best = -Infinity;
    let bestClass = 0;
    for (let c = 0; c < classCount; c++) {
      const value = output[base + (4 + c) * kStep];
      if (value > best) {
        best = value;
        bestClass = c;
      }
    }
    if (best < confidence) continue;
    const cx = output[base];
    const cy = output[base + kStep];
    const w = output[base + 2 * kStep];
    const h = output[base + 3 * kStep];
    candidates.push({ x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2, score: best, classId: bestClass });
  }
  return candidates;
}
