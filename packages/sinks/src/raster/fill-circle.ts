import type { FrameImage } from '@rxcv/core';
import type { Rgb } from '../color/color.js';
import { fillRect } from './fill-rect.js';

/** Fills the disc of `radius` pixels around (cx, cy), clipped to the image. */
export function fillCircle(image: FrameImage, cx: number, cy: number, radius: number, color: Rgb): void {
  const r = Math.max(0, radius);
  const x0 = Math.round(cx);
  const y0 = Math.round(cy);
  const limit = Math.ceil(r);
  // One horizontal span per row: fillRect does the clipping and channel order.
  for (let dy = -limit; dy <= limit; dy++) {
    const squared = r * r - dy * dy;
    if (squared < 0) continue;
    const half = Math.floor(Math.sqrt(squared) + 1e-9); // pixel centres within the radius
    fillRect(image, x0 - half, y0 + dy, x0 + half + 1, y0 + dy + 1, color);
  }
}
