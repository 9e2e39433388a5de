import sharp from 'sharp';
import type { FrameImage, ObjectDetectionPrediction } from '@rxcv/core';

/** Decodes a real picture with sharp into a packed rgb24 (or bgr24) FrameImage. */
export async function readImage(path: string, format: 'rgb24' | 'bgr24' = 'rgb24'): Promise<FrameImage> {
  const { data, info } = await sharp(path).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const pixels = new Uint8Array(data.buffer, data.byteOffset, data.length);
  if (format === 'bgr24') {
    for (let i = 0; i < pixels.length; i += 3) {
      const r = pixels[i];
      pixels[i] = pixels[i + 2];
      pixels[i + 2] = r;
    }
  }
  return { width: info.width, height: info.height, format, data: pixels };
}

/** A prediction's corners, x1, y1, x2, y2. */
export const corners = (p: ObjectDetectionPrediction): [number, number, number, number] => [
  p.x - p.width / 2,
  p.y - p.height / 2,
  p.x + p.width / 2,
  p.y + p.height / 2,
];
