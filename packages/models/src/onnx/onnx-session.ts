import { availableParallelism } from 'node:os';
import ort from 'onnxruntime-node';
import { ModelError } from '@rxcv/core';
import { DEVICES, installAdvice, providerAttempts, providerName, type Device, type ExecutionProvider, type ProviderFailure } from './execution-provider.js';
import { SessionThread, type PlainMetadata, type PlainTensor } from './session-thread.js';

export type GraphOptimizationLevel = 'disabled' | 'basic' | 'extended' | 'all';

/**
 * Where the session runs: `worker` (default), a worker thread of its own, so the 10 ms a run
 * blocks do not block the event loop that decoding and sinks need; `main`, the calling thread
 * (onnxruntime-node's own behaviour: each run blocks the event loop for its duration).
 */
export type SessionThreadMode = 'worker' | 'main';

/** onnxruntime session settings a user may change. */
export interface SessionSettings {
  /** Intra-op threads. Default: the CPU count, at most 4. */
  readonly threads?: number;
  /** Default 'all'. */
  readonly graphOptimizationLevel?: GraphOptimizationLevel;
  /** Default 'worker'; see `SessionThreadMode`. */
  readonly sessionThread?: SessionThreadMode;
  /**
   * Whether onnxruntime's intra-op threads spin (busy-wait) between the parallel parts of a run
   * instead of sleeping. Default false, unlike onnxruntime: a spinning thread holds a core that
   * video decoding needs. Measured on 2 cores with YOLOX-Nano (rxcv README, Performance): the
   * model alone does ~100 runs/s spinning and ~82 not; in a pipeline, 960x540 and 1280x720 files
   * about the same either way, a 1920x1080 file 40-45 frames/s spinning and 49-50 not, four
   * 720p streams 35-38 and ~43 inferred frames/s in total.
   */
  readonly spinning?: boolean;
  /**
   * Where the model runs. Default 'auto': the platform's GPU provider when it loads (CUDA on
   * Linux x64, DirectML on Windows, CoreML on macOS), else the CPU; `OnnxSession.executionProvider`
   * says which runs and `providerFailures` why the others did not. A named device that cannot
   * load is a `ModelError` `EXECUTION_PROVIDER_UNAVAILABLE` saying what to install.
   */
  readonly device?: Device;
  /** onnxruntime's `executionProviders`, passed through as given; wins over `device`. */
  readonly executionProviders?: readonly ExecutionProvider[];
}

/** onnxruntime's log levels, quietest last. */
const ORT_LOG_LEVELS = ['verbose', 'info', 'warning', 'error', 'fatal'] as const;
export type OrtLogLevel = (typeof ORT_LOG_LEVELS)[number];

/**
 * onnxruntime's own log level: `RXCV_ORT_LOGLEVEL`, default 'fatal'. Why so quiet: 'auto' probes
 * the GPU providers, and on a machine without one onnxruntime prints a red error for each probe;
 * what failed is in the typed error or in `providerFailures` instead. The level is process-wide
 * and fixed by the first session, so every session asks for the same one.
 */
