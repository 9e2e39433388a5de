import { describe, expect, it } from 'vitest';
import type { FrameImage, KeypointsResult } from '@rxcv/core';
import { pixelAt } from '../raster/frame-image.js';
import { COCO_SKELETON, KeypointAnnotator } from './keypoint-annotator.js';

const GREEN = { r: 0, g: 255, b: 0 };

function blank(): FrameImage {
  return { width: 100, height: 100, format: 'rgb24', data: new Uint8Array(100 * 100 * 3) };
}

const result: KeypointsResult = {
  image: { width: 100, height: 100 },
  predictions: [{
    x: 50, y: 50, width: 80, height: 80, confidence: 0.9, class: 'person', class_id: 0, detection_id: 'p',
    keypoints: [
      { x: 20, y: 20, confidence: 0.9, class: 'a', class_id: 0 },
      { x: 80, y: 20, confidence: 0.9, class: 'b', class_id: 1 },
      { x: 50, y: 80, confidence: 0.1, class: 'c', class_id: 2 },
    ],
  }],
};

describe('KeypointAnnotator', () => {
  it('draws confident keypoints as dots and joins them by the edges given', () => {
    const image = new KeypointAnnotator({ color: GREEN, radius: 3, edges: [[0, 1], [1, 2]] }).annotate(blank(), result);
    expect(pixelAt(image, 20, 20)).toEqual(GREEN);
    expect(pixelAt(image, 23, 20)).toEqual(GREEN); // radius 3
    expect(pixelAt(image, 25, 20)).toEqual(GREEN); // now on the edge 0-1
    expect(pixelAt(image, 50, 20)).toEqual(GREEN);
    expect(pixelAt(image, 20, 25)).toEqual({ r: 0, g: 0, b: 0 });
    // Keypoint 2 is below minConfidence: neither it nor the edge 1-2 is drawn.
    expect(pixelAt(image, 50, 80)).toEqual({ r: 0, g: 0, b: 0 });
    expect(pixelAt(image, 65, 50)).toEqual({ r: 0, g: 0, b: 0 });
  });

  it('ignores predictions without keypoints, and has the COCO skeleton at hand', () => {
    const plain = { ...result, predictions: [{ ...result.predictions[0], keypoints: undefined }] } as unknown as KeypointsResult;
    const image = new KeypointAnnotator().annotate(blank(), plain);
    expect(image.data.every((v) => v === 0)).toBe(true);
    expect(COCO_SKELETON).toHaveLength(19);
    expect(COCO_SKELETON.flat().every((k) => k >= 0 && k < 17)).toBe(true);
  });
});
