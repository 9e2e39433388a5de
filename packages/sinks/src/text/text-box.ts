// Text on a filled box centred on a point: the counts that zone and line annotators write.
import type { FrameImage } from '@rxcv/core';
import type { Rgb } from '../color/color.js';
import { fillRect } from '../raster/fill-rect.js';
import { drawText, measureText } from './bitmap-font.js';

/** Draws `text` on a `background` box centred at (cx, cy), kept inside the image. Returns the box. */
export function drawTextBox(
  image: FrameImage,
  text: string,
  cx: number,
  cy: number,
  style: { background: Rgb; color: Rgb; scale: number; padding: number },
): { x: number; y: number; width: number; height: number } {
  const size = measureText(text, style.scale);
  const width = size.width + 2 * style.padding;
  const height = size.height + 2 * style.padding;
  const x = Math.max(0, Math.min(Math.round(cx - width / 2), image.width - width));
  const y = Math.max(0, Math.min(Math.round(cy - height / 2), image.height - height));
  fillRect(image, x, y, x + width, y + height, style.background);
  drawText(image, text, x + style.padding, y + style.padding, style.color, style.scale);
  return { x, y, width, height };
}
