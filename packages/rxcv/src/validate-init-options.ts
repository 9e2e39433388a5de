/**
 * Checks every option of `InferencePipeline.init` / `initWithCustomLogic` before anything is
 * loaded or opened: a bad value rejects `init` at once with an `OptionError` naming the option,
 * never later in `start()` and never as a plain `TypeError`/`RangeError`.
 */
import {
  OptionError,
  checkDuration,
  checkFunction,
  checkOneOf,
  checkWholeNumber,
  validateInferenceOptions,
  validatePipelineOptions,
} from '@rxcv/core';
import { FFMPEG_BACKENDS } from '@rxcv/sources';

const MODES = new Set(['frame-by-frame', 'latest-frame']);
const HARDWARE_DECODING = ['auto', 'vaapi', 'cuda', 'qsv', 'videotoolbox', false] as const;

/** The options `init` and `initWithCustomLogic` share (typed loosely: callers may be plain JS). */
export interface UncheckedInitOptions {
  readonly videoReference?: unknown;
  readonly onPrediction?: unknown;
  readonly sinkMode?: unknown;
  readonly statusUpdateHandlers?: unknown;
  readonly mode?: unknown;
  readonly lookahead?: unknown;
  readonly framesInFlight?: unknown;
  readonly maxFps?: unknown;
  readonly batchCollectionTimeout?: unknown;
  readonly sourceOptions?: unknown;
  readonly signal?: unknown;
  readonly openTimeoutMs?: unknown;
}

/** Checks the options of `InferencePipeline.init`; throws `OptionError` naming the first bad one. */
export function validateInitOptions(options: Record<string, unknown>): void {
  if (options.model === undefined && (typeof options.modelId !== 'string' || options.modelId.trim() === '')) {
    throw new OptionError('modelId', `give a model id or path (\`modelId\`) or a loaded \`model\`, got ${options.modelId === undefined ? 'neither' : JSON.stringify(options.modelId)}`);
  }
  validateInferenceOptions(options);
  validateCommonOptions(options as UncheckedInitOptions);
}

/** Checks the options of `InferencePipeline.initWithCustomLogic`. */
export function validateCustomLogicOptions(options: UncheckedInitOptions & { readonly onVideoFrame?: unknown }): void {
  checkFunction('onVideoFrame', options.onVideoFrame);
  validateCommonOptions(options);
}

function validateCommonOptions(options: UncheckedInitOptions): void {
  if (typeof options !== 'object' || options === null) throw new OptionError('options', 'init takes an options object');
  const reference = options.videoReference;
  const references = Array.isArray(reference) ? reference : [reference];
  if (references.length === 0) throw new OptionError('videoReference', 'the list of references is empty: give at least one');
  references.forEach((ref, i) => {
    const name = Array.isArray(reference) ? `videoReference[${i}]` : 'videoReference';
    if (typeof ref !== 'string' && typeof ref !== 'number') {
      throw new OptionError(name, `must be a path, a URL or a webcam index, got ${ref === undefined ? 'nothing' : typeof ref}`);
    }
  });
  const handlers = options.statusUpdateHandlers;
  if (handlers !== undefined) {
    if (!Array.isArray(handlers)) throw new OptionError('statusUpdateHandlers', 'must be an array of functions');
    handlers.forEach((handler, i) => checkFunction(`statusUpdateHandlers[${i}]`, handler));
  }
  const mode = options.mode;
  if (mode !== undefined) {
    const entries = typeof mode === 'object' && mode !== null ? Object.entries(mode) : [['', mode] as const];
    for (const [id, value] of entries) {
      if (!MODES.has(value as string)) {
        throw new OptionError(id ? `mode[${id}]` : 'mode', `must be 'frame-by-frame' or 'latest-frame', got ${JSON.stringify(value)}`);
      }
    }
  }
  validatePipelineOptions(
    {
      onPrediction: options.onPrediction,
      sinkMode: options.sinkMode,
      lookahead: options.lookahead,
      framesInFlight: options.framesInFlight,
      maxFps: options.maxFps,
      batchCollectionTimeoutMs: options.batchCollectionTimeout,
    },
    { batchCollectionTimeoutMs: 'batchCollectionTimeout' },
  );
  const sourceOptions = options.sourceOptions as Record<string, unknown> | undefined;
  if (sourceOptions !== undefined) {
    if (typeof sourceOptions !== 'object' || sourceOptions === null) throw new OptionError('sourceOptions', 'must be an object');
    checkDuration('sourceOptions.timeoutMs', sourceOptions.timeoutMs);
    checkDuration('sourceOptions.analyzeDurationMs', sourceOptions.analyzeDurationMs);
    checkWholeNumber('sourceOptions.decoderThreads', sourceOptions.decoderThreads, 0);
    checkOneOf('sourceOptions.ffmpeg', sourceOptions.ffmpeg, FFMPEG_BACKENDS);
    checkOneOf('sourceOptions.hwDecode', sourceOptions.hwDecode, HARDWARE_DECODING);
  }
  const unchecked = options as { readonly ffmpeg?: unknown; readonly hwDecode?: unknown };
  checkOneOf('ffmpeg', unchecked.ffmpeg, FFMPEG_BACKENDS);
  checkOneOf('hwDecode', unchecked.hwDecode, HARDWARE_DECODING);
  checkDuration('openTimeoutMs', options.openTimeoutMs);
  const signal = options.signal;
  if (signal !== undefined && !(typeof signal === 'object' && signal !== null && 'aborted' in signal && typeof (signal as AbortSignal).addEventListener === 'function')) {
    throw new OptionError('signal', 'must be an AbortSignal');
  }
}
