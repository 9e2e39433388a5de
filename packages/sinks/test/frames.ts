// Small real values for sink tests: a VideoFrame and a Roboflow-format result.
import type { ObjectDetectionResult, VideoFrame } from '@rxcv/core';

export function testFrame(frameId: number, sourceId = 0): VideoFrame {
  return {
    image: { width: 4, height: 2, format: 'rgb24', data: new Uint8Array(4 * 2 * 3) },
    frameId,
    sourceId,
    frameTimestamp: Date.UTC(2025, 0, 2, 3, 4, 5, frameId),
    presentationTime: (frameId - 1) / 25,
    fps: 25,
    measuredFps: null,
    comesFromVideoFile: true,
  };
}

export function testResult(confidence = 0.82): ObjectDetectionResult {
  return {
    image: { width: 4, height: 2 },
    predictions: [{ x: 2, y: 1, width: 2, height: 1, confidence, class: 'car', class_id: 2, detection_id: 'id-1' }],
    time: 0.011,
  };
}
