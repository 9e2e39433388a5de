import { ModelError } from '@rxcv/core';
import type { TensorInfo, TensorShape } from '../onnx/onnx-session.js';
import type { InputContract } from '../preprocess/input-contract.js';
import { PLAIN_INPUT } from '../preprocess/input-contract.js';
import { anchorFreeAnchorCount } from '../postprocess/decode-yolox.js';

/** Every model layout rxcv can run. */
export type ModelFamily = 'yolox' | 'yolov8' | 'classification' | 'yunet';

export const MODEL_FAMILIES: readonly ModelFamily[] = ['yolox', 'yolov8', 'classification', 'yunet'];

/** What the output shapes say about a model. */
export interface FamilyDetection {
  readonly family: ModelFamily;
  /** Classes the model outputs (1 for YuNet's faces). */
  readonly classCount: number;
  /** Detection models: anchors per image. */
  readonly anchorCount?: number;
  /** Ultralytics layout transposed to `[anchors, 4 + classes]`. */
  readonly channelsLast?: boolean;
}

const describe = (tensors: readonly TensorInfo[]): string =>
  tensors.map((t) => `${t.name} [${t.shape.join(',')}]`).join(', ');

const numeric = (shape: TensorShape, index: number): number | null => {
  const value = shape[index];
  return typeof value === 'number' && value > 0 ? value : null;
};

/** Input height and width of an NCHW input, when fixed. */
export function inputSize(input: TensorInfo): { width: number | null; height: number | null } {
  return { height: numeric(input.shape, 2), width: numeric(input.shape, 3) };
}

/**
 * Tells the family from the output tensors (and input size), or checks a family the caller
 * named against them. Throws `MODEL_UNSUPPORTED` naming the shapes when it cannot tell.
 */
export function detectFamily(
  label: string,
  inputs: readonly TensorInfo[],
  outputs: readonly TensorInfo[],
  requested?: ModelFamily,
  inputOverride?: { width: number; height: number },
): FamilyDetection {
  const fail = (why: string): never => {
    throw new ModelError(
      'MODEL_UNSUPPORTED',
      `${label}: ${why} (inputs ${describe(inputs)}; outputs ${describe(outputs)}). ` +
        `Supported: YOLOX and Ultralytics YOLOv8/YOLO11 detection, classification [N, classes], YuNet; ` +
        `pass family: ${MODEL_FAMILIES.map((f) => `'${f}'`).join(' | ')} when the shapes are dynamic`,
    );
  };
  if (inputs.length !== 1 || inputs[0].shape.length !== 4) fail('expected one NCHW image input');
  const names = new Set(outputs.map((o) => o.name));
  const isYunet = ['cls_8', 'obj_8', 'bbox_8', 'kps_8'].every((n) => names.has(n));
  if (requested === 'yunet' || (!requested && isYunet)) {
    if (!isYunet) fail('family yunet needs outputs cls_8/16/32, obj_*, bbox_*, kps_*');
    return { family: 'yunet', classCount: 1 };
  }
  if (outputs.length !== 1) fail('cannot tell the model family from several outputs');
  const shape = outputs[0].shape;
  if (outputs[0].type !== 'float32') fail(`output type ${outputs[0].type} is not float32`);
  const size = inputOverride ?? inputSize(inputs[0]);

  if (shape.length === 2) {
    const classes = numeric(shape, 1);
    if (requested && requested !== 'classification') fail(`a [batch, classes] output is not ${requested}`);
    if (classes === null) fail('the class dimension of the [batch, classes] output is dynamic');
    return { family: 'classification', classCount: classes as number };
  }
  if (requested === 'classification') fail('classification needs a [batch, classes] output');
  if (shape.length !== 3) fail('cannot tell the model family from the output shape');
  const d1 = numeric(shape, 1);
  const d2 = numeric(shape, 2);
  const anchors = size.width && size.height ? anchorFreeAnchorCount(size.width, size.height) : null;

  if (requested === 'yolox' || (!requested && anchors !== null && d1 === anchors && d2 !== null && d2 > 5)) {
    if (d1 === null || d2 === null || d2 <= 5) fail('YOLOX needs an output [batch, anchors, 5 + classes]');
    if (anchors !== null && d1 !== anchors) fail(`YOLOX at ${size.width}x${size.height} has ${anchors} anchors, not ${d1}`);
    return { family: 'yolox', classCount: (d2 as number) - 5, anchorCount: d1 as number };
  }
  if (requested === 'yolov8' || (!requested && anchors !== null && d2 === anchors && d1 !== null && d1 > 4)) {
    if (d1 === null || d2 === null) fail('YOLOv8 needs an output [batch, 4 + classes, anchors]');
    const a = d1 as number;
    const b = d2 as number;
    // Channels-first is Ultralytics' export; accept the transposed layout when the anchor count says so.
    const channelsLast = anchors !== null ? a === anchors && b !== anchors : a > b;
    const classCount = (channelsLast ? b : a) - 4;
    if (classCount < 1) fail('YOLOv8 needs at least one class row after cx, cy, w, h');
    return { family: 'yolov8', classCount, anchorCount: channelsLast ? a : b, channelsLast };
  }
  return fail('cannot tell the model family from the output shape');
}

/** The input contract of a family at a given input size (see the shared README). */
export function familyContract(family: ModelFamily, width: number, height: number): InputContract {
  switch (family) {
    case 'yolox':
      // Megvii's preproc since 0.1.1rc0: BGR, 0-255, no normalisation, padded bottom/right.
      return { ...PLAIN_INPUT, width, height, channelOrder: 'bgr', resize: 'letterbox', align: 'top-left', scale: 1 };
    case 'yolov8':
      // Ultralytics' LetterBox: RGB, 0-1, centred, grey 114.
      return { ...PLAIN_INPUT, width, height, channelOrder: 'rgb', resize: 'letterbox', align: 'centre', scale: 1 / 255 };
    case 'classification':
      // torchvision / ONNX Model Zoo ImageNet normalisation.
      return {
        width,
        height,
        channelOrder: 'rgb',
        resize: 'stretch',
        align: 'top-left',
        padValue: 0,
        scale: 1 / 255,
        mean: [0.485, 0.456, 0.406],
        std: [0.229, 0.224, 0.225],
      };
    case 'yunet':
      // libfacedetection / OpenCV FaceDetectorYN: BGR 0-255. A fixed-size export is fed the
      // frame stretched to its input (cv2.resize), which is what the reference numbers used.
      return { ...PLAIN_INPUT, width, height, channelOrder: 'bgr', resize: 'stretch', align: 'top-left', padValue: 0, scale: 1 };
  }
}
