import type { FrameImage } from '@rxcv/core';
import type { Rgb } from '../color/color.js';
import { fillRect } from './fill-rect.js';

/**
 * Draws the outline of the box with corners (x1, y1) and (x2, y2), edges included, as OpenCV's
 * `rectangle` does: a `thickness`-pixel line centred on each edge (the extra pixel of an even
 * thickness goes outwards). Clipped to the image.
 */
export function strokeRect(
  image: FrameImage,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  thickness: number,
  color: Rgb,
): void {
  const t = Math.max(1, Math.round(thickness));
  const outer = Math.floor(t / 2);
  const inner = t - 1 - outer;
  const left = Math.round(Math.min(x1, x2));
  const right = Math.round(Math.max(x1, x2));
  const top = Math.round(Math.min(y1, y2));
  const bottom = Math.round(Math.max(y1, y2));
  // Top and bottom bands span the full width; left and right fill the rows in between.
  fillRect(image, left - outer, top - outer, right + outer + 1, top + inner + 1, color);
  fillRect(image, left - outer, bottom - inner, right + outer + 1, bottom + outer + 1, color);
  fillRect(image, left - outer, top + inner + 1, left + inner + 1, bottom - inner, color);
  fillRect(image, right - inner, top + inner + 1, right + outer + 1, bottom - inner, color);
}
