import { describe, expect, it } from 'vitest';
import type { FrameImage } from '@rxcv/core';
import { drawText, measureText } from './bitmap-font.js';
import { FONT_CELL_HEIGHT, FONT_CELL_WIDTH } from './font-data.js';

function blank(width: number, height: number): FrameImage {
  return { width, height, format: 'rgb24', data: new Uint8Array(width * height * 3) };
}

/** Bounding box of the pixels that are not black. */
function inked(image: FrameImage): { x0: number; y0: number; x1: number; y1: number; count: number } {
  let [x0, y0, x1, y1, count] = [Infinity, Infinity, -1, -1, 0];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.data[(y * image.width + x) * 3] > 0) {
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
        count++;
      }
    }
  }
  return { x0, y0, x1, y1, count };
}

describe('bitmap font', () => {
  it('measures monospaced cells, scaled by integers', () => {
    expect(measureText('car 0.82')).toEqual({ width: 8 * FONT_CELL_WIDTH, height: FONT_CELL_HEIGHT });
    expect(measureText('ab', 2)).toEqual({ width: 4 * FONT_CELL_WIDTH, height: 2 * FONT_CELL_HEIGHT });
  });

  it('draws ink only inside the measured box', () => {
    const image = blank(200, 60);
    drawText(image, 'Wg|0.82', 20, 10, { r: 255, g: 255, b: 255 });
    const box = inked(image);
    const size = measureText('Wg|0.82');
    expect(box.count).toBeGreaterThan(150);
    expect(box.x0).toBeGreaterThanOrEqual(20);
    expect(box.y0).toBeGreaterThanOrEqual(10);
    expect(box.x1).toBeLessThan(20 + size.width);
    expect(box.y1).toBeLessThan(10 + size.height);
  });

  it('distinguishes characters and shows unknown ones as ?', () => {
    const draw = (text: string) => {
      const image = blank(20, 20);
      drawText(image, text, 0, 0, { r: 255, g: 255, b: 255 });
      return Buffer.from(image.data).toString('hex');
    };
    expect(draw('1')).not.toBe(draw('7'));
    expect(draw('é')).toBe(draw('?'));
    expect(draw(' ')).toBe(draw(''));
  });

  it('clips at the image border without throwing', () => {
    const image = blank(30, 10);
    drawText(image, 'clipped text', -15, -5, { r: 255, g: 0, b: 0 }, 2);
    expect(inked(image).count).toBeGreaterThan(0);
  });
});
