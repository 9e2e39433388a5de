import { describe, expect, it } from 'vitest';
import type { ClassificationResult, FrameImage } from '@rxcv/core';
import { ColorPalette } from '../color/color-palette.js';
import { pixelAt } from '../raster/frame-image.js';
import { ClassificationAnnotator } from './classification-annotator.js';

function blank(): FrameImage {
  return { width: 200, height: 100, format: 'rgb24', data: new Uint8Array(200 * 100 * 3) };
}

const result: ClassificationResult = {
  image: { width: 200, height: 100 },
  predictions: [
    { class: 'dog', class_id: 3, confidence: 0.2 },
    { class: 'cat', class_id: 5, confidence: 0.7 },
    { class: 'fox', class_id: 6, confidence: 0.1 },
  ],
  top: 'cat',
  confidence: 0.7,
};

describe('ClassificationAnnotator', () => {
  it('lists the top classes, most confident first, on their class colours', () => {
    const image = new ClassificationAnnotator({ topK: 2 }).annotate(blank(), result);
    // Each label is 24 px high (18 + 2 x 3) with 2 px between: rows 8..31 and 34..57.
    expect(pixelAt(image, 9, 9)).toEqual(ColorPalette.DEFAULT.byIndex(5));
    expect(pixelAt(image, 9, 35)).toEqual(ColorPalette.DEFAULT.byIndex(3));
    expect(pixelAt(image, 9, 61)).toEqual({ r: 0, g: 0, b: 0 }); // no third label
  });

  it('draws nothing for detection results', () => {
    const detections = {
      image: { width: 200, height: 100 },
      predictions: [{ x: 50, y: 50, width: 10, height: 10, confidence: 0.9, class: 'car', class_id: 2, detection_id: 'c' }],
    };
    expect(new ClassificationAnnotator().annotate(blank(), detections).data.every((v) => v === 0)).toBe(true);
  });
});
