import type { FrameImage, PixelFormat } from '@rxcv/core';
import type { Rgb } from '../color/color.js';

/** A deep copy of an image, so drawing on it never changes what the model and other sinks see. */
export function copyImage(image: FrameImage): FrameImage {
  return { width: image.width, height: image.height, format: image.format, data: new Uint8Array(image.data) };
}

/** The three bytes of `color` in the image's channel order. */
export function channelBytes(format: PixelFormat, color: Rgb): [number, number, number] {
  return format === 'bgr24' ? [color.b, color.g, color.r] : [color.r, color.g, color.b];
}

/** The colour of one pixel, whatever the channel order. For tests and tools. */
export function pixelAt(image: FrameImage, x: number, y: number): Rgb {
  const i = (y * image.width + x) * 3;
  const d = image.data;
  return image.format === 'bgr24' ? { r: d[i + 2], g: d[i + 1], b: d[i] } : { r: d[i], g: d[i + 1], b: d[i + 2] };
}

/** Throws a TypeError when `image` is not a packed 3-byte-a-pixel picture of its stated size. */
export function assertFrameImage(image: FrameImage): void {
  if (image.format !== 'rgb24' && image.format !== 'bgr24') {
    throw new TypeError(`unsupported pixel format ${JSON.stringify(image.format)}: expected rgb24 or bgr24`);
  }
  if (!Number.isInteger(image.width) || !Number.isInteger(image.height) || image.width <= 0 || image.height <= 0) {
    throw new TypeError(`invalid image size ${image.width}x${image.height}`);
  }
  if (image.data.length < image.width * image.height * 3) {
    throw new TypeError(
      `image data too short: ${image.data.length} bytes for ${image.width}x${image.height} ${image.format}`,
    );
  }
}
