// Hand-made inferred items for the operator specs: frames with boxes given by their centre.
import type { Inferred, ObjectDetectionPrediction, ObjectDetectionResult, VideoFrame } from '@rxcv/core';

export interface BoxSpec {
  x: number;
  y: number;
  width?: number;
  height?: number;
  confidence?: number;
  class?: string;
  tracker_id?: number;
}

export function frame(frameId: number, sourceId = 0): VideoFrame {
  return {
    image: { width: 960, height: 540, format: 'rgb24', data: new Uint8Array(0) },
    frameId,
    frameTimestamp: 1_000_000 + frameId * 40,
    presentationTime: null,
    sourceId,
    fps: 25,
    measuredFps: null,
    comesFromVideoFile: false,
  };
}

export function box(spec: BoxSpec): ObjectDetectionPrediction & { tracker_id?: number } {
  const { width = 40, height = 10, confidence = 0.9, class: cls = 'car', ...rest } = spec;
  return { width, height, confidence, class: cls, class_id: cls === 'car' ? 2 : 0, detection_id: `${spec.x},${spec.y}`, ...rest };
}

export function item(frameId: number, boxes: BoxSpec[], sourceId = 0): Inferred<ObjectDetectionResult> {
  return { frame: frame(frameId, sourceId), predictions: { image: { width: 960, height: 540 }, predictions: boxes.map(box) } };
}
