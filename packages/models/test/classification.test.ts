import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassificationResult, FrameImage } from '@rxcv/core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { loadModel, type OnnxModel } from '../src/index.js';
import { readImage } from './helpers/read-image.js';

/** ImageNet classes 151-268 are the dog breeds. */
const isDogBreed = (classId: number) => classId >= 151 && classId <= 268;

describe.skipIf(!hasSharedAssets())('classification: MobileNetV2 int8 on real pictures', () => {
  let model: OnnxModel;
  let dog: FrameImage;
  beforeAll(async () => {
    model = await loadModel('mobilenetv2', { modelsDir: sharedAsset('models') });
    dog = await readImage(sharedAsset('media', 'dog.jpg'));
  });
  afterAll(() => model.dispose());

  it('labels come from imagenet_classes.txt beside the model', () => {
    expect(model).toMatchObject({ task: 'classification', family: 'classification', labelsSource: 'sidecar' });
    expect(model.classNames).toHaveLength(1000);
    expect(model.classNames[207]).toBe('golden retriever');
  });

  it('dog.jpg: a dog breed in the top 5, in Roboflow classification JSON', async () => {
    const [result] = (await model.infer([dog])) as ClassificationResult[];
    const top5 = result.predictions.slice(0, 5);
    expect(top5.some((p) => isDogBreed(p.class_id)), top5.map((p) => `${p.class} ${p.confidence.toFixed(3)}`).join(', ')).toBe(true);
    expect(result.top).toBe(result.predictions[0].class);
    expect(result.confidence).toBe(result.predictions[0].confidence);
    expect(result.image).toEqual({ width: 768, height: 576 });
    const confidences = result.predictions.map((p) => p.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(result.predictions.length).toBe(300); // maxDetections default
    const [all] = (await model.infer([dog], { maxDetections: 1000 })) as ClassificationResult[];
    expect(all.predictions.reduce((s, p) => s + p.confidence, 0)).toBeCloseTo(1, 5);
  });

  it('a dynamic batch dimension runs several frames at once with the same answers', async () => {
    expect(model.fixedBatchSize).toBeNull();
    const face = await readImage(sharedAsset('media', 'face.jpg'));
    const [single] = (await model.infer([dog])) as ClassificationResult[];
    const batch = (await model.infer([dog, face, dog])) as ClassificationResult[];
    expect(batch).toHaveLength(3);
    expect(batch[0].top).toBe(single.top);
    expect(batch[0].confidence).toBeCloseTo(single.confidence, 4);
    expect(batch[2].confidence).toBeCloseTo(single.confidence, 4);
    expect(batch[1].image).toEqual({ width: 640, height: 480 });
  });
});
