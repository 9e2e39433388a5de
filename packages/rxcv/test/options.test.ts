// Issue 17 part 3: every option is checked at `init`, rejecting with an OptionError that names it.
import { describe, expect, it } from 'vitest';
import { hasSharedAssets } from '@rxcv/testing';
import { OptionError } from '@rxcv/core';
import { InferencePipeline } from '../src/index.js';
import { HIGHWAY, YOLOX } from './helpers.js';

/** Each case: the option changed, its bad value, and the option name the error must give. */
const CASES: ReadonlyArray<[string, Record<string, unknown>, string]> = [
  ['lookahead 0', { lookahead: 0 }, 'lookahead'],
  ['lookahead 1.5', { lookahead: 1.5 }, 'lookahead'],
  ['maxFps -5', { maxFps: -5 }, 'maxFps'],
  ['maxFps 0', { maxFps: 0 }, 'maxFps'],
  ['maxFps NaN', { maxFps: Number.NaN }, 'maxFps'],
  ['maxFps 1e-9 (a timer cannot wait that long)', { maxFps: 1e-9 }, 'maxFps'],
  ['maxFps Infinity', { maxFps: Number.POSITIVE_INFINITY }, 'maxFps'],
  ['maxFps "30"', { maxFps: '30' }, 'maxFps'],
  ['framesInFlight 0', { framesInFlight: 0 }, 'framesInFlight'],
  ['empty reference list', { videoReference: [] }, 'videoReference'],
  ['a reference that is an object', { videoReference: [HIGHWAY, {}] }, 'videoReference[1]'],
  ['confidence -0.1', { confidence: -0.1 }, 'confidence'],
  ['confidence 1.5', { confidence: 1.5 }, 'confidence'],
  ['confidence NaN', { confidence: Number.NaN }, 'confidence'],
  ['iouThreshold 2', { iouThreshold: 2 }, 'iouThreshold'],
  ['maxDetections 0', { maxDetections: 0 }, 'maxDetections'],
  ['maxDetections 0.5', { maxDetections: 0.5 }, 'maxDetections'],
  ['negative sourceOptions.timeoutMs', { sourceOptions: { timeoutMs: -1 } }, 'sourceOptions.timeoutMs'],
  ['NaN sourceOptions.timeoutMs', { sourceOptions: { timeoutMs: Number.NaN } }, 'sourceOptions.timeoutMs'],
  ['negative openTimeoutMs', { openTimeoutMs: -1 }, 'openTimeoutMs'],
  ['negative batchCollectionTimeout', { batchCollectionTimeout: -1 }, 'batchCollectionTimeout'],
  ['onPrediction a string', { onPrediction: 'print' }, 'onPrediction'],
  ['onPrediction missing', { onPrediction: undefined }, 'onPrediction'],
  ['a status handler that is not a function', { statusUpdateHandlers: [() => undefined, 42] }, 'statusUpdateHandlers[1]'],
  ['an unknown mode', { mode: 'fastest' }, 'mode'],
  ['an unknown sinkMode', { sinkMode: 'parallel' }, 'sinkMode'],
  ['no model at all', { modelId: undefined }, 'modelId'],
  ['a signal that is not an AbortSignal', { signal: {} }, 'signal'],
  ['an unknown ffmpeg backend', { ffmpeg: 'ffmpeg-cli' }, 'ffmpeg'],
  ['an unknown hwDecode', { hwDecode: 'gpu' }, 'hwDecode'],
  ['hwDecode true', { hwDecode: true }, 'hwDecode'],
  ['an unknown sourceOptions.ffmpeg', { sourceOptions: { ffmpeg: 'beam' } }, 'sourceOptions.ffmpeg'],
  ['an unknown sourceOptions.hwDecode', { sourceOptions: { hwDecode: 'nvdec' } }, 'sourceOptions.hwDecode'],
];

describe.skipIf(!hasSharedAssets())('InferencePipeline.init checks every option (issue 17, part 3)', () => {
  const base = { modelId: YOLOX, videoReference: HIGHWAY, onPrediction: () => undefined };

  it('the base options are valid: init resolves with them', async () => {
    const pipeline = await InferencePipeline.init(base);
    await pipeline.dispose();
  });

  it.each(CASES)('%s: rejects at init with OptionError naming the option', async (_name, change, option) => {
    const started = Date.now();
    const error = await InferencePipeline.init({ ...base, ...change } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OptionError);
    expect(error).toMatchObject({ code: 'INVALID_OPTION', option });
    expect((error as Error).message).toContain(`\`${option}\``);
    // Checked before the model is loaded or the file opened.
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('initWithCustomLogic checks its options too (onVideoFrame, lookahead)', async () => {
    const custom = { videoReference: HIGHWAY, onPrediction: () => undefined, onVideoFrame: () => [] };
    await expect(InferencePipeline.initWithCustomLogic({ ...custom, onVideoFrame: 3 } as never)).rejects.toMatchObject({ code: 'INVALID_OPTION', option: 'onVideoFrame' });
    await expect(InferencePipeline.initWithCustomLogic({ ...custom, lookahead: 0 })).rejects.toMatchObject({ code: 'INVALID_OPTION', option: 'lookahead' });
  });
});
