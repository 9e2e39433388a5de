import { describe, expect, it } from 'vitest';
import type { FrameImage, ObjectDetectionResult } from '@rxcv/core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { BoxAnnotator, ColorPalette, LabelAnnotator, annotateAll, pixelAt, type Rgb } from '../src/index.js';
import { decodeFrames } from './media.js';

// The dog in dog.jpg as YOLOX-Nano finds it (../shared/README.md): corners (133,205)-(323,543).
const DOG: ObjectDetectionResult = {
  image: { width: 768, height: 576 },
  predictions: [
    { x: 228, y: 374, width: 190, height: 338, confidence: 0.85, class: 'dog', class_id: 16, detection_id: 'd' },
  ],
};
const DOG_COLOR = ColorPalette.DEFAULT.byIndex(16);

function same(a: Rgb, b: Rgb): boolean {
  return a.r === b.r && a.g === b.g && a.b === b.b;
}

describe.skipIf(!hasSharedAssets())('annotators on dog.jpg', () => {
  const [rgb] = decodeFrames(sharedAsset('media', 'dog.jpg'));
  const [bgr] = decodeFrames(sharedAsset('media', 'dog.jpg'), { format: 'bgr24' });

  function checkBox(original: FrameImage, annotated: FrameImage): void {
    // On all four edges (corners 133,205 and 323,543) the pixels have the class colour.
    for (let x = 133; x <= 323; x += 5) {
      expect(pixelAt(annotated, x, 205)).toEqual(DOG_COLOR);
      expect(pixelAt(annotated, x, 543)).toEqual(DOG_COLOR);
    }
    for (let y = 205; y <= 543; y += 5) {
      expect(pixelAt(annotated, 133, y)).toEqual(DOG_COLOR);
      expect(pixelAt(annotated, 323, y)).toEqual(DOG_COLOR);
    }
    // Well inside the box nothing changed.
    for (let y = 215; y < 533; y += 7) {
      for (let x = 143; x < 313; x += 7) {
        expect(same(pixelAt(annotated, x, y), pixelAt(original, x, y))).toBe(true);
      }
    }
  }

  it('BoxAnnotator draws the box edges in the class colour and leaves the inside alone', () => {
    const before = new Uint8Array(rgb.data);
    const annotated = new BoxAnnotator({ thickness: 2 }).annotate(rgb, DOG);
    checkBox(rgb, annotated);
    expect(annotated.data).not.toBe(rgb.data);
    // The frame the model and other sinks see is untouched.
    expect(Buffer.compare(rgb.data, before)).toBe(0);
  });

  it('draws the same colours on bgr24 frames', () => {
    const annotated = new BoxAnnotator().annotate(bgr, DOG);
    expect(annotated.format).toBe('bgr24');
    checkBox(bgr, annotated);
  });

  it('LabelAnnotator puts `dog 0.85` on a class-coloured background above the box', () => {
    const annotated = annotateAll(rgb, DOG, [new BoxAnnotator(), new LabelAnnotator()]);
    // Background just above the top-left corner: 24 px high (18 px text + 2 x 3 padding).
    expect(pixelAt(annotated, 135, 203)).toEqual(DOG_COLOR);
    expect(pixelAt(annotated, 135, 182)).toEqual(DOG_COLOR);
    expect(same(pixelAt(annotated, 135, 180), pixelAt(rgb, 135, 180))).toBe(true);
    // The text is there: inside the label, some pixels are neither background nor the picture.
    let textPixels = 0;
    for (let y = 184; y < 202; y++) {
      for (let x = 136; x < 133 + 9 * 10; x++) if (!same(pixelAt(annotated, x, y), DOG_COLOR)) textPixels++;
    }
    expect(textPixels).toBeGreaterThan(100);
    // 'dog 0.85' is 8 characters of 10 px + 6 px padding: the label ends at x = 133 + 86.
    expect(same(pixelAt(annotated, 133 + 86 + 2, 190), pixelAt(rgb, 133 + 86 + 2, 190))).toBe(true);
  });
});
