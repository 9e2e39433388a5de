import { ModelError } from '@rxcv/core';
import type { ModelFamily } from '../models/model-family.js';

/**
 * The rxcv family of a Roboflow model from its task `type` and `modelType`. Returns undefined
 * when the output shapes should decide (an object detector of an unnamed architecture).
 */
export function roboflowFamily(label: string, type: string | null, modelType: string | null): ModelFamily | undefined {
  const task = type ?? 'object-detection';
  if (task === 'classification') return 'classification';
  if (task === 'object-detection') {
    if (modelType && /yolox/i.test(modelType)) return 'yolox';
    if (modelType && /yolo-?v?(8|11|12)/i.test(modelType)) return 'yolov8';
    return undefined;
  }
  throw new ModelError(
    'MODEL_UNSUPPORTED',
    `${label} is a Roboflow ${task} model${modelType ? ` (${modelType})` : ''}; rxcv runs Roboflow object-detection and classification models`,
  );
}
