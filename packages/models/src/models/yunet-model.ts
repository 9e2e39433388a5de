import type { KeypointsPrediction, KeypointsResult } from '@rxcv/core';
import type { Candidate } from '../postprocess/candidate.js';
import { nonMaxSuppression } from '../postprocess/nms.js';
import { toDetection, toKeypoints } from '../postprocess/to-detections.js';
import { OnnxVisionModel, type DecodeContext, type OnnxVisionModelConfig } from './onnx-vision-model.js';

/** YuNet's five landmarks, in output order (the person's right eye is on the image's left). */
export const YUNET_KEYPOINT_NAMES = ['right_eye', 'left_eye', 'nose_tip', 'right_mouth_corner', 'left_mouth_corner'] as const;

const STRIDES = [8, 16, 32] as const;
const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * YuNet face detector (libfacedetection, OpenCV's FaceDetectorYN): per stride, `cls`, `obj`,
 * `bbox` and `kps` outputs; score = sqrt(cls * obj); boxes and landmarks are grid offsets
 * decoded as in OpenCV 4.8. Result in Roboflow's keypoint-detection JSON, class `face`.
 */
export class YunetModel extends OnnxVisionModel<KeypointsResult> {
  constructor(config: Omit<OnnxVisionModelConfig, 'task' | 'family'>) {
    super({ ...config, task: 'keypoint-detection', family: 'yunet' });
  }

  protected decode(context: DecodeContext): Omit<KeypointsResult, 'time'> {
    const { outputs, batchIndex, image, geometry, options } = context;
    const { width, height } = this.contract;
    const candidates: Candidate[] = [];
    for (const stride of STRIDES) {
      const cols = Math.floor(width / stride);
      const rows = Math.floor(height / stride);
      const count = cols * rows;
      const cls = outputs[`cls_${stride}`].data as Float32Array;
      const obj = outputs[`obj_${stride}`].data as Float32Array;
      const bbox = outputs[`bbox_${stride}`].data as Float32Array;
      const kps = outputs[`kps_${stride}`].data as Float32Array;
      const base = batchIndex * count;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const i = base + r * cols + c;
          const score = Math.sqrt(clamp01(cls[i]) * clamp01(obj[i]));
          if (score < options.confidence) continue;
          const cx = (c + bbox[i * 4]) * stride;
          const cy = (r + bbox[i * 4 + 1]) * stride;
          const w = Math.exp(bbox[i * 4 + 2]) * stride;
          const h = Math.exp(bbox[i * 4 + 3]) * stride;
          const keypoints: number[] = [];
          for (let k = 0; k < 5; k++) {
            keypoints.push((kps[i * 10 + 2 * k] + c) * stride, (kps[i * 10 + 2 * k + 1] + r) * stride, score);
          }
          candidates.push({ x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2, score, classId: 0, keypoints });
        }
      }
    }
    const kept = nonMaxSuppression(candidates, {
      iouThreshold: options.iouThreshold,
      classAgnostic: true,
      maxDetections: options.maxDetections,
      maxCandidates: 3000,
    });
    const predictions: KeypointsPrediction[] = [];
    for (const candidate of kept) {
      const box = toDetection(candidate, geometry, this.classNames);
      if (!box) continue;
      predictions.push({ ...box, keypoints: toKeypoints(candidate.keypoints ?? [], geometry, YUNET_KEYPOINT_NAMES) });
    }
    return { image: { width: image.width, height: image.height }, predictions };
  }
}
