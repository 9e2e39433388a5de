import type { FrameImage, InferenceOptions, InferenceResult, Model, ModelInputSize, ModelTask } from '@rxcv/core';
import { DEFAULT_INFERENCE_OPTIONS, ModelError } from '@rxcv/core';
import { OnnxSession, ort } from '../onnx/onnx-session.js';
import type { InputContract } from '../preprocess/input-contract.js';
import { letterboxGeometry, type LetterboxGeometry, type PixelRegion } from '../preprocess/letterbox.js';
import { writeImageTensor, type ResizeFilter } from '../preprocess/write-image-tensor.js';
import { SerialQueue } from './serial-queue.js';
import { validateFrameImage } from './validate-frame-image.js';

/** Pre-processing choices on top of the model's input contract. */
export interface PreprocessSettings {
  readonly filter?: ResizeFilter;
  readonly grayscale?: boolean;
  /** A static crop applied to every frame first, in fractions of the frame (0-1). */
  readonly staticCrop?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /**
   * Use `image.resized` (a picture a source already scaled to this model's input while decoding,
   * see `modelInputSize()`) when its size is exactly the one needed. Default true.
   */
  readonly useResized?: boolean;
}

/** Everything a task-specific decoder needs to turn one image's outputs into a result. */
export interface DecodeContext {
  readonly outputs: Record<string, ort.Tensor>;
  /** Index of this image within the batch that was run. */
  readonly batchIndex: number;
  readonly batchSize: number;
  readonly image: FrameImage;
  readonly geometry: LetterboxGeometry;
  readonly options: Required<InferenceOptions>;
}

export interface OnnxVisionModelConfig {
  readonly id: string;
  readonly task: ModelTask;
  readonly family: string;
  readonly classNames: readonly string[];
  readonly session: OnnxSession;
  readonly contract: InputContract;
  readonly preprocess?: PreprocessSettings;
  /** Largest batch for one run when the model's batch dimension is dynamic. Default 8. */
  readonly maxBatchSize?: number;
}

/** Frame pixels of a static crop given in fractions, clamped to the frame. */
function cropRegion(image: FrameImage, crop: PreprocessSettings['staticCrop']): PixelRegion | undefined {
  if (!crop) return undefined;
  const x = Math.max(0, Math.min(image.width - 1, Math.round(crop.x * image.width)));
  const y = Math.max(0, Math.min(image.height - 1, Math.round(crop.y * image.height)));
  const width = Math.max(1, Math.min(image.width - x, Math.round(crop.width * image.width)));
  const height = Math.max(1, Math.min(image.height - y, Math.round(crop.height * image.height)));
  return { x, y, width, height };
}

/**
 * The part every ONNX image model shares: input tensors allocated once per batch size and
 * reused, pre-processing into them, one run per batch (or per image when the batch dimension
 * is fixed), timing, serialised calls and dispose. Subclasses only decode outputs.
 */
export abstract class OnnxVisionModel<R extends InferenceResult> implements Model<R> {
  readonly id: string;
  readonly task: ModelTask;
  /** Which decoder the model uses, e.g. 'yolox', 'yolov8', 'classification', 'yunet'. */
  readonly family: string;
  readonly classNames: readonly string[];
  readonly contract: InputContract;
  /** Images per run: a number for a fixed batch dimension, null when it is dynamic. */
  readonly fixedBatchSize: number | null;
  protected readonly session: OnnxSession;
  private readonly preprocessSettings: PreprocessSettings;
  private readonly maxBatchSize: number;
  private readonly inputName: string;
  private readonly queue = new SerialQueue();
  private readonly tensors = new Map<number, { data: Float32Array; tensor: ort.Tensor }>();

  protected constructor(config: OnnxVisionModelConfig) {
    this.id = config.id;
    this.task = config.task;
    this.family = config.family;
    this.classNames = Object.freeze([...config.classNames]);
    this.contract = config.contract;
    this.session = config.session;
    this.preprocessSettings = config.preprocess ?? {};
    this.maxBatchSize = config.maxBatchSize ?? 8;
    const input = config.session.inputs[0];
    this.inputName = input.name;
    const batch = input.shape[0];
    this.fixedBatchSize = typeof batch === 'number' && batch > 0 ? batch : null;
  }

