import type { FrameImage, InferenceOptions, InferenceResult, Model, ModelInputSize, ModelTask, ExecutionProviderInfo } from '@rxcv/core';
import { DEFAULT_INFERENCE_OPTIONS, ModelError } from '@rxcv/core';
import { OnnxSession, ort } from '../onnx/onnx-session.js';
import type { InputContract } from '../preprocess/input-contract.js';
import { letterboxGeometry, type LetterboxGeometry, type PixelRegion } from '../preprocess/letterbox.js';
import { writeImageTensor, type ResizeFilter } from '../preprocess/write-image-tensor.js';
import { SerialQueue } from '@rxcv/core';
import { TensorPool } from './tensor-pool.js';
import { validateFrameImage } from './validate-frame-image.js';

/** One reusable input buffer and the tensor over it. */
interface InputTensor {
  readonly data: Float32Array;
  readonly tensor: ort.Tensor;
}

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
  /** Serialises pre-processing and posting, so that calls run in call order. */
  private readonly queue = new SerialQueue();
  private readonly pools = new Map<number, TensorPool<InputTensor>>();
  /** Results of calls whose runs are posted and not yet finished (dispose waits for them). */
  private readonly running = new Set<Promise<unknown>>();
  /**
   * Runs that may be queued at the session at once: 2 when it runs in a worker thread (the next
   * call is pre-processed during this run), 1 on the main thread (a run blocks it anyway).
   */
  readonly runsInFlight: number;
  /** The execution provider the session runs on, and the ones `device: 'auto'` tried first. */
  readonly executionProvider: ExecutionProviderInfo;

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
    this.runsInFlight = config.session.thread === 'worker' ? 2 : 1;
    this.executionProvider = { name: config.session.executionProvider, failures: config.session.providerFailures };
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

  /**
   * Runs the model on `images` (one result each, in order). Calls may overlap: pre-processing is
   * done one call at a time, in call order, and the runs finish in that order on the session's
   * thread. With the session in a worker thread the next call is pre-processed while this one
   * runs, so the worker starts it the moment this run ends (see `runsInFlight`).
   */
  infer(images: readonly FrameImage[], options?: InferenceOptions): Promise<R[]> {
    const resolved = { ...DEFAULT_INFERENCE_OPTIONS, ...dropUndefined(options) };
    // Wrapped in an object so that the queue waits for the posting only, not for the results.
    return this.queue.enqueue(() => this.start(images, resolved)).then((started) => started.results);
  }

  /** Runs the model once on a neutral input so the first real frame is not slower. */
  async warmUp(): Promise<void> {
    await this.queue.enqueue(async () => {
      const pool = this.poolFor(this.fixedBatchSize ?? 1);
      const entry = await pool.acquire();
      try {
        entry.data.fill(0);
        await this.session.run({ [this.inputName]: entry.tensor });
      } finally {
        pool.release(entry);
      }
    });
  }

  async dispose(): Promise<void> {
    await this.queue.drain();
    await Promise.allSettled([...this.running]);
    this.pools.clear();
    await this.session.dispose();
  }

  private poolFor(batch: number): TensorPool<InputTensor> {
    let pool = this.pools.get(batch);
    if (!pool) {
      const { width, height } = this.contract;
      pool = new TensorPool<InputTensor>(() => {
        const data = this.session.allocateFloat32(batch * 3 * width * height);
        return { data, tensor: new ort.Tensor('float32', data, [batch, 3, height, width]) };
      }, this.runsInFlight);
      this.pools.set(batch, pool);
    }
    return pool;
  }

  /** Validates and pre-processes every group of `images` and posts its run; resolves once all are posted. */
  private async start(images: readonly FrameImage[], options: Required<InferenceOptions>): Promise<{ results: Promise<R[]> }> {
    if (this.session.isDisposed) throw new ModelError('MODEL_INFERENCE_FAILED', `${this.id} has been disposed`);
    images.forEach((image, i) => validateFrameImage(image, i, this.id));
    const groups: Promise<R[]>[] = [];
    const chunk = this.fixedBatchSize ?? this.maxBatchSize;
    for (let first = 0; first < images.length; first += chunk) {
      groups.push((await this.startGroup(images.slice(first, first + chunk), options)).results);
    }
    const results = Promise.all(groups).then((parts) => parts.flat());
    this.running.add(results);
    const settled = () => void this.running.delete(results);
    results.then(settled, settled);
    return { results };
  }

  /**
   * Pre-processes one group into a free input buffer and posts its run; resolves once the run is
   * queued at the session (waiting for a buffer first when every buffer is in a run).
   */
  private async startGroup(images: readonly FrameImage[], options: Required<InferenceOptions>): Promise<{ results: Promise<R[]> }> {
    const batch = this.fixedBatchSize ?? images.length;
    const pool = this.poolFor(batch);
    const entry = await pool.acquire();
    let run: Promise<Record<string, ort.Tensor>>;
    let geometries: LetterboxGeometry[];
    const preMs: number[] = [];
    try {
      geometries = this.preprocess(images, entry.data, preMs);
      run = this.session.run({ [this.inputName]: entry.tensor });
    } catch (error) {
      pool.release(entry);
      throw error;
    }
    const runStarted = performance.now();
    const results = run
      .finally(() => pool.release(entry))
      .then((outputs) => {
        // Includes the time the run waited behind the previous call on the session's thread.
        const runMs = performance.now() - runStarted;
        return images.map((image, i) => {
          const decodeStarted = performance.now();
          const decoded = this.decode({ outputs, batchIndex: i, batchSize: batch, image, geometry: geometries[i], options });
          const postMs = performance.now() - decodeStarted;
          return { ...decoded, time: (preMs[i] + runMs + postMs) / 1000 } as R;
        });
      });
    // A group may fail while a later group of the same call still waits for a buffer; the
    // caller's Promise.all reports it, this only keeps Node from calling it unhandled meanwhile.
    results.catch(() => undefined);
    return { results };
  }

  /** Letterboxes each image into its slot of `data`; records each image's pre-processing time. */
  private preprocess(images: readonly FrameImage[], data: Float32Array, preMs: number[]): LetterboxGeometry[] {
    const planeSize = 3 * this.contract.width * this.contract.height;
    // A fixed batch larger than the group: the unused slots keep old data, their outputs are ignored.
    return images.map((image, i) => {
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
