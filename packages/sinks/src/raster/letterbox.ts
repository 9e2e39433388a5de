import type { FrameImage, InferenceResult } from '@rxcv/core';
import { hasBox } from './has-box.js';

/** Where the picture landed inside a letterboxed image. */
export interface LetterboxPlacement {
  /** Factor from original to letterboxed pixels. */
  scale: number;
  /** Left and top offset of the picture (the bars' size). */
  padX: number;
  padY: number;
  /** Size of the picture inside the letterbox. */
  pictureWidth: number;
  pictureHeight: number;
}

/**
 * Resizes `image` to fit `width` x `height` keeping its aspect ratio (bilinear), centred on
 * black bars: what a display of that size shows. Returns a new image.
 */
export function letterboxImage(image: FrameImage, width: number, height: number): { image: FrameImage; placement: LetterboxPlacement } {
  const scale = Math.min(width / image.width, height / image.height);
  const w = Math.max(1, Math.round(image.width * scale));
  const h = Math.max(1, Math.round(image.height * scale));
  const padX = Math.floor((width - w) / 2);
  const padY = Math.floor((height - h) / 2);
  const out = new Uint8Array(width * height * 3);
  const src = image.data;
  const srcStride = image.width * 3;
  // Per output column: the two source columns and the weight of the second (0..256).
  const x0 = new Int32Array(w);
  const x1 = new Int32Array(w);
  const wx = new Int32Array(w);
  for (let x = 0; x < w; x++) {
    const sx = Math.min(image.width - 1, Math.max(0, (x + 0.5) / scale - 0.5));
    x0[x] = Math.floor(sx) * 3;
    x1[x] = Math.min(image.width - 1, Math.floor(sx) + 1) * 3;
    wx[x] = Math.round((sx - Math.floor(sx)) * 256);
  }
  for (let y = 0; y < h; y++) {
    const sy = Math.min(image.height - 1, Math.max(0, (y + 0.5) / scale - 0.5));
    const r0 = Math.floor(sy) * srcStride;
    const r1 = Math.min(image.height - 1, Math.floor(sy) + 1) * srcStride;
    const wy = Math.round((sy - Math.floor(sy)) * 256);
    let o = ((padY + y) * width + padX) * 3;
    const vy = 256 - wy;
    for (let x = 0; x < w; x++) {
      const a0 = r0 + x0[x];
      const b0 = r0 + x1[x];
      const a1 = r1 + x0[x];
      const b1 = r1 + x1[x];
      const fx = wx[x];
      const gx = 256 - fx;
      // The four neighbours' weights, summing to 65536; channels unrolled.
      const w00 = gx * vy;
      const w01 = fx * vy;
      const w10 = gx * wy;
      const w11 = fx * wy;
      out[o] = (src[a0] * w00 + src[b0] * w01 + src[a1] * w10 + src[b1] * w11 + 32768) >> 16;
      out[o + 1] = (src[a0 + 1] * w00 + src[b0 + 1] * w01 + src[a1 + 1] * w10 + src[b1 + 1] * w11 + 32768) >> 16;
      out[o + 2] = (src[a0 + 2] * w00 + src[b0 + 2] * w01 + src[a1 + 2] * w10 + src[b1 + 2] * w11 + 32768) >> 16;
      o += 3;
    }
  }
  return { image: { width, height, format: image.format, data: out }, placement: { scale, padX, padY, pictureWidth: w, pictureHeight: h } };
}

/** `result` with its boxes and keypoints moved to where the letterboxed picture shows them. */
export function letterboxResult<R extends InferenceResult>(result: R, placement: LetterboxPlacement, width: number, height: number): R {
  const { padX, padY, pictureWidth, pictureHeight } = placement;
  // Coordinates are in `result.image` pixels (the frame the model saw).
  const sx = result.image?.width > 0 ? pictureWidth / result.image.width : placement.scale;
  const sy = result.image?.height > 0 ? pictureHeight / result.image.height : placement.scale;
  const move = <T extends { x: number; y: number }>(p: T): T => ({ ...p, x: p.x * sx + padX, y: p.y * sy + padY });
  const predictions = (result.predictions as readonly object[]).map((p) => {
    if (!hasBox(p)) return p;
    const moved = { ...move(p), width: p.width * sx, height: p.height * sy } as typeof p & { keypoints?: Array<{ x: number; y: number }> };
    if (Array.isArray(moved.keypoints)) moved.keypoints = moved.keypoints.map(move);
    return moved;
  });
  return { ...result, image: { width, height }, predictions } as R;
}
