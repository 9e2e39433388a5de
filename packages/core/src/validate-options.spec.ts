import { describe, expect, it } from 'vitest';
import { OptionError } from './errors.js';
import { MIN_MAX_FPS, checkOneOf, validateInferenceOptions, validatePipelineOptions } from './validate-options.js';

describe('validatePipelineOptions', () => {
  const base = { sources: [{}], onPrediction: () => undefined };
  it.each([
    [{ sources: [] }, 'sources'],
    [{ lookahead: 0 }, 'lookahead'],
    [{ framesInFlight: 0 }, 'framesInFlight'],
    [{ framesInFlight: 2.5 }, 'framesInFlight'],
    [{ maxFps: -5 }, 'maxFps'],
    [{ maxFps: 0 }, 'maxFps'],
    [{ maxFps: Number.NaN }, 'maxFps'],
    [{ maxFps: 1e-9 }, 'maxFps'],
    [{ batchCollectionTimeoutMs: -1 }, 'batchCollectionTimeoutMs'],
    [{ onPrediction: null }, 'onPrediction'],
    [{ sinkMode: 'both' }, 'sinkMode'],
  ])('%o → OptionError naming %s', (change, option) => {
    expect(() => validatePipelineOptions({ ...base, ...change })).toThrow(OptionError);
    expect(() => validatePipelineOptions({ ...base, ...change })).toThrow(`\`${option}\``);
  });

  it('accepts good values, including the slowest maxFps a timer can keep', () => {
    expect(() => validatePipelineOptions({ ...base, lookahead: 1, framesInFlight: 2, maxFps: MIN_MAX_FPS, batchCollectionTimeoutMs: 0 })).not.toThrow();
    expect(() => validatePipelineOptions({ ...base, maxFps: 0.5 })).not.toThrow();
  });
});

describe('validateInferenceOptions', () => {
  it.each([
    [{ confidence: -0.01 }, 'confidence'],
    [{ confidence: 1.01 }, 'confidence'],
    [{ confidence: Number.NaN }, 'confidence'],
    [{ iouThreshold: -1 }, 'iouThreshold'],
    [{ maxDetections: 0 }, 'maxDetections'],
    [{ classAgnosticNms: 'yes' }, 'classAgnosticNms'],
  ])('%o → OptionError naming %s', (options, option) => {
    const error = (() => {
      try {
        validateInferenceOptions(options);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(OptionError);
    expect(error).toMatchObject({ code: 'INVALID_OPTION', option });
  });

  it('accepts the bounds 0 and 1', () => {
    expect(() => validateInferenceOptions({ confidence: 0, iouThreshold: 1, maxDetections: 1 })).not.toThrow();
  });
});

describe('checkOneOf', () => {
  it('passes undefined and the allowed values, refuses anything else naming the option and the choices', () => {
    expect(() => checkOneOf('hwDecode', undefined, ['auto', false])).not.toThrow();
    expect(() => checkOneOf('hwDecode', false, ['auto', false])).not.toThrow();
    expect(() => checkOneOf('hwDecode', 'gpu', ['auto', false])).toThrow(OptionError);
    expect(() => checkOneOf('hwDecode', 'gpu', ['auto', false])).toThrow('Invalid option `hwDecode`: must be one of "auto", false, got "gpu"');
    expect(() => checkOneOf('hwDecode', true, ['auto', false])).toThrow(/got true/);
  });
});
