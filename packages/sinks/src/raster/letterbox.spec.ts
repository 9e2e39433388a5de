import { describe, expect, it } from 'vitest';
import type { FrameImage, KeypointsResult } from '@rxcv/core';
import { fillRect } from './fill-rect.js';
import { pixelAt } from './frame-image.js';
import { letterboxImage, letterboxResult } from './letterbox.js';

describe('letterbox', () => {
  it('fits the picture keeping its aspect ratio, centred between black bars', () => {
    const image: FrameImage = { width: 40, height: 20, format: 'rgb24', data: new Uint8Array(40 * 20 * 3) };
    fillRect(image, 0, 0, 20, 20, { r: 200, g: 0, b: 0 });
    fillRect(image, 20, 0, 40, 20, { r: 0, g: 0, b: 200 });
    const { image: out, placement } = letterboxImage(image, 20, 20);
    expect(placement).toEqual({ scale: 0.5, padX: 0, padY: 5, pictureWidth: 20, pictureHeight: 10 });
    expect(pixelAt(out, 5, 2)).toEqual({ r: 0, g: 0, b: 0 }); // top bar
    expect(pixelAt(out, 5, 17)).toEqual({ r: 0, g: 0, b: 0 }); // bottom bar
    expect(pixelAt(out, 3, 10)).toEqual({ r: 200, g: 0, b: 0 });
    expect(pixelAt(out, 16, 10)).toEqual({ r: 0, g: 0, b: 200 });
    const edge = pixelAt(out, 10, 10); // the red/blue border, blended
    expect(edge.r + edge.b).toBeGreaterThan(150);
    // Upscaling works too.
    expect(letterboxImage(image, 80, 60).placement).toMatchObject({ scale: 2, padX: 0, padY: 10 });
  });

  it('moves boxes and keypoints to where the picture shows them', () => {
    const result: KeypointsResult = {
      image: { width: 40, height: 20 },
      predictions: [{
        x: 20, y: 10, width: 10, height: 4, confidence: 1, class: 'p', class_id: 0, detection_id: 'a',
        keypoints: [{ x: 0, y: 20, confidence: 1, class: 'k', class_id: 0 }],
      }],
    };
    const moved = letterboxResult(result, { scale: 0.5, padX: 0, padY: 5, pictureWidth: 20, pictureHeight: 10 }, 20, 20);
    expect(moved.image).toEqual({ width: 20, height: 20 });
    expect(moved.predictions[0]).toMatchObject({ x: 10, y: 10, width: 5, height: 2 });
    expect(moved.predictions[0].keypoints[0]).toMatchObject({ x: 0, y: 15 });
    expect(result.predictions[0].x).toBe(20); // the original is left alone
  });
});