  /**
   * What a source should scale frames to for this model (`openVideoSource(ref, { modelInput })`),
   * so that the resize happens in FFmpeg while decoding; null when the model cannot use such
   * pictures (a static crop needs the full frame).
   */
  modelInputSize(): ModelInputSize | null {
    if (this.preprocessSettings.staticCrop || this.preprocessSettings.useResized === false) return null;
    return {
      width: this.contract.width,
      height: this.contract.height,
      fit: this.contract.resize,
      pixelFormat: this.contract.channelOrder === 'bgr' ? 'bgr24' : 'rgb24',
    };
  }

  /** Turns one image's slice of the outputs into its result (without `time`). */
  protected abstract decode(context: DecodeContext): Omit<R, 'time'>;

  infer(images: readonly FrameImage[], options?: InferenceOptions): Promise<R[]> {
    return this.queue.enqueue(() => this.inferNow(images, { ...DEFAULT_INFERENCE_OPTIONS, ...dropUndefined(options) }));
  }

  /** Runs the model once on a neutral input so the first real frame is not slower. */
  async warmUp(): Promise<void> {
    await this.queue.enqueue(async () => {
      const batch = this.fixedBatchSize ?? 1;
      const { data, tensor } = this.inputTensor(batch);
      data.fill(0);
      await this.session.run({ [this.inputName]: tensor });
    });
  }

  async dispose(): Promise<void> {
    await this.queue.drain();
    this.tensors.clear();
    await this.session.dispose();
  }

  private inputTensor(batch: number): { data: Float32Array; tensor: ort.Tensor } {
    let entry = this.tensors.get(batch);
    if (!entry) {
      const { width, height } = this.contract;
      const data = this.session.allocateFloat32(batch * 3 * width * height);
      entry = { data, tensor: new ort.Tensor('float32', data, [batch, 3, height, width]) };
      this.tensors.set(batch, entry);
    }
    return entry;
  }

  private async inferNow(images: readonly FrameImage[], options: Required<InferenceOptions>): Promise<R[]> {
    if (this.session.isDisposed) throw new ModelError('MODEL_INFERENCE_FAILED', `${this.id} has been disposed`);
    images.forEach((image, i) => validateFrameImage(image, i, this.id));
    const results: R[] = [];
    const chunk = this.fixedBatchSize ?? this.maxBatchSize;
    for (let start = 0; start < images.length; start += chunk) {
      const group = images.slice(start, start + chunk);
      results.push(...(await this.runGroup(group, options)));
    }
    return results;
  }

  private async runGroup(images: readonly FrameImage[], options: Required<InferenceOptions>): Promise<R[]> {
    const batch = this.fixedBatchSize ?? images.length;
    const { data, tensor } = this.inputTensor(batch);
    const planeSize = 3 * this.contract.width * this.contract.height;
    const preMs: number[] = [];
    const geometries = images.map((image, i) => {
      const started = performance.now();
      const crop = cropRegion(image, this.preprocessSettings.staticCrop);
      const geometry = letterboxGeometry(image.width, image.height, this.contract, crop);
      const resized = usableResizedImage(image, geometry, this.preprocessSettings);
      if (resized) {
        // Placed exactly where the full frame would go; boxes still map back through `geometry`.
        const placed = letterboxGeometry(resized.width, resized.height, this.contract);
        writeImageTensor(resized, this.contract, placed, data, i * planeSize, this.preprocessSettings);
      } else {
        writeImageTensor(image, this.contract, geometry, data, i * planeSize, this.preprocessSettings);
      }
      preMs.push(performance.now() - started);
      return geometry;
    });
    // A fixed batch larger than the group: the unused slots keep old data, their outputs are ignored.
    const runStarted = performance.now();
    const outputs = await this.session.run({ [this.inputName]: tensor });
    const runMs = performance.now() - runStarted;
    return images.map((image, i) => {
      const started = performance.now();
      const decoded = this.decode({ outputs, batchIndex: i, batchSize: batch, image, geometry: geometries[i], options });
      const postMs = performance.now() - started;
      return { ...decoded, time: (preMs[i] + runMs + postMs) / 1000 } as R;
    });
  }
}

/** The source's pre-scaled picture, when there is one, it is wanted and it has exactly the size needed. */
function usableResizedImage(
  image: FrameImage,
  geometry: LetterboxGeometry,
  settings: PreprocessSettings,
): FrameImage | null {
  const resized = image.resized;
  if (!resized || settings.useResized === false || settings.staticCrop) return null;
  if (resized.width !== geometry.resizedWidth || resized.height !== geometry.resizedHeight) return null;
  if (resized.format !== 'rgb24' && resized.format !== 'bgr24') return null;
  if (!(resized.data instanceof Uint8Array) || resized.data.length < resized.width * resized.height * 3) return null;
  return resized;
}

function dropUndefined<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