export function ortLogLevel(): OrtLogLevel {
  const wanted = process.env.RXCV_ORT_LOGLEVEL;
  return (ORT_LOG_LEVELS as readonly string[]).includes(wanted ?? '') ? (wanted as OrtLogLevel) : 'fatal';
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

function tensorInfos(names: readonly string[], metadata: ReadonlyArray<ort.InferenceSession.ValueMetadata | PlainMetadata>): TensorInfo[] {
  return names.map((name, i) => {
    const m = metadata[i];
    return m && m.isTensor && 'type' in m && m.type !== undefined && 'shape' in m && m.shape
      ? { name, type: m.type, shape: [...m.shape] }
      : { name, type: 'non-tensor', shape: [] };
  });
}

/** onnxruntime's session options for the given settings. */
export function sessionOptions(settings: SessionSettings, threads: number): ort.InferenceSession.SessionOptions {
  return {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: settings.graphOptimizationLevel ?? 'all',
    logSeverityLevel: ORT_LOG_LEVELS.indexOf(ortLogLevel()) as 0 | 1 | 2 | 3 | 4,
    extra: { session: { intra_op: { allow_spinning: settings.spinning === true ? '1' : '0' } } },
  };
}

/** Where a session runs: onnxruntime's own object on this thread, or a `SessionThread`. */
type Runner =
  | { readonly kind: 'main'; readonly session: ort.InferenceSession }
  | { readonly kind: 'worker'; readonly thread: SessionThread };

/**
 * Thin wrapper over an onnxruntime-node session that turns its failures into `ModelError`s and,
 * by default, runs it in a worker thread (`sessionThread`).
 */
export class OnnxSession {
  private disposed = false;

  private constructor(
    private readonly runner: Runner,
    /** Names the model in messages (a path or an id, never a credential). */
    readonly label: string,
    readonly inputs: readonly TensorInfo[],
    readonly outputs: readonly TensorInfo[],
    readonly threads: number,
    /** The execution provider the session runs on ('cpu', 'cuda', ...). */
    readonly executionProvider: string,
    /** Providers tried before it that could not load (with `device: 'auto'`), and why. */
    readonly providerFailures: readonly ProviderFailure[],
  ) {}

  /** Creates a session from the bytes of an ONNX file. */
  static async open(bytes: Uint8Array, label: string, settings: SessionSettings = {}): Promise<OnnxSession> {
    const threads = settings.threads ?? defaultThreadCount();
    if (!Number.isInteger(threads) || threads < 1) {
      throw new ModelError('MODEL_INVALID', `threads must be a positive integer, got ${settings.threads}`);
    }
    const mode = settings.sessionThread ?? 'worker';
    if (mode !== 'worker' && mode !== 'main') {
      throw new ModelError('MODEL_INVALID', `sessionThread must be 'worker' or 'main', got ${String(mode)}`);
    }
    if (settings.device !== undefined && !DEVICES.includes(settings.device)) {
      throw new ModelError('EXECUTION_PROVIDER_UNAVAILABLE', `unknown device '${String(settings.device)}': use one of ${DEVICES.join(', ')}`);
    }
    const attempts = providerAttempts(settings.device ?? 'auto', settings.executionProviders);
    const failures: ProviderFailure[] = [];
    for (const [index, providers] of attempts.entries()) {
      const options = { ...sessionOptions(settings, threads), executionProviders: providers };
      try {
        const opened = await OnnxSession.openWith(mode, bytes, options);
        const provider = providerName(providers[0] ?? 'cpu');
        return OnnxSession.describing(opened.runner, opened.declared, label, threads, provider, failures);
      } catch (error) {
        const reason = (error as Error).message;
        const provider = providers.map(providerName).join(', ');
        const last = index === attempts.length - 1;
        if (last && isProviderFailure(reason)) {
          const advice = installAdvice(providerName(providers[0] ?? ''));
          throw new ModelError(
            'EXECUTION_PROVIDER_UNAVAILABLE',
            `${label}: the ${provider} execution provider cannot load here (${reason})${advice ? `. ${advice}` : ''}`,
            { cause: error },
          );
        }
        if (last || !isProviderFailure(reason)) {
          throw new ModelError('MODEL_INVALID', `${label} cannot be loaded by onnxruntime: ${reason}`, { cause: error });
        }
        failures.push({ provider, reason });
      }
    }
    throw new ModelError('MODEL_INVALID', `${label}: no execution provider to try`);
  }

  /** Opens one session, on this thread or on a session thread of its own. */
  private static async openWith(
    mode: SessionThreadMode,
    bytes: Uint8Array,
    options: ort.InferenceSession.SessionOptions,
  ): Promise<{ runner: Runner; declared: Parameters<typeof OnnxSession.describing>[1] }> {
    if (mode === 'main') {
      ort.env.logLevel = ortLogLevel();
      const session = await ort.InferenceSession.create(bytes, options);
      return { runner: { kind: 'main', session }, declared: session };
    }
    const thread = new SessionThread(ortLogLevel());
    try {
      const declared = await thread.open(bytes, options as Record<string, unknown>);
      return { runner: { kind: 'worker', thread }, declared };
    } catch (error) {
      await thread.close().catch(() => undefined);
      throw error;
    }
  }

  /** An `OnnxSession` over `runner`, with the tensor names and metadata the opened session declares. */
  private static describing(
    runner: Runner,
    declared: {
      readonly inputNames: readonly string[];
      readonly outputNames: readonly string[];
      readonly inputMetadata: ReadonlyArray<ort.InferenceSession.ValueMetadata | PlainMetadata>;
      readonly outputMetadata: ReadonlyArray<ort.InferenceSession.ValueMetadata | PlainMetadata>;
    },
    label: string,
    threads: number,
    executionProvider: string,
    providerFailures: readonly ProviderFailure[],
  ): OnnxSession {
    return new OnnxSession(
      runner,
      label,
      tensorInfos(declared.inputNames, declared.inputMetadata),
      tensorInfos(declared.outputNames, declared.outputMetadata),
      threads,
      executionProvider,
      providerFailures,
    );
  }

  /** Where the session runs. */
  get thread(): SessionThreadMode {
    return this.runner.kind;
  }

  /**
   * A float32 buffer for an input tensor that is filled again for every run: on shared memory
   * when the session runs in a worker (the worker reads it without a copy on this thread).
   */
  allocateFloat32(length: number): Float32Array {
    if (this.runner.kind === 'worker' && typeof SharedArrayBuffer !== 'undefined') {
      return new Float32Array(new SharedArrayBuffer(length * Float32Array.BYTES_PER_ELEMENT));
    }
    return new Float32Array(length);
  }

  /** Runs the model; rejects with `MODEL_INFERENCE_FAILED` naming the model. */
  async run(feeds: Record<string, ort.Tensor>): Promise<Record<string, ort.Tensor>> {
    if (this.disposed) throw new ModelError('MODEL_INFERENCE_FAILED', `${this.label} has been disposed`);
    try {
      if (this.runner.kind === 'main') return (await this.runner.session.run(feeds)) as Record<string, ort.Tensor>;
      const plain: Record<string, PlainTensor> = {};
      for (const [name, tensor] of Object.entries(feeds)) {
        plain[name] = { type: tensor.type, dims: tensor.dims, data: tensor.data as ArrayBufferView };
      }
      const outputs = await this.runner.thread.run(plain);
      const tensors: Record<string, ort.Tensor> = {};
      for (const [name, t] of Object.entries(outputs)) {
        tensors[name] = new ort.Tensor(t.type as ort.Tensor.Type, t.data as ort.Tensor.DataType, t.dims);
      }
      return tensors;
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
    if (this.runner.kind === 'main') await this.runner.session.release();
    else await this.runner.thread.close();
  }
}

/**
 * Whether onnxruntime refused a session because of its execution provider (a missing library,
 * no such backend, no device), as opposed to the model itself.
 */
function isProviderFailure(message: string): boolean {
  return /AppendExecutionProvider|backend not found|no available backend|Failed to load (shared )?library|CUDA|cudnn|TensorRT|adapter|device/i.test(message);
}

export { ort };
