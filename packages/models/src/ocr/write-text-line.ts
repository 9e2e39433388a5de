import type { FrameImage } from '@rxcv/core';
import type { Point } from './rotated-rect.js';

/** Recognition input height of PP-OCR models. */
export const TEXT_LINE_HEIGHT = 48;

/** Width a text line gets at height 48, keeping its aspect ratio (at most `maxWidth`). */
export function textLineWidth(corners: readonly Point[], maxWidth: number): number {
  const [tl, tr, , bl] = corners;
  const w = Math.hypot(tr.x - tl.x, tr.y - tl.y);
  const h = Math.hypot(bl.x - tl.x, bl.y - tl.y);
  return Math.max(1, Math.min(maxWidth, Math.ceil((TEXT_LINE_HEIGHT * w) / Math.max(h, 1))));
}

/**
 * Samples the (possibly rotated) quadrilateral `corners` of the frame into a `3 x 48 x
 * tensorWidth` slice of the recognition batch: `lineWidth` columns of text, the rest zero
 * (PaddleOCR's padding), BGR, normalised as (v / 255 - 0.5) / 0.5. Bilinear sampling.
 */
export function writeTextLine(
  image: FrameImage,
  corners: readonly Point[],
  lineWidth: number,
  tensorWidth: number,
  out: Float32Array,
  offset: number,
): void {
  const [tl, tr, , bl] = corners;
  const plane = TEXT_LINE_HEIGHT * tensorWidth;
  out.fill(0, offset, offset + 3 * plane);
  const { width, height, data } = image;
  const stride = width * 3;
  // Byte of B, G, R within a pixel.
  const [bB, bG, bR] = image.format === 'rgb24' ? [2, 1, 0] : [0, 1, 2];
  for (let v = 0; v < TEXT_LINE_HEIGHT; v++) {
    const fv = (v + 0.5) / TEXT_LINE_HEIGHT;
    for (let u = 0; u < lineWidth; u++) {
      const fu = (u + 0.5) / lineWidth;
      let sx = tl.x + fu * (tr.x - tl.x) + fv * (bl.x - tl.x) - 0.5;
      let sy = tl.y + fu * (tr.y - tl.y) + fv * (bl.y - tl.y) - 0.5;
      sx = sx < 0 ? 0 : sx > width - 1 ? width - 1 : sx;
      sy = sy < 0 ? 0 : sy > height - 1 ? height - 1 : sy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(x0 + 1, width - 1);
      const y1 = Math.min(y0 + 1, height - 1);
      const fx = sx - x0;
      const fy = sy - y0;
      const a = y0 * stride + x0 * 3;
      const b = y0 * stride + x1 * 3;
      const c = y1 * stride + x0 * 3;
      const d = y1 * stride + x1 * 3;
      const o = offset + v * tensorWidth + u;
      const bytes = [bB, bG, bR];
      for (let ch = 0; ch < 3; ch++) {
        const k = bytes[ch];
        const top = data[a + k] + (data[b + k] - data[a + k]) * fx;
        const bottom = data[c + k] + (data[d + k] - data[c + k]) * fx;
        out[o + ch * plane] = (top + (bottom - top) * fy) / 127.5 - 1;
      }
    }
  }
}
