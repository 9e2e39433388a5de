import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameImage, KeypointsResult } from '@rxcv/core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { loadModel, YUNET_KEYPOINT_NAMES, type OnnxModel } from '../src/index.js';
import { corners, readImage } from './helpers/read-image.js';

/** ../shared/README.md: YuNet on face.jpg. */
const FACE = { box: [279, 132, 470, 388], confidence: 0.94 };
const LANDMARKS: [number, number][] = [
  [328, 228],
  [425, 236],
  [361, 281],
  [323, 316],
  [412, 322],
];

describe.skipIf(!hasSharedAssets())('keypoints: YuNet on the real face.jpg', () => {
  let model: OnnxModel;
  beforeAll(async () => {
    model = await loadModel(sharedAsset('models', 'yunet_n_320_320.onnx'));
  });
  afterAll(() => model.dispose());

  it('finds the one face and its 5 landmarks within 15 px of the references', async () => {
    const [result] = (await model.infer([await readImage(sharedAsset('media', 'face.jpg'))])) as KeypointsResult[];
    expect(model).toMatchObject({ task: 'keypoint-detection', family: 'yunet', classNames: ['face'] });
    expect(result.predictions).toHaveLength(1);
    const [face] = result.predictions;
    expect(face.class).toBe('face');
    expect(Math.abs(face.confidence - FACE.confidence)).toBeLessThanOrEqual(0.05);
    corners(face).forEach((v, i) => expect(Math.abs(v - FACE.box[i])).toBeLessThanOrEqual(15));
    expect(face.keypoints.map((k) => k.class)).toEqual([...YUNET_KEYPOINT_NAMES]);
    face.keypoints.forEach((k, i) => {
      expect(Math.hypot(k.x - LANDMARKS[i][0], k.y - LANDMARKS[i][1])).toBeLessThanOrEqual(15);
      expect(k.class_id).toBe(i);
      expect(k.confidence).toBeCloseTo(face.confidence, 6);
    });
  });

  /** face.jpg pasted at (500, 200) into a grey frame of another size. */
  async function pasted(width: number, height: number): Promise<FrameImage> {
    const face = await readImage(sharedAsset('media', 'face.jpg'));
    const data = new Uint8Array(width * height * 3).fill(40);
    for (let y = 0; y < face.height; y++) data.set(face.data.subarray(y * face.width * 3, (y + 1) * face.width * 3), ((y + 200) * width + 500) * 3);
    return { width, height, format: 'rgb24', data };
  }

  it('maps landmarks back to frame pixels: face.jpg upscaled 2x gives twice the coordinates', async () => {
    const original = await readImage(sharedAsset('media', 'face.jpg'));
    const { data, info } = await sharp(sharedAsset('media', 'face.jpg')).resize(1280, 960).raw().toBuffer({ resolveWithObject: true });
    const doubled: FrameImage = { width: info.width, height: info.height, format: 'rgb24', data: new Uint8Array(data) };
    const [small, large] = (await model.infer([original, doubled])) as KeypointsResult[];
    large.predictions[0].keypoints.forEach((k, i) => {
      const reference = small.predictions[0].keypoints[i];
      expect(Math.hypot(k.x - 2 * reference.x, k.y - 2 * reference.y)).toBeLessThanOrEqual(4);
    });
  });

  it('letterbox mode maps landmarks back through the padding (face pasted into a 1280x720 frame)', async () => {
    const letterboxed = await loadModel(sharedAsset('models', 'yunet_n_320_320.onnx'), { contract: { resize: 'letterbox' } });
    const [result] = (await letterboxed.infer([await pasted(1280, 720)])) as KeypointsResult[];
    await letterboxed.dispose();
    expect(result.predictions.length).toBeGreaterThanOrEqual(1);
    // The face is 4x smaller in the model input than in the reference run: a wider tolerance.
    result.predictions[0].keypoints.forEach((k, i) => {
      expect(Math.hypot(k.x - 500 - LANDMARKS[i][0], k.y - 200 - LANDMARKS[i][1])).toBeLessThanOrEqual(25);
    });
  });
});
