import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import type { FrameImage, ObjectDetectionResult } from '@rxcv/core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { loadModel, type OnnxModel } from '../src/index.js';
import { corners, readImage } from './helpers/read-image.js';
import { expectFound, type ReferenceDetection } from './helpers/expect-detection.js';

/** The references of ../shared/README.md (per-class NMS IoU 0.3 at confidence 0.4). */
const REFERENCES: Record<string, ReferenceDetection[]> = {
  'yolox_nano.onnx': [
    { class: 'dog', confidence: 0.85, box: [133, 205, 323, 543] },
    { class: 'car', confidence: 0.82, box: [467, 78, 693, 171] },
    { class: 'bicycle', confidence: 0.82, box: [61, 133, 572, 428] },
  ],
  'yolov8n_int8.onnx': [
    { class: 'dog', confidence: 0.96, box: [131, 220, 308, 539] },
    { class: 'bicycle', confidence: 0.88, box: [132, 136, 569, 420] },
    { class: 'truck', confidence: 0.57, box: [468, 74, 693, 170] },
    { class: 'car', confidence: 0.54, box: [468, 74, 693, 170] },
  ],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.skipIf(!hasSharedAssets())('detection on the real dog.jpg', () => {
  let dog: FrameImage;
  beforeAll(async () => {
    dog = await readImage(sharedAsset('media', 'dog.jpg'));
  });

  for (const [file, references] of Object.entries(REFERENCES)) {
    describe(file, () => {
      let model: OnnxModel<ObjectDetectionResult>;
      beforeAll(async () => {
        model = await loadModel<ObjectDetectionResult>(sharedAsset('models', file));
      });
      afterAll(() => model.dispose());

      it('finds the reference detections within 15 px and 0.05 confidence', async () => {
        const [result] = await model.infer([dog]);
        expect(result.image).toEqual({ width: 768, height: 576 });
        expect(result.predictions).toHaveLength(references.length);
        for (const reference of references) expectFound(result.predictions, reference);
      });

      it('answers in Roboflow JSON: centre boxes inside the frame, class ids, uuids, time', async () => {
        const [result] = await model.infer([dog]);
        expect(model.task).toBe('object-detection');
        expect(model.classNames).toHaveLength(80);
        const ids = new Set<string>();
        for (const p of result.predictions) {
          expect(Object.keys(p).sort()).toEqual(['class', 'class_id', 'confidence', 'detection_id', 'height', 'width', 'x', 'y']);
          expect(model.classNames[p.class_id]).toBe(p.class);
          expect(p.detection_id).toMatch(UUID);
          ids.add(p.detection_id);
          const [x1, y1, x2, y2] = corners(p);
          expect(x1).toBeGreaterThanOrEqual(0);
          expect(y1).toBeGreaterThanOrEqual(0);
          expect(x2).toBeLessThanOrEqual(768);
          expect(y2).toBeLessThanOrEqual(576);
        }
        expect(ids.size).toBe(result.predictions.length);
        expect(result.time).toBeGreaterThan(0);
        expect(result.time).toBeLessThan(5);
      });

      it('gives the same boxes for the same picture as bgr24', async () => {
        const bgr = await readImage(sharedAsset('media', 'dog.jpg'), 'bgr24');
        const [fromRgb] = await model.infer([dog]);
        const [fromBgr] = await model.infer([bgr]);
        expect(fromBgr.predictions.map((p) => [p.class, p.confidence.toFixed(4), p.x.toFixed(2)])).toEqual(
          fromRgb.predictions.map((p) => [p.class, p.confidence.toFixed(4), p.x.toFixed(2)]),
        );
      });

      it('a batch gives one result per image, in order', async () => {
        const small: FrameImage = await readImage(sharedAsset('media', 'face.jpg'));
        const results = await model.infer([dog, small, dog]);
        expect(results.map((r) => r.image.width)).toEqual([768, 640, 768]);
        expect(results[2].predictions.map((p) => p.class)).toEqual(results[0].predictions.map((p) => p.class));
      });

      it('honours confidence, class-agnostic NMS and maxDetections', async () => {
        const [high] = await model.infer([dog], { confidence: 0.8 });
        expect(high.predictions.every((p) => p.confidence >= 0.8)).toBe(true);
        expect(high.predictions.length).toBeGreaterThan(0);
        const [low] = await model.infer([dog], { confidence: 0.05 });
        expect(low.predictions.length).toBeGreaterThan(references.length);
        const [capped] = await model.infer([dog], { confidence: 0.05, maxDetections: 2 });
        expect(capped.predictions.map((p) => p.confidence)).toEqual(low.predictions.slice(0, 2).map((p) => p.confidence));
        const [perClass] = await model.infer([dog], { iouThreshold: 0.3 });
        const [agnostic] = await model.infer([dog], { iouThreshold: 0.3, classAgnosticNms: true });
        expect(agnostic.predictions.length).toBeLessThanOrEqual(perClass.predictions.length);
        if (file.startsWith('yolov8')) {
          // truck and car share one box: per class both stay, class-agnostic only the stronger.
          expect(perClass.predictions.map((p) => p.class)).toEqual(expect.arrayContaining(['truck', 'car']));
          expect(agnostic.predictions.filter((p) => p.class === 'truck' || p.class === 'car')).toHaveLength(1);
        }
      });
    });
  }

  it('rejects a malformed image with a typed error naming it', async () => {
    const model = await loadModel(sharedAsset('models', 'yolox_nano.onnx'), { warmup: false });
    const bad: FrameImage = { width: 100, height: 100, format: 'rgb24', data: new Uint8Array(10) };
    await expect(model.infer([dog, bad])).rejects.toMatchObject({ code: 'MODEL_INFERENCE_FAILED', message: expect.stringMatching(/image 1 has 10 bytes/) });
    await model.dispose();
    await expect(model.infer([dog])).rejects.toMatchObject({ code: 'MODEL_INFERENCE_FAILED', message: expect.stringMatching(/disposed/) });
  });

  it('overlapping infer() calls (pre-processing the next during a run) give exactly the answers of one-at-a-time calls', async () => {
    const model = await loadModel<ObjectDetectionResult>(sharedAsset('models', 'yolox_nano.onnx'));
    const face = await readImage(sharedAsset('media', 'face.jpg'));
    // Session in a worker thread: two runs may be queued, each with its own input buffer.
    expect(model.runsInFlight).toBe(2);
    const summary = (r: ObjectDetectionResult) => r.predictions.map((p) => `${p.class} ${p.confidence.toFixed(5)} ${p.x.toFixed(2)} ${p.y.toFixed(2)}`);
    const one = [(await model.infer([dog]))[0], (await model.infer([face]))[0]];
    // Five calls at once, one of them a batch of three (three runs for a batch-1 model): more
    // runs than input buffers, so later calls wait for a buffer to come back.
    const results = await Promise.all([model.infer([dog]), model.infer([face]), model.infer([dog, face, dog]), model.infer([face]), model.infer([dog])]);
    expect(results.map((rs) => rs.map((r) => r.image.width))).toEqual([[768], [640], [768, 640, 768], [640], [768]]);
    const [dogAlone, faceAlone] = one.map(summary);
    expect(results.flat().map(summary)).toEqual([dogAlone, faceAlone, dogAlone, faceAlone, dogAlone, faceAlone, dogAlone]);
    await model.dispose();
    const onMain = await loadModel(sharedAsset('models', 'yolox_nano.onnx'), { sessionThread: 'main', warmup: false });
    expect(onMain.runsInFlight).toBe(1);
    await onMain.dispose();
  });
});
