/**
 * Checks of the options a pipeline takes (scheduling, inference thresholds, handlers, time-outs),
 * run at `init` and in the `Pipeline` constructor, so that every mistake rejects at once with an
 * `OptionError` naming the option instead of failing later (or never) while running.
 */
import { OptionError } from './errors.js';

/**
 * The longest delay a Node timer keeps (2^31 - 1 ms, ~24.8 days); a longer one fires at once.
 * `maxFps` below 1000 / this would therefore not limit anything, so it is refused.
 */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** The slowest `maxFps` that still works: one frame per `MAX_TIMER_DELAY_MS`. */
export const MIN_MAX_FPS = 1000 / MAX_TIMER_DELAY_MS;

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** A whole number >= `min` (or undefined, meaning the default). */
export function checkWholeNumber(option: string, value: unknown, min: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new OptionError(option, `must be a whole number >= ${min}, got ${shown(value)}`);
  }
}

/** A finite number in [min, max] (or undefined). NaN and Infinity are refused. */
export function checkNumberInRange(option: string, value: unknown, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new OptionError(option, `must be a number from ${min} to ${max}, got ${shown(value)}`);
  }
}

/** A time in ms: finite and >= 0 (or undefined). */
export function checkDuration(option: string, value: unknown): void {
  checkNumberInRange(option, value, 0, MAX_TIMER_DELAY_MS);
}

/** One of `allowed` (or undefined, meaning the default), compared with `===`. */
export function checkOneOf(option: string, value: unknown, allowed: readonly unknown[]): void {
  if (value === undefined || allowed.includes(value)) return;
  throw new OptionError(option, `must be one of ${allowed.map(shown).join(', ')}, got ${shown(value)}`);
}

/** A function (or, when `optional`, undefined). */
export function checkFunction(option: string, value: unknown, optional = false): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'function') throw new OptionError(option, `must be a function, got ${shown(value)}`);
}

/** The options the pipeline engine itself takes. */
export interface CheckedPipelineOptions {
  readonly sources?: readonly unknown[];
  readonly onPrediction?: unknown;
  readonly sinkMode?: unknown;
  readonly lookahead?: unknown;
  readonly framesInFlight?: unknown;
  readonly maxFps?: unknown;
  readonly batchCollectionTimeoutMs?: unknown;
  readonly sinkTimeoutMs?: unknown;
}

/** Checks scheduling and delivery options; throws `OptionError` naming the first bad one. */
export function validatePipelineOptions(options: CheckedPipelineOptions, names: { batchCollectionTimeoutMs?: string } = {}): void {
  if (options.sources !== undefined && options.sources.length === 0) {
    throw new OptionError('sources', 'at least one video source is needed, got none');
  }
  checkFunction('onPrediction', options.onPrediction);
  if (options.sinkMode !== undefined && options.sinkMode !== 'sequential' && options.sinkMode !== 'batch') {
    throw new OptionError('sinkMode', `must be 'sequential' or 'batch', got ${shown(options.sinkMode)}`);
  }
  checkWholeNumber('lookahead', options.lookahead, 1);
  checkWholeNumber('framesInFlight', options.framesInFlight, 1);
  if (options.maxFps !== undefined) {
    const fps = options.maxFps;
    if (typeof fps !== 'number' || !Number.isFinite(fps) || fps < MIN_MAX_FPS) {
      throw new OptionError('maxFps', `must be a finite number of frames per second >= ${MIN_MAX_FPS.toPrecision(3)} (one frame per ~24.8 days), got ${shown(fps)}`);
    }
  }
  checkDuration(names.batchCollectionTimeoutMs ?? 'batchCollectionTimeoutMs', options.batchCollectionTimeoutMs);
  if (options.sinkTimeoutMs !== undefined && options.sinkTimeoutMs !== Infinity) {
    checkNumberInRange('sinkTimeoutMs', options.sinkTimeoutMs, 1, MAX_TIMER_DELAY_MS);
  }
}

/** Checks the model thresholds (`confidence`, `iouThreshold`, `maxDetections`, `classAgnosticNms`). */
export function validateInferenceOptions(options: {
  readonly confidence?: unknown;
  readonly iouThreshold?: unknown;
  readonly maxDetections?: unknown;
  readonly classAgnosticNms?: unknown;
}): void {
  checkNumberInRange('confidence', options.confidence, 0, 1);
  checkNumberInRange('iouThreshold', options.iouThreshold, 0, 1);
  checkWholeNumber('maxDetections', options.maxDetections, 1);
  if (options.classAgnosticNms !== undefined && typeof options.classAgnosticNms !== 'boolean') {
    throw new OptionError('classAgnosticNms', `must be true or false, got ${shown(options.classAgnosticNms)}`);
  }
}
