import type { ObjectDetectionPrediction, ObjectDetectionResult } from '@rxcv/core';
import { ModelError } from '@rxcv/core';
import type { Candidate } from '../postprocess/candidate.js';
import { decodeUltralytics } from '../postprocess/decode-ultralytics.js';
import { decodeYolox } from '../postprocess/decode-yolox.js';
import { nonMaxSuppression } from '../postprocess/nms.js';
import { toDetection } from '../postprocess/to-detections.js';
import { OnnxVisionModel, type DecodeContext, type OnnxVisionModelConfig } from './onnx-vision-model.js';

/** Object-detection output layouts rxcv decodes. */
export type DetectionFamily = 'yolox' | 'yolov8';

export interface DetectionModelConfig extends Omit<OnnxVisionModelConfig, 'task' | 'family'> {
  readonly family: DetectionFamily;
  /** Anchors (rows) of the output tensor per image. */
  readonly anchorCount: number;
  readonly classCount: number;
  /** Ultralytics only: the output is `[anchors, 4 + classes]` instead of `[4 + classes, anchors]`. */
  readonly channelsLast?: boolean;
}

/** Candidates entering NMS at most (the strongest), so a very low threshold stays affordable. */
const MAX_NMS_CANDIDATES = 3000;

/**
 * An object detector (YOLOX or Ultralytics YOLOv8/YOLO11 layout): decode, confidence filter,
 * NMS per class (or class-agnostic), max detections, boxes mapped back to frame pixels.
 */
export class DetectionModel extends OnnxVisionModel<ObjectDetectionResult> {
  declare readonly family: DetectionFamily;
  private readonly anchorCount: number;
  private readonly classCount: number;
  private readonly channelsLast: boolean;
  private readonly outputName: string;

  constructor(config: DetectionModelConfig) {
    super({ ...config, task: 'object-detection' });
    this.anchorCount = config.anchorCount;
    this.classCount = config.classCount;
    this.channelsLast = config.channelsLast ?? false;
    this.outputName = config.session.outputs[0].name;
  }

  protected decode(context: DecodeContext): Omit<ObjectDetectionResult, 'time'> {
    const { options, image, geometry, batchIndex } = context;
    const output = context.outputs[this.outputName];
    const data = output.data;
    if (!(data instanceof Float32Array)) {
      throw new ModelError('MODEL_UNSUPPORTED', `${this.id}: output ${this.outputName} is ${output.type}, expected float32`);
    }
    const perImage = data.length / context.batchSize;
    const offset = batchIndex * perImage;
    let candidates: Candidate[];
    if (this.family === 'yolox') {
      candidates = decodeYolox(data, offset, this.contract.width, this.contract.height, this.classCount, options.confidence);
    } else {
      candidates = decodeUltralytics(data, offset, this.anchorCount, this.classCount, options.confidence, this.channelsLast);
    }
    const kept = nonMaxSuppression(candidates, {
      iouThreshold: options.iouThreshold,
      classAgnostic: options.classAgnosticNms,
      maxDetections: options.maxDetections,
      maxCandidates: MAX_NMS_CANDIDATES,
    });
    const predictions: ObjectDetectionPrediction[] = [];
    for (const candidate of kept) {
      const prediction = toDetection(candidate, geometry, this.classNames);
      if (prediction) predictions.push(prediction);
    }
    return { image: { width: image.width, height: image.height }, predictions };
  }

  /** Builds a detector; used by `loadModel`, public for callers that bring their own session. */
  static create(config: DetectionModelConfig): DetectionModel {
    return new DetectionModel(config);
  }
}
