import { describe, expect, it } from 'vitest';
import type { FrameImage } from '@rxcv/core';
import { drawLine } from './draw-line.js';
import { fillCircle } from './fill-circle.js';

const RED = { r: 255, g: 0, b: 0 };

function picture(image: FrameImage): string[] {
  const rows: string[] = [];
  for (let y = 0; y < image.height; y++) {
    let row = '';
    for (let x = 0; x < image.width; x++) row += image.data[(y * image.width + x) * 3] > 0 ? '#' : '.';
    rows.push(row);
  }
  return rows;
}

function blank(w: number, h: number): FrameImage {
  return { width: w, height: h, format: 'rgb24', data: new Uint8Array(w * h * 3) };
}

describe('fillCircle and drawLine', () => {
  it('fills a round disc', () => {
    const image = blank(7, 7);
    fillCircle(image, 3, 3, 2, RED);
    expect(picture(image)).toEqual(['.......', '...#...', '..###..', '.#####.', '..###..', '...#...', '.......']);
  });

  it('draws diagonal and thick lines, clipped', () => {
    const diagonal = blank(5, 5);
    drawLine(diagonal, 0, 0, 4, 4, 1, RED);
    expect(picture(diagonal)).toEqual(['#....', '.#...', '..#..', '...#.', '....#']);
    const thick = blank(6, 4);
    drawLine(thick, -2, 1, 9, 1, 2, RED);
    expect(picture(thick)).toEqual(['......', '######', '######', '......']);
  });
});
