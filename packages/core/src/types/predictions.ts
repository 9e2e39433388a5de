// Prediction results in Roboflow's JSON shapes: detection, keypoints, classification.
/**
 * Prediction shapes follow Roboflow's JSON, so code written for Roboflow Inference carries over.
 * Boxes are `x, y` = centre, `width, height`, in pixels of the original frame.
 */
export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

export interface ObjectDetectionPrediction {
  x: number;
  y: number;
  width: number;
  height: number;
  confidence: number;
  class: string;
  class_id: number;
  detection_id: string;
}

export interface Keypoint {
  x: number;
  y: number;
  confidence: number;
  class: string;
  class_id: number;
}

export interface KeypointsPrediction extends ObjectDetectionPrediction {
  keypoints: Keypoint[];
}

export interface ClassificationPrediction {
  class: string;
  class_id: number;
  confidence: number;
}

interface ResultBase {
  image: ImageSize;
  /** Seconds the model took for this frame (pre-process, inference, post-process). */
  time?: number;
}

export interface ObjectDetectionResult extends ResultBase {
  predictions: ObjectDetectionPrediction[];
}

export interface KeypointsResult extends ResultBase {
  predictions: KeypointsPrediction[];
}

export interface ClassificationResult extends ResultBase {
  predictions: ClassificationPrediction[];
  /** Class name with the highest confidence. */
  top: string;
  confidence: number;
}

export type InferenceResult = ObjectDetectionResult | KeypointsResult | ClassificationResult;
