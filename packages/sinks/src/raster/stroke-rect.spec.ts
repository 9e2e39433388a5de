import { describe, expect, it } from 'vitest';
import type { FrameImage } from '@rxcv/core';
import { fillRect } from './fill-rect.js';
import { pixelAt } from './frame-image.js';
import { strokeRect } from './stroke-rect.js';

const RED = { r: 255, g: 0, b: 0 };

function blank(width: number, height: number, format: 'rgb24' | 'bgr24' = 'rgb24'): FrameImage {
  return { width, height, format, data: new Uint8Array(width * height * 3) };
}

/** The image as rows of '#' (coloured) and '.' (untouched). */
function picture(image: FrameImage): string[] {
  const rows: string[] = [];
  for (let y = 0; y < image.height; y++) {
    let row = '';
    for (let x = 0; x < image.width; x++) row += pixelAt(image, x, y).r > 0 ? '#' : '.';
    rows.push(row);
  }
  return rows;
}

describe('strokeRect', () => {
  it('draws a 1 px outline through both corners', () => {
    const image = blank(6, 5);
    strokeRect(image, 1, 1, 4, 3, 1, RED);
    expect(picture(image)).toEqual(['......', '.####.', '.#..#.', '.####.', '......']);
  });

  it('centres thicker lines on the edge, the extra pixel outwards', () => {
    const image = blank(8, 8);
    strokeRect(image, 2, 2, 5, 5, 2, RED);
    expect(picture(image)).toEqual([
      '........',
      '.######.',
      '.######.',
      '.##..##.',
      '.##..##.',
      '.######.',
      '.######.',
      '........',
    ]);
  });

  it('clips boxes that leave the image', () => {
    const image = blank(5, 4);
    strokeRect(image, -3, 1, 9, 10, 1, RED);
    expect(picture(image)).toEqual(['.....', '#####', '.....', '.....']);
  });
});

describe('fillRect', () => {
  it('writes channels in the image order and blends with opacity', () => {
    const bgr = blank(2, 1, 'bgr24');
    fillRect(bgr, 0, 0, 1, 1, { r: 10, g: 20, b: 30 });
    expect([...bgr.data]).toEqual([30, 20, 10, 0, 0, 0]);
    const rgb = blank(1, 1);
    rgb.data.fill(100);
    fillRect(rgb, 0, 0, 1, 1, { r: 200, g: 0, b: 100 }, 0.5);
    expect([...rgb.data]).toEqual([150, 50, 100]);
  });
});
