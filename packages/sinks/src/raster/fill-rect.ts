import type { FrameImage } from '@rxcv/core';
import type { Rgb } from '../color/color.js';
import { channelBytes } from './frame-image.js';

/**
 * Fills the pixels `x0 <= x < x1`, `y0 <= y < y1` (clipped to the image) with `color`.
 * `opacity` below 1 blends with what is there (for overlays that should not hide the picture).
 */
export function fillRect(
  image: FrameImage,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  color: Rgb,
  opacity = 1,
): void {
  const left = Math.max(0, Math.round(x0));
  const top = Math.max(0, Math.round(y0));
  const right = Math.min(image.width, Math.round(x1));
  const bottom = Math.min(image.height, Math.round(y1));
  if (right <= left || bottom <= top || opacity <= 0) return;
  const [c0, c1, c2] = channelBytes(image.format, color);
  const data = image.data;
  const stride = image.width * 3;
  if (opacity >= 1) {
    // Paint the first row, then copy it down: memmove is far faster than a per-pixel loop.
    const first = top * stride + left * 3;
    const rowBytes = (right - left) * 3;
    for (let i = first; i < first + rowBytes; i += 3) {
      data[i] = c0;
      data[i + 1] = c1;
      data[i + 2] = c2;
    }
    for (let y = top + 1; y < bottom; y++) data.copyWithin(y * stride + left * 3, first, first + rowBytes);
    return;
  }
  const a = Math.round(opacity * 255);
  const keep = 255 - a;
  for (let y = top; y < bottom; y++) {
    const end = y * stride + right * 3;
    for (let i = y * stride + left * 3; i < end; i += 3) {
      // Uint8Array stores truncate: + 127 makes it round to nearest.
      data[i] = (data[i] * keep + c0 * a + 127) / 255;
      data[i + 1] = (data[i + 1] * keep + c1 * a + 127) / 255;
      data[i + 2] = (data[i + 2] * keep + c2 * a + 127) / 255;
    }
  }
}
