import type { ObjectDetectionResult } from '@rxcv/core';
import { describe, expect, it } from 'vitest';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { loadModel } from '../src/index.js';
import { ffmpegFrames } from './helpers/ffmpeg-frames.js';

describe.skipIf(!hasSharedAssets())('YOLOX-Nano on the real highway clip', () => {
  it('reports at least one car in at least 80% of the 221 frames', async () => {
    const model = await loadModel<ObjectDetectionResult>('yolox-nano', { modelsDir: sharedAsset('models') });
    let frames = 0;
    let withCar = 0;
    for await (const frame of ffmpegFrames(sharedAsset('media', 'highway_960x540_25fps.mp4'), 960, 540)) {
      const [result] = await model.infer([frame]);
      frames++;
      if (result.predictions.some((p) => p.class === 'car')) withCar++;
    }
    await model.dispose();
    expect(frames).toBe(221);
    expect(withCar / frames).toBeGreaterThanOrEqual(0.8);
    console.log(`highway: a car in ${withCar} of ${frames} frames`);
  });
});
