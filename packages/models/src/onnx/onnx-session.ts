import { availableParallelism } from 'node:os';
import ort from 'onnxruntime-node';
import { ModelError } from '@rxcv/core';

export type GraphOptimizationLevel = 'disabled' | 'basic' | 'extended' | 'all';

/** onnxruntime session settings a user may change. */
export interface SessionSettings {
  /** Intra-op threads. Default: the CPU count, at most 4. */
  readonly threads?: number;
  /** Default 'all'. */
  readonly graphOptimizationLevel?: GraphOptimizationLevel;
}

/** A tensor's declared shape: numbers, or names for dynamic dimensions. */
export type TensorShape = readonly (number | string)[];

export interface TensorInfo {
  readonly name: string;
  readonly type: string;
  readonly shape: TensorShape;
}

/** Default intra-op thread count: every core up to 4 (2 on the project's 2-core machines). */
export function defaultThreadCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

function tensorInfos(names: readonly string[], metadata: readonly ort.InferenceSession.ValueMetadata[]): TensorInfo[] {
  return names.map((name, i) => {
    const m = metadata[i];
    return m && m.isTensor ? { name, type: m.type, shape: [...m.shape] } : { name, type: 'non-tensor', shape: [] };
  });
}

/** Thin wrapper over an onnxruntime-node session that turns its failures into `ModelError`s. */
export class OnnxSession {
  private disposed = false;

  private constructor(
    private readonly session: ort.InferenceSession,
    /** Names the model in messages (a path or an id, never a credential). */
    readonly label: string,
    readonly inputs: readonly TensorInfo[],
    readonly outputs: readonly TensorInfo[],
    readonly threads: number,
  ) {}

  /** Creates a session from the bytes of an ONNX file. */
  static async open(bytes: Uint8Array, label: string, settings: SessionSettings = {}): Promise<OnnxSession> {
    const threads = settings.threads ?? defaultThreadCount();
    if (!Number.isInteger(threads) || threads < 1) {
      throw new ModelError('MODEL_INVALID', `threads must be a positive integer, got ${settings.threads}`);
    }
    let session: ort.InferenceSession;
    try {
      session = await ort.InferenceSession.create(bytes, {
        intraOpNumThreads: threads,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: settings.graphOptimizationLevel ?? 'all',
      });
    } catch (error) {
      throw new ModelError('MODEL_INVALID', `${label} cannot be loaded by onnxruntime: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return new OnnxSession(
      session,
      label,
      tensorInfos(session.inputNames, session.inputMetadata),
      tensorInfos(session.outputNames, session.outputMetadata),
      threads,
    );
  }

  /** Runs the model; rejects with `MODEL_INFERENCE_FAILED` naming the model. */
  async run(feeds: Record<string, ort.Tensor>): Promise<Record<string, ort.Tensor>> {
    if (this.disposed) throw new ModelError('MODEL_INFERENCE_FAILED', `${this.label} has been disposed`);
    try {
      return (await this.session.run(feeds)) as Record<string, ort.Tensor>;
    } catch (error) {
      throw new ModelError('MODEL_INFERENCE_FAILED', `${this.label} failed to run: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.session.release();
  }
}

export { ort };
