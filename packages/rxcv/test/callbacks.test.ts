// Users' callbacks that throw (issue 17 part 2) never crash an InferencePipeline on a real clip.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureUnhandledErrors, type UnhandledErrors } from '@rxcv/core/fakes';
import { hasSharedAssets } from '@rxcv/testing';
import { PipelineWatchdog, type StatusEvent, type VideoFrame } from '@rxcv/core';
import { InferencePipeline } from '../src/index.js';
import { HIGHWAY } from './helpers.js';

/** What RxJS would have rethrown on a timer, crashing Node. */
let unhandled: UnhandledErrors;
beforeEach(() => (unhandled = captureUnhandledErrors()));
afterEach(() => unhandled.restore());

describe.skipIf(!hasSharedAssets())('InferencePipeline and throwing callbacks', () => {
  it('a throwing statusUpdateHandlers entry and a throwing watchdog onReport become CALLBACK_ERROR; every frame is still delivered', async () => {
    const seen: number[] = [];
    const events: StatusEvent[] = [];
    const pipeline = await InferencePipeline.initWithCustomLogic<null>({
      videoReference: HIGHWAY,
      onVideoFrame: async (frames) => {
        await new Promise((r) => setTimeout(r, 2));
        return frames.map(() => null);
      },
      onPrediction: (_: null, frame: VideoFrame) => void seen.push(frame.frameId),
      statusUpdateHandlers: [
        (event) => {
          if (event.type === 'INFERENCE_COMPLETED' && event.payload.frameIds[0] === 10) throw new Error('status handler broke');
        },
        (event) => void events.push(event),
      ],
      watchdog: new PipelineWatchdog({
        intervalMs: 50,
        onReport: () => {
          throw new Error('onReport broke');
        },
      }),
    });
    pipeline.start();
    await pipeline.join();
    expect(seen).toEqual(Array.from({ length: 221 }, (_, i) => i + 1));
    const payloads = events.filter((e) => e.type === 'CALLBACK_ERROR').map((e) => e.payload);
    expect(payloads).toContainEqual({ callback: 'status$ subscriber', message: 'status handler broke' });
    expect(payloads).toContainEqual({ callback: 'watchdog onReport', message: 'onReport broke' });
    expect(unhandled.errors).toEqual([]);
  });
});
