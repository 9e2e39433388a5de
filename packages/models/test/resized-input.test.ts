import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameImage, ObjectDetectionResult } from '@rxcv/core';
import { resizedSize } from '@rxcv/core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { loadModel, type OnnxModel } from '../src/index.js';
import { expectFound } from './helpers/expect-detection.js';

/** dog.jpg scaled by sharp to `width` x `height`, as a source would hand it over in `image.resized`. */
async function scaledDog(width: number, height: number, format: 'rgb24' | 'bgr24'): Promise<FrameImage> {
  const { data } = await sharp(sharedAsset('media', 'dog.jpg')).removeAlpha().resize(width, height, { fit: 'fill', kernel: 'linear' }).raw().toBuffer({ resolveWithObject: true });
  const pixels = new Uint8Array(data);
  if (format === 'bgr24') {
    for (let i = 0; i < pixels.length; i += 3) [pixels[i], pixels[i + 2]] = [pixels[i + 2], pixels[i]];
  }
  return { width, height, format, data: pixels };
}

describe.skipIf(!hasSharedAssets())('models use a picture the source already scaled (image.resized)', () => {
  let yolox: OnnxModel<ObjectDetectionResult>;
  let black: FrameImage;
  beforeAll(async () => {
    yolox = await loadModel<ObjectDetectionResult>(sharedAsset('models', 'yolox_nano.onnx'));
    // The full-size picture is black: any detection can only come from `resized`.
    black = { width: 768, height: 576, format: 'rgb24', data: new Uint8Array(768 * 576 * 3) };
  });
  afterAll(() => yolox.dispose());

  it('modelInputSize() says what to scale to: size, fit and channel order of the contract', async () => {
    expect(yolox.modelInputSize()).toEqual({ width: 416, height: 416, fit: 'letterbox', pixelFormat: 'bgr24' });
    const yolov8 = await loadModel(sharedAsset('models', 'yolov8n_int8.onnx'), { warmup: false });
    expect(yolov8.modelInputSize()).toEqual({ width: 640, height: 640, fit: 'letterbox', pixelFormat: 'rgb24' });
    await yolov8.dispose();
    const cropped = await loadModel(sharedAsset('models', 'yolox_nano.onnx'), { warmup: false, preprocess: { staticCrop: { x: 0.1, y: 0.1, width: 0.5, height: 0.5 } } });
    expect(cropped.modelInputSize()).toBeNull();
    await cropped.dispose();
  });

  it('detects from `resized` and maps the boxes to full-frame pixels', async () => {
    const size = resizedSize(768, 576, yolox.modelInputSize()!);
    expect(size).toEqual({ width: 416, height: 312 });
    for (const format of ['bgr24', 'rgb24'] as const) {
      const [result] = await yolox.infer([{ ...black, resized: await scaledDog(size.width, size.height, format) }]);
      expect(result.image).toEqual({ width: 768, height: 576 });
      // sharp's linear resize is not OpenCV's: allow a little more than the reference tolerance.
      expectFound(result.predictions, { class: 'dog', confidence: 0.85, box: [133, 205, 323, 543] }, 15, 0.1);
      expectFound(result.predictions, { class: 'car', confidence: 0.82, box: [467, 78, 693, 171] }, 15, 0.1);
      expectFound(result.predictions, { class: 'bicycle', confidence: 0.82, box: [61, 133, 572, 428] }, 15, 0.1);
    }
  });

  it('ignores `resized` of another size, or when told to', async () => {
    const [wrongSize] = await yolox.infer([{ ...black, resized: await scaledDog(416, 300, 'bgr24') }]);
    expect(wrongSize.predictions).toEqual([]);
    const refusing = await loadModel<ObjectDetectionResult>(sharedAsset('models', 'yolox_nano.onnx'), { warmup: false, preprocess: { useResized: false } });
    try {
      expect(refusing.modelInputSize()).toBeNull();
      const [ignored] = await refusing.infer([{ ...black, resized: await scaledDog(416, 312, 'bgr24') }]);
      expect(ignored.predictions).toEqual([]);
    } finally {
      await refusing.dispose();
    }
  });
});
