import { describe, expect, it } from 'vitest';
import type { FrameImage, ObjectDetectionResult } from '@rxcv/core';
import { BLACK, WHITE } from '../color/color.js';
import { ColorPalette } from '../color/color-palette.js';
import { pixelAt } from '../raster/frame-image.js';
import { LabelAnnotator, defaultLabel } from './label-annotator.js';

const GREY = 77;

function grey(width: number, height: number): FrameImage {
  return { width, height, format: 'rgb24', data: new Uint8Array(width * height * 3).fill(GREY) };
}

function result(x1: number, y1: number, x2: number, y2: number, classId = 4): ObjectDetectionResult {
  return {
    image: { width: 200, height: 100 },
    predictions: [{
      x: (x1 + x2) / 2, y: (y1 + y2) / 2, width: x2 - x1, height: y2 - y1,
      confidence: 0.8234, class: 'car', class_id: classId, detection_id: '1',
    }],
  };
}

/** Colours found in a row segment, as 'r,g,b' strings. */
function coloursIn(image: FrameImage, y: number, x0: number, x1: number): Set<string> {
  const set = new Set<string>();
  for (let x = x0; x < x1; x++) {
    const p = pixelAt(image, x, y);
    set.add(`${p.r},${p.g},${p.b}`);
  }
  return set;
}

describe('LabelAnnotator', () => {
  it('formats `class confidence` with two decimals', () => {
    expect(defaultLabel(result(0, 0, 1, 1).predictions[0])).toBe('car 0.82');
  });

  it('sits above the top-left corner: 8 chars x 10 px + 6 px wide, 24 px high', () => {
    const image = new LabelAnnotator().annotate(grey(200, 100), result(50, 40, 150, 90));
    const bg = ColorPalette.DEFAULT.byIndex(4);
    expect(pixelAt(image, 50, 16)).toEqual(bg); // top-left of the label
    expect(pixelAt(image, 50 + 85, 39)).toEqual(bg); // bottom-right of the label
    expect(pixelAt(image, 50 + 86, 30).r).toBe(GREY); // just right of it
    expect(pixelAt(image, 50, 15).r).toBe(GREY); // just above it
    expect(pixelAt(image, 60, 45).r).toBe(GREY); // the box inside
    // #FFB633 is light: the automatic text colour is black.
    expect(coloursIn(image, 28, 53, 133).has(`${BLACK.r},${BLACK.g},${BLACK.b}`)).toBe(true);
  });

  it('moves inside the box when there is no room above, and inside the image at the right edge', () => {
    const image = new LabelAnnotator({ textColor: WHITE }).annotate(grey(200, 100), result(150, 2, 199, 60, 17));
    const bg = ColorPalette.DEFAULT.byIndex(17);
    expect(pixelAt(image, 199 - 85, 2)).toEqual(bg);
    expect(pixelAt(image, 199, 25)).toEqual(bg);
    expect(pixelAt(image, 199 - 86, 10).r).toBe(GREY);
    expect(coloursIn(image, 12, 199 - 83, 199).has('255,255,255')).toBe(true);
  });

  it('scales coordinates when the image is not the size the result was made for', () => {
    // Result for 200x100, image 400x200: the box lands at twice the coordinates.
    const image = new LabelAnnotator({ formatLabel: () => 'x' }).annotate(grey(400, 200), result(50, 40, 150, 90));
    const bg = ColorPalette.DEFAULT.byIndex(4);
    expect(pixelAt(image, 100, 79)).toEqual(bg);
    expect(pixelAt(image, 100, 81).r).toBe(GREY);
  });

  it('skips classification results, which have no boxes', () => {
    const image = grey(50, 50);
    const annotated = new LabelAnnotator().annotate(image, {
      image: { width: 50, height: 50 }, predictions: [{ class: 'cat', class_id: 1, confidence: 0.9 }], top: 'cat', confidence: 0.9,
    });
    expect(Buffer.compare(annotated.data, image.data)).toBe(0);
  });
});
