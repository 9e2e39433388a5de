import type { ModelFamily } from '../models/model-family.js';

/** A model rxcv knows by name: where its file comes from and what it expects. */
export interface BuiltInModel {
  readonly id: string;
  readonly family: ModelFamily;
  readonly description: string;
  /** File names looked for in the models directory and the cache, preferred first. */
  readonly fileNames: readonly string[];
  /** Official download, or null when its authors publish no ONNX file. */
  readonly url: string | null;
  readonly sha256: string | null;
  readonly size: number | null;
  /** A labels file looked for beside the model file (else the family's default names). */
  readonly labelsFile?: string;
  /** The input contract in words, for the README and error messages. */
  readonly input: string;
  readonly licence: string;
  /** What to do when the file is missing and there is no official download. */
  readonly howToGet?: string;
}

/**
 * Built-in ids. Only YOLOX-Nano has an official ONNX download with a known checksum; the
 * others are found in the models directory or cache, or given by path.
 */
export const BUILT_IN_MODELS: readonly BuiltInModel[] = [
  {
    id: 'yolox-nano',
    family: 'yolox',
    description: 'YOLOX-Nano, COCO 80 classes (Megvii)',
    fileNames: ['yolox_nano.onnx'],
    url: 'https://github.com/Megvii-BaseDetection/YOLOX/releases/download/0.1.1rc0/yolox_nano.onnx',
    sha256: 'c789161ed43c8269fcd4e67c67eeeb4e80c622da2eb296a20bc6007bd18a0b7d',
    size: 3_659_407,
    input: 'images f32 [1,3,416,416], BGR 0-255, no normalisation, letterbox top-left, pad 114; output [1,3549,85] raw grid offsets, strides 8/16/32',
    licence: 'Apache-2.0',
  },
  {
    id: 'yolov8n',
    family: 'yolov8',
    description: 'Ultralytics YOLOv8n, COCO 80 classes',
    fileNames: ['yolov8n.onnx', 'yolov8n_int8.onnx'],
    url: null,
    sha256: null,
    size: null,
    input: 'images f32 [1,3,640,640], RGB 0-1, letterbox centred, pad 114; output [1,84,8400] cx,cy,w,h + 80 class scores',
    licence: 'AGPL-3.0 (Ultralytics)',
    howToGet: 'Ultralytics publishes .pt weights, not ONNX: run `yolo export model=yolov8n.pt format=onnx`',
  },
  {
    id: 'yolo11n',
    family: 'yolov8',
    description: 'Ultralytics YOLO11n, COCO 80 classes (same output layout as YOLOv8)',
    fileNames: ['yolo11n.onnx'],
    url: null,
    sha256: null,
    size: null,
    input: 'images f32 [1,3,640,640], RGB 0-1, letterbox centred, pad 114; output [1,84,8400]',
    licence: 'AGPL-3.0 (Ultralytics)',
    howToGet: 'Ultralytics publishes .pt weights, not ONNX: run `yolo export model=yolo11n.pt format=onnx`',
  },
  {
    id: 'mobilenetv2',
    family: 'classification',
    description: 'MobileNetV2 ImageNet classifier, int8 (ONNX Model Zoo)',
    fileNames: ['mobilenetv2-12-int8.onnx', 'mobilenetv2-12.onnx'],
    url: null,
    sha256: null,
    size: null,
    labelsFile: 'imagenet_classes.txt',
    input: 'input f32 [N,3,224,224], RGB, ImageNet mean/std; output [N,1000] logits',
    licence: 'Apache-2.0',
    howToGet: 'get mobilenetv2-12-int8.onnx from the ONNX Model Zoo (validated/vision/classification/mobilenet) and imagenet_classes.txt beside it; rxcv has no verified checksum for it, so it does not download it',
  },
  {
    id: 'yunet',
    family: 'yunet',
    description: 'YuNet face detector with 5 landmarks (libfacedetection)',
    fileNames: ['yunet_n_320_320.onnx'],
    url: null,
    sha256: null,
    size: null,
    input: 'input f32 [1,3,320,320], BGR 0-255; outputs cls/obj/bbox/kps per stride 8/16/32',
    licence: 'Apache-2.0',
    howToGet: 'export yunet_n_320_320.onnx from ShiqiYu/libfacedetection.train',
  },
];

/** The built-in model with this id, if any (case-insensitive). */
export function findBuiltInModel(id: string): BuiltInModel | undefined {
  const wanted = id.toLowerCase();
  return BUILT_IN_MODELS.find((model) => model.id === wanted);
}
