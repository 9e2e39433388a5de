import type { FrameImage } from '@rxcv/core';
import type { Rgb } from '../color/color.js';
import { channelBytes } from '../raster/frame-image.js';
import {
  FONT_CELL_HEIGHT,
  FONT_CELL_WIDTH,
  FONT_FIRST_CHAR,
  FONT_GLYPHS_BASE64,
  FONT_LAST_CHAR,
} from './font-data.js';

// Text is drawn from pre-rasterised anti-aliased glyph masks (see scripts/generate-font.mjs)
// with plain typed-array loops: ~10 labels cost well under a millisecond, where compositing an
// SVG overlay with sharp cost ~19 ms a 1280x720 frame (measured; see README).

let glyphs: Uint8Array | undefined;

function glyphMasks(): Uint8Array {
  glyphs ??= new Uint8Array(Buffer.from(FONT_GLYPHS_BASE64, 'base64'));
  return glyphs;
}

const REPLACEMENT = '?'.charCodeAt(0);
const GLYPH_SIZE = FONT_CELL_WIDTH * FONT_CELL_HEIGHT;

/** Integer scale factor (at least 1) for the built-in 16 px font. */
function scaleOf(scale: number): number {
  return Math.max(1, Math.round(scale));
}

/** Size in pixels of `text` drawn with {@link drawText} at `scale`. One line; monospaced. */
export function measureText(text: string, scale = 1): { width: number; height: number } {
  const s = scaleOf(scale);
  return { width: text.length * FONT_CELL_WIDTH * s, height: FONT_CELL_HEIGHT * s };
}

/**
 * Draws one line of `text` with its cell box's top-left corner at (x, y), blending the glyphs'
 * anti-aliased edges into the picture. Characters outside printable ASCII show as `?`.
 * Clipped to the image.
 */
export function drawText(image: FrameImage, text: string, x: number, y: number, color: Rgb, scale = 1): void {
  const s = scaleOf(scale);
  const masks = glyphMasks();
  const [c0, c1, c2] = channelBytes(image.format, color);
  const { width, height, data } = image;
  const left = Math.round(x);
  const top = Math.round(y);
  const cellW = FONT_CELL_WIDTH * s;
  for (let k = 0; k < text.length; k++) {
    let code = text.charCodeAt(k);
    if (code < FONT_FIRST_CHAR || code > FONT_LAST_CHAR) code = REPLACEMENT;
    const glyph = (code - FONT_FIRST_CHAR) * GLYPH_SIZE;
    const gx = left + k * cellW;
    if (gx >= width) break;
    if (gx + cellW <= 0) continue;
    for (let py = 0; py < FONT_CELL_HEIGHT * s; py++) {
      const iy = top + py;
      if (iy < 0 || iy >= height) continue;
      const maskRow = glyph + Math.floor(py / s) * FONT_CELL_WIDTH;
      const rowStart = iy * width;
      for (let px = 0; px < cellW; px++) {
        const ix = gx + px;
        if (ix < 0 || ix >= width) continue;
        const alpha = masks[maskRow + Math.floor(px / s)];
        if (alpha === 0) continue;
        const i = (rowStart + ix) * 3;
        if (alpha === 255) {
          data[i] = c0;
          data[i + 1] = c1;
          data[i + 2] = c2;
        } else {
          const keep = 255 - alpha;
          data[i] = (data[i] * keep + c0 * alpha + 127) / 255;
          data[i + 1] = (data[i + 1] * keep + c1 * alpha + 127) / 255;
          data[i + 2] = (data[i + 2] * keep + c2 * alpha + 127) / 255;
        }
      }
    }
  }
}
