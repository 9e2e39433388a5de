// hasBox: tells a prediction with a box (detection, keypoints, segmentation) from one without.
import type { ObjectDetectionPrediction } from '@rxcv/core';

/** A prediction that has a box (object detection, keypoints, instance segmentation). */
export function hasBox(prediction: object): prediction is ObjectDetectionPrediction {
  const p = prediction as Partial<ObjectDetectionPrediction>;
  return (
    typeof p.x === 'number' && typeof p.y === 'number' && typeof p.width === 'number' && typeof p.height === 'number'
  );
}
