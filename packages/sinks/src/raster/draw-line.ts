import type { FrameImage } from '@rxcv/core';
import type { Rgb } from '../color/color.js';
import { fillRect } from './fill-rect.js';

/**
 * Draws a straight line from (x1, y1) to (x2, y2), `thickness` pixels wide, by stepping along its
 * longer axis and drawing a short span across it at each step. Clipped to the image.
 */
export function drawLine(
  image: FrameImage,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  thickness: number,
  color: Rgb,
): void {
  const t = Math.max(1, Math.round(thickness));
  const before = Math.floor((t - 1) / 2);
  const dx = x2 - x1;
  const dy = y2 - y1;
  const steps = Math.max(Math.abs(dx), Math.abs(dy), 1);
  const steep = Math.abs(dy) > Math.abs(dx);
  for (let i = 0; i <= Math.ceil(steps); i++) {
    const x = Math.round(x1 + (dx * i) / Math.ceil(steps));
    const y = Math.round(y1 + (dy * i) / Math.ceil(steps));
    if (steep) fillRect(image, x - before, y, x - before + t, y + 1, color);
    else fillRect(image, x, y - before, x + 1, y - before + t, color);
  }
}
