// Joins points with straight lines (optionally closing the shape): traces and polygon outlines.
import type { FrameImage } from '@rxcv/core';
import type { Rgb } from '../color/color.js';
import { drawLine } from './draw-line.js';

/** Draws the lines between consecutive `points`, and from the last back to the first when `closed`. */
export function drawPolyline(
  image: FrameImage,
  points: ReadonlyArray<{ x: number; y: number }>,
  closed: boolean,
  thickness: number,
  color: Rgb,
): void {
  const n = points.length;
  const segments = closed && n > 2 ? n : n - 1;
  for (let i = 0; i < segments; i++) {
    const a = points[i];
    const b = points[(i + 1) % n];
    drawLine(image, Math.round(a.x), Math.round(a.y), Math.round(b.x), Math.round(b.y), thickness, color);
  }
}
